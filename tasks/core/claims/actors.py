"""Resolve a noun phrase that names a claimant ("the defence ministry in Baku") to a canonical Actor.

Resolution is stateful per article (`ActorMemory`): people introduced with a title are later
found by surname or by role ("The Prime Minister of Armenia"), and back-references ("he",
"the ministry", "the statement") go to the actor last speaking.
"""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, MEDIA, ORGS, PEOPLE, country_display, known_org
from .model import Actor
from .memory import ActorMemory, norm_title  # noqa: F401 (ActorMemory re-exported)
from .holders import holder_of_office
from .bodies import body_home, described_body, drop_lead_words, group_named_later, staff_of_body, staff_of_described
from .groups import GROUP_HEAD_WORDS, demonym_of, is_document, is_group, is_individual, is_people, resolve_group
from .kin import KIN_WORDS, possessor_person, resolve_kin
from .body_words import (actor_pattern_ends, agent_compounds, body_kinds, body_name_heads, body_staff, business_nouns,
                         public_body_words, speaks_for, state_nouns, synonym_heads)
from .inflections import word_lemmas
from .people_words import party_members, party_plurals, role_nouns
from .source_words import source_nouns
from .context import PLACE_NAMES, SUBDIVISIONS
from .places import lookup_place
from .sources import DESCRIBED, DESCRIBED_HINT, JOURNALIST, SHORT_OUTLET, SHORT_OUTLET_WORDS, document_owner, document_source, local_media, WHEN, \
    media_by_shape, named_publisher, outlet_named_in
from .patterns import APOS, CAPITAL, COUNTRY, DEMONYM, DET, MONTH, MONTH_BUT_MAY, PLACE, WEEKDAY, WORD_END, WORD_START, alt, \
    is_possessive, strip_possessive  # noqa: F401 (re-exported)


_MIN_TYPES = {
    "defen[cs]e": "Defence", "foreign affairs": "Foreign Affairs", "foreign": "Foreign Affairs",
    "interior": "Interior", "internal affairs": "Internal Affairs", "health": "Health", "justice": "Justice",
    "emergency situations": "Emergency Situations", "emergencies": "Emergency Situations", "finance": "Finance",
    "economy": "Economy", "education": "Education", "energy": "Energy", "agriculture": "Agriculture",
    "culture": "Culture", "transport": "Transport", "reintegration": "Reintegration", "intelligence": "Intelligence",
    # the other portfolios news names: "China's commerce ministry", "India's external affairs ministry"
    "external affairs": "External Affairs", "home affairs": "Home Affairs", "home": "Home Affairs",
    "commerce": "Commerce", "trade": "Trade", "labou?r": "Labour", "environment": "Environment",
    "information": "Information", "communications?": "Communications", "social affairs": "Social Affairs",
    "social development": "Social Development", "public security": "Public Security", "state security": "State Security",
    "security": "Security", "public health": "Public Health", "water": "Water", "housing": "Housing",
    "industry": "Industry", "tourism": "Tourism", "religious affairs": "Religious Affairs", "human rights": "Human Rights",
    "disaster management": "Disaster Management", "migration": "Migration", "refugees?": "Refugees",
    "women(?:'s|’s)? affairs": "Women's Affairs", "veterans(?:'|’)? affairs": "Veterans Affairs",
    "humanitarian affairs": "Humanitarian Affairs", "natural resources": "Natural Resources", "mines": "Mines",
    "petroleum": "Petroleum", "oil": "Oil", "electricity": "Electricity", "telecommunications": "Telecommunications",
    "digital affairs": "Digital Affairs", "science": "Science", "technology": "Technology", "youth": "Youth",
    "sports?": "Sport", "local government": "Local Government", "territorial administration": "Territorial Administration",
}
MIN = rf"(?i:{'|'.join(sorted(_MIN_TYPES, key=len, reverse=True))})"
_TITLE_WORDS = (
    r"(?:[Vv]ice[- ])?[Pp]resident(?:-elect)?|[Pp]rime [Mm]inister|[Pp]remier|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Hh]ealth|[Ff]inance|[Jj]ustice) "
    r"(?:[Mm]inister|[Ss]ecretary)|[Mm]inister(?: of (?:[A-Z]\w+ )?[A-Z]\w+(?: [Aa]ffairs)?)?|[Ss]ecretary of [Ss]tate|[Ss]ecretary[- ][Gg]eneral|"
    r"[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Cc]hancellor|Taoiseach|T[aá]naiste|King|Queen|(?:Crown )?Prince|Sheikh|Emir|Gen\.?|General|"
    # "said Rear Adm. Brendan McPherson", "Vice Admiral ..."
    r"(?:Rear |Vice )?Adm\.?|(?:Rear |Vice )?Admiral|"
    r"Lt\.?|Col\.?|Colonel|Major|Maj\.?|[Cc]ommander(?:-in-[Cc]hief)?|[Cc]hief(?: of [Ss]taff)?|[Gg]overnor|Gov\.?|[Mm]ayor|Senator|Sens\.|Reps\.|Sen\.?|Rep\.?|"
    r"[Aa]mbassador|[Ee]nvoy|[Ss]peaker|[Cc]hair(?:man|woman|person)?|[Dd]irector(?:[- ][Gg]eneral)?|[Hh]ead|[Ll]eader|CEO|[Dd]eputy|"
    r"Pope|Archbishop|[Pp]rosecutor(?: [Gg]eneral)?|[Aa]ttorney [Gg]eneral|[Aa]dvis[eo]r|[Aa]ide|[Oo]mbudsman|[Cc]ounterpart|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Detective|Det\.|Investigator|Officer|Sergeant|Sgt\.?|Inspector|Superintendent|"
    r"Constable|Trooper|Agent|Captain|Capt\.?|Lieutenant|Judge|Reverend|Rev\.?|[Oo]fficial|[Cc]oordinator|[Cc]ommissioner|Principal|Head[Tt]eacher|Headmaster|Headmistress|[Cc]oroner|[Rr]epresentative|[Hh]igh [Rr]epresentative|"
    r"MP|MEP|MSP"  # a member of a parliament ("Labour MP Jo Cox"): a title, not a first name
)
TITLE = rf"(?:{_TITLE_WORDS})"
NAME_TOKEN = (r"(?:(?:(?:al|el|ad|ash|as|bin|ibn|abu)-)?[A-Z][\p{Ll}\p{Lu}'’-]*\p{L}|[A-Z]\.|"
               r"(?:al|bin|ibn|abu|von|der|de|des|del|della|di|van|da|dos|du|el|la|le)(?=\s))")
NAME = rf"(?:{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})"
NOT_NAME = re.compile(
    r"\b(?:Ministry|Council|Office|Department|Agency|Committee|Union|Nations|Government|Army|Forces|Police|University|"
    r"Party|Court|Bank|News|Times|Post|Press|Service|Commission|Organi[sz]ation|Front|Guard|Corps|Group|Company|Inc|Corp|"
    rf"Street|House|Square|Day|{WEEKDAY}|{MONTH_BUT_MAY}|The|This|That|These|It|He|She|They|We|In|On|At|But|And|"
    r"According|Federation|Republic|Kingdom|States|Emirates|Islands|Minister|President|Secretary|Spokesman|Media|Agency|"
    r"Society|Crescent|Taoiseach|Democrats|Republicans|Tories|Conservatives|Liberals|Socialists|Airlines|Airways|Motors)\b"
)
# head nouns that end a body's name a claimant is named by: "the Bar Council", "a Cargill Company spokesman"
# (data/body_name_heads.tsv); the set is GENERIC_ORG's cheap test, its head being a whole word of the phrase
_ORG_HEADS = frozenset(body_name_heads("named"))
_ORG_HEAD = "|".join(body_name_heads("named"))

