"""Whose people a figure counts (its subject country).

Readers take the subject of a toll to be the people of the country where they were hit: "9,061
people have been killed in Gaza" are Palestinians, "1,400 people in Israel" Israelis, "7,844 have
died" in a story set in New York are Americans. A nationality in the text wins ("34 Turkish
soldiers in Idlib"); a party reporting its own losses gives its own country ("its soldiers",
"Israel says Hamas killed 1,400 people"); a toll the text says is of mixed or worldwide origin
("including 17 foreigners", "globally") has none. The victims of a party's own attack are not
its people ("Israel said it killed dozens of militants").
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .context import SUBDIVISIONS, country_mentions
from .data_files import read_word_list
from .inflections import noun_set
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, PEOPLE
from .cue_words import finite_say
from .figure_words import boat_people, count_qualifier_pattern, hostile_people, killing_voices, number_word_pattern
from .place_words import (back_reference_words, national_place_nouns, place_modifiers, place_name_kinds, seat_buildings,
                          toll_places)
from .model import Actor
from .story_sides import side_mentions, story_foreign_sides
from .patterns import DEMONYM, alt, last_runs, may_hold
from .places import city_countries, clear_top, lookup_place, place_counts, place_hits, story_country

# Capitals stand for governments elsewhere; as places only real cities count, not buildings.
_BUILDINGS = seat_buildings()
# Well-known cities and regions that are neither capitals nor top-level subdivisions (data/toll_places.tsv).
_CITIES = toll_places()


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _locations() -> dict[str, str]:
    out: dict[str, str] = {}
    for n, c in SUBDIVISIONS.items():
        out[n] = c
        out.setdefault(_fold(n), c)  # "Kandahār" is written "Kandahar"
    for n, c in _CITIES:
        out[n] = c
    for n, c in CAPITALS.items():
        if n not in _BUILDINGS:
            out[n.removeprefix("the ")] = c
    for n, c in COUNTRY_NAMES.items():
        if c != "EU":
            out[n.removeprefix("the ")] = c
    return out


LOCATIONS = _locations()
_LOC_ALT = alt(LOCATIONS)
# A place the figure's clause puts the people in: "killed in Gaza", "sheltering across northern Gaza",
# "an attack on Israel, where", "into Israel, killed", "in the town of Ziketan in Qinghai province".
# What follows a place that names the side of an armed act: "US strikes", "Israel strikes", "Saudi-led coalition air
# strikes" (data/attack_acts.tsv; the words between are the kinds of force and of timing such a phrase carries)
_ATTACK_ACTS = noun_set(read_word_list('attack_acts.tsv'))
_ATTACKS_AFTER = (r"(?:-led)?\s+(?:(?:coalition|air|naval|drone|missile|rocket|military|army|artillery|overnight|fresh|new)\s+){0,2}"
                  rf"(?:{alt(sorted(_ATTACK_ACTS))})(?![\p{{L}}-])")
LOCATIVE = re.compile(
    # ("blamed on the United States" puts no one there)
    rf"\b(?<!\bblame[ds]?\s)(?<!\bblaming\s)(?:in|on|at|across|throughout|inside|into|near|around|outside|within|off|"
    # the place a disaster struck: "after a major earthquake struck large parts of Iraq", "a storm that hit Cuba"
    rf"(?:quake|earthquake|tremor|tsunami|storm|cyclone|typhoon|hurricane|floods?|landslides?)\s+(?:that\s+|which\s+)?"
    rf"(?:struck|hit|rocked|jolted|shook|battered|lashed|ravaged)(?:\s+(?:large\s+|many\s+|several\s+|most\s+)?parts\s+of)?)"
    rf"\s+(?:the\s+)?"
    # "in neighbouring Samoa", "in war-torn Yemen" (data/place_modifiers.tsv; compounds by their ending)
    rf"(?:(?:{alt(place_modifiers())}|[a-z]+-(?:hit|torn|ravaged|stricken|affected|ridden|wracked|racked)|"
    rf"[a-z]+ern|(?:north|south)-?(?:east|west)|east|west|north|south|central|occupied|besieged|city of|town of|village of|"
    rf"province of|state of|region of|district of|"
    # "in places like Iraq and Afghanistan", "in countries such as Syria"
    rf"(?:places|countries|nations|cities)\s+(?:like|such\s+as)|"
    # "in the heart of Kabul", "on the outskirts of Aleppo", "in the middle of Istanbul's old town"
    rf"(?:middle|heart|centre|center|outskirts|suburbs|edge|streets)\s+of(?:\s+the)?|"
    rf"[A-Z][\p{{L}}-]+(?:\s+[A-Z][\p{{L}}-]+)?\s+(?:district|province|region|state|governorate|county)\s+of)\s+)?"
    rf"(?P<p>{_LOC_ALT})(?![\p{{L}}-])(?!['’]s\s+(?:[\w-]+\s+)?(?:border|frontier))"
    # a place that names the side of an armed act is not where its victims are: "killed in US strikes", "in Israel
    # strikes in Syria", "in Saudi-led coalition air strikes" (data/attack_acts.tsv)
    rf"(?!{_ATTACKS_AFTER})")
# A place named by its nation and a noun for places: "in the French capital", "near the northern Kazakh city of Aktogay".
_NATIONAL_PLACE = re.compile(
    rf"\b(?:in|on|at|across|throughout|inside|into|near|around|outside|off)\s+the\s+(?:(?:[a-z]+ern|central|remote)\s+)?"
    rf"(?P<d>{DEMONYM})\s+(?:{alt(national_place_nouns())})(?![\p{{L}}-])")
# "The US as a whole has recorded 16,700 deaths", "Sweden has reported 6,340 deaths": the place counts its own.
_PLACE_SUBJECT = re.compile(rf"^(?:[A-Z][\w,]*\s+){{0,2}}?(?:the\s+|The\s+)?(?P<p>{_LOC_ALT})(?:{chr(39)}s|’s)?\s+"
                            rf"(?:(?:as a whole|alone|itself)\s+)?(?:has|have|had)\s+(?:now\s+|so far\s+)?"
                            rf"(?:recorded|reported|registered|confirmed|counted|seen|suffered|had|lost)\b")
# The text says the people came from several countries, or from the whole world. FOREIGN_VICTIMS says it of the
# story's people ("most of them foreign tourists", "detained migrants"), so the story's later tolls are not one
# nation's either; the rest of MIXED says it of the sentence's own people only ("terrorist attacks around the world"
# leaves a later toll in the story's country).
_FOREIGN = (r"foreigners|foreign (?:tourists|nationals|citizens|visitors)|tourists|nationalities|"
            r"of them (?:foreign|from)|dual (?:citizens|nationals)|from (?:\w+\s+){0,2}countries|"
            # migrants come from elsewhere: the place they are held or die in is not their nation
            r"migrants|asylum[- ]seekers")
FOREIGN_VICTIMS = re.compile(rf"(?i)\b(?:{_FOREIGN})\b")
# a speaker's verb after a count opens another clause: "At least four people were killed when the cyclone slammed into
# neighbouring Samoa and the Fiji government said it was ... shifting tourists and residents" counts no tourists
_SPEECH_AFTER = re.compile(rf"\b(?:{alt(finite_say())}|announced)\b")  # data/finite_say.tsv; "announced" reads as a
# reduced relative elsewhere ("the measures announced"), so that list leaves it out
# People on the move: where their boat sinks or their camp stands says nothing of their nationality ("a boat carrying
# migrants capsized off Florida", "2 dead after migrant boat capsizes in US"); only a demonym does ("Haitian migrants").
MIGRANTS = re.compile(r"(?i)\b(?:migrants?|asylum[- ]seekers?|(?:illegal |undocumented )?immigrants)\b")
# the last word of each MIGRANTS phrase (patterns.last_runs): extraction asks every body sentence until one names migrants
_MIGRANT_RUNS = frozenset({"migrant", "migrants", "seeker", "seekers", "immigrants"})


def tells_foreign_victims(sent: str, end: int) -> bool:
    """The sentence says the people it counts are foreigners or of many nations (FOREIGN_VICTIMS) before the clause
    of the count ending at `end` closes: not a clause after it that tells of others ("..., shifting tourists")."""
    return FOREIGN_VICTIMS.search(sent, 0, _clause_end(sent, end)) is not None


def _clause_end(sent: str, end: int, *more) -> int:
    """Where the clause of a count ending at `end` closes: at a stop (_STOP_AFTER), a speaker's verb that opens
    another clause (_SPEECH_AFTER) or any of the patterns `more`; else at the sentence's end."""
    hits = (p.search(sent, end) for p in (_STOP_AFTER, _SPEECH_AFTER, *more))
    return min((m.start() for m in hits if m), default=len(sent))


