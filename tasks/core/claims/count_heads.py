"""The head noun of a count and the people it names: the words after a number ("49 Armenian soldiers"), the group
they belong to, the country their modifiers name, and the nouns that count people. Pure logic: no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import DEMONYM, PLACE, alt
from .patterns import WORD_END, WORD_START
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, NATIONAL_NOUNS, ORGS
from .numbers import Amount
from .figure_words import (many_nation_words, count_hedges, count_qualifier_pattern, number_word_pattern, figure_groups,
                           figure_heads, not_people_nouns, single_groups, paired_mod_heads, time_after_count,
                           planned_acts)
from .people_words import not_person_plurals, person_nouns
from .body_words import agent_compounds

# the qualifier phrases a count's own noun phrase holds ("killing at least 12", "the toll was about 40"): one list
# (count_qualifiers.tsv) for every pattern here that reads past a count's qualifier to the word governing it
QUALIFIER = count_qualifier_pattern()
# the number words a count is written in, cardinals and orders of magnitude ("three", "dozens"): one list
# (number_words.tsv) for every pattern here that looks for a count in words or keeps a count word out of a modifier
NUMBER_WORD = number_word_pattern()
# units, animals and things are not people: "one billion animals killed", "30 homes destroyed" (money: money_word;
# data/not_people_nouns.tsv)
NOT_PEOPLE_MODS = re.compile(rf"(?i)\b(?:{'|'.join(not_people_nouns('mod'))})\b")

_GROUPS = figure_groups()  # data/figure_groups.tsv: the kinds of people a count's head names
PLANNED_ACTS = planned_acts()  # data/planned_acts.tsv: a harm only planned or threatened ("preparing to arrest")
HEADS = figure_heads()  # data/figure_heads.tsv: head nouns read in a particular way
GROUP_RX = {g: re.compile(rf"(?i)(?:{p})\b") for g, p in _GROUPS.items()}
_SUBJECT_WORDS = "|".join(_GROUPS.values())
_MEASURE_NOUN = alt(HEADS["measure_head"])  # data/figure_heads.tsv: "deaths", "wounded", "losses"
# After the number: optional "of", up to four modifiers (demonyms, adjectives, a parenthesis), then the head noun.
# A modifier run holds no "of": in "5 Alleged Smugglers of Refugees" the head is the smugglers, not the refugees; nor
# "as", which opens a clause of its own ("temperatures were minus 20 as firefighters battled the blaze").
# a nation's people as the count's head: "100,000 ethnic Armenians", and the demonyms whose plural is the word itself
# ("250,000 Sudanese have fled", "17,000 Congolese entered Uganda")
_INVARIANT_DEMONYMS = frozenset(d for d in DEMONYMS if d.endswith("ese") or d == "Swiss")
# and the nouns for a nation's people that are no demonym ("three Britons", "two Danes"; data/national_nouns.tsv)
_PLURAL_DEMONYM = rf"(?:{alt(NATIONAL_NOUNS)}|(?:{DEMONYM})s|{alt(_INVARIANT_DEMONYMS)})"

# a demonym of each nation a noun of national_nouns.tsv names ("Britons" -> "British"), for the modifiers a count's
# country is read from; a noun whose nation has no demonym in the tables is left out (it reads as its own singular),
# rather than failing the import
_NOUN_DEMONYM = {noun: d for noun, code in NATIONAL_NOUNS.items()
                 if (d := next((d for d, c in DEMONYMS.items() if c == code), None)) is not None}


def as_modifier(head: str) -> str:
    """The demonym a nation's people's head noun stands for, as a modifier: "Armenians" -> "Armenian", "Sudanese" ->
    "Sudanese", "Britons" -> "British"."""
    return _NOUN_DEMONYM.get(head) or (head if head in _INVARIANT_DEMONYMS else head[:-1])


def demonym_head(head: str) -> str | None:
    """The country a head noun that is a nation's people names ("Armenians", "Sudanese"), or None."""
    if not head[:1].isupper():
        return None
    if head in NATIONAL_NOUNS:
        return NATIONAL_NOUNS[head]
    return DEMONYMS.get(head) if head in _INVARIANT_DEMONYMS else DEMONYMS.get(head[:-1])


AFTER = re.compile(
    rf"(?i)^\s*(?:\(\s*)?(?:of\s+(?:the\s+|its\s+own\s+|their\s+own\s+|its\s+|their\s+|our\s+|his\s+|her\s+|these\s+|those\s+)?)?(?P<mods>(?:(?!(?:and|or|of|how|many|much|with|including|when|where|while|because|if|as|in|on|at|to|from|by|for|was|were|had|have|has|is|are|{NUMBER_WORD}|the|a|an|this|that|their|his|her|its)\s)[\p{{L}}’'.-]+\s+){{0,4}}?)\(?(?P<head>{_SUBJECT_WORDS}|{_MEASURE_NOUN}|(?-i:{_PLURAL_DEMONYM}))\)?\b"
)
# "more than 30,000 combat and civilian deaths", "200 Israeli and Palestinian casualties": two modifiers joined by
# "and"/"or" before the head (AFTER's modifiers stop at "and", which mostly joins two counts)
_NOT_MOD = rf"(?!(?:and|or|of|the|a|an|in|on|at|to|by|for|with|{NUMBER_WORD})\s)"
COORD_AFTER = re.compile(rf"(?i)^\s*(?P<mods>{_NOT_MOD}[\p{{L}}-]+\s+(?:and|or)\s+{_NOT_MOD}[\p{{L}}-]+\s+)"
                          rf"(?P<head>{_MEASURE_NOUN}|{'|'.join(paired_mod_heads())})\b")  # data/paired_mod_heads.tsv