_R = lambda p: re.compile(p)  # noqa: E731 — short alias keeps the table below readable
PRONOUN = _R(r"(?i)(?:he|she|it|they)")
_PARTITIVE = _R(r"(?i)(?:many|some|most|all|several|few|one|two|three|none|each|both|others)\s+of\s+(?:them|those)")
BACKREF = _R(r"(?i)(?:the|this|that|its|his|her)\s+(ministry|statement|agency|office|president|prime minister|premier|"
             r"minister|spokes(?:man|woman|person)|government|army|military|council|department|side|authorities|"
             r"foreign ministry|defen[cs]e ministry|report|organi[sz]ation|committee|secretary|leader|chancellor|news agency|letter|"
             r"company|firm|airline|carrier|group|party|network|broadcaster|newspaper|channel|movement|alliance|coalition|magazine|"
             r"paper|publication|outlet|website|"
             # a titled person named before: "Superior Court Judge James Bodiford ... the judge said"
             r"judge|justice|governor|mayor|senator|congressman|congresswoman|prosecutor|sheriff|ambassador|envoy|"
             r"commissioner|commander|director|chairman|chairwoman|detective|inspector|superintendent|coroner|"
             # "said Ema Suryani, a doctor at a clinic ... added the doctor" (extract._BACK_ROLES registers the apposition)
             r"doctor|physician|"
             # "The diplomat said" after "Pakistani Ambassador to Azerbaijan Bilal Hayee" (classes: data/role_nouns.tsv)
             r"diplomat)")
# the headline's "PAHO Director warns" (actors._named_below)
HEAD_ROLE = _R(r"(?P<o>[A-Z][A-Z&]{1,6})\s+(?P<t>(?i:director(?:[- ]general)?|chairman|chairwoman|chair|president|"
               r"secretary[- ]general|spokes(?:man|woman|person)|ambassador|envoy|chief|commissioner|head))")
# "The PAHO Director also urged": a person's title with its body's acronym, after "PAHO Director Carissa F. Etienne"
OWNED_ROLE = _R(r"(?:[Tt]he|[Ii]ts)\s+(?P<o>[A-Z][A-Z&]{1,6})\s+(?P<t>(?i:director(?:[- ]general)?|chairman|chairwoman|"
                r"chair|president|secretary[- ]general|spokes(?:man|woman|person)|ambassador|envoy|chief|commissioner|head))")
MINISTRY = [
    _R(rf"{DET}(?P<c>{PLACE}){APOS}?\s+(?P<m>{MIN})\s+[Mm]inistry"),
    _R(rf"{DET}(?P<d>{DEMONYM})\s+(?P<m>{MIN})\s+[Mm]inistry"),
    # "the Russian and Syrian defence ministries": a joint voice, read as its first member
    _R(rf"{DET}(?P<d>{DEMONYM})\s+and\s+(?:the\s+)?{DEMONYM}\s+(?P<m>{MIN})\s+[Mm]inistries"),
    _R(rf"{DET}(?:(?P<d>{DEMONYM})\s+)?[Mm]inistry\s+of\s+(?P<m>{MIN})(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?"),
    _R(rf"{DET}(?:[\w-]+-(?:run|controlled|led|backed)\s+)?(?P<m>{MIN})\s+[Mm]inistry(?:\s+(?:in|of)\s+(?P<c>{PLACE}))?"),
    # "Israel's Ministry of Health"; "the country's health ministry" (the story's country, read below)
    _R(rf"{DET}(?P<c>{PLACE}){APOS}\s+[Mm]inistry\s+of\s+(?P<m>{MIN})"),
    _R(rf"(?i:the\s+(?:country|nation)['’]s\s+)(?:[Mm]inistry\s+of\s+(?P<m2>{MIN})|(?P<m>{MIN})\s+[Mm]inistry)"),
]
OFFICE = [
    _R(rf"{DET}(?i:office)\s+of\s+(?:the\s+)?(?:(?P<d>{DEMONYM})\s+)?(?P<t>(?i:president|prime minister))(?:\s+(?P<n>{NAME}))?(?:\s+of\s+(?P<c>{PLACE}))?"),
    _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<t>(?i:president|prime minister)){APOS}\s+(?i:office)"),
    _R(rf"{DET}(?P<t>(?i:president|prime minister))\s+(?P<n>{NAME})(?:{APOS})?\s+(?i:office)"),
]
MEDIA_RX = _R(rf"{DET}(?P<n>{alt(MEDIA)})(?:\s+(?i:news\s+)?(?i:agency))?")
# The fixed words the patterns below end with (data/actor_pattern_ends.tsv); resolve() tests a phrase's last word
# against them (_ends_last) before running a pattern.
_ENDS = actor_pattern_ends()


def _ends_last(pattern: str) -> frozenset[str]:
    """The last words (lower case) of the fixed words `pattern` ends with: 'president's office' -> 'office'."""
    return frozenset(w.split()[-1].lower() for w in _ENDS[pattern])


_UNIT_ALT = alt(_ENDS["state_unit"]).replace("'", "['’]")  # either apostrophe: "president’s office"
_OUTLET_ALT = alt(_ENDS["outlet"]).replace("\\ ", r"\s+")  # any white space inside: "TV  channel"
NATIONAL_MEDIA = _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<mod>(?i:state|state-run|official|local)\s+)?(?P<w>{alt(_ENDS['national_media'])})")
SECURITY_COUNCIL = [
    _R(rf"{DET}(?P<n>Security Council|National Security Council|Defen[cs]e Council)\s+of\s+(?:the\s+)?(?P<c>{PLACE})"),
    _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<n>Security Council|National Security Council|Defen[cs]e Council)"),
]
ORG_RX = _R(rf"{DET}(?P<n>{alt(ORGS)})")
ORG_VOICE = _R(rf"(?:[Aa]n?\s+|{DET})(?:senior\s+|top\s+)?(?:(?P<n>{alt(ORGS)})|(?P<cap>{CAPITAL}))\s+(?:{alt(_ENDS['org_voice'])})")
COUNTRY_RX = [
    _R(rf"(?:[Bb]oth\s+)?{DET}(?P<c>{PLACE})"),
    # "the authorities in Yerevan", "the government of Sudan": the state (the seed gold's "Armenia"); "officials in
    # Khartoum" are people of the state, a group (groups._AT_PLACE), as "Sudanese officials" are
    _R(rf"{DET}(?i:authorities|government|leadership|side|military|army|armed forces|administration|regime)\s+(?:in|of)\s+(?:the\s+)?(?P<c>{PLACE})"),
    # the state itself by a demonym and a noun of state_nouns.tsv ("the Azerbaijani side", "Russia's government");
    # "Greek officials", "Israeli authorities" are people of that state, a group with its country (groups.py)
    _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?:(?i:federal|central|national)\s+)?(?i:{alt(state_nouns())})"),
]
PERSON_RX = _R(rf"(?:{DET}(?P<pre>(?:(?:{DEMONYM}|{PLACE}{APOS}?|Kremlin|White House|Pentagon|UN|U\.N\.|NATO|EU|State Department|"
               rf"[Ff]oreign [Mm]inistry|[Dd]efen[cs]e [Mm]inistry|[Aa]rmy|[Mm]ilitary|[Pp]olice|[Ff]ormer|[Ss]enior|[Tt]op|[Aa]cting)\s+)*(?:(?:[a-z]+|(?!(?:Agency|Office|Ministry|Department|Service|Council|Committee|Commission|Union|Party|Bank|Court|University|Institute|Group|Company|And|The|Of|For)\s)[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+){{0,3}}{TITLE}(?:\s+{TITLE})*)\s+)?(?P<n>{NAME})")