def names_migrants(sent: str) -> bool:
    """The sentence tells of migrants (MIGRANTS), of refugees aboard a boat or of people smuggled (BOAT_PEOPLE,
    SMUGGLING: data/boat_people.tsv)."""
    if may_hold(_MIGRANT_RUNS, sent) and MIGRANTS.search(sent) is not None:
        return True
    return may_hold(_BOAT_RUNS, sent) and (BOAT_PEOPLE.search(sent) or SMUGGLING.search(sent)) is not None


MIXED = re.compile(rf"(?i)\b(?:{_FOREIGN}|"
                   r"globally|worldwide|around the world|across the world|world ?wide|(?:in|across) Europe(?!['’]s))\b")
# A toll the sentence spreads over a continent, an ocean's shores or a number of countries is no one nation's
# ("a tsunami that killed 230,000 people across Asia", "around the Indian Ocean", "in 14 countries", "the global death
# toll has topped 1.5 million"). Read for the
# figure's sentence only (unlike MIXED, it says nothing of the story's other tolls).
_REGIONAL = re.compile(r"\b(?:(?:across|around|throughout)\s+(?:the\s+)?(?:(?:South|Southeast|South-East|East|Central|West|North)"
                       r"(?:ern)?\s+)?(?:Asia|Africa|Europe|America|Latin America|Middle East|Caribbean|Balkans|Sahel|"
                       r"continent|Indian Ocean|Pacific|Atlantic|globe)|Indian Ocean (?:community|region|rim|coast\w*|nations|"
                       r"countries)|(?:in|across|from)\s+(?:\w+\s+){0,2}(?:countries|nations)|"
                       r"(?i:global|worldwide|world)\s+(?:death\s+|casualty\s+)?(?:toll|tally|count))\b")