ADJ_HEAD = re.compile(rf"(?i)\s+(?P<h>{_SUBJECT_WORDS}|(?-i:{_PLURAL_DEMONYM}))\b")
AREA = re.compile(r"(?i)^\s*(?:square kilomet(?:er|re)s?|sq\.? ?km|km2|km²|square miles|hectares|acres)\b")
# a country's short name in capitals stands as its demonym before a noun: "400 UK troops", "two DRC soldiers" (not the EU)
_NATION_ABBREVIATIONS = sorted(n for n, c in COUNTRY_NAMES.items() if c != "EU" and len(n) <= 6 and n.replace(".", "").isupper())
DEMONYM_W = re.compile(rf"{WORD_START}(?P<d>{DEMONYM}|{alt(_NATION_ABBREVIATIONS)}){WORD_END}")
_OF_COUNTRY = re.compile(rf"(?:\s+\w+){{0,5}}?\s+(?:of|from)\s+(?:the\s+)?(?P<c>{PLACE}|{DEMONYM}){WORD_END}")
# "Armenia lost 3,825 soldiers", "Hezbollah, which has lost over 6,000 dead and wounded in Syria": the loser's people, a
# country or an armed group or agency with a home country (orgs.tsv), not the place where they fell
ORG_HOMES = {surface: code for surface, (_name, code) in ORGS.items() if code}


@dataclass
class FoundFigure:
    start: int
    end: int
    measure: str
    amount: Amount | None
    subject_country: str | None
    subject_group: str | None
    explicit_country: bool  # subject country written in the text, not inferred from the claimant


def word_country(word: str) -> str | None:
    return DEMONYMS.get(word) or COUNTRY_NAMES.get(word) or CAPITALS.get(word)


# a nation that is the agent of a participle after it ("Turkish-backed rebels", data/agent_compounds.tsv) or the cause
# of a "pro-" or "anti-" ("pro-Russian separatists") is not the people's own
_AGENT_AFTER = re.compile(r"[-–](?P<w>[a-z]+)")
_CAUSE_BEFORE = re.compile(r"(?i)\b(?:pro|anti)[-–]$")

MANY_NATIONS = re.compile(rf"(?<![\p{{L}}-])(?:{alt(sorted(many_nation_words()))})\s+(?=\p{{Ll}})")


def mods_country(mods: str, head: str) -> tuple[str | None, bool]:
    """(country, written) for a count's modifiers: the one nation they name ("two Canadian hikers", "five Filipino
    fishermen"), the people's own country, which beats the place they were hit in; (None, True) for a word for the
    people of many nations ("five European tourists": no one country's, not the place's either); (None, False) where
    they name none, or two ("Israeli and Palestinian deaths": two nations' dead together are no one country's)."""
    if MANY_NATIONS.search(mods + head):
        return None, True
    codes = set()
    for m in DEMONYM_W.finditer(mods):
        if _CAUSE_BEFORE.search(mods, 0, m.start()) or (
                (ag := _AGENT_AFTER.match(mods, m.end())) and ag.group("w") in agent_compounds()):
            continue
        codes.add(word_country(m.group("d")))
    codes.discard(None)
    return (codes.pop(), True) if len(codes) == 1 else (None, False)


def group_of(head: str, measure: str) -> str:
    if measure == "area":
        return "territory"
    for g, rx in GROUP_RX.items():
        if rx.fullmatch(head.lower()) or rx.fullmatch(head):
            if g == "single":
                return single_groups().get(head.lower(), "people")
            return g
    return "military" if head.lower() in HEADS["military_loss"] else "people"


# Plural nouns for people by their ending ("motorists", "churchgoers", "pedestrians"): the English agent and
# nationality suffixes (short nouns for people without one, "kids", "monks", are person_nouns' data)
_PERSON_ENDINGS = r"[a-z-]{2,}(?:ers|ors|ists|ians|ans|ees|men|ants|ents|goers|ites)"
_PERSON_SUFFIX = re.compile(rf"(?i){_PERSON_ENDINGS}")


def person_head(word: str) -> bool:
    """A head noun that counts people: by its ending, or a noun for people in the lexicon's data (person_nouns: kin,
    roles, "males"); a hyphenated head by its last part ("half-brothers", "step-sons")."""
    w = word.lower()
    if w in not_person_plurals():
        return False  # "events", "documents": things with a people-like ending
    return bool(_PERSON_SUFFIX.fullmatch(w)) or w in person_nouns() or w.rsplit("-", 1)[-1] in person_nouns()