SURNAME_RX = _R(rf"(?:(?:Mr|Mrs|Ms|Dr|Gen|President|Minister|Prime Minister|Gov|Governor|Sen|Senator|Rep|Mayor)\.?\s+)?(?P<n>{NAME_TOKEN})")
ROLE_RX = _R(rf"{DET}(?:(?P<d>{DEMONYM})\s+|(?P<c1>{PLACE}){APOS}\s+)?(?P<t>{TITLE})(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?")
GENERIC_ORG = _R(rf"{DET}(?P<n>(?:(?:{DEMONYM}|[A-Z][\p{{L}}-]+|of|for|and|the)\s+){{0,6}}(?:{_ORG_HEAD})(?:\s+(?:of|for|and|on(?!\s+(?:{WEEKDAY}|{MONTH})\b))\s+(?:the\s+)?[A-Z][\p{{L}}-]+(?:\s+[A-Z][\p{{L}}-]+){{0,3}}){{0,3}})")
# "the UN human rights monitoring mission", "the OVD-Info rights group": capitalised owner, common-noun head.
_NOT_ORG_OWNER = re.compile(r"(?:The|This|That|A|An|Its|His|Her|Their|Although|Though|While|When|If|As|After|Before|"
                            r"Because|Since|Unless|Until|Whether|No|Every|Each|Any|Some|Another)\s")
LOWER_ORG = _R(rf"{DET}(?P<n>[A-Z][\p{{L}}.&-]*\s+(?:(?:(?:of|for|and|the)\s+){{0,2}}[A-Z][\p{{L}}.&-]*\s+){{0,4}}(?:[a-z-]+\s+){{0,3}}(?:agency|office|mission|group|monitor|watchdog|"
               rf"council|committee|service|body|commission|ministry|department|court|tribunal|coalition|authority|"
               rf"administration|organi[sz]ation|institute|network|union|observatory|foundation|campaign|charity))")
# Branches of a state: "Ukraine's air force", "the Israeli army", "Sudan's Rapid Support Forces" stays generic.
STATE_UNIT = _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<u>(?i:{_UNIT_ALT}))")
POLICE = _R(rf"{DET}(?:(?P<d>{DEMONYM})\s+|(?P<c>{PLACE}){APOS}?\s+)?(?i:police)")
# "the city's police", "the country's police": the police of the place the story is set in, as a bare "police" is
_PLACE_POLICE = _R(rf"(?i:the\s+(?:city|town|country|state|territory|island|county|region|province)){APOS}\s+(?i:police)")

# Small patterns used on every noun phrase, compiled once.
_JOURNALIST_HINT = re.compile(r"journalist|reporter|correspondent|photographer|cameraman|crew|team")
_LEAD_CONJ = re.compile(r"^(?:(?i:and|while|but|whereas|as|and that|then|both)\s+)")
# a party label before a name ("Democrat Hillary Clinton", "Republican U.S. Sen. ..."): no part of the name
PARTY_LEAD = re.compile(r"^(?:(?:Democrat|Democratic|Republican|GOP|Independent|Labour|Conservative)\s+)+(?=\S)")
_CONJ_SPLIT = re.compile(r",\s*|\s+and\s+")
ACRONYM_TOKEN = re.compile(r"[A-Z][A-Z&-]{1,6}")
# "the OCHA": an acronym with the article, which no name of its own takes ("AMD president ... Rory Read" is no AMD)
_BARE_ACRONYM = re.compile(r"[Tt]he\s+([A-Z][A-Z]{1,6})")
SURNAME_TOKEN = re.compile(r"[A-Z][\p{Ll}'’-]+\p{Ll}")
CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|s)$")
_KIN_SPLIT = re.compile(r"[\s’']+")
CLAUSE_CUT = re.compile(r"[,;:“”\"()]")
# "the Kompas daily", "the magazine Der Spiegel": an outlet named with the word a later "the magazine" uses
_PUBLICATION_NAMED = re.compile(r"\b((?:[A-Z][\p{L}&'’-]*\s+){1,3})(?:magazine|newspaper|daily)\b|"
                           r"\b(?:magazine|newspaper)\s+((?:[A-Z][\p{L}&'’-]*)(?:\s+[A-Z][\p{L}&'’-]*){0,3})")
_OUTLET_LAST = _ends_last("outlet")
_NAMED_OUTLET = re.compile(r"(?:[Tt]he\s+)?(?P<n>(?:[A-Z][\p{L}.&'’-]*\s+){0,3}[A-Z][\p{L}.&'’-]*)\s+(?:news\s+)?"
                           rf"(?:{_OUTLET_ALT})")
_PERSON_OFFICE = re.compile(r"(.+?\s[A-Z][\p{L}-]+|[A-Z][\p{L}-]+)['’]s?\s+(?i:office)")
_AFFILIATED = re.compile(rf"({NAME})\s+(?:of|at|from)\s+.+")

def _code(m: re.Match, *groups: str) -> str | None:
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


def _country_in(text: str) -> str | None:
    """First country named by a demonym, name or metonym inside a title phrase."""
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


# A sentence that opens with a named body as its subject: "The Palestinian Health Ministry has recorded ..."
# ("Customs and Border Protection, part of Homeland Security, did not accept": an apposition may stand between)
_BODY_SUBJECT = re.compile(r"^(?:The\s+)?(?P<np>(?:[A-Z][\p{L}'’.-]*\s+(?:(?:and|of|for)\s+)?){0,5}(?P<head>[A-Z][\p{L}]+))"
                           r"(?:,\s+(?:part|a\s+unit|an\s+arm|a\s+division)\s+of\s+[^,]{1,60},)?\s+(?:has|had|have|is|was|"
                           r"were|are|will|would|did|does|on\s+\w+day|[a-z]+ed)\b")


def subject_body(sentence: str, mem: ActorMemory) -> Actor | None:
    """The named body (organization or outlet) a sentence opens with as its subject, if the story can name it."""
    m = _BODY_SUBJECT.match(sentence)
    if m is None or (source_nouns().get(m.group("head").lower()) not in ("body", "media") and
                     known_org(m.group("np")) is None):
        return None  # a body by its head noun ("Health Ministry") or one the gazetteer knows ("Customs and Border Protection")
    actor = resolve(sentence[:m.end("np")], mem)
    return actor if actor is not None and actor.kind in ("organization", "media") else None


def country_in(text: str) -> str | None:
    """The country a phrase places itself in by a name, capital or demonym ("the Kenyan newspaper" -> KE)."""
    return _country_in(text)


