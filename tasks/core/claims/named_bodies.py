"""The body a bare noun of the story stands for: its police force ("police said"), or the one body it named whose
name has that noun as its head ("the doctors" after "Doctors Without Borders").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import PLACE_POLICE, POLICE, full_match
from .bodies import body_home, drop_lead_words
from .body_words import synonym_heads
from .gazetteer import COUNTRY_NAMES, DEMONYMS, ORGS, known_org
from .groups import GROUP_HEAD_WORDS, demonym_of
from .inflections import word_lemmas
from .memory import ActorMemory
from .model import Actor
from .patterns import APOS, DEMONYM, PLACE, is_possessive, strip_possessive
from .people_words import party_plurals
from .phrase_country import match_country


# A bare plural group noun, "the doctors", "Police": no modifier says which; the story may have named one body of the kind
BARE_GROUP = re.compile(r"(?:[Tt]he\s+)?(?P<h>[A-Za-z][a-z]+s|[Pp]olice)")
# party members are a party's, not a body named by them ("House Democrats ... Democrats said" stays the party's)
_PARTY_WORDS = party_plurals()  # data/party_plurals.tsv


def _sentence_start(text: str, at: int) -> bool:
    """`at` opens a sentence or line of `text` (its capital says nothing about a name)."""
    before = text[:at].rstrip(" “\"‘'")
    return not before or before[-1] in ".!?\n:"


# A police force a story names: by a place or nationality ("Hong Kong police", "Israeli police") or as a body the
# gazetteer knows ("NYPD", "the Los Angeles Police Department").
_FORCE_BY_PLACE = re.compile(rf"(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS}?)\s+(?i:police)\b")
_FORCE_BODIES = re.compile(r"(?<![\p{L}])(?:" + "|".join(sorted((re.escape(k) for k, (name, _) in ORGS.items() if "Police" in name),
                                                        key=len, reverse=True)) + r")(?![\p{L}])")


def police_of(code: str | None) -> Actor:
    """A country's police as readers name it ("American police", "Hong Kong police", "French police"); "Police" when
    the story's country is not known."""
    name = f"{demonym_of(code)} police" if code else "Police"
    return Actor(f"org:{name.lower()}", name, "organization", code)


def story_force(mem: ActorMemory) -> Actor | None:
    """The police force a bare "police" of this story is: the one force the story names, before this sentence or
    else anywhere in it ("police say ... NYPD Commissioner Raymond Kelly said"; "police said ... Hong Kong police have
    laid siege"). None when it names none or several (which of them is not said), or when the one it names is of
    another country than the story's focus (a foreign force named in passing is not the local police)."""
    if not mem.text:
        return None
    for text in (mem.text[:mem.upto], mem.text):
        if forces := _forces_named(text):
            force = forces[0]
            return force if len(forces) == 1 and mem.focus in (None, force.country) else None
    return None


@lru_cache(maxsize=16)
def _forces_named(text: str) -> tuple[Actor, ...]:
    """The police forces `text` names, one per key, in the order first named (story_force). Kept by text: a story's
    every bare "police" asks again about its whole text (and often the same stretch before it), two scans of up to
    the whole article each time."""
    forces: dict[str, Actor] = {}
    for m in _FORCE_BODIES.finditer(text):
        if org := known_org(m.group(0)):
            forces[org.key] = org
    for m in _FORCE_BY_PLACE.finditer(text):
        if code := match_country(m, "c", "d"):
            force = police_of(code)
            forces.setdefault(force.key, force)
    return tuple(forces.values())


