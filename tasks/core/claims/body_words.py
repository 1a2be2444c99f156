"""Words for groups and bodies (organisations, agencies, businesses, states): the heads and modifiers of their
names, the kinds a common noun refers back to, the nouns for their staff (group_words.tsv, body_kinds.tsv, ...)."""
from __future__ import annotations

from functools import lru_cache

from .data_files import read_pair_list, read_parts, read_rows, read_tags, read_word_list, read_words
from .inflections import noun_forms


@lru_cache(maxsize=None)
def group_words() -> dict[str, frozenset[str]]:
    """Words of group phrases (lower case) -> tags: 'head' (a head the group pattern holds in the singular or inside an
    optional part: 'spokesman', 'party'), 'one' (names one unnamed person: 'official') (group_words.tsv)."""
    return read_tags("group_words.tsv")


@lru_cache(maxsize=None)
def unnamed_group_mods() -> frozenset[str]:
    """Modifiers that rank or count a group without naming it (lower case): 'senior', 'unnamed' (unnamed_group_mods.tsv)."""
    return read_words("unnamed_group_mods.tsv")


@lru_cache(maxsize=None)
def proper_group_mods() -> frozenset[str]:
    """Capitalised group modifiers that are names (lower case): 'senate', 'democratic' (proper_group_mods.tsv)."""
    return read_words("proper_group_mods.tsv")


@lru_cache(maxsize=None)
def group_synonyms() -> dict[str, str]:
    """Group head nouns of one kind of people, every number (lower case) -> the kind: 'physicians' -> 'doctor'
    (group_synonyms.tsv)."""
    return noun_forms(read_rows("group_synonyms.tsv"))


@lru_cache(maxsize=None)
def synonym_heads(head: str) -> tuple[str, ...]:
    """The other head nouns of the same number that name the kind of people `head` names ('physicians' -> 'doctors')."""
    table = group_synonyms()
    kind, low = table.get(head.lower()), head.lower()
    if kind is None:
        return ()
    return tuple(sorted(w for w, k in table.items() if k == kind and w != low and w.endswith("s") == low.endswith("s")))


@lru_cache(maxsize=None)
def national_service_words() -> frozenset[str]:
    """Words that make a body named without its country the story country's own public service ("National",
    "Disaster", "Police"): national_service_words.tsv."""
    return read_words("national_service_words.tsv")


@lru_cache(maxsize=None)
def home_body_words() -> frozenset[str]:
    """Words that make a body's own name one of the story country's own groups ("Association", "Front", "Rights"):
    home_body_words.tsv."""
    return read_words("home_body_words.tsv")


@lru_cache(maxsize=None)
def state_nouns() -> frozenset[str]:
    """Nouns that after a demonym name the state itself ("the Azerbaijani side", "the Russian government"); any other
    head is a group of that country's people ("Greek officials") (state_nouns.tsv)."""
    return read_words("state_nouns.tsv")


@lru_cache(maxsize=None)
def government_part_mods() -> frozenset[str]:
    """Words before "government" that name a government below or beside the state's ("state", "regional", "rival")
    (government_part_mods.tsv)."""
    return read_words("government_part_mods.tsv")


@lru_cache(maxsize=None)
def agent_compounds() -> frozenset[str]:
    """Participles after 'Country-' that make the country an agent, not the phrase's place ("Israeli-occupied")."""
    return read_words("agent_compounds.tsv")


@lru_cache(maxsize=None)
def speaks_for() -> frozenset[str]:
    """Nouns that speak for their possessor (lower case): 'office', 'campaign', 'spokesman' (speaks_for.tsv)."""
    return read_words("speaks_for.tsv")


@lru_cache(maxsize=None)
def body_voices() -> frozenset[str]:
    """Nouns for people who speak for a body named after them, every number (lower case): 'spokesperson',
    'officials' (body_voices.tsv)."""
    return read_words("body_voices.tsv")


@lru_cache(maxsize=None)
def body_kinds() -> dict[str, frozenset[str]]:
    """Common nouns that name a body by its kind alone ("the university said") -> how the reader finds which body:
    backref, named, vague, unplaced (body_kinds.tsv)."""
    return read_tags("body_kinds.tsv")