_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def name_country(name: str) -> str | None:
    """The country a body's own name places it in ("Singapore Press Holdings", "Kenya Airways"), also when a lead
    word is set in capitals, as some papers open a story ("SINGAPORE Press Holdings (SPH) on Tuesday reported")."""
    return _country_in(name) or (_country_in(_SHOUTED.sub(lambda m: m.group(0).title(), name))
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


# A state's armed forces named as one body: "the Israeli military", "Ukraine's armed forces", "the military of Sudan"
# (an army, navy or air force is one branch: "the Israeli army" stays the state, STATE_UNIT names the others)
_ARMED_HEAD = re.compile(r"(?i)\b(?:military|armed forces)\b")
_ARMED_NAME = "Armed Forces of "


def armed_forces(code: str) -> Actor:
    """The armed forces of a state, named the way STATE_UNIT names its branches ("Air Force of Ukraine")."""
    name = f"{_ARMED_NAME}{country_display(code)}"
    return Actor(f"org:{name.lower()}", name, "organization", code)



# resolve's fullmatch cascade, kept by (pattern, phrase): a story names the same speakers again and again ("Smith",
# "the minister"; about 1 call in 4 over the corpus repeats one), and PERSON_RX and ROLE_RX, which try the gazetteers'
# alternations at each word, cost ~50-100 us a call. A match is immutable, so a kept one serves as well as a new one.
_FULL: dict[tuple, re.Match | None] = {}
_FULL_MAX = 1 << 14  # entries; then the table starts again (bounded memory)


def _full(rx: re.Pattern, s: str) -> re.Match | None:
    key = (rx, s)
    try:
        return _FULL[key]
    except KeyError:
        pass
    if len(_FULL) >= _FULL_MAX:
        _FULL.clear()
    m = _FULL[key] = rx.fullmatch(s)
    return m


# Cheap tests on a phrase's last word before the big patterns, which all end with one of a few words.
_MEDIA_LAST = _ends_last("national_media")
_UNIT_LAST = _ends_last("state_unit")
_GROUPISH_LAST = frozenset(n.rsplit(None, 1)[-1] for n in state_nouns())
TITLE_LAST = frozenset(re.findall(r"[a-z]+", re.sub(r"\[([A-Za-z])[A-Za-z]\]", r"\1", _TITLE_WORDS).lower()))
PARTICLES = frozenset("al bin ibn abu von der de des del della di van da dos du el la le".split())


_HONORIFIC_LEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
# elected offices that head a lone surname (SURNAME_RX); the holder's country is the story's (people.home_country)
_OFFICE_LEAD = re.compile(r"(?:Gov|Governor|Sen|Senator|Rep|Mayor)\.?\s")
# "Italian Ambassador", "PAHO Director": a demonym or an acronym and a title, the shape of a role, not of a name
# (ROLE_RX and the back-references read it); "John Major", "Carole King" keep their first name
_ROLE_NAME = re.compile(rf"(?:{DEMONYM}|[A-Z][A-Z&]{{1,6}})\s+(?i:ambassador|envoy|director(?:[- ]general)?|spokes(?:man|woman|person)|"
                        rf"chairman|chairwoman|chair|minister|secretary|commissioner|president|chief|governor|mayor|head)")

# The last word a phrase must end with for a pattern to match it whole: these patterns end with a name
# from a table, or a fixed word, after white space (and `regex`'s white space is all white space to str.split).
_VOICE_LAST = _ends_last("org_voice")
_ORG_LAST = frozenset(n.rsplit(None, 1)[-1] for n in ORGS)
_MEDIA_LAST_NAME = frozenset(n.rsplit(None, 1)[-1] for n in MEDIA)
_PLACE_LAST = frozenset(n.rsplit(None, 1)[-1] for n in (*COUNTRY_NAMES, *CAPITALS))


def _country_rxs(s: str, last: str, last_low: str) -> list[re.Pattern]:
    """The COUNTRY_RX patterns that can match `s` at all."""
    out = [COUNTRY_RX[0]] if last[:1].isupper() and last in _PLACE_LAST else []
    if " in " in s or " of " in s:
        out.append(COUNTRY_RX[1])
    if last_low in _GROUPISH_LAST:
        out.append(COUNTRY_RX[2])
    return out


def _name_last(s: str, last: str) -> bool:
    """`s` can end with a personal name: two name tokens at its end."""
    if not last[:1].isupper() and not (last[:1].islower() and "-" in last and last.split("-", 1)[1][:1].isupper()):
        return False  # "al-Burhan", "el-Sisi": a lower-case particle joined to the name
    words = s.split()
    return len(words) >= 2 and (words[-2][:1].isupper() or words[-2] in PARTICLES)


# a name after the place a body is based in ("New York-based Human Rights Watch", "the London-based Amnesty
# International"): the name is the capitalised rest; a description ("a London-based rights group") is no name
_BASED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\p{L}.'’]*\s+){0,3}[A-Z][\p{L}.'’]*-based\s+(?P<n>[A-Z][\p{L}.&'’-]*(?:\s+\S+){0,8})")


def resolve(np: str, mem: ActorMemory) -> Actor | None:
    """The actor a whole noun phrase names, or None when it names no identifiable actor."""
    s = np.strip().strip(",").strip()
    s = _LEAD_CONJ.sub("", s)
    if not s or len(s) > 120:
        return None
    if "-based " in s and (m := _BASED.fullmatch(s)) and (named := resolve(m.group("n"), mem)) is not None:
        return named  # "New York-based Human Rights Watch": where a body is based describes it; its name is the rest
    if s.endswith(("day", "week", "month", "year")) and " " in s:
        s = WHEN.sub("", s)  # "according to a Texas prison statement Monday": when it spoke, not its name
    if s.isupper() and len(s) > 3 and s[:1].isalpha() and dateline_place(s):
        return None  # "NEW DELHI: ...", "PRAGUE -": a dateline is where the story is filed, not who speaks
    if s in ("One", "one"):  # "Vice-chancellors reacted ... One, who asked not to be named, said": one of them
        return mem.one_of_them()
    if _PARTITIVE.fullmatch(s):  # "Many of them said": the group last speaking
        return mem.last(lambda a: a.kind != "person")
    if (acr := _BARE_ACRONYM.fullmatch(s)) and (full := mem.acronym(acr.group(1))) and \
            (body := mem.last(lambda a: a.kind != "person" and a.name.endswith(full))) is not None:
        # "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said ... the OCHA said": the body the
        # article spelled the acronym out for, not a new one
        return body
    if (owner := document_owner(s)) and owner != s:  # "a statement from the ministry": the ministry
        # "analysis by Corey Scher of New York's CUNY Graduate Center": the author, not the affiliation
        return resolve(owner, mem) or ((m := _AFFILIATED.fullmatch(owner)) and resolve(m.group(1), mem)) or \
            named_publisher(owner, source_nouns(), _country_in)
    if hit := document_source(s, mem.focus):  # "court records", "a study published in JAMA Pediatrics"
        return hit
    if s[:1] in "tTaA" and DESCRIBED_HINT.search(s) and (m := DESCRIBED.fullmatch(s)):  # "the charity Medical Aid for Palestinians": the name
        kind = "media" if m.group("media") else "organization"
        named = resolve(m.group("n"), mem)
        if kind == "media" and (named is None or named.kind != "media"):
            # "the newspaper Irish Independent": an outlet, whatever its name looks like; outlets have no country
            return Actor(f"media:{m.group('n').lower()}", m.group("n"), "media", None)
        return named or Actor(f"org:{m.group('n').lower()}", m.group("n"), kind, _country_in(m.group("n")))
    if m := _full(PRONOUN, s):
        w = s.lower()
        if w in ("he", "she"):
            # only a person named or speaking in the last few sentences; beyond that "he" is a guess
            # a person known to be the other gender ("Mr Lorenz" for "she") is not the one meant
            p = mem.last(lambda a: a.kind == "person" and mem.seen.get(a.key, -9) >= mem.now - 3
                         and mem.gender.get(a.key, w) == w)
            if asked := mem.asked_just_before(w, p):
                return asked
            if subject := mem.person_just_before(w):
                return subject  # "During an interview, Skaik paused. '...,' he said."
            # a non-person speaker since then (an agency, a ministry) makes "he" ambiguous: say nothing
            # (a crowd of private people, "the men in the car told him", is plural: never "he")
            # (a document quoted since then, "a transcript of the interview", speaks for nobody else: no bar)
            if p and any(a.kind != "person" and mem.seen.get(a.key, -9) > mem.seen[p.key] and not _CROWD.search(a.name)
                         and not is_document(a) for a in mem.speakers[-5:]):
                return None
            if p is None and mem.speakers:
                # "a health official said ... He said": the one unnamed person who just spoke (a crowd between is plural)
                q = next((a for a in reversed(mem.speakers[-3:]) if not _CROWD.search(a.name)), None)
                crowd = q is not mem.speakers[-1]
                if q is not None and (is_individual(q) or q.key in mem.voices) and mem.seen.get(q.key, -9) >= mem.now - 1 - crowd:
                    return q
            return p
        if w == "they" and mem.pair and mem.pair[1] >= mem.now - 2 and mem.speakers and mem.speakers[-1] == mem.pair[0]:
            return mem.pair[0]  # "according to analysis by Scher and Van Den Hoek ... they estimate": the pair
        if w == "it" and (body := mem.body_just_before()) is not None:
            return body  # "The Palestinian Health Ministry has recorded ... It says ...": the body just named
        # "it" is a body or a document, never people ("Prosecutors said ... It showed how difficult ...", "officials")
        # a crowd of private people ("certain people", "many residents") is "they" only while the story is still
        # about them: one named pages before is no antecedent (the last body named is, a named group is)
        return mem.last(lambda a: a.kind != "person" and not (w == "they" and is_document(a))
                        and not (w == "it" and (is_people(a) or is_individual(a)))
                        and not (w == "they" and _CROWD.search(a.name) and mem.seen.get(a.key, -9) < mem.now - 3))
    if s[:1] in "hHiItT" and (m := _POSS_VOICE.fullmatch(s)) and m.group("h").lower() in speaks_for() and \
            m.group("h").lower() not in KIN_WORDS and (who := _possessor(m.group("p").lower(), mem)) is not None:
        return who
    last = s.rsplit(None, 1)[-1]
    last_low = last.lower()
    for rx in (MINISTRY if "inistr" in s else ()):
        if m := _full(rx, s):
            code = _code(m, "c", "d") or (mem.last(lambda a: a.key.startswith("org:ministry") and mem.in_item(a))
                                          or Actor("", "", "", None)).country
            kind = next(v for k, v in _MIN_TYPES.items() if re.fullmatch(k, (m.group("m") or m.groupdict().get("m2")).lower()))
            if not code:
                known = mem.last(lambda a: a.name.startswith(f"Ministry of {kind}") and mem.in_item(a))
                if known:
                    return known
                # "the Interior Ministry said" with no country: the story's country, else the speakers'
                home = mem.last(lambda a: a.country is not None and a.country != "EU")
                code = mem.focus or (home.country if home else None)
            if not code:
                name = f"Ministry of {kind}"
                return Actor(f"org:{name.lower()}", name, "organization", None)
            name = f"Ministry of {kind} of {country_display(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    if last_low == "office" and (m := _PERSON_OFFICE.fullmatch(s)) and \
            (who := (resolve(m.group(1), mem) if " " in m.group(1) else mem.surname(m.group(1)))) and who.kind == "person":
        return who  # "Public Ombudsman Nadia Cruz's office said": the office speaks for its holder
    if s[:1] in "TtIi" and (hit := described_body(s, mem, _speaking_body)):
        return hit  # "Human Rights Watch said ... the rights group added": the fitting body named last
    if (m := _full(BACKREF, s)) and (hit := _backref(m.group(1).lower(), mem)):
        return hit
    if s[:1] in "TtIi" and (m := _full(OWNED_ROLE, s)) and (hit := _backref(m.group("t").lower(), mem)):
        return hit
    for rx in (OFFICE if "ffice" in s else ()):
        if m := _full(rx, s):
            code = _code(m, "c", "d")
            if not code and m.groupdict().get("n"):
                code = mem.person(m.group("n"), None).country
            if not code:
                return None
            name = f"Office of the {m.group('t').title().replace('Minister', 'Minister')} of {country_display(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    if (last in _MEDIA_LAST_NAME or not last.isascii() or last_low == "agency") and (m := _full(MEDIA_RX, s)):
        name = MEDIA[m.group("n")]
        return Actor(f"media:{name.lower()}", name, "media", None)
    if _JOURNALIST_HINT.search(s) and (m := _full(JOURNALIST, s)) and (outlet := _outlet(m.group("n"))):
        return outlet  # "an Associated Press journalist in the area reported"
    if hit := local_media(s, mem.focus):
        return hit
    if last in SHORT_OUTLET_WORDS and mem.text and (m := SHORT_OUTLET.fullmatch(s)) and \
            (full := outlet_named_in(m.group("w"), mem.text)) and (hit := _outlet(full)):
        return hit  # "told the Wall Street Journal ... per the Journal": the outlet the article named in full
    if last_low in _OUTLET_LAST and (m := _NAMED_OUTLET.fullmatch(s)):
        # "the Daily Nation newspaper", "the Kompas daily", "Kenya's Citizen TV channel": the outlet by its name
        n = m.group("n")
        if hit := _outlet(n):
            return hit
        if n not in DEMONYMS and n not in COUNTRY_NAMES and not _country_in(n):
            return Actor(f"media:{n.lower()}", n, "media", None)
    if last_low in _MEDIA_LAST and (m := _full(NATIONAL_MEDIA, s)):
        code = _code(m, "c", "d")
        # as the text calls it ("Syrian state television", "Iranian state media", "Azerbaijani media"), by a demonym
        name = f"{m.group('d') or demonym_of(code)} {(m.group('mod') or '').lower()}{m.group('w')}"
        return Actor(f"media:{name.lower()}", name, "media", code)
    for rx in (SECURITY_COUNCIL if "Council" in s else ()):
        if m := _full(rx, s):
            code = _code(m, "c", "d")
            name = f"{m.group('n')} of {country_display(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    voice = _full(ORG_VOICE, s) if last in _VOICE_LAST else None
    if (m := voice) and m.group("cap"):
        return country_actor(CAPITALS[m.group("cap")])  # "a Kremlin spokesman"
    if (last in _ORG_LAST and (m := _full(ORG_RX, s))) or (m := voice):
        return known_org(m.group("n"))
    for rx in _country_rxs(s, last, last_low):
        if m := _full(rx, s):
            code = _code(m, "c", "d")
            if code:
                if _ARMED_HEAD.search(s):
                    # "the Israeli military said": the armed forces speak as a body of their state (like "Ukraine's air
                    # force"), not as the state itself; the country stays the state's
                    actor = armed_forces(code)
                    mem.groups["military"] = actor
                    return actor
                actor = country_actor(code)
                mem.groups[s.rsplit(None, 1)[-1].lower()] = actor  # "American officials": "the officials" later
                return actor
    if m := _coordination(s, mem):
        return m
    if mem.now == 0 and (m := _full(HEAD_ROLE, s)) and (hit := _named_below(norm_title(m.group("t")), None, m.group("o"), mem)):
        return hit  # the headline's "PAHO Director warns": the director the story names
    if last in party_members() and (hit := party_member(s, mem)):
        return hit
    if _name_last(s, last) and (p := PARTY_LEAD.match(s)) and (who := resolve(s[p.end():], mem)) is not None and \
            who.kind == "person":
        # "Democratic U.S. Rep. Ann Corliss": the person the rest names, as after a dateline (attribution), so the
        # parse's subject and the rules' speaker are one person; "Democratic Party" names no person and goes on
        return who
    if _name_last(s, last) and (m := _full(PERSON_RX, s)) and not NOT_NAME.search(m.group("n")) and \
            not PLACE_FULL.fullmatch(m.group("n")) and not _ROLE_NAME.fullmatch(m.group("n")):
        pre = m.group("pre") or ""
        words = m.group("n").split()
        if not pre and len(words) == 2 and words[0].lower().rstrip(".") in TITLE_LAST and (known := mem.surname(words[1])):
            # "Ambassador Sondland" after "Gordon Sondland": a title, not a first name ("Mrs" still tells the gender)
            return mem.person(f"{words[0]} {known.name}" if _HONORIFIC_LEAD.match(s) else known.name, known.country)
        code = _country_in(pre) if pre else None
        title = _TITLE_LEAD.sub("", pre) if pre else None
        return mem.person(m.group("n"), code, title)
    if m := _full(SURNAME_RX, s):
        n = m.group("n")
        if known := mem.surname(n):
            return known
        for full, code in PEOPLE.items():
            if full.endswith(" " + n):
                return mem.person(full, code or None)
        if _HONORIFIC_LEAD.match(s):  # "Mr. Reeves", "Dr Chang": an honorific makes a lone name a person
            return mem.person(n, None)
        if _OFFICE_LEAD.match(s):  # "according to Gov. Murphy", "Sen. Lankford": an elected office's holder
            return mem.person(s, None)
    if (last[:1].isupper() or last_low.rstrip(".") in TITLE_LAST) and (m := _full(ROLE_RX, s)):
        code = _code(m, "c", "c1", "d")
        t = norm_title(m.group("t"))
        if t and (code or s[:1].isupper() and not s.lower().startswith("the")):
            hit = mem.by_role.get((t, code)) or (mem.by_role.get((t, None)) if code is None else None)
            if hit:
                return hit
            if code and mem.now == 0 and (hit := _named_below(t, code, None, mem)):
                return hit  # the headline's "Pakistani envoy says": the envoy the story names
            if code and mem.upto and (hit := holder_of_office(t, code, mem)):
                return hit  # "Germany's health minister is stressing ... Health Minister Jens Spahn noted": him
            if code:
                name = f"{t.title()} of {country_display(code)}"
                role = Actor(f"person:{name.lower()}", name, "person", code)
                mem.by_role.setdefault((t, code), role)
                return role
    if last_low in _UNIT_LAST and (m := _full(STATE_UNIT, s)):
        code = _code(m, "c", "d")
        if code:
            name = f"{re.sub('([’' + chr(39) + '])S', lambda x: x.group(1) + 's', m.group('u').title())} of {country_display(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    if "olice" in s and ((m := _full(POLICE, s)) or (m := _full(_PLACE_POLICE, s))):
        code = _code(m, "c", "d")
        if not code and (local := mem.groups.get("police")) is not None and not local.name.startswith(("Police", "police")) \
                and local.name.split()[0] not in DEMONYMS:
            return local  # "Fremont police say ... Police said": the town's police the story named
        if not code and (m.group(0).lower() in ("police", "the police")) and (hit := named_body_by_head("police", mem)):
            return hit  # "the Metropolitan Police ... police said": the force the story named
        if not code and (hit := story_force(mem)):
            return hit  # "police say ... NYPD Commissioner Raymond Kelly said": the one force the story names
        return police_of(code or mem.focus)
    if not KIN_WORDS.isdisjoint(_KIN_SPLIT.split(s.lower())) and (hit := resolve_kin(s, mem)):
        return hit
    if (m := _BODY_STAFF.fullmatch(s)) and m.group("a") not in ("US", "UK", "EU", "UN", "U.S.", "U.K.", "U.N."):
        # "PG&E officials said", "a CDC spokesperson": the staff speak for their body
        a = m.group("a")
        full = mem.acronym(a)
        if org := (full and known_org(full)) or known_org(a):
            return org
        name = full or a
        code = _country_in(name) or (mem.local(name) if full else None)
        return Actor(f"org:{name.lower()}", name, "organization", code)
    if (m := _KIND_STAFF.fullmatch(s)) and (body := resolve("the " + m.group("k").lower(), mem)) is not None and \
            body.kind == "organization":
        # "Church officials said" after "the Wasilla Bible Church": the staff speak for the body of that kind named
        return body
    if last_low.startswith("spokes") and (m := _NAMED_VOICE.fullmatch(s)):
        # "A British Airways spokesman", "a US Embassy spokeswoman": a name that opens with a nationality is the
        # body the spokesperson speaks for (not "British spokesperson"); a known body by its own name, an unknown one
        # as named. A bare nationality with a common noun ("Sudanese Army" -> Sudan) is left to the groups below.
        run = m.group("n")
        hit = resolve(run, mem)
        if hit is not None and hit.kind in ("organization", "media"):
            mem.voices.add(hit.key)
            return hit
        if hit is None or hit.kind == "person":
            body = Actor(f"org:{run.lower()}", run, "organization", _country_in(run))
            mem.voices.add(body.key)
            return body
    if last_low.startswith("spokes") and (m := _ORG_VOICE_RUN.fullmatch(s)):
        # "A Sussex Police spokesman", "a Kent County Council spokeswoman": a capitalised name ending in a body's
        # head noun is the body the spokesperson speaks for; a local service is the story's country's (memory.local)
        run = m.group("n")
        hit = resolve(run, mem)
        if hit is not None and hit.kind in ("organization", "media") and len(hit.name.split()) >= len(run.split()):
            mem.voices.add(hit.key)
            return hit  # a body known by this name (not "Police" for "Sussex Police")
        if hit is None or hit.kind != "country":
            body = Actor(f"org:{run.lower()}", run, "organization", _country_in(run) or mem.local(run))
            mem.voices.add(body.key)
            return body
    # an outlet's shape is tried before the groups when the phrase ends in a capitalised word ("the Irish Examiner":
    # an outlet, not Irish examiners; outlets have no country), after them otherwise, and once either way
    shape_first = last[:1].isupper()
    if shape_first and (hit := media_by_shape(s)):
        return hit
    if (m := _BARE_GROUP.fullmatch(s)) and (hit := named_body_by_head(m.group("h"), mem)):
        return hit  # "Doctors for Camp Closure ... the doctors said": the one body of that kind the story named
    if hit := staff_of_body(s, mem, _speaking_body):
        return hit  # "officials at the institution said": the body the description stands for
    if s[:1] in "AaTtOo" and (hit := staff_of_described(s, mem, _speaking_body)):
        return hit  # "although the hospital has enough masks, an official said": the body the sentence describes
    if s[:1] in "AaTt" and (hit := group_named_later(s, mem)):
        mem.groups[s.rsplit(None, 1)[-1].lower()] = hit  # "a group of physicians" named next: "the physicians" later
        return hit
    if hit := resolve_group(s, mem.focus, mem.by_surname, mem.groups):
        return hit
    if not shape_first and (hit := media_by_shape(s)):
        return hit
    if (m := _full(LOWER_ORG, s)) and not _NOT_ORG_OWNER.match(m.group("n")):
        name = m.group("n")
        return Actor(f"org:{name.lower()}", name, "organization", _country_in(name))
    if not _ORG_HEADS.isdisjoint(s.split()) and (m := _full(GENERIC_ORG, s)) and m.group("n")[:1].isupper():
        name = m.group("n")
        return Actor(f"org:{name.lower()}", name, "organization", _country_in(name))
    if last_low in _BODY_NOUNS and (m := _BODY.fullmatch(s)):
        return _body(m, mem)
    if _one_body_name(s):
        # "Indonesia's Meteorology and Geophysics Agency": one body by its name, of the country that owns it
        owner, _, name = s.rpartition("’s " if "’s " in s else "'s ")
        name = re.sub(r"^(?:the|The)\s+", "", name)
        code = COUNTRY_NAMES.get(re.sub(r"^(?:the|The)\s+", "", owner)) if owner else None
        return Actor(f"org:{name.lower()}", name, "organization", code or _country_in(name) or mem.local(name))
    return None


_CROWD = re.compile(r"(?i)\b(?:men|women|people|residents|witnesses|neighbou?rs|relatives|friends|passengers|survivors|"
                    r"villagers|students|workers|protesters|demonstrators|locals|parents|families|victims|fans|customers)$")
_NAMED_VOICE = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<n>(?:{DEMONYM}|{PLACE})(?:\s+[A-Z][\p{{L}}&’'-]+){{1,3}})\s+"
                          r"spokes(?:man|woman|person)")
_ORG_VOICE_RUN = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<n>(?:[A-Z][\p{{L}}&’'-]+\s+){{1,4}}(?:{_ORG_HEAD}))\s+"
                            r"spokes(?:man|woman|person)")
_BODY_STAFF = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Ss]everal|[Ss]enior|[Tt]op)\s+){0,2}(?P<a>[A-Z][A-Z&]{1,6})\s+"
                         rf"(?:{alt(sorted(body_staff()['acronym']))})")


