"""Nouns for people: which plurals name people, relatives, roles and the words around them, party members
(person_nouns.tsv, kin_nouns.tsv, role_nouns.tsv, described_roles.tsv, ...)."""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from .data_files import phrases, read_parts, read_rows, read_word_list, read_words
from .inflections import noun_forms, noun_plurals


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    """Nouns for people, every number (lower case): the person heads of source_nouns.tsv ("sons", "students",
    "officials") and person_nouns.tsv (people who are rarely a source: "males", "newborns"). A count of them with a
    toll verb is a figure ("his two sons were arrested")."""
    rows = [r for r in read_rows("source_nouns.tsv") if r[1] == "person"] + [[r[0], "person"] for r in read_rows("person_nouns.tsv")]
    return frozenset(noun_forms(rows))


@lru_cache(maxsize=None)
def not_person_plurals() -> frozenset[str]:
    """Plurals that end like nouns for people but name things ("events", "documents"): not_person_plurals.tsv."""
    return read_words("not_person_plurals.tsv")


@lru_cache(maxsize=None)
def singular_s_people() -> frozenset[str]:
    """Nouns for people that end in "s" in the singular: 'boss', 'witness' (singular_s_people.tsv)."""
    return read_words("singular_s_people.tsv")


@lru_cache(maxsize=None)
def plural_heads() -> frozenset[str]:
    """Plural heads without an "-s": 'people', 'police', 'staff' (plural_heads.tsv)."""
    return read_words("plural_heads.tsv")


@lru_cache(maxsize=None)
def not_agent_plurals() -> frozenset[str]:
    """Plurals that end like agent nouns but name no people: 'numbers', 'documents' (not_agent_plurals.tsv)."""
    return read_words("not_agent_plurals.tsv")


@lru_cache(maxsize=None)
def not_doers() -> frozenset[str]:
    """Singular nouns in -er over a seeming verb that name things: 'counter', 'poster' (not_doers.tsv)."""
    return read_words("not_doers.tsv")


@lru_cache(maxsize=None)
def people_figure_mods() -> frozenset[str]:
    """Modifiers that make "figures" people: 'prominent', 'party' (people_figure_mods.tsv)."""
    return read_words("people_figure_mods.tsv")


@lru_cache(maxsize=None)
def kin_forms() -> MappingProxyType:
    """Every form of the nouns for relatives and associates (kin_nouns.tsv), lower case -> whether a name in apposition
    is that person (only the singular of a 'named' row): 'father' -> True, 'fathers' -> False, 'colleague' -> False."""
    out: dict[str, bool] = {}
    for lemma, number, named in read_rows("kin_nouns.tsv"):
        lemma = lemma.replace("_", " ")
        out[lemma] = named == "yes"
        if number == "both":
            for f in noun_plurals(lemma):
                out.setdefault(f, False)
    return MappingProxyType(out)


@lru_cache(maxsize=None)
def role_nouns() -> dict[str, frozenset[str]]:
    """A definite role noun -> the titles whose holders it may name: 'diplomat' -> ambassador, envoy, ... (role_nouns.tsv)."""
    return {r[0]: phrases(r[1]) | {r[0]} for r in read_rows("role_nouns.tsv")}


@lru_cache(maxsize=None)
def described_roles() -> dict[str, tuple[frozenset[str], str | None]]:
    """A person's role noun -> (the words of the same role, the gender it tells or None) (described_roles.tsv)."""
    return {r[0]: (phrases(r[1]) | {r[0]}, r[2] if r[2] in ("he", "she") else None)
            for r in read_rows("described_roles.tsv")}


@lru_cache(maxsize=None)
def client_roles() -> frozenset[str]:
    """Roles a person holds for a client, lower case: 'lawyer', 'publicist' (client_roles.tsv)."""
    return frozenset(read_word_list("client_roles.tsv"))


@lru_cache(maxsize=None)
def public_office_mods() -> frozenset[str]:
    """Lower-case words before a role word that make it a public office's title: 'district', 'deputy'
    (public_office_mods.tsv)."""
    return read_words("public_office_mods.tsv")


@lru_cache(maxsize=None)
def described_acts() -> dict[str, frozenset[str]]:
    """A person's role noun -> the participles that name its holder ('killer' -> convicted, sentenced)
    (described_acts.tsv)."""
    return {r[0]: frozenset(r[1].split()) for r in read_rows("described_acts.tsv")}


@lru_cache(maxsize=None)
def described_ages() -> dict[str, range]:
    """A person's role noun for an age band -> the ages it covers ('teen' -> 13..19) (described_ages.tsv)."""
    return {r[0]: range(int(r[1]), int(r[2]) + 1) for r in read_rows("described_ages.tsv")}


@lru_cache(maxsize=None)
def described_mods() -> dict[str, frozenset[str]]:
    """Part -> the modifiers that keep a description from naming the person named with its role: 'other_holder' ->
    former, deputy, ...; 'another' -> other, second, ... (described_mods.tsv)."""
    return read_parts("described_mods.tsv")


@lru_cache(maxsize=None)
def party_members() -> dict[str, frozenset[str]]:
    """Words for one member of a party, as written -> the elected titles such a member holds: 'Republican' ->
    {'senator', 'representative', ...} (party_members.tsv)."""
    return {r[0]: phrases(r[1]) for r in read_rows("party_members.tsv")}


@lru_cache(maxsize=None)
def party_plurals() -> frozenset[str]:
    """Plurals for a party's members (lower case): 'democrats', 'tories' (party_plurals.tsv)."""
    return read_words("party_plurals.tsv")


@lru_cache(maxsize=None)
def storyless_roles() -> dict[str, tuple[str, ...]]:
    """kind -> words (storyless_roles.tsv): 'reporter' and 'expert' nouns in every number (lower case), 'outlet' and
    'body' words as written. A named person described by one keeps no story country (people.home_country)."""
    rows = read_rows("storyless_roles.tsv")
    out: dict[str, tuple[str, ...]] = {}
    for kind in ("reporter", "expert"):
        out[kind] = tuple(noun_forms((w, "") for w, k in rows if k == kind))
    for kind in ("outlet", "body"):
        out[kind] = tuple(w for w, k in rows if k == kind)
    return out


@lru_cache(maxsize=None)
def crowd_nouns() -> tuple[str, ...]:
    """Plural nouns for a crowd of private people, as regular expressions: 'men', 'residents', 'neighbou?rs'
    (crowd_nouns.tsv)."""
    return read_word_list("crowd_nouns.tsv")


@lru_cache(maxsize=None)
def lede_official_words() -> dict[str, frozenset[str]]:
    """kind -> words that tie an unnamed official of the lede to a person named later (lede_officials.tsv): 'plain'
    (description words that say nothing of the office), 'office' (a later title's office words), 'anonymous' (an
    official unnamed on purpose)."""
    return read_parts("lede_officials.tsv")


@lru_cache(maxsize=1)
def posted_titles() -> frozenset[str]:
    """Titles of a post abroad whose "to X" names the host: 'ambassador', 'envoy' (posted_titles.tsv)."""
    return read_words("posted_titles.tsv")
