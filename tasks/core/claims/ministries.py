"""A ministry a noun phrase names ("the defence ministry in Baku", "Israel's Ministry of Health"), resolved to the
ministry of that portfolio of a country: the one named, else the story's.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import full_match
from .body_words import ministry_portfolios
from .gazetteer import country_after_of
from .memory import ActorMemory
from .model import Actor
from .patterns import APOS, DEMONYM, DET, PLACE
from .phrase_country import country_in, match_country


# the portfolios a ministry is named by, and each one's canonical name (data/ministry_portfolios.tsv)
_MIN_TYPES = ministry_portfolios()
MIN = rf"(?i:{'|'.join(sorted(_MIN_TYPES, key=len, reverse=True))})"


MINISTRY = [
    re.compile(rf"{DET}(?P<c>{PLACE}){APOS}?\s+(?P<m>{MIN})\s+[Mm]inistry"),
    re.compile(rf"{DET}(?P<d>{DEMONYM})\s+(?P<m>{MIN})\s+[Mm]inistry"),
    # "the Russian and Syrian defence ministries": a joint voice, read as its first member
    re.compile(rf"{DET}(?P<d>{DEMONYM})\s+and\s+(?:the\s+)?{DEMONYM}\s+(?P<m>{MIN})\s+[Mm]inistries"),
    # a second portfolio joined to the first is part of the ministry's name: "the Ministry of Health and Population"
    # (Egypt), "Ministry of Health and Child Care" (Zimbabwe), read as the first's ministry with its full name
    re.compile(rf"{DET}(?:(?P<d>{DEMONYM})\s+)?[Mm]inistry\s+of\s+(?P<m>{MIN})"
               rf"(?P<more>\s+and\s+(?:[A-Z][\p{{L}}-]+\s+){{0,2}}[A-Z][\p{{L}}-]+)?(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?"),
    re.compile(rf"{DET}(?:[\w-]+-(?:run|controlled|led|backed)\s+)?(?P<m>{MIN})\s+[Mm]inistry(?:\s+(?:in|of)\s+(?P<c>{PLACE}))?"),
    # "Israel's Ministry of Health"; "the country's health ministry" (the story's country, read below)
    re.compile(rf"{DET}(?P<c>{PLACE}){APOS}\s+[Mm]inistry\s+of\s+(?P<m>{MIN})"),
    re.compile(rf"(?i:the\s+(?:country|nation)['’]s\s+)(?:[Mm]inistry\s+of\s+(?P<m2>{MIN})|(?P<m>{MIN})\s+[Mm]inistry)"),
]


def ministry_named(s: str, mem: ActorMemory) -> Actor | None:
    """The ministry phrase `s` names whole ("the defence ministry in Baku" -> Ministry of Defence of Azerbaijan), a
    portfolio with no country being the story's (or the one of that portfolio the story named in this item)."""
    for rx in MINISTRY:
        if m := full_match(rx, s):
            code = match_country(m, "c", "d") or (rx is MINISTRY[-1] and _sentence_country(s, mem)) or (
                mem.last(lambda a: a.key.startswith("org:ministry") and mem.in_item(a))
                or Actor("", "", "", None)).country
            kind = next(v for k, v in _MIN_TYPES.items() if re.fullmatch(k, (m.group("m") or m.groupdict().get("m2")).lower()))
            if not code:
                known = mem.last(lambda a: a.name.startswith(f"Ministry of {kind}") and mem.in_item(a))
                if known:
                    return known
                # "the Interior Ministry said" with no country: the story's country, else the one place its own
                # sentence puts the event in ("Israeli strike in Lebanon kills 10, health ministry says", in a story
                # whose sides are named alike), else the speakers'
                from .subjects import lede_place  # subjects reads the gazetteer this module's readers build; import late
                home = mem.last(lambda a: a.country is not None and a.country != "EU")
                code = mem.focus or lede_place(mem.sentence or "") or (home.country if home else None)
            if not code:
                name = f"Ministry of {kind}{m.groupdict().get('more') or ''}"
                return Actor(f"org:{name.lower()}", name, "organization", None)
            more = m.groupdict().get("more") or ""
            name = f"Ministry of {kind}{more} of {country_after_of(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    return None


def _sentence_country(phrase: str, mem: ActorMemory) -> str | None:
    """The country "the country's" stands for when its own sentence names one before it: "Serbian police on Tuesday
    detained a Kosovo Serb politician ..., the country's interior ministry said" is Serbia's (the sentence's first
    country, its subject's as a rule), whatever the story's country."""
    at = mem.sentence.find(phrase)
    return country_in(mem.sentence[:at]) if at > 0 else None