def named_body_by_head(head: str, mem: ActorMemory) -> Actor | None:
    """The body a bare plural group noun refers back to: the one body the story has named so far whose name has that
    noun as its head ("the Metropolitan Police", "Miami-Dade Police" for "police"; "Doctors for Camp Closure",
    "Doctors Without Borders" for "the doctors"). None when it named none or two (which of them is not said), and
    none for a group a nationality names ("Israeli Police" is a country's police, read by the groups)."""
    low = head.lower()
    if low in _PARTY_WORDS or low not in GROUP_HEAD_WORDS or not mem.text or mem.upto <= 0:
        return None
    cap = low[:1].upper() + low[1:]
    names = _names_with_head(mem.text[:mem.upto], cap)
    if not names and (end := _next_sentence_end(mem.text, mem.upto)) > mem.upto:
        # "In a letter, the doctors pleaded ... The doctors, members of a recently formed group Doctors for Camp
        # Closure, ...": a body named in the very next sentence, when none was named before
        names = _names_with_head(mem.text[:end], cap)
    if not names:
        # "Doctors for Camp Closure ... the physicians stated": a body named by a synonym of the head (group_synonyms.tsv)
        names = set().union(*(_names_with_head(mem.text[:mem.upto], w.capitalize()) for w in synonym_heads(low)))
    if len(names) != 1:
        return None
    name = names.pop()
    if org := known_org(name):
        return org
    return Actor(f"org:{name.lower()}", name, "organization", body_home(name, mem))


def _names_with_head(text: str, cap: str) -> set[str]:
    """The bodies' names in `text` whose head noun is `cap` ("Miami-Dade Police", "Doctors for Camp Closure")."""
    if cap not in text:
        return set()
    names: set[str] = set()
    # the words before the head: capitalised, on one line, none ending a sentence ("Wednesday. Police" is no name)
    before, after = _head_patterns(cap)
    for m in before.finditer(text):
        words = drop_lead_words(m.group(1)).split()
        if not words or all(w in DEMONYMS or w in COUNTRY_NAMES or strip_possessive(w) in COUNTRY_NAMES for w in words):
            continue
        if len(words) == 1 and word_lemmas(words[0].lower()) and _sentence_start(text, m.start()):
            continue  # "Senior officials ..." opening a sentence: a common word's capital, not a name
        names.add(" ".join(words + [cap]))
    for m in after.finditer(text):
        if not _sentence_start(text, m.start()) and not is_possessive(m.group(0)):
            names.add(m.group(0))  # ("Critics of the NYPD’s policy ..." opening a sentence names no body)
    return names


@lru_cache(maxsize=256)
def _head_patterns(cap: str) -> tuple:
    """The two shapes of a body's name with head noun `cap`: capitalised words before it ("Miami-Dade Police"), and
    the head with "for / of ..." after it ("Doctors for Camp Closure"). Compiled once per head noun: the regex
    module's own cache churns with the names every article compiles, and these took ~3 ms each to compile again."""
    return (regex.compile(rf"(?<![\p{{L}}&'’.-])((?:[A-Z][\p{{L}}&'’-]*(?:\.[A-Z]\.?)?[ ]+){{1,4}}){cap}\b(?![ ]+(?:[A-Z]|of\b|for\b))"),
            regex.compile(rf"\b{cap}[ ]+(?i:for|of|without|against)[ ]+(?:the[ ]+)?[A-Z][\p{{L}}&'’-]*(?:[ ]+[A-Z][\p{{L}}&'’-]*){{0,3}}"))


_NEXT_END = re.compile(r"[.!?][”\"’']?(?=\s+[“\"‘']?[A-Z]|\s*$)|\n")


def _next_sentence_end(text: str, at: int) -> int:
    """Where the sentence after the one ending at `at` ends (`at` when there is none)."""
    rest = text[at:at + 600]
    skip = len(rest) - len(rest.lstrip())
    m = _NEXT_END.search(rest, skip + 1)
    return at + m.end() if m else at


def police_named(s: str, mem: ActorMemory) -> Actor | None:
    """The police force a phrase of "police" names ("Israeli police", "the city's police", a bare "police"), or None
    when it is no such phrase."""
    if not ((m := full_match(POLICE, s)) or (m := full_match(PLACE_POLICE, s))):
        return None
    code = match_country(m, "c", "d")
    if not code and (local := mem.groups.get("police")) is not None and not local.name.startswith(("Police", "police")) \
            and local.name.split()[0] not in DEMONYMS:
        return local  # "Fremont police say ... Police said": the town's police the story named
    if not code and (m.group(0).lower() in ("police", "the police")) and (hit := named_body_by_head("police", mem)):
        return hit  # "the Metropolitan Police ... police said": the force the story named
    if not code and (hit := story_force(mem)):
        return hit  # "police say ... NYPD Commissioner Raymond Kelly said": the one force the story names
    return police_of(code or mem.focus)