# Collective speakers who are no party to the events: their count is not of "their own" people.
_NON_PARTY = re.compile(r"(?i)\b(?:doctors|physicians|medics|nurses|health workers|experts|analysts|witnesses|residents|"
                        r"activists|protesters|demonstrators|organi[sz]ers|observers|researchers|scientists|refugees|survivors|"
                        r"villagers|locals|relatives|families|parents|students|workers|farmers|rights groups|groups|members|"
                        r"critics|lawyers|survey|observatory|monitor|watch|campaign|rights)(?:$|\s+(?:for|of|without|against)\s)")  # a geological survey reports a quake's toll abroad
# (a body named by its members, "Doctors for Camp Closure", "Doctors Without Borders", is no party either, nor a watchdog
# named by what it does, "International Campaign for Human Rights in Iran", "Human Rights Watch", a war monitor)
# the qualifier phrases a count's own noun phrase holds, between its number and the verb governing it (count_qualifiers.tsv)
_QUALIFIER = count_qualifier_pattern()
# "where Turkey has sent thousands of troops": the sender's soldiers.
_SENDER = re.compile(r"\b(?:has|have|had|is|was|were)?\s*(?:[a-z]+\s+)?(?:sent|send|sending|deployed|deploying|deploy|dispatched|"
                     rf"stationed|stations|keeps|kept|maintains|has)\s+(?:(?:another|an additional|a further|{_QUALIFIER})\s+)*$")
# Attackers' nationality is not the place's ("Two gunmen died"); irregular fighters are the other side of a state's
# count, not its own forces ("Israel claims dozens of Hamas militants died"). Words in data/hostile_people.tsv.
_ATTACKERS = re.compile("(?i)" + "|".join(map(re.escape, hostile_people()["attacker"])))
_IRREGULARS = re.compile("(?i)" + "|".join(map(re.escape, hostile_people()["irregular"])))
_POLICE_WORDS = rf"\b(?:{alt(sorted(noun_set(read_word_list('police_nouns.tsv'))))})\b"
_POLICE = re.compile(rf"(?i){_POLICE_WORDS}")
_BY_POLICE = re.compile(rf"(?i)\b(?:by|with|against)\s+(?:the\s+)?(?:[\p{{L}}-]+\s+)?{_POLICE_WORDS}")
# The figure is the object of its own killing verb: "X killed N ...", "killing at least 13".
_ACTIVE_KILL = re.compile(r"(?i)\b(?:killed|killing|kills|kill|shot dead|shot|massacred|murdered|executed|beheaded|"
                          rf"slaughtered|wounded|wounding|injured|injuring|gunned down)\s+(?:(?:{_QUALIFIER}|all|{number_word_pattern(cardinals=False)}\s+of)\s+)*$")
_REPORT = re.compile(r"(?i)\b(?:said|says|say|told|tells|announced|reported|reports|stated|claimed|claims|added|"
                     r"according to|confirmed|estimated|estimates)\b")
_OWN_AGENT = re.compile(r"(?i)^\W*(?:that\s+)?(?:it|they|we|its|their|our|the attacks?|the strikes?|the operations?|"
                        r"the raids?|the army|the military|the forces|forces|troops|(?:its|their|our) (?:forces|troops|army|military))\b")
_STOP = re.compile(r"[;:!?]|\.\s|\b(?:while|whereas|but)\b|,\s+(?:according|said|says|officials|the\s+\w+\s+said)")
# After the figure a relative clause tells of something else: "injured in the quakes, which also sent small tsunamis
# into Japan's coast" (before it, "In Gaza, which ..." still places the people).
# A trailing speech tag closes it too: what follows "..., Yemeni officials said, as the Riyadh intensifies its bombing"
# is the outlet's aside, not where the people were.
# (the tag's verbs: data/speech_tags.tsv)
_STOP_AFTER = re.compile(_STOP.pattern + r"|,\s+which\b|,\s+(?:[\w'’-]+\s+){1,4}?(?:" + "|".join(read_word_list("speech_tags.tsv")) +
                         r")\b")