# A body named by its kind alone: "the university said", "the company said in a statement", "an American brokerage
# said". The article names it in full somewhere ("Georgetown University"); else it is the story's country's.
# Each noun's tags say how _body finds which body (data/body_kinds.tsv).
_BODY_NOUNS = frozenset(body_kinds())
_BACKREF_KINDS, _NAMED_KINDS, _VAGUE_KINDS, _UNPLACED_KINDS = (
    frozenset(k for k, tags in body_kinds().items() if tag in tags) for tag in ("backref", "named", "vague", "unplaced"))
_BODY = re.compile(rf"(?:(?P<def>[Tt]he)|[Aa]n?)\s+(?:(?P<d>{DEMONYM})\s+|(?P<c>{PLACE}){APOS}\s+)?"
                   rf"(?P<mods>(?:(?!(?:said|says|and|or|who|which|that|the|a|an|of|to|in|on|at|for|by|with|from|as|is|was|were|are|has|"
                   rf"had|have|its|their|his|her|this|these|those|also|then|gave|give|told|asked|not)\s)[a-z][a-z-]+\s+){{0,3}})(?P<h>[a-z]+)")
# "Church officials", "the hospital spokeswoman", "museum staff": the staff of a body named by its kind
_KIND_STAFF = _R(rf"(?i:the\s+|an?\s+)?(?P<k>(?i:{'|'.join(k for k, tags in body_kinds().items() if 'staff' in tags)}))\s+"
                 rf"(?i:{alt(sorted(body_staff()['kind']))})")


