"""A speaker the article calls only by office ("the Tánaiste said", a headline's "Health Minister says", "the IG")
whose holder it names elsewhere with that office, before or after ("Tánaiste Leo Varadkar said ...", "The Health
Minister, Stephen Donnelly, has played down ...", "Inspector General of Police Japhet Koome"): the rows are that
person's. The title alone names no one a reader could look up, and the resolver, reading in order, cannot see a holder
the story names later."""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .context import PLACE_NAMES
from .memory import ActorMemory
from .model import Actor, Extraction
from .name_words import name_titles, not_name_words
from .place_words import place_nouns
from .source_words import source_nouns

# a title that speaks for one definite person: "the Tánaiste", "THE Tánaiste", "Health Minister", "the IG" (an
# indefinite one, "a spokesman", is an unnamed source: later_named.py weighs it)
_DEFINITE = re.compile(r"^(?:(?:the|this)\s+)?(?P<title>[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})$",
                       re.IGNORECASE)
_PRONOUNS = frozenset("he she it they we i you him her them who this that".split())
_INDEFINITE = frozenset("a an one another some any each every".split())
# words before a holder's name that the title and the name may have between them: the office's complement ("Inspector
# General of Police Japhet Koome", "regional governor Oleg Sinegubov"); a verb or a clause word ends the title
_GAP_WORDS = 6
_CLAUSE = frozenset("said says told and or who which that with after before when while but as to by at from in on "
                    "into for during since about against over under met meets called urged asked".split())
# an office held before or in another place: "the former minister" is not the minister named now
_NOT_NOW = frozenset("former ex late then acting interim outgoing deputy vice assistant".split())


def name_titled_speakers(ex: Extraction, actors: dict[str, Actor], mem: ActorMemory) -> None:
    """Re-key every claim (and its figures) of a speaker known only by a definite office to the one person the article
    names with that office, in place; left alone when no one or two people hold it in the text."""
    texts = [s.text for s in ex.sentences if s.section == "body"]  # a headline's capitals read as names
    lows = [t.lower() for t in texts]
    people: list[Actor] | None = None
    done: set[str] = set()
    for c in list(ex.claims):
        a = actors.get(c.claimant_key)
        if a is None or a.key in done or not _office_word(_office_of_place(a.name)[-1].lower()) or \
                not (title := _title_words(c.claimant_text, a)) or \
                a.kind != "person" and not (a.kind == "organization" and (_acronym(c.claimant_text) or _placed(a.name))):
            continue  # (an office's short form may read as a body: "the IG"; so may one with its place, as named)
        done.add(a.key)
        # only sentences that write the office can name its holder (both readings below need its words)
        near = [t for t, low in zip(texts, lows) if title[-1] in low]
        people = _people(actors, mem) if people is None else people
        holders = {p.key: p for p in people if p.key != a.key and
                   (a.country is None or p.country in (None, a.country)) and
                   any(_holds(t, p.name, title) for t in near)}
        if not holders:
            # a holder the resolver never met, named only beside the office ("The Health Minister, Stephen Donnelly,
            # has played down ..."): the name right after the office, if it reads as a person's
            names = {n for t in near for n in _named_after(t, title) if mem.reads_as_person(n)}
            if len(names) == 1:
                p = mem.person(names.pop(), a.country)
                holders = {p.key: p}
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        actors.setdefault(holder.key, holder)
        people = None  # (the article's people as the next office's candidates: this one may be new, the office gone)
        # one actor for the person in the article's tables: the office's claims, mentions and the claims aimed at it are
        # the holder's, and the office alone goes when nothing else names it
        ex.hand_over(a.key, holder.key, "office, its holder named elsewhere in the article")
        if not any(f.claimant_key == a.key for f in ex.figures):
            actors.pop(a.key, None)


def _title_words(text: str, actor: Actor) -> list[str]:
    """The office words of a claimant written as a definite office alone, lower case ("the Tánaiste" -> ["tánaiste"],
    "Health Minister" -> ["health", "minister"]); the resolver's expansion of a short form ("the IG" -> "Inspector
    General") when the text is one; [] when the text is no bare office (a name, a pronoun, "a spokesman")."""
    m = _DEFINITE.match(text.strip())
    if m is None:
        return []
    words = _office_of_place(m.group("title"))
    if words[0].lower() in _INDEFINITE:
        return []
    if _acronym(text):
        words = actor.name.split()  # "the IG": the resolver spelled it out
    words = [w.lower().strip(".") for w in words]
    if not _office_word(words[-1]) or any(w in _CLAUSE or w in ("of", "for") for w in words):
        return []  # ("Father and son", "the head of the agency": no office alone)
    if any(w in _NOT_NOW for w in words):
        return []
    return words