# Places in a clause before a killing verb say where, not who killed: "The quakes in Papua in eastern Indonesia
# ... killed one person" names no killer.
_IN_PLACE = re.compile(r"\b(?:in|near|at|off|across|inside|outside|into|on|throughout)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?"
                       r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# The people aboard an airliner come from many countries: "a crash that killed all 228 on board the Paris-bound
# flight", "two crashes of its 737 Max jet killed a total of 346 people", "shot down ..., killing all 298 on board".
_AIRLINER = re.compile(r"(?i)\b(?:airliners?|jetliners?|passenger (?:jets?|planes?)|airlines?|Boeing|Airbus|7[0-8]7|A3[1-8]0|"
                       r"(?-i:[A-Z]\w+)[- ]bound flight|[Ff]light\s+(?:[A-Z]{1,3})?\d+|jets?)\b")
_AIR_TOLL = re.compile(r"(?i)\b(?:on board|aboard|crash(?:es|ed)?|shot down|downed|passengers)\b")
# People named by an ethnic group tied to one country: "the detention of a million or more Uighurs".
_ETHNIC_HOME = {"uighurs": "CN", "uyghurs": "CN", "uighur": "CN", "uyghur": "CN", "tibetans": "CN", "tibetan": "CN",
                "rohingya": "MM", "rohingyas": "MM", "yazidis": "IQ", "yazidi": "IQ", "chechens": "RU", "copts": "EG",
                "coptic": "EG", "hazaras": "AF", "hazara": "AF", "baloch": "PK", "tatars": "RU", "crimean tatars": "UA"}
_ETHNIC_ALT = "|".join(sorted(_ETHNIC_HOME, key=len, reverse=True))
_ETHNIC = re.compile(rf"(?i)\b(?P<e>{_ETHNIC_ALT})\b")
_ETHNIC_AFTER = re.compile(rf"(?i)(?:\s+(?:or|and)\s+(?:more|over))?\s+(?:(?:ethnic|mostly|mainly|Muslim|minority)\s+)?(?P<e>{_ETHNIC_ALT})\b")
# People aboard a boat with the people on the move it carries, and their nation where the phrase gives one: "a boat
# packed with Rohingya refugees", "a boat carrying some 150 Haitian migrants", "a refugee boat" (data/boat_people.tsv).
_BOAT_WORDS = boat_people()
_BOATS = alt(sorted(noun_set(_BOAT_WORDS["boat"])))
BOAT_PEOPLE = re.compile(
    rf"(?i)\b(?:(?:{_BOATS})\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:{alt(_BOAT_WORDS['carrying'])})\s+"
    rf"(?:[\w,.’'-]+\s+){{0,4}}?(?:(?P<e>{_ETHNIC_ALT})\s+|(?-i:(?P<d>{DEMONYM}))\s+)?(?:{alt(_BOAT_WORDS['people'])})|"
    rf"refugee\s+(?:{_BOATS}))\b")
_DEMONYM_OR_ETHNIC = re.compile(rf"\b(?:(?i:{_ETHNIC_ALT})|{DEMONYM})\b")
SMUGGLING = re.compile(rf"(?i)\b(?:{alt(_BOAT_WORDS['smuggling'])})\b")
# the words one of them holds, for a set test before the patterns run: the last word of each people and smuggling
# phrase of the data file (patterns.last_runs), and "refugee" of "a refugee boat"
_BOAT_RUNS = last_runs(_BOAT_WORDS["people"] + _BOAT_WORDS["smuggling"]) | {"refugee"}
_SIDE = re.compile(r"\bon\s+the\s+(?P<d>[A-Z][a-z]+)\s+side\b")
# A list of places of several countries: "in Liberia, Sierra Leone and Guinea".
_NEXT_PLACE = re.compile(r"(?P<sep>,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?P<p>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})")


def _boat_nation(sent: str, start: int, end: int) -> str | None:
    """The nation of the people on the move a boat in the figure's clause carries, where the text gives one (an ethnic
    group tied to one country, or a demonym); None without a boat of such people, or with no nation named."""
    if not may_hold(_BOAT_RUNS | _MIGRANT_RUNS, sent):
        return None
    clause = _own_clause(sent, start, end)
    for m in BOAT_PEOPLE.finditer(clause):
        if len(_DEMONYM_OR_ETHNIC.findall(m.group(0))) > 1:
            continue  # "a boat carrying Haitian and Dominican migrants": people of two nations
        if m.group("e"):
            return _ETHNIC_HOME[m.group("e").lower()]
        if m.group("d") and (code := DEMONYMS.get(m.group("d"))) and code != "EU":
            return code
    return None


def _place_list(sent: str) -> bool:
    """The sentence puts its people in a list of places of two or more countries."""
    return bool(_list_codes(sent))


def _list_codes(sent: str) -> set[str]:
    """The countries of the first list of places of two or more countries the sentence puts its people in."""
    for m in LOCATIVE.finditer(sent):
        codes, pos, closed = {LOCATIONS[m.group("p")]}, m.end(), False
        while (n := _NEXT_PLACE.match(sent, pos)) and not closed:
            words = n.group("p").split()
            name = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if " ".join(words[:k]) in LOCATIONS), None)
            if name is None:  # "..., Sierra Leone and Guinea": an unlisted name still closes a list of places
                closed = "and" in n.group("sep") or "or" in n.group("sep")
                break
            codes.add(LOCATIONS[name])
            closed = "and" in n.group("sep") or "or" in n.group("sep")
            pos = n.start("p") + len(name)
        if closed and len(codes) >= 2:
            return codes
    return set()


# Places joined in a list after a locative word: "to Liberia and Sierra Leone", "Guinea, Liberia and Sierra Leone".
_JOINED = re.compile(r"\b(?:to|in|across|into|throughout)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*"
                     r"(?:,\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)*,?\s+and\s+(?:the\s+)?(?P<last>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)")


def spread_over_countries(sent: str, where: str | None = None) -> bool:
    """The sentence puts its event in a list of places of two or more countries ("quickly spread to Liberia and Sierra
    Leone", "in Liberia, Sierra Leone and Guinea"). Not when it also puts something in the story's own country `where`
    outside the list: "airstrikes in Iraq and Syria to prevent attacks like the mass shooting in Orlando" leaves the
    next sentence's "the massacre that killed 49" in Orlando."""
    if not sent:
        return False
    codes = _list_codes(sent)
    if not codes and (m := _JOINED.search(sent)):
        codes = set(country_mentions(m.group(0), names=LOCATIONS))
    if len(codes) < 2:
        return False
    return not (where and where not in codes and any(h[2] == where for h in _local_places(sent)))


_ATTACKER = re.compile(rf"\b(?:{_LOC_ALT})(?={_ATTACKS_AFTER})")
# an _ATTACKER match ends before one of these words: a story's opening that has none (most have none: 185 of the 200
# first corpus truth texts) is left unscanned; the scan tries the thousands of place names at every word (~6 ms a text)
_ATTACK_RUNS = last_runs(_ATTACK_ACTS)


