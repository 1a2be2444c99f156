"""The patterns the resolve cascade (actors.resolve) matches a whole noun phrase with: a person's title and name,
a back-reference, an office, an outlet, a body or a state by its name, and the cache that keeps their matches.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .body_words import actor_pattern_ends, body_name_heads, state_nouns
from .figure_words import number_word_pattern
from .gazetteer import MEDIA, ORGS
from .name_words import OFFICE_TITLES, company_suffixes, name_particles, not_name_words, title_pattern, title_services
from .people_words import posted_titles
from .patterns import APOS, CAPITAL, DEMONYM, DET, MONTH, MONTH_BUT_MAY, PLACE, WEEKDAY, alt


# A person's title: the offices and roles below, then the honorifics, ranks and their abbreviations of titles.tsv
# ("Mr.", "Sgt", "Lt. Col.", "Sens.") -- one table for every reader of a title
TITLE_WORDS = (
    r"(?:[Vv]ice[- ])?[Pp]resident(?:-elect)?|[Pp]rime [Mm]inister|[Pp]remier|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Hh]ealth|[Ff]inance|[Jj]ustice) "
    r"(?:[Mm]inister|[Ss]ecretary)|[Mm]inister(?: of (?:[A-Z]\w+ )?[A-Z]\w+(?: [Aa]ffairs)?)?|[Ss]ecretary of [Ss]tate|[Ss]ecretary[- ][Gg]eneral|"
    r"[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Cc]hancellor|Taoiseach|T[aá]naiste|King|Queen|(?:Crown )?Prince|Sheikh|Emir|"
    # "said Rear Adm. Brendan McPherson", "Vice Admiral ..."
    r"(?:Rear |Vice )(?:Adm\.?|Admiral)|"
    r"[Cc]ommander(?:-in-[Cc]hief)?|[Cc]hief(?: of [Ss]taff)?|[Gg]overnor|[Mm]ayor|"
    r"[Aa]mbassador|[Ee]nvoy|[Ss]peaker|[Cc]hair(?:man|woman|person)?|[Dd]irector(?:[- ][Gg]eneral)?|[Hh]ead|[Ll]eader|CEO|[Dd]eputy|"
    r"Pope|Archbishop|[Pp]rosecutor(?: [Gg]eneral)?|[Aa]ttorney [Gg]eneral|[Aa]dvis[eo]r|[Aa]ide|[Oo]mbudsman|[Cc]ounterpart|"
    r"Investigator|Officer|Agent|Judge|[Oo]fficial|[Cc]oordinator|[Cc]ommissioner|Principal|Head[Tt]eacher|Headmaster|Headmistress|[Cc]oroner|[Rr]epresentative|[Hh]igh [Rr]epresentative|"
    r"MP|MEP|MSP|"  # a member of a parliament ("Labour MP Jo Cox"): a title, not a first name
    + title_pattern(OFFICE_TITLES)
)
# a title with the service it is of ("Superintendent of Police", "Chief of Army Staff"; title_services.tsv)
TITLE = rf"(?:(?:{TITLE_WORDS})(?:\s+of\s+(?:the\s+)?(?:{'|'.join(title_services())}))?)"
# the words of the titles in lower case: a phrase's last word among them may end a title
TITLE_LAST = frozenset(re.findall(r"[a-z]+", re.sub(r"\[([A-Za-z])[A-Za-z]\]", r"\1", TITLE_WORDS).lower()))
# particles inside a name ("Ibrahim al Jaafari", "Ursula von der Leyen"; name_particles.tsv)
PARTICLES = frozenset(name_particles())
NAME_TOKEN = (r"(?:(?:(?:al|el|ad|ash|as|bin|ibn|abu)-)?[A-Z][\p{Ll}\p{Lu}'’-]*\p{L}|[A-Z]\.|"
              rf"(?:{'|'.join(name_particles())})(?=\s))")
NAME = rf"(?:{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})"
# capitalised words no claimant's name holds (data/not_name_words.tsv: bodies' heads, offices, sentence openers), and
# the weekdays and months
NOT_NAME = re.compile(rf"\b(?:{alt(not_name_words('claimant'))}|{WEEKDAY}|{MONTH_BUT_MAY})\b")


# words that open a capitalised phrase before a kind noun without being a name ("The Agency", "Its Company", "In
# Council"): backrefs.py and body_phrases.py read a phrase that opens so as no body's name
PHRASE_OPENERS = frozenset(("The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "In", "At", "On"))

# head nouns that end a body's name a claimant is named by: "the Bar Council", "a Cargill Company spokesman"
# (data/body_name_heads.tsv); the set is GENERIC_ORG's cheap test, its head being a whole word of the phrase
ORG_HEADS = frozenset(body_name_heads("named"))
ORG_HEAD = "|".join(body_name_heads("named"))

_R = lambda p: re.compile(p)  # noqa: E731 — short alias keeps the table below readable
PRONOUN = _R(r"(?i)(?:he|she|it|they)")
PARTITIVE = _R(rf"(?i)(?:many|some|most|all|several|few|{number_word_pattern()}|none|each|both|others)\s+of\s+(?:them|those)")
BACKREF = _R(r"(?i)(?:the|this|that|its|his|her)\s+(ministry|statement|agency|office|president|prime minister|premier|"
             r"minister|spokes(?:man|woman|person)|government|army|military|council|department|side|authorities|"
             r"foreign ministry|defen[cs]e ministry|report|organi[sz]ation|committee|secretary|leader|chancellor|news agency|letter|tweet|"
             # what a speaker issues, as "the statement" is (a capitalised "the Post" is a newspaper)
             r"(?-i:post)|message|memo|e-?mail|communiqu[eé]|"
             r"company|firm|airline|carrier|group|party|campaign|network|broadcaster|newspaper|channel|movement|alliance|coalition|magazine|"
             r"paper|publication|outlet|website|station|"
             # a titled person named before: "Superior Court Judge James Bodiford ... the judge said"
             r"judge|justice|governor|mayor|senator|congressman|congresswoman|prosecutor|sheriff|ambassador|envoy|"
             r"commissioner|commander|director|chairman|chairwoman|detective|inspector|superintendent|coroner|"
             # "said Ema Suryani, a doctor at a clinic ... added the doctor", "Fauzi, an official from the local disaster agency,
             # told AFP ... said the official" (extract._BACK_ROLES registers the apposition)
             r"doctor|physician|official|"
             # "The diplomat said" after "Pakistani Ambassador to Azerbaijan Bilal Hayee" (classes: data/role_nouns.tsv)
             r"diplomat)")
# the headline's "PAHO Director warns" (backrefs.named_below)
HEAD_ROLE = _R(r"(?P<o>[A-Z][A-Z&]{1,6})\s+(?P<t>(?i:director(?:[- ]general)?|chairman|chairwoman|chair|president|"
               r"secretary[- ]general|spokes(?:man|woman|person)|ambassador|envoy|chief|commissioner|head))")
# "The PAHO Director also urged": a person's title with its body's acronym, after "PAHO Director Carissa F. Etienne"
OWNED_ROLE = _R(r"(?:[Tt]he|[Ii]ts)\s+(?P<o>[A-Z][A-Z&]{1,6})\s+(?P<t>(?i:director(?:[- ]general)?|chairman|chairwoman|"
                r"chair|president|secretary[- ]general|spokes(?:man|woman|person)|ambassador|envoy|chief|commissioner|head))")


OFFICE = [
    _R(rf"{DET}(?i:office)\s+of\s+(?:the\s+)?(?:(?P<d>{DEMONYM})\s+)?(?P<t>(?i:president|prime minister))(?:\s+(?P<n>{NAME}))?(?:\s+of\s+(?P<c>{PLACE}))?"),
    _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<t>(?i:president|prime minister)){APOS}\s+(?i:office)"),
    _R(rf"{DET}(?P<t>(?i:president|prime minister))\s+(?P<n>{NAME})(?:{APOS})?\s+(?i:office)"),
]
MEDIA_RX = _R(rf"{DET}(?P<n>{alt(MEDIA)})(?:\s+(?i:news\s+)?(?i:agency))?")
# The fixed words the patterns below end with (data/actor_pattern_ends.tsv); resolve() tests a phrase's last word
# against them (ends_last) before running a pattern.
_ENDS = actor_pattern_ends()


def ends_last(pattern: str) -> frozenset[str]:
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
# "the Philippine Red Cross", "the Kenya Red Cross": a body orgs.tsv lists without a country, named with a nation, is
# that nation's own member body (a national society), of its country; a body with a home of its own keeps it
# ("Pakistani Taliban" is no new body)
INTERNATIONAL_ORGS = tuple(k for k, v in ORGS.items() if not v[1])
NATIONAL_ORG = _R(rf"{DET}(?P<n>(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS}?)\s+(?:{alt(INTERNATIONAL_ORGS)}))")
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
# "California Department of Alcohol and Drug Program deputy director Millicent Tidwell", "Microsoft Security Response
# Alliance director Mike Reavey": a body's name of any length, a role in lower case (or a C-suite acronym) and a name:
# the person speaks for the body (PERSON_RX takes up to three words before a title)
BODY_ROLE_NAME = _R(rf"(?P<body>[A-Z][\p{{L}}\d.&'’-]*(?:\s+(?:[A-Z][\p{{L}}\d.&'’-]*|of|for|and|the|on|de))+)\s+"
                    rf"(?P<role>(?:[a-z][\p{{L}}-]*\s+){{0,2}}(?=[a-z])(?:{TITLE})|C[A-Z]O)\s+(?P<n>{NAME})")
# a lone surname after a title ("Mr. Reeves", "Sgt Ali", "Gov. Murphy") or an office ("President Biden")
SURNAME_RX = _R(rf"(?:(?:{title_pattern(OFFICE_TITLES)}|(?:President|Minister|Prime Minister)\.?)\s+)?(?P<n>{NAME_TOKEN})")
# bodies a post abroad is posted to besides a country ("ambassador to the UN"; people_words.posted_titles), and how a
# post's name writes them ("Ambassador of Peru to the United Nations")
POSTED_HOSTS = {"United Nations": "the United Nations", "UN": "the United Nations", "U.N.": "the United Nations",
                "European Union": "the European Union", "EU": "the European Union", "NATO": "NATO",
                "African Union": "the African Union"}
_HOST = rf"(?:{PLACE}|{alt(sorted(POSTED_HOSTS, key=len, reverse=True))})"
# a post's holder named after its host ("former U.S. ambassador to the Ukraine Marie Yovanovitch"): the titled name
# without the host reads as any titled name does
POSTED_NAME = _R(rf"(?P<pre>.*\b(?i:{alt(posted_titles())}))\s+to\s+(?:the\s+)?{_HOST}\s+(?P<n>{NAME})")
# (a post's host before the title, "Russia's UN ambassador", or after it, "Peru's ambassador to the United Nations")
ROLE_RX = _R(rf"{DET}(?:(?P<d>{DEMONYM})\s+|(?P<c1>{PLACE}){APOS}\s+)?(?:(?P<hl>{alt(sorted(POSTED_HOSTS, key=len, reverse=True))})\s+)?"
             rf"(?P<t>{TITLE})(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?(?:\s+to\s+(?:the\s+)?(?P<host>{_HOST}))?")
GENERIC_ORG = _R(rf"{DET}(?P<n>(?:(?:{DEMONYM}|[A-Z][\p{{L}}-]+|of|for|and|the)\s+){{0,6}}(?:{ORG_HEAD})(?:\s+(?:of|for|and|on(?!\s+(?:{WEEKDAY}|{MONTH})\b))\s+(?:the\s+)?[A-Z][\p{{L}}-]+(?:\s+[A-Z][\p{{L}}-]+){{0,3}}){{0,3}})")
# A company by its registered name: capitalised words closed by a legal suffix ("Toyota Motor Corp.", "Acme, Inc.",
# "Hewlett-Packard Co."; company_suffixes.tsv): a body, never a person, so that "it said" finds it later
# ("Co" needs its dot: "Co" alone is also a surname)
_SUFFIXES = [w.capitalize() for w in company_suffixes()]
COMPANY_NAME = _R(rf"{DET}(?P<n>(?:[A-Z][\p{{L}}\d&.'’-]*,?\s+){{1,6}}(?:(?:{alt(w for w in _SUFFIXES if len(w) > 2)})\.?|"
                  rf"(?:{alt(w for w in _SUFFIXES if len(w) <= 2)})\.))")
# "the UN human rights monitoring mission", "the OVD-Info rights group": capitalised owner, common-noun head.
NOT_ORG_OWNER = re.compile(r"(?:The|This|That|A|An|Its|His|Her|Their|Although|Though|While|When|If|As|After|Before|"
                            r"Because|Since|Unless|Until|Whether|No|Every|Each|Any|Some|Another)\s")
LOWER_ORG = _R(rf"{DET}(?P<n>[A-Z][\p{{L}}.&-]*\s+(?:(?:(?:of|for|and|the)\s+){{0,2}}[A-Z][\p{{L}}.&-]*\s+){{0,4}}(?:[a-z-]+\s+){{0,3}}(?:agency|office|mission|group|monitor|watchdog|"
               rf"council|committee|service|body|commission|ministry|department|court|tribunal|coalition|authority|"
               rf"administration|organi[sz]ation|institute|network|union|observatory|foundation|campaign|charity))")
# Branches of a state: "Ukraine's air force", "the Israeli army", "Sudan's Rapid Support Forces" stays generic.
STATE_UNIT = _R(rf"{DET}(?:(?P<d>{DEMONYM})|(?P<c>{PLACE}){APOS})\s+(?P<u>(?i:{_UNIT_ALT}))")
# an office named by its head's title alone ("the Ombudsman's Office", "the state attorney general's office")
_TITLED_ALT = alt(_ENDS["titled_office"]).replace("'", "['’]")
TITLED_OFFICE = _R(rf"{DET}(?P<u>(?:(?i:state|regional|provincial|federal|national|district|public)\s+)?(?i:{_TITLED_ALT}))"
                   rf"(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?")
# the same office named the other way round: "the Office of the Ombudsman", "the Office of the Prosecutor General of Peru"
_TITLED_HEADS = alt(sorted(w.rsplit("'s office", 1)[0] for w in _ENDS["titled_office"]))
OFFICE_OF_TITLE = _R(rf"{DET}(?P<u>(?i:office)\s+of\s+(?:the\s+)?(?i:{_TITLED_HEADS}))(?:\s+of\s+(?:the\s+)?(?P<c>{PLACE}))?")
POLICE = _R(rf"{DET}(?:(?P<d>{DEMONYM})\s+|(?P<c>{PLACE}){APOS}?\s+)?(?i:police)")
# "the city's police", "the country's police": the police of the place the story is set in, as a bare "police" is
PLACE_POLICE = _R(rf"(?i:the\s+(?:city|town|country|state|territory|island|county|region|province)){APOS}\s+(?i:police)")

# Small patterns used on every noun phrase, compiled once.
JOURNALIST_HINT = re.compile(r"journalist|reporter|correspondent|photographer|cameraman|crew|team")
LEAD_CONJ = re.compile(r"^(?:(?i:and|while|but|whereas|as|and that|then|both)\s+)")
# a party label before a name ("Democrat Hillary Clinton", "Republican U.S. Sen. ..."): no part of the name
PARTY_LEAD = re.compile(r"^(?:(?:Democrat|Democratic|Republican|GOP|Independent|Labour|Conservative)\s+)+(?=\S)")
CONJ_SPLIT = re.compile(r",\s*|\s+and\s+")
ACRONYM_TOKEN = re.compile(r"[A-Z][A-Z&-]{1,6}")
# "the OCHA": an acronym with the article, which no name of its own takes ("AMD president ... Rory Read" is no AMD)
BARE_ACRONYM = re.compile(r"[Tt]he\s+([A-Z][A-Z]{1,6})")
SURNAME_TOKEN = re.compile(r"[A-Z][\p{Ll}'’-]+\p{Ll}")
CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|s)$")
KIN_SPLIT = re.compile(r"[\s’']+")
CLAUSE_CUT = re.compile(r"[,;:“”\"()]")


OUTLET_LAST = ends_last("outlet")
# (a country's and plain words may stand before the name: "Spain's leading Cadena SER radio station")
NAMED_OUTLET = re.compile(rf"(?:[Tt]he\s+)?(?:{PLACE}{APOS}\s+)?(?:[a-z][\p{{L}}-]*\s+){{0,2}}?"
                          r"(?P<n>(?!(?:The|A|An)\s)(?:[A-Z][\p{L}.&'’-]*\s+){0,3}[A-Z][\p{L}.&'’-]*)\s+(?:news\s+)?"
                          rf"(?:{_OUTLET_ALT})")
PERSON_OFFICE = re.compile(r"(.+?\s[A-Z][\p{L}-]+|[A-Z][\p{L}-]+)['’]s?\s+(?i:office)")
AFFILIATED = re.compile(rf"({NAME})\s+(?:of|at|from)\s+.+")


TITLE_LEAD = re.compile(rf"^(?:[Tt]he\s+)?(?:(?:{DEMONYM}|{PLACE}{APOS}?)\s+)*")


# resolve's fullmatch cascade, kept by (pattern, phrase): a story names the same speakers again and again ("Smith",
# "the minister"; about 1 call in 4 over the corpus repeats one), and PERSON_RX and ROLE_RX, which try the gazetteers'
# alternations at each word, cost ~50-100 us a call. A match is immutable, so a kept one serves as well as a new one.
_FULL: dict[tuple, re.Match | None] = {}
_FULL_MAX = 1 << 14  # entries; then the table starts again (bounded memory)


def full_match(rx: re.Pattern, s: str) -> re.Match | None:
    key = (rx, s)
    try:
        return _FULL[key]
    except KeyError:
        pass
    if len(_FULL) >= _FULL_MAX:
        _FULL.clear()
    m = _FULL[key] = rx.fullmatch(s)
    return m