# an office written with the place it serves: "the governor of Mai-Ndombe province", "the mayor of Derna"; the place
# (a capitalised place with its common noun, or a place the gazetteer knows) is the office's complement, not a second
# office ("the head of the agency" has no place: a body's role, left alone)
_OF_PLACE = re.compile(r"^(?P<office>.+?)\s+of\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*"
                       r"(?:\s+(?P<noun>\p{Ll}+))?)$")


def _office_of_place(text: str) -> list[str]:
    """The words of an office without the place it serves ("governor of Mai-Ndombe province" -> ["governor"]), when
    the complement is a capitalised place, maybe with its common noun ("province", "region": place_nouns.tsv); else
    the words as they stand."""
    m = _OF_PLACE.match(text)
    if m is None or m.group("office").split()[-1].lower() not in name_titles():
        return text.split()  # ("Department of Social Services": a body's name, no person's title)
    noun = m.group("noun")
    if noun not in place_nouns() if noun else m.group("place") not in PLACE_NAMES:
        return text.split()  # ("Office of Emergency Services": what the office serves is no place)
    return m.group("office").split()


def _placed(name: str) -> bool:
    """An office the resolver named as a body with the place it serves ("Governor of Mai-Ndombe province")."""
    return len(_office_of_place(name)) < len(name.split())


def _acronym(text: str) -> bool:
    words = text.split()
    return len(words[-1]) > 1 and words[-1].isupper() and words[0].lower() in ("the", words[-1].lower())


def _people(actors: dict[str, Actor], mem: ActorMemory) -> list[Actor]:
    """Every person the article names in full (a given name and a surname) that the resolver knows."""
    seen = {a.key: a for a in list(actors.values()) + list(mem.by_surname.values())
            if a.kind == "person" and len(a.name.split()) > 1 and all(w[:1].isupper() for w in a.name.split()) and
            not _office_word(a.name.split()[-1].lower())}
    return list(seen.values())


def _office_word(word: str) -> bool:
    """A singular noun for one person's office or trade ("tánaiste", "governor", "architect"); not a pronoun, a
    plural ("observers" are no one person)."""
    if word in _PRONOUNS or word.endswith("s") and word not in name_titles():
        return False
    return word in name_titles() or source_nouns().get(word) == "person" or word in _claimant_words()


@lru_cache(maxsize=1)
def _claimant_words() -> frozenset[str]:
    return frozenset(w.lower() for w in not_name_words("claimant"))


_NAME_RUN = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}"


def _of_a_body(words: list[str]) -> bool:
    """Whether the words before an office name a body it belongs to ("American Farm Bureau Federation President Zippy
    Duvall"): that body's president is not "the president" of a story that names no body with it."""
    return any(source_nouns().get(w.strip("’'s")) == "body" for w in words)


def _named_after(sentence: str, title: list[str]) -> list[str]:
    """The names `sentence` writes right after the office ("The Health Minister, Stephen Donnelly, has ...")."""
    words = r"\s+".join(re.escape(w) for w in title)
    return [m.group("name") for m in re.finditer(rf"(?i:\b{words}),?\s+(?P<name>{_NAME_RUN})\b", sentence)
            if (sentence[:m.start()].split() or [""])[-1].lower() not in _NOT_NOW]


def _holds(sentence: str, name: str, title: list[str]) -> bool:
    """Whether `sentence` writes `name` with the office `title`: before it ("Tánaiste Leo Varadkar", "The Health
    Minister, Stephen Donnelly", "Inspector General of Police Japhet Koome") or in its apposition ("Oleh Synehubov,
    governor of the Kharkiv regional administration, said")."""
    if name not in sentence:
        return False
    for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
        before = [w.strip(",").lower() for w in sentence[:m.start()].split()][-(len(title) + _GAP_WORDS):]
        for i in range(len(before) - len(title), -1, -1):
            if before[i:i + len(title)] == title:
                gap = before[i + len(title):]
                if not any(w in _CLAUSE or w.endswith((".", ";", ":")) for w in gap) and \
                        (i == 0 or before[i - 1] not in _NOT_NOW) and not _of_a_body(before[max(0, i - 4):i]):
                    return True
                break
        after = sentence[m.end():]
        if after.startswith(","):
            app = [w.lower().strip(",") for w in after[1:].split(",")[0].split()]
            # (a one-word office of some body, "Jane Roe, president of the Farm Bureau,", is not "the president" of
            # the story, more often the head of state; one the apposition gives as a trade, "Felipe Curi, a detective
            # in Rio's civil police,", is "the detective" after)
            if app and (app[0] in {"the", "a", "an"} | set(title) if len(title) > 1 else
                        app[0] in ("a", "an") and app[1:2] == title) and \
                    all(w in app for w in title) and not any(w in _NOT_NOW for w in app):
                return True
    return False