NOT_PEOPLE = re.compile(rf"(?i)(?:{'|'.join(not_people_nouns('head'))})$")  # data/not_people_nouns.tsv


@lru_cache(maxsize=1)
def bare_next() -> re.Pattern:
    """What may follow a bare count governed by a verb before it ("killing 13, according to ..."): not a noun of
    its own ("held 12 meetings", "sent 500 emails"). A time word (time_after_count.tsv): "injured dozens Sunday in ...",
    "arrested hundreds overnight"; a day of the week only before punctuation, the end, a preposition or a part of the
    day (not "Sunday school pupils"). Built on first use: importing the module reads no data file for it."""
    when_words, day_names = time_after_count()
    return re.compile(r"(?i)\s*(?:$|[^\w\s]|(?:in|on|at|from|since|during|across|after|before|when|as|and|or|while|including|"
                      r"mostly|most|among|near|inside|outside|over|by|with|so|others?|"
                      # "injured nearly 73,000 amid mass destruction", "killed 12 following clashes"
                      r"amid|amidst|following|despite|throughout|according|due|because|"
                      r"more|of|were|was|are|is|had|have|who|in|to|people|\d|" + "|".join(sorted(when_words)) + r")\b|"
                      r"(?:" + "|".join(sorted(day_names)) + r")(?:\s+(?:night|morning|afternoon|evening))?"
                      r"(?=\s*(?:$|[^\w\s]|(?:in|on|at|near|after|before|when|as|and|while|during|across|outside|inside|"
                      r"following|amid)\b)))")


OF_DET = re.compile(r"(?i)\s+of(?:\s+(?:the|their|its|his|her))?(?=\s)")
# a hedge before the count's noun is none of its noun: "shot dead four suspected drug dealers" (data/count_hedges.tsv)
_HEDGE = re.compile(rf"(?i)\s+(?:{alt(count_hedges())})(?=\s)")


def _unhedged(rest: str) -> str:
    """The words after a count without the hedge that may open them ("suspected", "alleged")."""
    m = _HEDGE.match(rest)
    return rest[m.end():] if m else rest


_NEXT_TWO = re.compile(r"\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?")


def person_next(rest: str) -> bool:
    """The count's noun names people by the lexicon (person_nouns): "killed 40 inmates", "freed 12 prison inmates";
    not a singular noun for people that modifies a noun of its own ("two fighter jets", "10,000 volunteer training
    sessions"): a singular head is followed by what may follow a count (bare_next: "one soldier, police said")."""
    rest = _unhedged(rest)
    m = _NEXT_TWO.match(rest)
    if m is None:
        return False
    first, second = m.groups()
    if second and person_head(second):
        return True
    return person_head(first) and not (_singular_person(first) and not bare_next().match(rest, m.end(1)))


_NEXT_WORDS = re.compile(r"(?:\s+[\p{L}’'-]+){1,4}")


def next_mods_country(rest: str) -> tuple[str | None, bool]:
    """mods_country of the words between a count and its noun for people ("four German engineers", "two South Korean
    engineers"); (None, False) where no such noun follows within four words."""
    words = _NEXT_WORDS.match(_unhedged(rest))
    if words is None:
        return None, False
    ws = words.group(0).split()
    head = next((i for i, w in enumerate(ws[1:], 1) if person_head(w)), None)
    return mods_country(" " + " ".join(ws[:head]) + " ", ws[head]) if head else (None, False)


def _singular_person(word: str) -> bool:
    """A noun for people in the singular: its plural is in the lexicon too ("fighter" -> "fighters", "man" -> "men");
    not a nation's name for its people, which is its plural too ("more than 100 Lebanese sheltering in a compound")."""
    if word[:1].isupper():
        return False
    w, nouns = word.lower(), person_nouns()
    return w + "s" in nouns or w + "es" in nouns or w.endswith("man") and w[:-3] + "men" in nouns


_PEOPLE_NOUN = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{_PERSON_ENDINGS}\b")


def people_noun(rest: str) -> bool:
    """The count's noun ends like a noun for people and is not a thing that does too ("campaign events")."""
    m = _PEOPLE_NOUN.match(_unhedged(rest))
    return m is not None and m.group(0).split()[-1].lower() not in not_person_plurals()


# a part of a toll whose predicate names its nation: "At least 323 of those who died were Egyptians", "Of the dead, 40
# were Jordanians" (the people's own nation, as "323 Egyptians died" would give it)
_NATION_PREDICATE = re.compile(rf"\s+(?:were|are|was|included)\s+(?:(?:all|mostly|mainly|largely|also)\s+)?"
                               rf"(?P<d>{_PLURAL_DEMONYM})\b")


def predicate_nation(sent: str, pos: int) -> str | None:
    """The country of the nation's people the predicate right after `pos` names ("... were Egyptians"), or None."""
    m = _NATION_PREDICATE.match(sent, pos)
    return demonym_head(m.group("d")) if m else None


def of_country(sent: str, pos: int) -> str | None:
    """'soldiers killed in the armed forces of Armenia' / 'of its territory' -> a country right after the head."""
    m = _OF_COUNTRY.match(sent, pos, pos + 80)
    return word_country(m.group("c")) if m else None
