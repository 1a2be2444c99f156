"""The country a phrase, a body's name or a pattern's match places itself in, and the actors a country names: the
state itself and its armed forces.
"""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .body_words import agent_compounds
from .context import PLACE_NAMES, SUBDIVISIONS
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, ORGS, PEOPLE, country_display
from .memory import ActorMemory
from .model import Actor
from .patterns import DEMONYM, PLACE, WORD_END, WORD_START, alt
from .places import lookup_place


def match_country(m: re.Match, *groups: str) -> str | None:
    """The country of the first of `groups` the match filled: a demonym for a group named "d...", else a country's
    name or capital."""
    for g in groups:
        v = m.groupdict().get(g)
        if v:
            if g.startswith("d"):
                return DEMONYMS.get(v)
            return COUNTRY_NAMES.get(v) or CAPITALS.get(v) or COUNTRY_NAMES.get(v.removeprefix("the "))
    return None


_DEMONYM_W = re.compile(rf"{WORD_START}{DEMONYM}{WORD_END}")
_PLACE_W = re.compile(rf"{WORD_START}{PLACE}{WORD_END}")
PLACE_FULL = re.compile(PLACE)
_ORG_W = re.compile(rf"\b(?:{alt(k for k, v in ORGS.items() if v[1])})\b")
# States and provinces named after a country with a qualifier: "New South Wales", "New Mexico", "Northern Ireland"
# ("Hong Kong SAR" is pycountry's subdivision of China, but the news' Hong Kong is its own code)
_QUALIFIED = re.compile(r"(?:New|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)\s")
_SUB_W = re.compile(rf"\b(?:{alt(n for n in SUBDIVISIONS if _QUALIFIED.match(n) and _PLACE_W.search(n))})\b")


_HYPHEN_WORD = re.compile(r"-([a-z]+)")


def _agent_compound(text: str, end: int) -> bool:
    """'Israeli-occupied', 'U.S.-backed': the country is the agent of the participle, not the phrase's own."""
    m = _HYPHEN_WORD.match(text, end)
    return m is not None and m.group(1) in agent_compounds()


# kept by text: a pure function of it, asked again and again for the same speakers' and offices' words (about half of
# the ~3,000 calls over 200 corpus pages repeat a phrase), and each call tries up to five gazetteer alternations
@lru_cache(maxsize=4096)
def country_in(text: str) -> str | None:
    """The first country a phrase places itself in by a demonym, name, capital or metonym ("the Kenyan newspaper" ->
    KE, "New South Wales Premier" -> AU)."""
    if w := _SUB_W.search(text):
        return SUBDIVISIONS[w.group(0)]  # "New South Wales Premier" is Australian, not Welsh
    for w in _DEMONYM_W.finditer(text) if "-" in text else [_DEMONYM_W.search(text)]:
        if w and not _agent_compound(text, w.end()):
            return DEMONYMS[w.group(0)]
    for w in _PLACE_W.finditer(text) if "-" in text else [_PLACE_W.search(text)]:
        if w and not _agent_compound(text, w.end()):
            return COUNTRY_NAMES.get(w.group(0)) or CAPITALS.get(w.group(0))
    if w := _ORG_W.search(text):
        return ORGS[w.group(0)][1]
    if w := _PEOPLE_RX.search(text):  # "press secretary to Prime Minister Nikol Pashinyan"
        return PEOPLE[w.group(0)] or None
    return None


def nation_people(name: str) -> str | None:
    """The country whose people a plural demonym alone names ("Saudis", "the Israelis" -> SA, IL): "the Saudis are
    claiming none of this happened" is that side's voice, as "the Russians said" is Russia's."""
    words = name.split()
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].endswith("s") or words[0].isupper():
        return None
    return DEMONYMS.get(words[0][:-1])


_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def name_country(name: str) -> str | None:
    """The country a body's own name places it in ("Singapore Press Holdings", "Kenya Airways"), also when a lead
    word is set in capitals, as some papers open a story ("SINGAPORE Press Holdings (SPH) on Tuesday reported")."""
    return country_in(name) or (country_in(_SHOUTED.sub(lambda m: m.group(0).title(), name))
                                 if _SHOUTED.search(name) else None)


def acronym_country(text: str, mem: ActorMemory) -> str | None:
    """'SPH chief executive officer Ng Yat Chung': the country of the body an acronym in a person's description
    stands for, when the story spells it out with a country in its name ("SINGAPORE Press Holdings (SPH)")."""
    for tok in _ACRONYM_WORD.findall(text):
        if (full := mem.acronym(tok)) and (code := name_country(full)):
            return code
    return None


def country_actor(code: str) -> Actor:
    return Actor(f"country:{code}", country_display(code), "country", code)


# A state's armed forces named as one body: "the Israeli military", "Ukraine's armed forces", "the military of Sudan",
# "Mali's army" (news writes "the army" and "the military" for one voice, the forces' press office, and readers name it as
# the forces, "Malian Armed Forces", "Pakistan Army", not as the state; a navy or air force is a branch, STATE_UNIT)
ARMED_HEAD = re.compile(r"(?i)\b(?:military|army|armed forces)\b")
ARMED_NAME = "Armed Forces of "


def armed_forces(code: str) -> Actor:
    """The armed forces of a state, named the way STATE_UNIT names its branches ("Air Force of Ukraine")."""
    name = f"{ARMED_NAME}{country_display(code)}"
    return Actor(f"org:{name.lower()}", name, "organization", code)


_PEOPLE_RX = re.compile(rf"\b(?:{alt(PEOPLE)})\b")


def dateline_place(s: str) -> bool:
    """`s` (in capitals) is a city or region; a country in capitals ("CHINA has sent troops") may still speak."""
    name = s.title()
    return name not in COUNTRY_NAMES and (name in PLACE_NAMES or lookup_place(s) is not None)