def _body(m: re.Match, mem: ActorMemory) -> Actor | None:
    head = m.group("h")
    code = _code(m, "c", "d")
    if m.group("def") and not code:
        # "the production company said" after "Dick Clark Productions said": the body last speaking
        hit = _backref(head, mem) if head in _BACKREF_KINDS else mem.last(
            lambda a: a.kind == "organization" and not is_group(a) and not is_document(a) and head in a.name.lower())
        if hit:
            return hit
    if not m.group("def") and not code:
        return None  # "a company said": nobody in particular
    if m.group("def") and not code and head in _VAGUE_KINDS:
        if not m.group("mods"):
            return None  # "the department said" with no kind: the back-reference readers above had their chance
    cap = head[:1].upper() + head[1:]
    if m.group("def") and not code and head in _NAMED_KINDS and mem.text and (named := re.search(
            rf"\b((?:(?:[A-Z][\p{{L}}&'’.-]*|of|for|and|the)\s+){{0,4}}[A-Z][\p{{L}}&'’.-]*)\s+{cap}\b(?!\s+of)", mem.text)):
        name = f"{named.group(1)} {cap}".strip()
        if name.split()[0] not in ("The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "In", "At", "On"):
            return Actor(f"org:{name.lower()}", name, "organization", _country_in(name) or mem.focus)
    code = code or (mem.focus if head not in _UNPLACED_KINDS else None)
    if not code:
        return None  # a bare "the company" names no one a reader could check
    mods = m.group("mods").strip()
    # the text's own demonym ("the U.S. company"), as groups.group_actor names a group; else the country's
    name = f"{m.group('d') or demonym_of(code)} {mods + ' ' if mods else ''}{head}"
    return Actor(f"org:{name.lower()}", name, "organization", code)


# A bare plural group noun, "the doctors", "Police": no modifier says which; the story may have named one body of the kind
_BARE_GROUP = re.compile(r"(?:[Tt]he\s+)?(?P<h>[A-Za-z][a-z]+s|[Pp]olice)")
# party members are a party's, not a body named by them ("House Democrats ... Democrats said" stays the party's)
_PARTY_WORDS = party_plurals()  # data/party_plurals.tsv


def _sentence_start(text: str, at: int) -> bool:
    """`at` opens a sentence or line of `text` (its capital says nothing about a name)."""
    before = text[:at].rstrip(" “\"‘'")
    return not before or before[-1] in ".!?\n:"


# A police force a story names: by a place or nationality ("Hong Kong police", "Israeli police") or as a body the
# gazetteer knows ("NYPD", "the Los Angeles Police Department").
_FORCE_BY_PLACE = _R(rf"(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS}?)\s+(?i:police)\b")
_FORCE_BODIES = _R(r"(?<![\p{L}])(?:" + "|".join(sorted((re.escape(k) for k, (name, _) in ORGS.items() if "Police" in name),
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
        if code := _code(m, "c", "d"):
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
    for m in re.finditer(rf"(?<![\p{{L}}&'’.-])((?:[A-Z][\p{{L}}&'’-]*(?:\.[A-Z]\.?)?[ ]+){{1,4}}){cap}\b(?![ ]+(?:[A-Z]|of\b|for\b))", text):
        words = drop_lead_words(m.group(1)).split()
        if not words or all(w in DEMONYMS or w in COUNTRY_NAMES or strip_possessive(w) in COUNTRY_NAMES for w in words):
            continue
        if len(words) == 1 and word_lemmas(words[0].lower()) and _sentence_start(text, m.start()):
            continue  # "Senior officials ..." opening a sentence: a common word's capital, not a name
        names.add(" ".join(words + [cap]))
    for m in re.finditer(rf"\b{cap}[ ]+(?i:for|of|without|against)[ ]+(?:the[ ]+)?[A-Z][\p{{L}}&'’-]*(?:[ ]+[A-Z][\p{{L}}&'’-]*){{0,3}}", text):
        if not _sentence_start(text, m.start()) and not is_possessive(m.group(0)):
            names.add(m.group(0))  # ("Critics of the NYPD’s policy ..." opening a sentence names no body)
    return names


_NEXT_END = re.compile(r"[.!?][”\"’']?(?=\s+[“\"‘']?[A-Z]|\s*$)|\n")


def _next_sentence_end(text: str, at: int) -> int:
    """Where the sentence after the one ending at `at` ends (`at` when there is none)."""
    rest = text[at:at + 600]
    skip = len(rest) - len(rest.lstrip())
    m = _NEXT_END.search(rest, skip + 1)
    return at + m.end() if m else at


def _outlet(s: str) -> Actor | None:
    if m := MEDIA_RX.fullmatch(s):
        name = MEDIA[m.group("n")]
        return Actor(f"media:{name.lower()}", name, "media", None)
    if m := NATIONAL_MEDIA.fullmatch(s):  # "A Syrian state television correspondent"
        code = _code(m, "c", "d")
        name = f"{m.group('d') or demonym_of(code)} {(m.group('mod') or '').lower()}{m.group('w')}"
        return Actor(f"media:{name.lower()}", name, "media", code)
    return media_by_shape(s)


# one capitalised name with "and" inside, no comma, ending in a body's head noun: "the Department of Health and Human
# Services", "Indonesia's Meteorology and Geophysics Agency", "the National Search and Rescue Agency"
_AND_NAME = re.compile(r"(?:(?:[Tt]he|[A-Z][\p{L}.-]*['’]s)\s+)?[A-Z][\p{L}.&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\p{L}.&'’-]*))*"
                       r"\s+and\s+[A-Z][\p{L}.&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\p{L}.&'’-]*))*")


def _one_body_name(s: str) -> bool:
    """'X and Y' is one body's name, not two actors: a capitalised run joined by "and" that ends in a body's head noun
    (body_name_heads.tsv; a plural as "Services" too); "Israel and Hamas", "the UN and U.S. officials" are two."""
    if not _AND_NAME.fullmatch(s.strip()):
        return False
    heads = _ORG_HEADS.union(body_name_heads())

    def headed(words: str) -> bool:
        last = words.split()[-1]
        return last in heads or (last.endswith("s") and last[:-1] in heads)

    first, second = (re.sub(r"^(?:the|The)\s+", "", p.strip()) for p in s.rsplit(" and ", 1))
    first = first.rpartition("’s " if "’s " in first else "'s ")[2]
    if headed(first) or any(p in ORGS or p in PLACE_NAMES for p in (first, second)):
        return False  # "the Interior Ministry and the Defense Ministry", "Amnesty International and Human Rights Watch"
    # what comes before "and" is one word ("Meteorology and Geophysics Agency") or ends an "of" or "for" phrase
    # ("Department of Health and Human Services"); "Cricket Wireless and Federal Bureau ..." are two names
    return headed(s) and (" " not in first or re.search(r"\s(?:of|for)\s+(?:the\s+)?[A-Z][\p{L}.&'’-]*$", first) is not None)


def _coordination(s: str, mem: ActorMemory) -> Actor | None:
    """'Russia, the United States and France' -> the first conjunct, when every part is an actor."""
    parts = [p for p in _CONJ_SPLIT.split(s) if p.strip()]
    if len(parts) < 2 or _one_body_name(s):
        return None
    actors = [resolve(p, mem) for p in parts if p.strip().lower() != "both"]
    if actors and all(actors):
        return actors[0]
    return None


# "the California Republican", "the veteran Tory", "the 70-year-old Democrat": a politician described by party
_PARTY_MEMBER = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\p{L}.'’-]*\s+|[a-z][\p{L}-]*\s+){0,3}[A-Z][a-z]+")


def party_member(s: str, mem: ActorMemory) -> Actor | None:
    """'Rep. Ed Royce, the chairman of ..., the California Republican said': a definite description by party is the
    holder of an elected office of that party's kind the story last named (party_members.tsv; a name never takes
    "the"); None when the story named no such holder."""
    if not _PARTY_MEMBER.fullmatch(s):
        return None
    titles = party_members()[s.rsplit(None, 1)[-1]]
    holders = [a for t in sorted(titles) for a in mem.role_holders.get(t, [])]

    def last_named(a: Actor) -> int:  # "Mr. Warner, the Virginia Democrat, called ...": a surname names him too
        return max([mem.seen.get(a.key, -9)] + [at for at, name in mem.named if name in (a.name, a.name.split()[-1])])
    best = max(reversed(holders), key=last_named, default=None)
    # a roundup names many politicians: only one named within a few sentences is the one meant
    return best if best is not None and last_named(best) >= mem.now - 5 else None


# Governments below a country's (orgs.tsv: "Scottish Government", "Northern Ireland Executive"), which a bare
# "the Government" in their story may name
_DEVOLVED = frozenset(name for name, _ in ORGS.values() if name.endswith((" Government", " Executive")))


def _backref(word: str, mem: ActorMemory) -> Actor | None:
    if "ministry" in word:
        kind = "Defence" if "defen" in word else "Foreign Affairs" if "foreign" in word else ""
        return mem.last(lambda a: a.name.startswith(f"Ministry of {kind}"))
    if word in ("statement", "report", "letter"):
        return mem.speakers[-1] if mem.speakers else None
    if word in ("magazine", "newspaper", "paper", "publication", "outlet", "website"):
        # "the magazine reported": the outlet last speaking, else the one the article names with that word
        known = mem.last(lambda a: a.kind == "media")
        for m in (_PUBLICATION_NAMED.finditer(mem.text) if known is None else ()):
            name = (m.group(1) or m.group(2)).strip()
            if name.split()[0] not in ("The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "In", "At", "On"):
                return Actor(f"media:{name.lower()}", name, "media", None)
        return known
    if (markers := business_nouns().get(word)) is not None:
        # "the airline said": the business of that kind the story last named or heard (one whose name says its kind
        # first: "Eastern Airlines"), never a public body ("the U.S. Department of State said ... the airline said")
        def business(a: Actor) -> bool:
            # "the companies said ... The company said": bodies named by a plural common noun are several, not the one
            plural = word in word_lemmas(a.name.lower()).get("NOUN", ()) and a.name.lower() != word
            return _speaking_body(a) and not is_individual(a) and not plural
        return (mem.last(lambda a: business(a) and _business_of(a, markers)) if markers else None) or \
            mem.last(lambda a: business(a) and _business_of(a, frozenset()))
    # (the business nouns, business_nouns.tsv, are answered above)
    if word in ("agency", "news agency", "group", "party", "network", "broadcaster", "channel", "movement", "alliance",
                "coalition", "regulator"):
        # the body or outlet last speaking; a crowd of officials is not "the agency"
        return mem.last(_speaking_body)
    if word == "office":
        return mem.last(lambda a: a.name.startswith("Office"))
    if word == "government" and (hit := mem.last(lambda a: a.kind == "country" or a.name in _DEVOLVED)) and \
            hit.kind != "country":
        return hit  # "The Government said" after the Scottish Government spoke: the devolved one, the last government
    if word == "military":
        # "The Israeli military said ... The military added": the armed forces named before; else those of the state
        # in the story
        if hit := mem.last(lambda a: a.name.startswith(_ARMED_NAME)):
            return hit
        state = mem.last(lambda a: a.kind == "country") or (country_actor(mem.focus) if mem.focus else None)
        return armed_forces(state.country) if state else None
    if word in ("government", "authorities", "army", "side"):
        # "the army said" before any country spoke: the army of the country the story is about
        return mem.last(lambda a: a.kind == "country") or (country_actor(mem.focus) if mem.focus and word != "side" else None)
    if word in ("council", "committee", "department", "organisation", "organization"):
        return mem.last(lambda a: word[:5] in a.name.lower())
    t = norm_title(word)
    # of two governors named ("Gov. Eric Holcomb", then Kentucky's "Gov. Matt Bevin"), the one the story came back to
    # ("the diplomat": a holder of any title of its class, role_nouns.tsv)
    holders = [a for r in sorted(role_nouns().get(t, {t})) for a in mem.role_holders.get(r, [])]

    def last_named(a: Actor) -> int:
        return max([mem.seen.get(a.key, -9)] + [at for at, name in mem.named if name == a.name])
    return max(reversed(holders), key=last_named, default=None)


def _speaking_body(a: Actor) -> bool:
    """An outlet or a body that can speak as one: not a group of people ("officials") nor a document, nor a state's
    armed forces (never "the group", "the agency" or "the company": "Sudan's armed forces denied ... A spokesman for the
    Enough Project said the group confirmed")."""
    return a.kind == "media" or a.kind == "organization" and not is_group(a) and not is_document(a) and \
        not a.name.startswith(_ARMED_NAME)


_LETTERS = re.compile(r"\p{L}+")


def _business_of(a: Actor, markers: frozenset[str]) -> bool:
    """Whether body `a` may be the business a role noun names: its name has one of the noun's marker words
    ("Eastern Airlines" for "the airline"), or, with no markers asked for, no public body's word ("U.S. Department
    of State" is no airline)."""
    words = _LETTERS.findall(a.name)
    if markers:
        return any(w in markers for w in words)
    public = public_body_words()
    return not any(w.lower() in public for w in words)


# "his office", "Her campaign", "its spokeswoman", "their top aides": a noun that speaks for its possessor (speaks_for.tsv)
_POSS_VOICE = re.compile(r"(?i)(?P<p>his|her|its|their)\s+(?:(?:own|chief|top|senior|re-?election|presidential|press)\s+)?"
                         r"(?P<h>[\p{L}-]+)")


def _possessor(word: str, mem: ActorMemory) -> Actor | None:
    """Whom "his", "her", "its" or "their" before a noun that speaks for them names: a person for "his" and "her"
    (kin.possessor_person), the body "it" or "they" would be otherwise; a body's spokesperson stays its voice for a
    later "he" or "she" ("Its spokesman said ... He added")."""
    if word in ("his", "her"):
        return possessor_person(word, mem)
    who = resolve("it" if word == "its" else "they", mem)
    if who is None or who.kind == "person":
        return None
    mem.voices.add(who.key)
    return who


def _named_below(t: str, code: str | None, owner: str | None, mem: ActorMemory) -> Actor | None:
    """A headline's bare role ("Pakistani envoy says", "PAHO Director warns"): the person the story's opening
    introduces with a title of its class (role_nouns.tsv), of the same country, or after the body's acronym."""
    from .people import TITLED  # people.py reads this module
    cls = role_nouns().get(t, {t})
    text = mem.text[:3000]
    for m in TITLED.finditer(text):
        title = norm_title(m.group("t"))
        if title not in cls and title.rsplit(None, 1)[-1] not in cls:
            continue
        name = m.group("n")
        if NOT_NAME.search(name) or PLACE_FULL.fullmatch(name):
            continue
        before = " ".join(CLAUSE_CUT.split(text[max(0, m.start() - 60): m.start()])[-1].split()[-5:])
        # the body's acronym right before the title: "Pan American Health Organization (PAHO) Director Carissa F. Etienne"
        if owner and owner not in re.findall(r"[A-Z][A-Z&]{1,6}", text[max(0, m.start() - 12): m.end("t")]):
            continue
        country = _country_in(f"{before} {m.group('t')}")
        if code and country != code:
            continue
        return mem.person(name, country, m.group("t"))
    return None


_TITLE_LEAD = re.compile(rf"^(?:[Tt]he\s+)?(?:(?:{DEMONYM}|{PLACE}{APOS}?)\s+)*")
_PEOPLE_RX = re.compile(rf"\b(?:{alt(PEOPLE)})\b")


def dateline_place(s: str) -> bool:
    """`s` (in capitals) is a city or region; a country in capitals ("CHINA has sent troops") may still speak."""
    name = s.title()
    return name not in COUNTRY_NAMES and (name in PLACE_NAMES or lookup_place(s) is not None)