@lru_cache(maxsize=None)
def body_descriptions() -> dict[str, frozenset[str]]:
    """A common noun that refers back to a named body ("the rights group") -> the bodies it may stand for: `nonstate`,
    `named` or the words of names it fits (body_descriptions.tsv)."""
    return read_tags("body_descriptions.tsv")


@lru_cache(maxsize=None)
def apposed_body_nouns() -> tuple[str, ...]:
    """Nouns a body's name stands in apposition to, as written, in file order: 'group', 'NGO' (apposed_body_nouns.tsv)."""
    return read_word_list("apposed_body_nouns.tsv")


@lru_cache(maxsize=None)
def name_lead_words() -> frozenset[str]:
    """Capitalised words that open a phrase before a body's name and are no part of it: 'The', 'According', 'Senior'
    (name_lead_words.tsv)."""
    return read_words("name_lead_words.tsv")


@lru_cache(maxsize=None)
def body_name_heads(reader: str = "described") -> tuple[str, ...]:
    """Capitalised head nouns that end a body's name ("Watch", "Department", "Centre"), in file order, for one of the
    two readers of body_name_heads.tsv: 'described' (bodies.py) or 'named' (actor_patterns.py)."""
    return tuple(r[0] for r in read_rows("body_name_heads.tsv") if reader in r[1].split())


@lru_cache(maxsize=None)
def body_staff() -> dict[str, frozenset[str]]:
    """Shape that names a body -> the nouns for its staff after it: 'of' -> officials, spokesman, ... (body_staff.tsv)."""
    return read_parts("body_staff.tsv")


@lru_cache(maxsize=None)
def business_nouns() -> dict[str, frozenset[str]]:
    """A role noun for a business ("airline") -> the words that mark a business of that kind in its name ("Airlines");
    empty for a noun any business answers to ("company") (business_nouns.tsv)."""
    return {r[0]: frozenset(r[2].split() if len(r) > 2 else ()) for r in read_rows("business_nouns.tsv") if r[1] == "business"}


@lru_cache(maxsize=None)
def public_body_words() -> frozenset[str]:
    """Words (lower case) that make a body's name a public body's ("Department", "Embassy"), which a business noun never
    refers back to (business_nouns.tsv)."""
    return frozenset(r[0] for r in read_rows("business_nouns.tsv") if r[1] == "public")


@lru_cache(maxsize=None)
def actor_pattern_ends() -> dict[str, frozenset[str]]:
    """Actor pattern -> the fixed words that end it, as written: 'outlet' -> newspaper, TV channel, ...;
    'national_media', 'state_unit', 'org_voice' (actor_pattern_ends.tsv)."""
    return read_parts("actor_pattern_ends.tsv")


@lru_cache(maxsize=None)
def ministry_portfolios() -> dict[str, str]:
    """A ministry's portfolio: the pattern of its words -> its canonical name, in file order ('defen[cs]e' ->
    'Defence', 'foreign affairs' -> 'Foreign Affairs') (ministry_portfolios.tsv)."""
    return dict(read_pair_list("ministry_portfolios.tsv"))


@lru_cache(maxsize=None)
def kind_back_references() -> dict[str, frozenset[str]]:
    """Whom a common noun that refers back to a speaker stands for -> its nouns: 'speaker' -> statement, report,
    letter; 'outlet'; 'body'; 'own'; 'state'; 'named' (kind_back_references.tsv)."""
    return read_parts("kind_back_references.tsv")


@lru_cache(maxsize=None)
def not_body_acronyms() -> dict[str, frozenset[str]]:
    """Kind -> capitalised tokens that look like a body's acronym but are none: 'place' -> US, UK, EU, UN (and dotted);
    'word' -> OK, TV (not_body_acronyms.tsv)."""
    return read_parts("not_body_acronyms.tsv")


@lru_cache(maxsize=None)
def armed_force_nouns() -> frozenset[str]:
    """Nouns that after a demonym name a state's armed forces in action ("Israeli forces", "Russian troops")
    (armed_force_nouns.tsv)."""
    return read_words("armed_force_nouns.tsv")


@lru_cache(maxsize=None)
def no_army_places() -> frozenset[str]:
    """Countries and territories with no army of their own, whose "the army" is another state's (no_army_places.tsv)."""
    return read_words("no_army_places.tsv")