def _no_attackers(text: str) -> str:
    """`text` with each place named as the side that strikes blanked (same length)."""
    return _ATTACKER.sub(_blank, text) if may_hold(_ATTACK_RUNS, text) else text


def _blank(m) -> str:
    return " " * len(m.group(0))


# A well-known city's name that opens a longer proper name names a mine, hotel, paper or firm, not where the story is
# ("a tunnel at Globe and Phoenix Mine in Kwekwe", "the Phoenix Hotel"): where_country leaves it out, unless the next
# word is a kind of place ("Gaza City", "Idlib governorate"; place_name_kinds.tsv) or a place itself ("Phoenix, Arizona"
# has its comma). Only the toll places (toll_places.tsv): capitals, countries and regions are read as before.
_CITY_NAMES = {n: len(n.split()) for n, _ in _CITIES if n not in COUNTRY_NAMES and n not in SUBDIVISIONS}
_PROPER_RUN = re.compile(r"\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)+")


def _name_openers(text: str) -> str:
    """`text` with each toll place's name that opens a longer proper name blanked (same length)."""
    out = None
    for m in _PROPER_RUN.finditer(text):
        words = m.group(0).split()
        for k in (3, 2, 1):
            if len(words) > k and " ".join(words[:k]) in _CITY_NAMES and \
                    words[k].lower() not in place_name_kinds() and words[k] not in LOCATIONS:
                out = out or list(text)
                end = m.start() + len(" ".join(words[:k]))
                out[m.start():end] = " " * (end - m.start())
                break
    return "".join(out) if out else text


def where_country(title: str | None, text: str) -> str | None:
    """The country the story happens in, read from place names only (not demonyms or speakers)."""
    # the side that strikes is not where the story happens: "Saudi coalition airstrikes 'kill dozens' in northern Yemen"
    # nor is where its people were going ("migrants trying to reach Britain", _DESTINATION)
    head, named = _no_destinations(_no_attackers(_name_openers(text[:6000]))), \
        _no_destinations(_no_attackers(_name_openers(title or "")))
    first = head.find("\n")
    lede = min(400, first if first >= 0 else len(head))
    # world cities count only where the text uses them as places ("at a hospital in Bhakkar")
    places = place_counts(head, 0, LOCATIONS)
    counts = country_mentions(head, lede=lede, names=LOCATIONS) + place_counts(head[:lede], 0, LOCATIONS) + places
    if foreign := story_foreign_sides(text[:6000], lede):
        # "US troops", "the US convoy": a foreign side's name is who acts, not a place (story_sides.py)
        counts -= Counter({c: n for c, n in side_mentions(head, lede, LOCATIONS).items() if c in foreign})
    for code, n in (country_mentions(named, names=LOCATIONS) + place_counts(named, 0, LOCATIONS)).items():
        counts[code] += 3 * n
    # a story that names no clear place is set where its focus is (its people, speakers and institutions)
    return clear_top(counts, places) or story_country(title, text)


def lede_place(lede: str) -> str | None:
    """The country of the one place the lede puts its event in ("the Easter Sunday bombings in Sri Lanka"), when it
    names a single country that way; a place as a noun's modifier or a capital standing for a government does not
    count (LOCATIONS leaves out the buildings)."""
    codes = {LOCATIONS[m.group("p")] for m in LOCATIVE.finditer(lede)} - {"EU"}
    return codes.pop() if len(codes) == 1 else None


def _read(name: str, code: str, where: str | None) -> str:
    """A place name several countries use is read as the story's own ("Santa Barbara" in an American
    story is the Californian city, not the Honduran department), unless the story's namesake is a small town beside a
    world city ("killed 130 in Paris" in an American story is in France, not in Paris, Texas)."""
    if where and where != code and (pops := city_countries(name)).get(where) and \
            pops[where] * 10 >= pops.get(code, 0):
        return where
    return code


def _local_places(text: str, lo: int = 0) -> list[tuple[int, str | None, str]]:
    """(start, place name or None, country) of the places a clause puts people in, in text order: a named place ("in
    northern Gaza") or a place described by its nation ("in the French capital", "near the northern Kazakh city of
    Aktogay")."""
    hits = [(m.start(), m.group("p"), _run_on_city(text, m.end(), m.group("p"))) for m in LOCATIVE.finditer(text, lo)]
    if " the " in text:
        hits += [(m.start(), None, DEMONYMS[m.group("d")]) for m in _NATIONAL_PLACE.finditer(text, lo)]
    return sorted(hits, key=_first)


_NEXT_CAP = re.compile(r"\s+(\p{Lu}[\p{L}-]+)")


def _run_on_city(text: str, end: int, name: str) -> str:
    """The country of a place name, or of the world city whose longer name it opens ("at the San Pedro Sula prison":
    the Honduran city, not Paraguay's San Pedro department)."""
    if (nxt := _NEXT_CAP.match(text, end)) and (city := lookup_place(f"{name} {nxt.group(1)}")):
        return city[0]
    return LOCATIONS[name]


def _first(hit: tuple) -> int:
    return hit[0]


