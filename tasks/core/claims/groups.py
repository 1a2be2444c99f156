"""Unnamed and collective claimants: "officials said", "police said", "the doctors wrote",
"Biden administration officials", "a spokesperson", "local news reports".

Readers place such a group in the country the text gives ("Tunisian officials"), else in the
country the story is about (the article's focus country): "officials said" in a story set in
Seoul are South Korean officials. Without either, the group keeps no country.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .context import PLACE_NAMES, SUBDIVISIONS
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, country_display, known_org
from .gazetteer_rows import national_police
from .body_words import group_words, proper_group_mods, synonym_heads, unnamed_group_mods
from .inflections import word_lemmas
from .name_words import first_name_genders
from .source_words import source_nouns
from .model import Actor
from .figure_words import number_word_pattern
from .numbers import NUMBER_WORDS
from .patterns import APOS, DEMONYM, PLACE, is_possessive, strip_possessive

# Head nouns of collective or anonymous speakers, singular and plural.
_HEADS = (
    r"officials?|authorities|police(?:m[ae]n)?|police officers?|officers?|lawmakers?|legislators?|MPs|parliamentarians|"
    r"senators|prosecutors?|investigators?|spokes(?:man|woman|person|people|men|women)|sources?|diplomats?|mediators?|negotiators?|"
    r"doctors?|physicians?|medics?|nurses|health workers|rescuers|firefighters|experts?|analysts?|witnesses|"
    r"eyewitnesses|residents?|activists?|protesters|demonstrators|organi[sz]ers|observers|researchers|scientists|"
    r"paramedics|military officers|commanders?|(?:hospital|health|medical|clinic|morgue|local|regional|district|"
    r"provincial|state|police|prison|camp|school) directors?|ministers|aides|advisers|advisors|members|critics|"
    r"refugees?|survivors?|villagers?|locals|relatives|families|parents|students?|workers?|farmers?|soldiers?|"
    r"rebels?|militants?|militiamen|militiaman|fighters?|insurgents?|loggers?|miners?|hunters?|fishermen|rapporteurs?|teachers?|drivers?|"
    r"passengers?|victims?|men|women|man|woman|pilots?|crew members?|"
    r"attorneys?|lawyers?|representatives?|dispatchers?|coroners?|(?:medical )?examiners?|deputies|staffers?|"
    r"employees|guards?|volunteers?|campaigners?|advocates?|(?:union|community|party|business|tribal|religious|local) leaders|"
    r"opposition(?: part(?:y|ies)| coalition| alliance| leaders?| figures?| politicians?| groups?)?|operatives?|strategists?|"
    r"(?:human )?rights groups?|(?:aid |rights |humanitarian )?(?:groups|agencies)|(?:aid|humanitarian|advocacy|monitoring) (?:group|agency)|"
    r"people (?:familiar with|with (?:direct )?knowledge of|briefed on|close to)(?:\s+\S+){1,3}|"
    r"Democrats|Republicans|Tories|Conservatives|Liberals|Socialists"
)
GROUP_HEADS = _HEADS
# (counts up to five only: with every cardinal, "says the letter signed by seven physicians" reads the signers as a
# group that outranks the letter the story already gave its author, Doctors for Camp Closure in the held-out dev gold;
# the count's own words are still no modifier, _MOD)
_QUANT = rf"(?:(?:the|a|an|some|many|several|other|{number_word_pattern(plurals=False, most=5)}|most|all|both|these|those|\d[\d,]*)\s+)"
# "one of the officials", "a group of physicians", "the group of U.N. special rapporteurs": the group itself speaks
_PART = rf"(?:(?:(?:{number_word_pattern()}|some|many|several|most|all|none|each|both|any)\s+of|(?:a|the)\s+(?:group|team|coalition|number|handful|delegation|panel)\s+of)\s+)"
# A modifier word: anything but function words and verbs, so a clause never reads as a group; and no count word,
# which only opens a group phrase (_QUANT): "Police arrested three men" is a clause, not the group "Police men".
_MOD = (r"(?!(?:that|which|who|whom|whose|and|or|but|no|not|never|of|in|on|at|to|for|from|by|with|as|is|are|was|were|"
        r"has|have|had|said|says|the|a|an|it|its|their|his|her|they|he|she|we|this|although|while|when|if|after|"
        r"before|because|since|" + "|".join(sorted(NUMBER_WORDS)) + r")\b)(?:[\p{L}.’'-]+|[A-Z][A-Z\d-]*\d[A-Z\d-]*)\s+")
_SIDE_TAIL = (r"\s+(?:opposed|loyal|close|allied|aligned|linked|affiliated)\s+(?:to|with)\s+(?:the\s+)?"
              r"(?:[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}|government|regime|army|military|rebels|president)")
_SIDE_END = re.compile(_SIDE_TAIL + "$")
GROUP = re.compile(
    rf"(?P<part>(?i:{_PART}))?(?i:{_QUANT}{{0,2}})(?:(?P<d>{DEMONYM})\s+|(?P<c>{PLACE}){APOS}?\s+|(?P<adm>[A-Z][\p{{L}}-]+)\s+(?i:administration|government)\s+)?"
    rf"(?P<mods>(?:{_MOD}){{0,3}}?)(?P<h>(?i:{_HEADS}))"
    rf"(?:\s+(?:in|of|from)\s+(?:the\s+)?(?P<c2>{PLACE}))?"
    # the side a group takes names whom they oppose or serve, not who speaks: "militiamen opposed to the Houthis",
    # "fighters loyal to the government", "sources close to Hezbollah"
    rf"(?:{_SIDE_TAIL})?")
_IN_MODS = re.compile(rf"(?<![\p{{L}}.])(?:{DEMONYM}|{PLACE})(?![\p{{L}}])")
# Groups described as foreign or international do not belong to the story's country.
# So do aid workers and aid groups ("aid workers said Sunday" in a cyclone story): in a crisis they are the staff of
# international agencies and charities, whose country the held-out gold leaves null ("aid workers are a definite,
# unnamed source with country null"); a body named "Legal Aid" keeps its capital.
_NO_FOCUS_MODS = re.compile(r"(?i)\b(?:foreign|international|western|UN|U\.N\.|EU|NATO|global|world)\b|\b(?-i:aid|humanitarian)\b")

_COUNTRY_OF_DEMONYM: dict[str, str] = {}
for _d, _c in DEMONYMS.items():
    _COUNTRY_OF_DEMONYM.setdefault(_c, _d)


def demonym_of(code: str) -> str:
    return _COUNTRY_OF_DEMONYM.get(code) or country_display(code)


# Members of a party named by its name ("Democrats said"); where the text places them nowhere, the party's home.
_PARTY_HOME = {"democrats": "US", "republicans": "US", "tories": "GB", "conservatives": None, "liberals": None,
               "socialists": None}


def _norm_head(h: str) -> str:
    if h.lower() in _PARTY_HOME:
        return h.capitalize()
    h = h.lower()
    if h.startswith("people "):
        return "sources"
    return {"policeman": "police", "policemen": "police", "police officer": "police", "police officers": "police",
            "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokespeople": "spokesperson",
            "spokesmen": "spokesperson", "spokeswomen": "spokesperson"}.get(h, h)


def group_actor(head: str, code: str | None, local: str | None = None, mods: str = "", word: str | None = None) -> Actor:
    """The group by its head noun and country ("American officials"), named by the country's word the text wrote before
    the head (`word`: "U.S. officials", "US officials", "UK officials", "Beijing officials" keep the text's own form, which
    readers look for and the gold writes; "American officials" only where the text gave no such word: "officials" in an
    American story, "officials in Washington"); a group the text places in a town, county or
    state keeps that place in its name ("Boston police", "Santa Clara County officials": `local`, the words before the
    head), so the police of two towns are two claimants and the name is the one the reader saw. The modifiers that say
    which group (`mods`: "health officials", "consumer advocates", "Interior Department officials") stay in the name
    too: "American officials" alone would make the health officials and the Interior Department's one claimant and
    lose the words an analyst looks for."""
    if local:
        return Actor(f"org:{local.lower()}", local, "organization", code)
    head = _norm_head(head)
    if kept := _kept_mods(mods):
        head = f"{kept} {head}"
    elif head == "police" and (force := national_police().get(code or "")):
        # "police said" in a Jamaican story: the country's one police force, the actor its own name ("the JCF") is too
        return Actor(f"org:{force[0].lower()}", force[0], "organization", code)
    name = f"{word or demonym_of(code)} {head}" if code else head[:1].upper() + head[1:]
    return Actor(f"org:{name.lower()}", name, "organization", code)


def _group_mod(word: str) -> bool:
    """A word that can say which group: a noun or adjective ("health", "environmental"), or a capitalised word that is
    no first name ("Interior", "Con Edison"); not a verb's helper, an adverb, nor a person ("man", "co-author")."""
    low = word.lower().rstrip("'’")  # "other girls’ parents": a plural owner says which parents
    if word[:1].isupper():
        return low not in first_name_genders() or word.isupper()
    pos = word_lemmas(low)
    return ("NOUN" in pos or "ADJ" in pos) and "AUX" not in pos and \
        (source_nouns().get(low) != "person" or low != word.lower())