# Where people were going is not where they are from or where it befell them: "Four men died on an overcrowded boat
# trying to reach Britain", "a boat bound for Italy sank", "migrants headed for the US border". The destination and
# its place are blanked (same length, so offsets hold) before the clause's places are read.
_DESTINATION = re.compile(r"(?i)\b(?:to\s+reach|bound\s+for|head(?:ed|ing)\s+(?:for|to(?:wards?)?)|en\s+route\s+to|"
                          # where people fled to is their refuge, not their nation: "20,000 refugees have fled to Kenya",
                          # "crossed into Rwanda", "sought refuge in Chad"
                          # (also after where from: "have fled from the Ruzizi Plain in South Kivu into Burundi")
                          r"(?:fled|flee|flees|fleeing|escaped|crossed|crossing|poured|streamed)\s+(?:from\s+[^.;:]{1,100}?\s+)?"
                          r"(?:(?:across|over)\s+(?:the\s+)?border\s+)?(?:in)?to|(?:sought|seeking|seek|found)\s+(?:refuge|shelter|asylum|sanctuary)\s+in|"
                          r"(?<=(?:refugees|asylum[- ]seekers)\s+(?:(?:have|has|had)\s+)?(?:\w+\s+)?)arriv(?:ed|ing)\s+in|"
                          r"on\s+(?:their|its|his|her|the)\s+way\s+to|(?:trying|tried|attempting|attempted|hoping)\s+to\s+"
                          r"(?:get\s+to|enter|cross\s+(?:in)?to|make\s+it\s+to))\s+(?:the\s+)?"
                          # "to flee into neighbouring Ethiopia"
                          rf"(?:(?:{alt(place_modifiers())}|[a-z]+ern)\s+)?"
                          r"(?-i:[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})")


def _no_destinations(text: str) -> str:
    return _DESTINATION.sub(lambda m: " " * len(m.group(0)), text) if "to " in text or " for " in text or \
        " in " in text and ("refuge" in text or "asylum" in text or "shelter" in text or "sanctuary" in text) else text


# The country across a border is a landmark, not where the people are: "swept away homes in Barahbise, 100km east of
# Kathmandu near the border with the Tibet region of China" (Nepal), "clashes near its border with Serbia". Blanked
# like a destination before the clause's places are read.
_NEIGHBOUR = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?(?P<n>[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})"
                        r"(?:\s+(?:region|province|state)\s+of\s+(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2})?")


def _no_neighbours(text: str) -> str:
    return _NEIGHBOUR.sub(_blank, text) if " with " in text else text


# Where a speaker spoke is not where the people are: "In a news briefing in Geneva, the UN refugee agency said that
# some 1,500 people have fled ...". Blanked like a neighbour before the clause's places are read.
_VENUE = re.compile(r"\b(?:briefing|conference|statement|interview|speech|summit|talks)\s+(?:in|at)\s+(?:the\s+)?"
                    r"(?P<n>[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2})")


def _no_venues(text: str) -> str:
    return _VENUE.sub(_blank, text) if " in " in text or " at " in text else text


def place_of(sent: str, start: int, end: int, where: str | None = None, weak: bool = True) -> str | None:
    """The country of a place the figure's clause puts its people in, if it names one; `weak`: also a place that
    only modifies a noun of the clause ("an El Paso facility")."""
    sent = _no_venues(_no_neighbours(_no_destinations(sent)))
    stop = _STOP_AFTER.search(sent, end)
    after = sent[end: stop.start() if stop else len(sent)]
    if hits := _local_places(after):
        return _read(hits[0][1], hits[0][2], where) if hits[0][1] else hits[0][2]
    before = sent[:start]
    cuts = list(_STOP.finditer(before))
    lo = cuts[-1].end() if cuts else 0
    if hits := _local_places(before, lo):
        return _read(hits[-1][1], hits[-1][2], where) if hits[-1][1] else hits[-1][2]
    if m := _PLACE_SUBJECT.match(sent[lo:start]):
        return LOCATIONS[m.group("p")]
    # a world city named as a place in the figure's clause: "died ... at a hospital in Bhakkar"
    if hits := list(place_hits(after, datelines=False)):
        hit = next((h for h in hits if not _named_venue(after, h)), hits[0])
        return _read(after[hit[0]:hit[1]], hit[2], where)
    if hits := list(place_hits(before[lo:], datelines=False)):
        return _read(before[lo:][hits[-1][0]:hits[-1][1]], hits[-1][2], where)
    if weak and (got := _modifier_place(after, last=False) or _modifier_place(before[lo:], last=True)):
        return _read(got[0], got[1], where)
    return None


# A city or region named as the modifier of a common noun: "the Paris attackers", "an El Paso facility", "a Texas
# man". Country names are left out ("a Georgia judge" is American as often as not).
_MODIFIER = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<p>{_LOC_ALT})\s+(?=[a-z]{{3,}}\b)")


def _modifier_place(text: str, last: bool) -> tuple[str, str] | None:
    hits = [(m.group("p"), LOCATIONS[m.group("p")]) for m in _MODIFIER.finditer(text)
            if m.group("p") not in COUNTRY_NAMES and "the " + m.group("p") not in COUNTRY_NAMES]
    return (hits[-1] if last else hits[0]) if hits else None


_BACK_WORDS = back_reference_words()  # data/back_reference_words.tsv


# The figure's clause points back to a place the sentence before named: "The result was civil war, with thousands dead
# as the country splintered" after "the 2011 intervention in Libya".
_BACK_REF = re.compile(rf"\b(?:the|that|this)\s+(?:{alt(_BACK_WORDS['back_place'])})(?:['’]s)?(?![\p{{L}}-])")


# People taken or hit by a state's forces the sentence does not name: "five of his relatives were forcibly taken by
# security forces" after a sentence about "Egypt's elected president".
_BY_STATE = re.compile(rf"\bby\s+(?:the\s+)?(?:{alt(_BACK_WORDS['state_force'])})\b")


def _back_place(sent: str, start: int, end: int, prev: str) -> str | None:
    """The one country the previous sentence puts something in, when the figure's sentence refers back to it. (The
    sentence before for any toll with no place of its own, in a story with no clear country, was tried: it took
    bystanders' places, "shock across Israel", and made a false corpus dispute, a million displaced near the border
    against the 3.6 million refugees Turkey hosts.)"""
    seg = _segment(sent, start, end)
    if _BACK_REF.search(seg):
        codes = {h[2] for h in _local_places(prev)}
    elif _BY_STATE.search(seg):
        codes = set(country_mentions(prev))
    else:
        return None
    return codes.pop() if len(codes) == 1 else None


# A state that arrests, jails or kills holds or hits its own people: "the Sissi government has arrested tens of
# thousands", "the Egyptian authorities detained 60,000" (a place in the clause, checked first, still wins).
# The auxiliaries and adverbs between the rulers and the act are grammar, kept here.
_GOVERNMENT_ACT = re.compile(rf"\b[Tt]he\s+(?P<n>[A-Z][\p{{L}}'’-]+)\s+(?:{alt(_BACK_WORDS['government'])})\s+"
                             r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:since|already|now|reportedly|also|been)\s+)*"
                             rf"(?:{alt(_BACK_WORDS['government_act'])})\b")


def _leaders() -> dict[str, str]:
    """Leaders' surnames as a government's name ("the Sisi government"), with the article of an Arabic name
    dropped ("el-Sisi")."""
    out: dict[str, str] = {}
    for name, code in PEOPLE.items():
        if code:
            last = re.sub(r"^(?:al|el|ad|as|ash|an|ar)[-‑]", "", name.split()[-1])
            out.setdefault(last, code)
    return out


_LEADERS = _leaders()


def _government_agent(sent: str, start: int) -> str | None:
    cuts = list(_STOP.finditer(sent, 0, start))
    lo = cuts[-1].end() if cuts else 0
    m = None
    for m in _GOVERNMENT_ACT.finditer(sent, lo, start):
        pass
    if m is None:
        return None
    n = m.group("n")
    return DEMONYMS.get(n) or _LEADERS.get(n) or COUNTRY_NAMES.get(n)


# A dash sets an aside apart: "one of many attacks across the world — in Nice, where 84 were killed".
_DASH = re.compile(r"\s+(?:—|–|--)\s+")


def _own_clause(sent: str, start: int, end: int) -> str:
    """The segment around the figure (_segment) up to the clause after it that a speaker's verb or a stop opens."""
    lo = max((m.end() for m in _DASH.finditer(sent, 0, start)), default=0)
    return sent[lo: _clause_end(sent, end, _DASH)]


def _segment(sent: str, start: int, end: int) -> str:
    """The stretch of the sentence between the dashes around the figure."""
    lo = max((m.end() for m in _DASH.finditer(sent, 0, start)), default=0)
    nxt = _DASH.search(sent, end)
    return sent[lo: nxt.start() if nxt else len(sent)]


def _named_venue(text: str, hit: tuple[int, int, str]) -> bool:
    """A small town's name after "the" may name a venue ("near the Olympia shopping mall ... in Munich"): it yields
    to another place of the clause."""
    got = lookup_place(text[hit[0]:hit[1]])
    return text[:hit[0]].endswith(("the ", "The ")) and got is not None and got[1] < 100_000


def _regional(sent: str, start: int, end: int) -> bool:
    """The figure's own clause spreads its toll over a region: not a later count's ("killed 170,000 people in the
    province and tens of thousands more in countries around the Indian Ocean")."""
    after = sent[end:]
    if nxt := _NEXT_COUNT.search(after):
        after = after[: nxt.start()]
    return bool(_REGIONAL.search(sent, 0, start) or _REGIONAL.search(after))


# a later count after a conjunction, in digits or words ("and tens of thousands more", "and two in Aceh"; not "one", a
# pronoun as often; a whole word: "and tensions" holds no "tens")
_NEXT_COUNT = re.compile(rf"(?i)\b(?:and|while|but|with)\s+(?:\w+\s+){{0,2}}?(?:\d|{number_word_pattern(one=False)}\b)")
# A paper named after its city names no country of the killer: "told The Jakarta Post the quakes had ...".
_MEDIA_NAME = re.compile(r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:Post|Times|News|Herald|Tribune|Journal|Daily|Gazette|"
                         r"Globe|Star|Telegraph|Chronicle|Observer|Independent|Guardian|Mail|Express|Sun|Mirror|Record|Inquirer)\b")