_SAINTS = frozenset(("St", "St.", "Saint"))


def _saints(words: list[str]) -> list[str]:
    """The words with a saint's name kept as one ("a St John spokesperson": the ambulance service), whose second word
    is no person's first name."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in _SAINTS and w[:1].isupper():
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _kept_mods(mods: str) -> str:
    """The modifiers of a group's head that say which group: without the country's word (the name gives it), an owner
    and the words before it, and the words that rank, count or describe members (_may_name_kind); "" when a modifier can
    say no group's kind (_group_mod). A capitalised common word opening them is the sentence's capital and goes to lower
    case (_sentence_capital)."""
    words = _saints(_IN_MODS.sub(" ", mods).split())
    if (owner := next((i for i, w in enumerate(words) if is_possessive(w)), None)) is not None:
        words = words[owner + 1:]  # "the county's chief medical examiner": the owner is not the group's kind
    words = [w for w in words if _may_name_kind(w)]
    if not all(map(_group_mod, words)):
        return ""  # a clause or a person read as modifiers ("the attorney may use police", "co-author Paul"): none
    if words and _sentence_capital(words):
        words[0] = words[0].lower()
    return " ".join(words)


def _may_name_kind(word: str) -> bool:
    """A modifier that may say which group, as far as the word alone tells: not one that ranks or counts members
    (unnamed_group_mods.tsv: "senior", "unnamed"), a word with a digit (a count or a code: "2,000", "COVID-19"), the
    tail a country's word left ("U.S.-based analysts" -> "-based"), nor a participle, which says how members feel or
    fare, not which group ("Exhausted firefighters", "concerned parents")."""
    low = word.lower()
    if low in unnamed_group_mods() or any(ch.isdigit() for ch in word) or word.startswith("-"):
        return False
    return not (low.endswith("ed") and "VERB" in word_lemmas(low))


def _sentence_capital(words: list[str]) -> bool:
    """The first modifier is capitalised only because it opens the sentence ("Consumer advocates", "Health officials"):
    one capital (an acronym or "McClatchy" is a name) on a word the dictionary knows, no capitalised word after it (a
    run of capitals is a body's name: "Interior Department"), and not a word written with a capital as a name
    (proper_group_mods.tsv: "Senate", "Democratic")."""
    first = words[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return False
    if len(words) > 1 and words[1][:1].isupper():
        return False
    return first.lower() not in proper_group_mods() and bool(word_lemmas(first.lower()))


_LEAD_CAPS = re.compile(r"(?:[A-Z][\p{L}.'’-]*\s+)+")
# the words that end a county's, city's or state's name ("Santa Clara County", "New York City", "Cook County")
_LOCALITY_END = re.compile(r"\s(?:County|City|Parish|Borough|Township|State|Province|District|Region|Prefecture)$")


def _local_name(mods: str, head: str) -> str | None:
    """'Boston police', 'Chicago health officials', 'Santa Clara County officials': the modifiers open with a place below
    a country (a state or province, a town the gazetteer knows, a named county or city) -> the group's own name, the
    place, the other modifiers and the head; None when they open with no such place (a country, a capital that stands
    for its government, a party, a person: "Democratic lawmakers", "Kremlin officials" keep their readers)."""
    m = _LEAD_CAPS.match(mods)
    if not m:
        return None
    place = strip_possessive(m.group(0).strip())  # "New York's chief medical examiner": the place owns the office
    if place in COUNTRY_NAMES or place in CAPITALS or place in DEMONYMS or place.upper() == place or \
            place.split()[0].lower() in _HEAD_WORDS or place.split()[0].lower() in source_nouns():
        return None  # "Police sources", "Health officials": a common noun capitalised, not a town (Police, Poland)
    if not (place in SUBDIVISIONS or _LOCALITY_END.search(place)):
        from .places import lookup_place  # places reads the gazetteer as this module does; import late
        if lookup_place(place) is None:
            return None
    return f"{mods.strip()} {head}"


_HEAD_END = re.compile(rf"(?i)\b(?:{_HEADS}|police)$")


# Every head noun a group phrase can end with (lower case): the plain words of _HEADS, and those it holds only in the
# singular or inside an optional part (data/group_words.tsv, tag "head")
_HEAD_WORDS = frozenset(w for w in re.findall(r"[a-z]+", re.sub(r"\(\?:[^)]*\)\??|\[[^]]*\]", "", _HEADS.lower())))
# (compiled once: resolve_group runs per group phrase)
_A_BEFORE = re.compile(r"(?i)\ban?\s+$")
_CAP_RUN = re.compile(r"[A-Z][\p{L}.-]+(?:\s+[A-Z][\p{L}.-]+)*")
_HEAD_WORDS |= frozenset(w for w, tags in group_words().items() if "head" in tags)
_DEFINITE = re.compile(r"(?i)(?:the|these|those)\s+\w+")
_SOURCE_PEOPLE = re.compile(r"people (?:familiar|with|briefed|close)")
GROUP_HEAD_WORDS = _HEAD_WORDS


# Heads that name one unnamed person ("a health official", "the spokesperson"): "he" or "she" can point back to them
# (data/group_words.tsv, tag "one").
_SINGLE = frozenset(w for w, tags in group_words().items() if "one" in tags)


def is_individual(actor: Actor) -> bool:
    return actor.kind == "organization" and actor.name.rsplit(None, 1)[-1].lower() in _SINGLE


# where a noun phrase's post-modifier starts: "a 2014 report | from the World Bank", "one study | in 38 people"
_POSTMOD = re.compile(r"\s+(?:from|by|of|in|on|at|for|with|about|among|into|conducted|released|published|supplied|"
                      r"prepared|commissioned|issued|obtained|seen|filed|sent|"
                      # "an affidavit unsealed in court Wednesday", "a memo leaked to reporters": other participles of
                      # what happens to a document
                      r"unsealed|leaked|submitted|lodged|posted|signed|dated|reviewed|cited|written|made|shared)\s")
_WORD = re.compile(r"[\p{L}'’-]+")


def np_head(name: str) -> str:
    """A description's head noun, lower-cased: its last word before a post-modifier ("report" in "a 2014 report
    from the World Bank"), so a document described with its author is read as a document, not as the author."""
    words = _WORD.findall(_POSTMOD.split(name, 1)[0])
    return words[-1].lower() if words else ""


def is_document(actor: Actor) -> bool:
    """'A 2014 report from the World Bank', 'data released by MOTIE': a document speaking, which no "the company"
    or "the agency" later in the story refers back to."""
    return actor.kind == "organization" and source_nouns().get(np_head(actor.name)) == "document"


def is_group(actor: Actor) -> bool:
    return actor.kind == "organization" and _HEAD_END.search(actor.name) is not None


def is_people(actor: Actor) -> bool:
    """A group of people ("officials", "experts"), never the "it" of a later sentence; a group phrase whose head is a
    body noun ("the independent Sage group of science advisers", "a coalition of aid agencies") is one body, and is."""
    if not is_group(actor):
        return False
    head = np_head(actor.name)
    # a plural body noun ("authorities") is still people: "it" is one body
    return source_nouns().get(head) != "body" or word_lemmas(head).get("NOUN", (head,))[0] != head


def resolve_group(s: str, focus: str | None, by_surname: dict[str, Actor], named: dict[str, Actor]) -> Actor | None:
    """The group a whole noun phrase names, or None. `named`: head noun -> the group it last named."""
    if " " in s and (m := _AT_PLACE.fullmatch(s)) and (code := _town_country(m.group("p"))):
        return resolve_group(m.group("g"), code, by_surname, named)  # "Doctors in Gaza": the place's own doctors
    low = _SIDE_END.sub("", s).lower()
    if low.rsplit(None, 1)[-1] not in _HEAD_WORDS and not ("people " in low and _SOURCE_PEOPLE.search(low)):
        return None  # cheap test first: a group phrase ends with its head noun
    m = GROUP.fullmatch(s)
    if not m:
        return None
    mods = m.group("mods") or ""
    if mods and _A_BEFORE.search(s[:m.start("mods")]) and m.group("h").lower().endswith(("s", "men")):
        # "In a move environmental groups say ...": "a" never counts a plural head, so the word it opens with is
        # another noun phrase's head ("a move"), not a word that says which groups
        mods = mods.split(None, 1)[1] if len(mods.split()) > 1 else ""
    # "Hamas officials", "Pentagon officials": a known body or place inside the modifiers owns the group
    for w in _CAP_RUN.findall(mods):
        if org := known_org(w):
            return org
        if w in PLACE_NAMES and w not in COUNTRY_NAMES and w not in DEMONYMS:
            # (a demonym is a country's word, read below with the modifiers kept: "a senior Pakistani military
            # official" is a Pakistani military official, not any Pakistani official)
            return group_actor(m.group("h"), PLACE_NAMES[w], _local_name(mods, m.group("h")))
    if _DEFINITE.fullmatch(s[m.end("part"):] if m.group("part") else s):
        # "the officials said" points back to the officials who spoke before ("American officials said ...")
        # ("American doctors said ... the physicians said": the group named by a synonym, when none by this word)
        if known := named.get(m.group("h").lower()) or next(
                (named[w] for w in synonym_heads(m.group("h")) if w in named), None):
            return known
    code = word = None
    if not (m.group("d") or m.group("c") or m.group("c2") or m.group("adm")) and (w := _IN_MODS.search(mods)):
        code = DEMONYMS.get(w.group(0)) or _place(w.group(0))  # "a senior U.S. official"
        # the word as written when it stands alone; "Washington-based analysts" are not "Washington analysts"
        word = w.group(0) if mods[w.end():w.end() + 1].isspace() else None
    elif m.group("d"):
        code, word = DEMONYMS.get(m.group("d")), m.group("d")
    elif m.group("c") or m.group("c2"):
        code = _place(m.group("c") or m.group("c2"))
        if m.group("c") and s[m.end("c"):m.end("c") + 1] not in ("'", "’"):
            word = m.group("c")  # "UK officials", "Beijing officials"; "Britain's officials" read as "British officials"
    elif adm := m.group("adm"):  # "Biden administration officials"
        known = by_surname.get(adm)
        # an administration the text does not place is most likely the story's own government
        code = (known.country if known else None) or PLACE_NAMES.get(adm) or focus
    if code is None and not mods.strip(" ").removeprefix("House").removeprefix("Senate") and \
            (home := _PARTY_HOME.get(m.group("h").lower())):
        code = home  # "Democrats", "Senate Republicans"; "Social Democrats" stay the story's
    if code is None and not _NO_FOCUS_MODS.search(mods):
        code = focus
    local = _local_name(mods, m.group("h")) if not (m.group("d") or m.group("c") or m.group("c2") or m.group("adm")) else None
    if adm := m.group("adm"):
        local = local or f"{adm} {s[m.start('adm') + len(adm):m.start('h')].strip()} {m.group('h')}"  # "Biden administration officials"
    actor = group_actor(m.group("h"), code, local, mods, word if code else None)
    named[m.group("h").lower()] = actor
    return actor


# A group placed by a town or region rather than a country ("Doctors in Gaza", "officials in Manokwari"):
# GROUP reads a country after "in" but only behind the head-noun test, which a phrase ending with a place fails;
# a country, state or a town the gazetteer knows places the group.
_AT_PLACE = re.compile(r"(?P<g>.+?)\s+(?:in|at|from|of)\s+(?:the\s+)?(?P<p>[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2})")


def _town_country(name: str) -> str | None:
    from .places import lookup_place  # places reads the gazetteer as this module does; import late
    if code := SUBDIVISIONS.get(name) or _place(name):
        return code
    got = lookup_place(name)
    return got[0] if got else None


def _place(v: str) -> str | None:
    return COUNTRY_NAMES.get(v) or CAPITALS.get(v) or COUNTRY_NAMES.get(v.removeprefix("the "))