def _agent_is_claimant(sent: str, start: int, claimant: Actor | None) -> bool | None:
    """For 'X killed N': True when the killer is the claimant itself ("Israel said it killed ..."),
    False when another or an unnamed party, None when the figure is not the object of a killing verb."""
    before = sent[max(0, start - 60): start]
    if not _ACTIVE_KILL.search(before):
        return None
    if claimant is None:
        return False
    clause = sent[:start]
    rep = list(_REPORT.finditer(clause))
    agent = clause[rep[-1].end():] if rep else clause
    if rep and _OWN_AGENT.match(agent):
        return True
    # the killer is named in the clause of the verb: for "..., killing 20" the clause before the comma
    agent = agent.rstrip()
    agent = re.split(r"[,;]", agent[:-1] if agent.endswith(",") else agent)[-1]
    named = set(country_mentions(_IN_PLACE.sub(" ", _MEDIA_NAME.sub(" ", agent))))
    if claimant.kind == "organization" and killing_voices().isdisjoint(re.findall(r"[a-z]+", claimant.name.lower())):
        return False  # "Guinea security forces killed three people, opposition and doctors said": not the opposition's act
    return bool(named) and named == {claimant.country}


def subject_country(sent: str, start: int, end: int, found_country: str | None, explicit: bool, group: str | None,
                    measure: str, claimant: Actor | None, own: bool, where: str | None, prev: str = "",
                    mixed: bool = False, migrants: bool = False, home: bool = False) -> str | None:
    """Decide a figure's subject country. `where`: the country the story happens in (None when it names no clear
    one, or when `mixed`: the story's people are foreigners or migrants, or the sentence before spread the event over
    countries); `prev`: the sentence before. A background toll of another year is most often in the same country.
    Where the story's people are mixed, only a place the figure's clause puts them in counts, not the weaker hints
    (a place as a noun's modifier, the sentence before); `migrants`: the story's people are migrants, whom no place
    gives a nation; `home`: the story names `where` and hardly any other country (story_sides.one_side_story)."""
    if explicit:
        return found_country
    if measure == "area":
        # land is the claimant's country's, else the one the text names; with neither, the story's ("two of the
        # bigger fires measuring 3,000 hectares", said a local fire controller in an Australian story), unless the
        # sentence names another country ("Australia, New Zealand and 22 other island countries ... 40 million square
        # kilometres of the South Pacific" is no one country's land)
        if (got := (claimant.country if claimant else None) or found_country) or where is None:
            return got
        return where if set(country_mentions(sent)) <= {where} else None
    party = claimant.country if claimant and claimant.kind != "media" and not _NON_PARTY.search(claimant.name) else None
    if measure == "deployed":  # troops belong to the country that sends them, not to where they are
        sender = _SENDER.search(sent, 0, start)
        lead = sent[max(0, start - 80): sender.start()] if sender else ""
        named = country_mentions(re.split(r"[,;:]", lead)[-1]) if sender else None
        if named or party or group != "responders":
            return named.most_common(1)[0][0] if named else party
        # fire and rescue crews no sender or speaker places are the story's own ("More than a thousand firefighters
        # battled wildfires Tuesday in Greece"): a country sends its troops abroad, its firefighters mostly at home
        return where
    by_claimant = _agent_is_claimant(sent, start, claimant)
    attackers = _ATTACKERS.search(sent[start: end + 1]) is not None
    hostile = attackers or _IRREGULARS.search(sent[start: end + 1]) is not None
    if party and (own or group == "military" and not by_claimant and not hostile):
        return party
    if group in (None, "people", "civilians") and (nation := _boat_nation(sent, start, end)):
        # "At least 15 people died after a boat packed with Rohingya refugees capsized": the boat's people, whose
        # nation the phrase gives (before MIXED, which reads "migrants" alone as people of many lands)
        return nation
    if MIXED.search(_own_clause(sent, start, end)) or _regional(sent, start, end) or _AIRLINER.search(sent) and _AIR_TOLL.search(sent) or _place_list(sent):
        return None
    if (eth := _ETHNIC_AFTER.match(sent, end)) or (eth := _ETHNIC.search(sent, start, end)):
        return _ETHNIC_HOME[eth.group("e").lower()]
    if side := _SIDE.search(sent, end, min(len(sent), end + 60)):  # "1,400 people have died on the Israeli side"
        return DEMONYMS.get(side.group("d"))
    if migrants and not (own and party):
        # ("our teams" of a speaker with no country, an agency's spokesman, makes no one's people its own)
        return None
    if place := place_of(sent, start, end, where, weak=not mixed):
        return place
    if gov := _government_agent(sent, start):
        return gov
    if prev and not mixed and (place := _back_place(sent, start, end, prev)):
        return place
    # a party's count of people hit by others is of its own people ("Israel says Hamas killed 1,400 people");
    # a person speaking about another country's toll is not, unless the story is set in theirs
    if party and not by_claimant and not hostile and (claimant.kind != "person" or where in (None, party)):
        return party
    # militants or gunmen a state's forces hit at home, by the state's own count, are the place's people ("the military
    # said its troops killed at least 23 alleged militants", "Philippine officials say nine drug suspects have been
    # killed"); in a story of two sides they stay no one's (the victims of a party's own attack are not its people)
    if where and home and hostile and claimant is not None and claimant.country == where:
        return where
    # suspects a police operation hits are the place's own (data/police_nouns.tsv): the police act before the count,
    # after it as its agent ("killed by police", "a shootout with police") or speak for it; not police counted with
    # them ("Three attackers and a Kosovo police officer were killed": attackers the story may say came from elsewhere)
    if where and attackers and (_POLICE.search(sent, 0, start) or _BY_POLICE.search(sent, end) or
                                claimant is not None and _POLICE.search(claimant.name)):
        return where
    if where and not attackers and not (by_claimant and claimant and claimant.country == where):
        return where
    return None
