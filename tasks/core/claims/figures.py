"""Read figures (killed, wounded, displaced, ...) from one sentence.

A number becomes a figure only when it counts people or territory: a subject noun follows it
("49 Armenian soldiers", "hundreds of civilians", "105 military deaths") or a square-area unit
does, and a measure cue (killed, injured, fled, ...) sits near it. Dates, ages, money,
percentages and durations never satisfy that, so they need no list of their own.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import DEMONYM, PLACE, alt
from .patterns import WORD_END, WORD_START, lower_words, may_hold
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, NATIONAL_NOUNS, ORGS
from .inflections import verb_forms
from .calendar_words import MONTH_ABBRS, MONTHS, WEEKDAYS
from .numbers import NUMBER, VAGUE_RE, Amount, find_amounts
from .figure_words import many_nation_words, count_hedges, count_qualifier_pattern, number_cue_words, number_word_pattern, scale_word_pattern, figure_groups, hostile_people, figure_heads, generic_case_adjectives, measure_cues, not_people_nouns, single_groups, paired_mod_heads, rescue_not_flight, time_after_count, toll_fee_words, planned_acts, farmland_words, toll_verb_forms
from .people_words import not_person_plurals, person_nouns
from .body_words import agent_compounds
from .long_tolls import long_toll
from .magnitude_counts import magnitude_at, magnitude_cue, magnitude_toll
from .speaker_counts import counts_speakers
from .count_clause import governed_count, in_part_aside, other_clause_start

# the qualifier phrases a count's own noun phrase holds ("killing at least 12", "the toll was about 40"): one list
# (count_qualifiers.tsv) for every pattern here that reads past a count's qualifier to the word governing it
_QUALIFIER = count_qualifier_pattern()
# the number words a count is written in, cardinals and orders of magnitude ("three", "dozens"): one list
# (number_words.tsv) for every pattern here that looks for a count in words or keeps a count word out of a modifier
_NUMBER_WORD = number_word_pattern()
# compiled once, not looked up in the pattern cache on every call
_ONE_OF_OWN = re.compile(r" of (?:its|their|our|his|her) [\w-]+ (?:was|has been|had been) ")
_NEXT_NOUN = re.compile(r"\s+(?:of\s+)?\w+")
# units, animals and things are not people: "one billion animals killed", "30 homes destroyed" (money: _money_word;
# data/not_people_nouns.tsv)
_NOT_PEOPLE_MODS = re.compile(rf"(?i)\b(?:{'|'.join(not_people_nouns('mod'))})\b")

_GROUPS = figure_groups()  # data/figure_groups.tsv: the kinds of people a count's head names
_PLANNED_ACTS = planned_acts()  # data/planned_acts.tsv: a harm only planned or threatened ("preparing to arrest")
_HEADS = figure_heads()  # data/figure_heads.tsv: head nouns read in a particular way
_GROUP_RX = {g: re.compile(rf"(?i)(?:{p})\b") for g, p in _GROUPS.items()}
_SUBJECT_WORDS = "|".join(_GROUPS.values())
_MEASURE_NOUN = alt(_HEADS["measure_head"])  # data/figure_heads.tsv: "deaths", "wounded", "losses"
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


def _as_modifier(head: str) -> str:
    """The demonym a nation's people's head noun stands for, as a modifier: "Armenians" -> "Armenian", "Sudanese" ->
    "Sudanese", "Britons" -> "British"."""
    return _NOUN_DEMONYM.get(head) or (head if head in _INVARIANT_DEMONYMS else head[:-1])


def _demonym_head(head: str) -> str | None:
    """The country a head noun that is a nation's people names ("Armenians", "Sudanese"), or None."""
    if not head[:1].isupper():
        return None
    if head in NATIONAL_NOUNS:
        return NATIONAL_NOUNS[head]
    return DEMONYMS.get(head) if head in _INVARIANT_DEMONYMS else DEMONYMS.get(head[:-1])
_AFTER = re.compile(
    rf"(?i)^\s*(?:\(\s*)?(?:of\s+(?:the\s+|its\s+own\s+|their\s+own\s+|its\s+|their\s+|our\s+|his\s+|her\s+|these\s+|those\s+)?)?(?P<mods>(?:(?!(?:and|or|of|how|many|much|with|including|when|where|while|because|if|as|in|on|at|to|from|by|for|was|were|had|have|has|is|are|{_NUMBER_WORD}|the|a|an|this|that|their|his|her|its)\s)[\p{{L}}’'.-]+\s+){{0,4}}?)\(?(?P<head>{_SUBJECT_WORDS}|{_MEASURE_NOUN}|(?-i:{_PLURAL_DEMONYM}))\)?\b"
)
# "more than 30,000 combat and civilian deaths", "200 Israeli and Palestinian casualties": two modifiers joined by
# "and"/"or" before the head (_AFTER's modifiers stop at "and", which mostly joins two counts)
_NOT_MOD = rf"(?!(?:and|or|of|the|a|an|in|on|at|to|by|for|with|{_NUMBER_WORD})\s)"
_COORD_AFTER = re.compile(rf"(?i)^\s*(?P<mods>{_NOT_MOD}[\p{{L}}-]+\s+(?:and|or)\s+{_NOT_MOD}[\p{{L}}-]+\s+)"
                          rf"(?P<head>{_MEASURE_NOUN}|{'|'.join(paired_mod_heads())})\b")  # data/paired_mod_heads.tsv
_ADJ_HEAD = re.compile(rf"(?i)\s+(?P<h>{_SUBJECT_WORDS}|(?-i:{_PLURAL_DEMONYM}))\b")
_AREA = re.compile(r"(?i)^\s*(?:square kilomet(?:er|re)s?|sq\.? ?km|km2|km²|square miles|hectares|acres)\b")
_MEASURES = [
    ("killed", r"killed|killing|kills|kill|died|die|dies|dead|deaths?|death toll|lost (?:their )?lives|slain|perished|fatalities|fatally|drowned|drown|drowns|"
               # "Seven drown in floods" (headline present tense); "reported 58 murders": a count of killings
               r"murders|killings|murdered|murdering|shot dead|massacring|beheaded|slaughtered|slaughtering|gunned down|"
               # not "has fallen to 1 billion gallons": a number that falls declines
               r"martyred|executed|massacred|fallen(?!\s+(?:to|from|by|below|under|back|off|short|sharply|steadily|slightly|"
               r"significantly|dramatically|ill|asleep|apart|behind)\b)|toll"),
    ("wounded", r"wounded|wounding|wounds|injured|injuring|injures|injuries|injury|hurt|hospitali[sz]ed|"
                # "19 people were taken to hospital", "12 were treated in hospital", "300 were given outpatient
                # treatment": the injured
                r"(?:taken|rushed|admitted|airlifted) to (?:a |the )?(?:local )?hospitals?|"
                r"treated (?:in|at) (?:a |the )?(?:local |nearby )?hospitals?|(?:outpatient|hospital|medical) treatment"),
    ("casualties", r"casualties|losses"),
    ("displaced", r"displaced|displacing|displaces|fled|flee|flees|fleeing|evacuated|evacuate|evacuating|refugees|homeless|uprooted|forced from their homes|"
                  r"crossed into|crossed the border|left their homes|have left|from their homes|to flee|sheltering|"
                  r"(?:refugee|displacement|displaced persons) camps?|"
                  # people driven from their homes who shelter elsewhere: "14,000 people taking shelter in tents",
                  # "forced thousands of people to take refuge", "14,000 people flooded into camps"
                  r"(?:take|takes|took|taken|taking|sought|seek|seeks|seeking|find|found|finding)\s+(?:shelters?|refuge)|going\s+to\s+shelters|"
                  r"(?:flooded|fled|poured|streamed|crowded|moved)\s+into\s+(?:[\w-]+\s+){0,2}?camps?|"
                  r"slept\s+(?:outdoors|outside|in the open|in tents)|"
                  # people who crossed somewhere to get away from violence: "17,000 Congolese entered Uganda to escape
                  # fighting near their homes" (not "two prisoners tried to escape")
                  r"to\s+escape\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|violence|clashes|war|conflict|persecution|"
                  r"attacks|bombing|bombardment|shelling|airstrikes|air strikes)"),
    # (headline present tense: "Colombia police detain dozens", as "Police arrest 40")
    ("detained", r"detained|detaining|detains|detain|arrested|arrests?|detention|captured|taken prisoner|taken hostage|prisoners|imprisoned|jailed|"
                 r"hostages?|abducted|kidnapped|detainees|custody|behind bars|(?:are|were|is|was|being|been) held|holding|"
                 # not the "held" of a compound that says who controls a place: "the rebel-held area", "government-held"
                 r"(?<!-)held|"
                 # "taken into custody", "forcibly taken by security forces", "rounded up"
                 r"taken into custody|rounded up|(?:forcibly )?taken (?:away )?by (?:the )?(?:security forces|police|soldiers|troops|"
                 r"authorities|agents|officers)"),
    ("missing", r"missing|unaccounted"),
    # troops that "remain" or are "based" somewhere are a deployment (only with a military head, see _classify)
    ("deployed", r"deployed|deploying|deploy|sent|send|sending|stationed|dispatched|remain|remains|remained|remaining|based|"
                 r"garrisoned|serving|present|hosts|hosting|host|mobili[sz]ed|mobili[sz]ing|called up"),
    ("protesters", r"protesters|demonstrators|rallied|marched|protested|(?:took|take|takes|taking) to the streets?|demonstrated|"
                   r"(?:took|take|taking) part in (?:the |a )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                   r"(?:joined|attended) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                   # "the protest drew 10,000 people"
                   r"(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?) (?:\w+ )?(?:drew|attracted|brought out)|"
                   # "tens of thousands more residents launched 'save the students' marches"
                   r"(?:launched|staged|held|organi[sz]ed) (?:[\w“”\"'‘’-]+ ){0,3}?(?:protests|marches|rallies|demonstrations)"),
]
# the cues of the data file (measure_cues.tsv) join their measure's own
_MEASURES = [(name, "|".join([p] + [src for m, src, _ in measure_cues() if m == name])) for name, p in _MEASURES]
_MEASURE_RX = [(name, re.compile(rf"(?i)\b(?:{p})\b")) for name, p in _MEASURES]
_CUE_ALT = "|".join(p for _, p in _MEASURES)
_MEASURE_ANY = re.compile(rf"(?i)\b(?:{_CUE_ALT})\b")
_OTHER_NUMBER = re.compile(rf"\b(?:\d[\d,.]*|{number_word_pattern(one=False)})\s")
# "killing more than 200", "the deaths of 49", "Armenia lost 3,825", "the evacuation of 136,000 people": the cue
# governs the number right after it
# fillers between the verb and its count: "killing all 298", "deploy a force of 800", "sent another 3,000", "includes a
# detachment of 23"
# ("the remains of only six people have been recovered": the dead, as "the bodies of"; "the killings yesterday of at
# least 10 people": the day may come between the noun and its "of")
_ADJ_CUE = re.EndAnchored(rf"(?i)\b(?P<c>remains\s+of(?=\s)|{_CUE_ALT}|lost|bodies|(?:evacuation|displacement)(?=\s+of\s)|(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?)) the lives)\s+"
                      rf"(?:(?:yesterday|today|overnight|last\s+night|on\s+(?:{'|'.join(WEEKDAYS)}))\s+(?=of\s))?"
                      rf"(?:of\s+(?:the\s+)?)?(?:(?:all|all of the|the|a total of|another|an additional|"
                      rf"a further|(?:a|an)\s+(?:force|contingent|detachment|battalion|unit|group|total|crowd|team)\s+of)\s+)?"
                      # ("only" and "just" qualify no count, "the remains of only six people", but stand where a qualifier does)
                      rf"(?:(?:{_QUALIFIER}|only|just)\s+)?"
                      # the high end of a range the verb governs: "killed between 20 and 30 people" (_ranges reads both ends)
                      rf"(?:between\s+(?:\d[\d,.]*|[a-z]+)(?:\s+{scale_word_pattern('any')})?\s+and\s+)?$")
# Words for soldiers sent abroad or posted (not police officers or fighters, who are "in" a place for other reasons).
_TROOPS = re.compile(r"troops|forces|soldiers|marines|service ?members|servicem[ae]n|(?:military )?personnel|peacekeepers|"
                     r"peacekeeping troops|military")
# "3,500 troops advising and assisting in Iraq": a reduced relative of what they do there comes between
# ("there were about 36 soldiers at a post in the district": a post, outpost or checkpoint is a place troops are posted to)
_PLACED = re.compile(rf"\s+(?:(?:are|were|is|remain|stay)\s+)?(?:[a-z]+ing\s+(?:and\s+[a-z]+ing\s+)?)?(?:in|inside|across|at)\s+(?:the\s+)?(?:{PLACE}|[A-Z][\p{{L}}-]+|"
                     rf"(?:region|area|country|base|zone|garrison)\b|(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:post|outpost|checkpoint|army\s+base|military\s+base)\b)")
_IN_CAMP = re.compile(r"(?i)\b(?:live|lived|living|stay|stayed|staying|shelter\w*|housed|remain\w*|stranded|trapped)\s+"
                      r"(?:in|at)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}camps?\b")  # "staying in 53 makeshift relief camps"
# "the camp now holds 40,000 people", "the shelters house some 900 people": the population of a camp is displaced
_CAMP_HOLDS = re.compile(r"(?i)\b(?:camps?|shelters?|settlements?)\s+(?:\w+\s+)?(?:holds?|held|hous(?:es?|ed)|hosts?|hosted|shelters?|"
                         rf"sheltered|accommodates?|accommodated)\s+(?:{_QUALIFIER}\s+)?$")
_KILL_VERB = r"(?:killed|killing|kills|executed|executing|executes|beheaded|beheading|murdered|murdering|massacred|slain|shot dead)"
# what befell captives when it is their death: "the gunmen executed six hostages", "three prisoners were killed"
_KILLED_BEFORE = re.compile(rf"(?i)\b{_KILL_VERB}\s+(?:(?:all|all of the|the|another)\s+)?(?:{_QUALIFIER}\s+)?$")
# ("13 prisoners are recorded dead", "were found dead": the record or the finding of their death)
# An aside between them does not change it ("three detainees, including Sina Qanbari, had lost their lives"), nor does the
# tense of a headline or a bulleted summary ("Four detainees die in custody", "Three detainees lose their lives").
_KILLED_AFTER = re.compile(rf"(?i)(?:(?:,[^,.;:]{{1,80}}){{1,2}},)?\s+(?:(?:were|was|have been|had been|has been|are|is|have|had)\s+)?(?:(?:\w+ly|also|later|now|both|all|since|recorded|reported|"
                           rf"confirmed|found|declared)\s+)?(?:{_KILL_VERB}|died|dead|die|dies|dying|perished|succumbed|"
                           rf"(?:lose|loses|lost|losing)\s+(?:their|his|her)\s+lives?)\b")
_HARD_STOP = re.compile(r"[.;:!?]|\b(?:while|whereas|but)\b")
# a hospital stay as a wounded cue ("taken to hospital", "hospitalized", "treated in hospital"), and what makes it an
# illness's rather than an injury's: the sentence names the sickness, and no attack, accident or poison that hurt them
_HOSPITAL_CUE = re.compile(r"(?i)(?:taken|rushed|admitted|airlifted|treated|hospitali[sz]ed|"
                           r"(?:outpatient|hospital|medical) treatment)")
_ILLNESS = re.compile(r"(?i)\b(?:(?:becoming|became|become|fell|falling|fallen|feeling|felt|taken)\s+(?:ill|sick)|"
                      r"illness(?:es)?|"
                      r"heat\s?strokes?|heat exhaustion|sunstroke|dehydration)\b")
_HARMED_BY = re.compile(r"(?i)\b(?:gas|leak\w*|poison\w*|fumes|smoke|chemicals?|toxic|contaminated)\b")
# captives who got out, were let out or were moved: "escaped", "broke out", "were freed", "were evacuated"
# (in a relative clause too: "recapture 40 of the 87 prisoners who escaped": the 87 got out)
_CAPTIVES_OUT = re.compile(r"(?i)\s+(?:(?:who|that)\s+)?(?:(?:have|had|has|were|was|are|had been|have been)\s+)?"
                           r"(?:(?:also|later|reportedly|allegedly)\s+)?"
                           r"(?P<c>escaped|escaping|escape|fled|broke\s+out|break\s+out|freed|released|evacuated|"
                           r"evacuating)\b")
_SET_OFF_RELATIVE = re.compile(r"\s*,\s*(?:who|whom)\b[^,.;:!?“”\"]{1,200},")
_OWN = re.compile(r"(?i)\b(?:its own|their own|our|we|us)\b")
# a country's short name in capitals stands as its demonym before a noun: "400 UK troops", "two DRC soldiers" (not the EU)
_NATION_ABBREVIATIONS = sorted(n for n, c in COUNTRY_NAMES.items() if c != "EU" and len(n) <= 6 and n.replace(".", "").isupper())
_DEMONYM_W = re.compile(rf"{WORD_START}(?P<d>{DEMONYM}|{alt(_NATION_ABBREVIATIONS)}){WORD_END}")
_OF_COUNTRY = re.compile(rf"(?:\s+\w+){{0,5}}?\s+(?:of|from)\s+(?:the\s+)?(?P<c>{PLACE}|{DEMONYM}){WORD_END}")
# "Armenia lost 3,825 soldiers", "Hezbollah, which has lost over 6,000 dead and wounded in Syria": the loser's people, a
# country or an armed group or agency with a home country (orgs.tsv), not the place where they fell
_ORG_HOMES = {surface: code for surface, (_name, code) in ORGS.items() if code}
_LOSER = re.compile(rf"\b(?P<c>{PLACE}|{alt(_ORG_HOMES)})(?:,\s+which)?\s+(?:has\s+|had\s+|have\s+)?lost\s+"
                    rf"(?:{_QUALIFIER}\s+)?$")


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


_MANY_NATIONS = re.compile(rf"(?<![\p{{L}}-])(?:{alt(sorted(many_nation_words()))})\s+(?=\p{{Ll}})")


def _mods_country(mods: str, head: str) -> tuple[str | None, bool]:
    """(country, written) for a count's modifiers: the one nation they name ("two Canadian hikers", "five Filipino
    fishermen"), the people's own country, which beats the place they were hit in; (None, True) for a word for the
    people of many nations ("five European tourists": no one country's, not the place's either); (None, False) where
    they name none, or two ("Israeli and Palestinian deaths": two nations' dead together are no one country's)."""
    if _MANY_NATIONS.search(mods + head):
        return None, True
    codes = set()
    for m in _DEMONYM_W.finditer(mods):
        if _CAUSE_BEFORE.search(mods, 0, m.start()) or (
                (ag := _AGENT_AFTER.match(mods, m.end())) and ag.group("w") in agent_compounds()):
            continue
        codes.add(word_country(m.group("d")))
    codes.discard(None)
    return (codes.pop(), True) if len(codes) == 1 else (None, False)


def _group(head: str, measure: str) -> str:
    if measure == "area":
        return "territory"
    for g, rx in _GROUP_RX.items():
        if rx.fullmatch(head.lower()) or rx.fullmatch(head):
            if g == "single":
                return single_groups().get(head.lower(), "people")
            return g
    return "military" if head.lower() in _HEADS["military_loss"] else "people"


def _measure(sent: str, a: Amount, head: str, head_end: int, measured: bool = False) -> str | None:
    """The measure of a count with its head noun; `measured`: an adjective before the head already names one ("98
    missing persons")."""
    h = head.lower()
    if h == "losses" and not (_LOSS_CONTEXT.search(sent) or _TROOPS.search(sent)):
        return None  # "the franchise mark of 14 losses", "five morale-busting losses last week": games and votes lost
    if h in _HEADS["fled"]:
        return "displaced"
    if h in _HEADS["captive"]:
        if gone := _CAPTIVES_OUT.match(sent, head_end):
            # "four of the prisoners escaped", "hundreds of prisoners were evacuated from the facility": captives who
            # got out or were moved are no count of people held (nor a toll); a move is a displacement
            return "displaced" if gone.group("c").lower().startswith("evacuat") else None
        # "the gunmen executed six hostages", "three prisoners were killed": what befell them, else their captivity
        return "killed" if _KILLED_BEFORE.search(sent, max(0, a.qual_start - 30), a.qual_start) or \
            _KILLED_AFTER.match(sent, head_end) else "detained"
    for name, rx in _MEASURE_RX:
        if name not in ("deployed", "protesters") and rx.fullmatch(h):
            return name
    if h == "military deaths":
        return "killed"
    # "claimed 20 lives", "14 bodies were recovered": the count is of the dead ("saved 20 lives" is not); "corpses"
    # is the same count in other words ("11 corpses had been found")
    if h == "corpses":
        h = "bodies"
    if h == "bodies" and _UNRECOVERED.match(sent, head_end):
        return "missing"  # "35,000 bodies never recovered": the dead never found are counted as missing (gold batches 16 / 21)
    if h == "bodies" and not _BODY_CUE.search(sent):
        return None
    if h == "bodies" or h == "lives" and not re.search(r"(?i)\bsav\w*\s+(?:\w+\s+){0,3}$", sent[max(0, a.qual_start - 30): a.qual_start]):
        return "killed"
    # "the two gunmen, who were shot during a confrontation with police ..., are dead": a relative clause set off by
    # commas tells what happened to them on the way; the main clause after it says their fate (as a captive's)
    if (rel := _SET_OFF_RELATIVE.match(sent, head_end)) and _KILLED_AFTER.match(sent, rel.end()):
        return "killed"
    # nearest cue after the head (same clause), else just before the number
    after = sent[head_end: head_end + 110]
    if (app := _APPOSITION_AFTER.match(sent, head_end)) and not _MEASURE_ANY.search(app.group(0)):
        # "The five men - identified as Egyptians A, 49, B, 55 ... - were taken into custody": an apposition that only
        # says who they are may outrun the clause's reach; the verb after it is the head's
        after = sent[app.end(): app.end() + 110]
    if (question := _HOW_MANY_Q.search(after)):
        after = after[: question.start()]  # "asked the three holdouts how many people he would kill": the question's cue
    stop = _HARD_STOP.search(after)
    after = after[: stop.start()] if stop else after
    if (part := _PART_AFTER.search(after)):
        after = after[: part.start()]  # "four million people, half of them refugees": what follows is a part's, not the head's
    lead_in = sent[max(0, a.qual_start - 40): a.qual_start]  # the words right before the count
    if (cut := other_clause_start(after, lead_in)) is not None:
        after = after[: cut]  # "71 people have been rescued alive, and an unknown number were missing": another subject's verb
    clause = after  # before a later count's own words are cut off (see _governs_own_count)
    inside = 0  # the end of an apposition in dashes or brackets the head opened ("Four people — three women and ...")
    for other in _OTHER_NUMBER.finditer(after):  # another count starts its own figure ("26 cases and 11 deaths")
        if other.start() < inside:
            continue
        gap = after[: other.start()]
        if gap.strip(" ,") in ("and", "or", "as well as", "plus", ""):
            if gap.strip(" ,") == "and" and _OWN_VERB_AFTER.match(after, other.end() - 1) and governed_count(lead_in):
                # "the coast guard rescued 40 migrants and two people were missing": the object of a verb before it and
                # a count with a verb of its own are two clauses ("42 soldiers and eight border guards died" share one)
                after = after[: other.start()]
            elif measured:
                # "28 deaths, 98 missing persons, 379 houses swept away and 1,700 families displaced": a count whose
                # adjective says what befell it is an item of a list, not a subject sharing the next count's verb
                after = after[: other.start()]
            break  # "42 soldiers and eight border guards died": coordinated counts share the verb
        own = after[other.end() - 1:]
        if (opened := _APPOSITION_OPEN.search(gap)):
            # "Four people — three women and a child — died": the counts inside the dashes are the head's parts
            close = _APPOSITION_CLOSE[opened.group(0).strip()[-1]].search(after, other.end())
            inside = close.end() if close else len(after)
            continue
        if _AGE_BEFORE.search(gap):
            continue  # "children younger than 5 died": an age inside the head's description
        if (_AFTER.match(own) or _BARE_VERB.match(own) or _PASSIVE_CUE.match(own) or _OF_THEM.match(own)) and not re.search(
                r"(?i)\b(?:including|among them|of whom|of which)\b", gap):
            after = after[: other.start()]
            break
    before = sent[max(0, a.qual_start - 60): a.qual_start]
    bstop = list(_HARD_STOP.finditer(before))
    before = before[bstop[-1].end():] if bstop else before
    # a verb right before the number governs it: "killing more than 200 people" (not "have left": "floods have left
    # three people dead" is what they caused, "200 people have left" the cue of people who fled)
    if (adj := _ADJ_CUE.search(before)) and _lacking(before, adj):
        return None  # "missing 10 of the Saints' 16 games": the verb "miss" takes the count as its object
    if adj and _planned(before, adj):
        return None  # "preparing to arrest another 13 NLD members": no one held yet
    if _BURIED_BEFORE.search(before) and _ALIVE_AFTER.match(sent, head_end):
        return "killed"  # "the landslide buried over 2000 people alive": the count inside "buried ... alive" (measure_cues.tsv)
    # "the evacuation of 136,000 people" tells what befell them unless their clause says more ("the evacuation of 24
    # soldiers who were injured": the hurt, carried off): the noun is weighed last
    evacuation = adj is not None and adj.group("c").lower() == "evacuation"
    if adj and adj.group("c").lower() != "have left" and not evacuation:
        got = _classify(adj.group("c").lower(), h, head)
        if got == "displaced" and adj.group("c").lower().startswith("evacuat") and _rescue(before[:adj.start()], after):
            return None
        if got == "killed" and adj.group("c").lower() == "lost" and _group(head, got) not in ("military", "peacekeepers") \
                and h != "lives" and not _LOSS_CONTEXT.search(sent):
            return None  # "lost two of his most experienced workers": a loss of staff or customers, not a toll
        return got
    if (among := _AMONG.search(before)):  # "the dead included five children"
        return _TOLL_MEASURE.get(among.group("w").lower(), "killed")
    if _TO_BE_EVACUATED.match(after):
        return None  # "1 237 people still to be evacuated": not yet moved, no one displaced
    # the nearest cue that fits the head: "31 people remain unaccounted for" is not a deployment
    got = fallback = None
    for m in _MEASURE_ANY.finditer(after):
        if _RATE.match(after, m.end()):
            continue  # "the death rate of passengers": a rate, not a count
        if _governs_own_count(clause, m):
            continue
        if _ACCUSED_OF.search(after, 0, m.start()):
            got = None  # "the trial of two men accused in killing Zurana Horton": the count is of the accused
            break
        if m.group(0).lower() == "dead" and (_ALIVE_OR.search(after, 0, m.start()) or _OR_ALIVE.match(after, m.end())):
            continue  # "three people are still trapped, we are not sure if they are alive or dead": a fate unknown
        if m.group(0).lower() == "death" and _DEATH_SENTENCE.search(after, 0, m.start()):
            continue  # "12 people ... to put another human being to death", "sentenced him to death": no toll of the 12
        if in_part_aside(after[: m.start()]):
            continue  # "rescued 2,500 people, including many injured": the injured are a part, of no stated size
        if _OWNED_BEFORE.search(after, 0, m.start()):
            continue  # "70 children, along with their displaced families": the cue describes the owned noun after it
        if m.group(0).lower() == "missing" and _FOR_BEFORE.search(after, 0, m.start()):
            continue  # "Hundreds of people came out to search for missing relatives": the missing are whom they seek
        if _ACTIVE_OBJECT.match(after, m.end()) and not _BE_BEFORE.search(after, 0, m.start()) and \
                _classify(m.group(0).lower(), h, head) in _DONE_TO:
            got = None  # "Two gunmen killed a policeman": the count did it to someone else, it is no toll of its own
            break
        if _SEARCHED_FOR.fullmatch(m.group(0)):
            continue  # "hundreds of police officers searching for him": the count searches; only its object is missing
        if m.group(0).lower() == "holding":
            continue  # "200 protesters congregated, holding signs": the head holds something; a captive is held
        if _EVENT_DET.search(after, 0, m.start()) and _EVENT_OF.match(sent, head_end + m.end()):
            continue  # "hundreds of protesters commemorating ... the killing by police of two brothers": another event
        if m.group(0).lower().startswith("remain") and _REMAIN_STATE.match(after, m.end()):
            continue  # "One officer remains hospitalized": a state the people stay in, no deployment
        if _INNER_RELATIVE.match(after, 0, m.start()):
            continue  # "two people who replaced illegal immigrants who fled": "fled" is the immigrants', not the two's  # "led 14,000 people taking shelter, ... killed one person": "killed" has its own count
        got = _classify(m.group(0).lower(), h, head)
        if got == "protesters" and (_TURNED_OUT.match(m.group(0)) or _TOOK_PART.fullmatch(m.group(0))) and \
                not _PROTEST.search(sent):
            got = None  # "5,000 people turned out to watch the match": a crowd, a protest only where the sentence names one
        if got == "protesters" and _GATHERED.fullmatch(m.group(0)) and not _PROTEST_AIM.search(sent):
            got = None  # "2,000 people gathered at the stadium": a crowd; with a protest or its aim named, protesters
        if got is None and _MEASURE_RX[-1][1].fullmatch(m.group(0)) and _group(head, "protesters") not in (
                "military", "peacekeepers") and _PROTEST_AIM.search(after, m.end()):
            got = "protesters"  # "thousands of farmers rallied against the tax": a march or rally with its aim is a protest
        if got == "killed" and _AND_HURT.match(after, m.end()):
            # "20 people were killed and injured": the count spans both, so casualties; "Horton and the two other
            # victims killed and injured": the named one was killed, the count is of the injured (respectively)
            got = "wounded" if _NAMED_AND.search(sent, max(0, a.qual_start - 40), a.qual_start) else "casualties"
        if got == "wounded" and _HOSPITAL_CUE.match(m.group(0)) and _ILLNESS.search(sent) and \
                not _VIOLENCE.search(sent) and not _HARMED_BY.search(sent):
            got = None  # "taken to a hospital after becoming ill", "hospitalized with heatstroke": the sick, not hurt
            break
        if got == "displaced" and _CROSSING.fullmatch(m.group(0)) and _group(head, "displaced") in ("military", "peacekeepers"):
            # "three soldiers were on patrol ... when they inadvertently crossed into Rwandan territory": armed men who
            # cross a border patrol or attack; only people who cross to get away are displaced
            got = None
            continue
        if got == "deployed" and not after[:m.start()].strip() and (fate := _FATE_AFTER_POSTING.search(after, m.end())) \
                and (later := _classify(fate.group("c").lower(), h, head)) in _FATES:
            # "four soldiers stationed at the base were killed", "three peacekeepers deployed in Mali were wounded": a
            # participle right after the head says where they served; the clause's own verb says what befell them
            got = later
            break
        if got == "displaced" and _SHELTERED.fullmatch(m.group(0)) and _WHO.search(after, 0, m.start()):
            # "three Palestinians, who had sought refuge in a school, died": the relative clause says where they
            # sheltered, the main verb what befell them
            fallback, got = fallback or got, None
            continue
        if got:
            break
    got = got or fallback
    if got is None and evacuation and _group(head, "displaced") not in ("military", "peacekeepers"):
        got = "displaced"
    # ("thousands of marchers neared the centre": a march's people are its protesters, as demonstrators are)
    if h in ("protesters", "demonstrators", "marchers") and got in (None, "deployed"):
        return "protesters"
    # "Although it's unknown how many were injured, Sky News estimates at least 50 people": the question the count
    # answers, earlier in the sentence, names its measure
    if got is None and h in ("people", "persons") and (hm := _HOW_MANY.search(sent, 0, a.qual_start)) and \
            not re.search(r"[;.!?]\s", sent[hm.end():a.qual_start]):
        got = _classify(hm.group("c").lower(), h, head)
    # "we have 16 confirmed victims of shooting": the head opens a cue of its own (measure_cues.tsv), read when no
    # verb of the clause says what befell them
    if got is None and h == "victims" and (vm := _MEASURE_ANY.match(sent, head_end - len(head))):
        got = _classify(vm.group(0).lower(), h, head)
    # "the U.S. has about 900 troops in Syria": soldiers placed somewhere are a deployment
    if got is None and _TROOPS.fullmatch(h) and _PLACED.match(sent, head_end):
        return "deployed"
    # "the camp, where some 40,000 people live", "the camp holds 40,000 people": the population of a camp is displaced
    if got is None and _group(head, "displaced") != "military" and (_IN_CAMP.search(after[:60]) or _CAMP_HOLDS.search(before)):
        return "displaced"
    return got


_CROSSING = re.compile(r"(?i)crossed into|crossed the border")
# "buried over 2000 people alive": the count between the verb and "alive"
_BURIED_BEFORE = re.compile(r"(?i)\bburied\s+(?:(?:all|the|another|some)\s+)?$")
_ALIVE_AFTER = re.compile(r"(?i)\s+alive\b")
# "alive or dead", "dead or alive": either fate, so no toll
_ALIVE_OR = re.compile(r"(?i)\balive\s+or\s+$")
_OR_ALIVE = re.compile(r"(?i)\s+or\s+alive\b")


# what people "remain" in that is their state, not a posting: hospital, a condition, custody
_REMAIN_STATE = re.compile(r"(?i)\s+(?:in\s+)?(?:(?:the\s+)?hospital|hospitali[sz]ed|critical|serious|stable|intensive care|"
                           r"custody|detention|detained|missing|unaccounted|trapped|under)\b")


# "killed 130 in Paris last November and 32 in Brussels in March": counts in a list, each with its place
_PARALLEL_PLACE = re.compile(r"\s+(?P<p>in|at)\s+(?:the\s+)?\p{Lu}")
# a verb of finding right before a count of migrants (_INTERCEPTED_HEADS): a detention by border or immigration agents
# (its finite forms from lemminflect; a gerund, "finding 40 migrants", is left as it was)
_INTERCEPT_VERBS = ("find", "locate", "intercept", "secure", "encounter")
_INTERCEPTED = re.compile(r"(?i)\b(?:" + "|".join(sorted((f for f in verb_forms(_INTERCEPT_VERBS) if not f.endswith("ing")), key=len, reverse=True)) + rf")\s+(?:(?:{_QUALIFIER}|another)\s+)?$")
# a finite verb after the migrants makes them the subject of what was found ("a study found 40 migrants lacked papers")
# (not a passive relative, which tells what was done to them: "found 303 migrants who were being transported in trucks")
_FINITE_AFTER = re.compile(r"(?i)\s+(?!(?:who|that)\s+(?:were|was|had)\s+being\s)(?:(?:who|that)\s+)?(?:were|was|are|is|had|have|has|did|do|does|would|could|will|may|might|"
                           r"lacked|lack|lacks|needed|need|needs|said|say|says|wanted|want|wants)\b")
# the passive: "107 foreigners from Guatemala, Honduras and Cuba were found" (their origin may come between)
_FOUND_AFTER = re.compile(rf"(?i)(?:\s+from\s+[^.;:!?]{{1,80}}?)?\s*,?\s+(?:were|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|later)\s+)?"
                          rf"(?:{'|'.join(f for f in verb_forms(_INTERCEPT_VERBS) if f.endswith('ed') or f in ('found',))})\b")
_INTERCEPTED_HEADS = frozenset(("migrants", "immigrants", "foreigners", "asylum seekers", "asylum-seekers"))
_AND_BEFORE = re.compile(r"(?:,|\band)\s+$")
# "20 protesters have been arrested in Melbourne and another three in Sydney": "another" / "a further" before a bare count
# in a place says the count shares the verb of the figure before it, wherever that figure's verb stands
_AND_ANOTHER = re.compile(r"(?i)(?:,|\band)\s+(?:another|a further)\s+$")
_ANOTHER_BREAK = re.compile(r"(?i)\b(?:said|says|who|which|that|while|but|whereas)\b|[;:]")
# "N more" with no noun or verb of its own: a place, a time or a purpose follows, or the clause ends ("tens of thousands
# more in countries around the Indian Ocean", "and up to 50 more to provide security"; not "40 more were injured", "two
# more to be evacuated")
_MORE_GAPPED = re.compile(r"(?i)\s+more(?=\s*(?:$|[,.;:)]|\s+(?:in|on|at|from|across|around|elsewhere|outside|inside|near|"
                          r"during|since|throughout|overnight|to\s+(?!be\b)\w+)\b))")
# the word that joins it to the figure before it ("and", "with", "while", a comma)
_MORE_LINK = re.compile(r"(?i)(?:,|\band|\bwith|\bplus)\s+(?:(?:another|up\s+to|about|some|nearly|almost)\s+)?$")
# a verb or a new clause between the two counts ends the list: "killed 130 in Paris, and police said 32 in Brussels"
_CLAUSE_BETWEEN = re.compile(r"(?i)\b(?:said|says|were|was|are|is|had|have|has|who|which|that|while|but)\b|[;:]")
# a count's own verb after its noun: "and two people were missing"
_OWN_VERB_AFTER = re.compile(r"(?i)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:were|was|are|is|have|has|had|remain\w*)\b")
# a part of the head named after it, with no verb of its own: "more than four million people, half of them refugees"
_PART_AFTER = re.compile(r"(?i),\s*(?:half|most|many|some|a third|a quarter|a fraction|a majority)\s+of\s+(?:them|whom)\b")
# an indirect question holds its own count: what its verb says is no measure of a count before it
_HOW_MANY_Q = re.compile(r"(?i)\bhow\s+(?:many|much)\b")
# a possessive right before a measure word makes it the adjective of the noun it owns ("their displaced families")
_OWNED_BEFORE = re.compile(r"(?i)\b(?:their|his|her|its|our|your)\s+$")
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_LATER_DIED = re.compile(r"(?i)\s+(?:(?:have|had|has)\s+)?(?:(?:later|since|subsequently|also)\s+)?(?:died|succumbed|passed away)\b")
# an apposition right after the head, in dashes or brackets (a hyphen only with spaces around it)
_APPOSITION_AFTER = re.compile(r"\s*—[^—.;]{1,200}?—|\s*–[^–.;]{1,200}?–|\s+-\s[^.;]{1,200}?\s-(?=\s)|\s*\([^().;]{1,200}\)")
_APPOSITION_OPEN = re.compile(r"(?:[—–(]|\s-)\s*$")
_APPOSITION_CLOSE = {"—": re.compile(r"—"), "–": re.compile(r"–"), "(": re.compile(r"\)"), "-": re.compile(r"\s-\s")}
# An active verb with an object after the head: the head is who did it ("two gunmen killed a policeman", "four
# officers arrested the suspect"); a passive has a form of "be" before its participle ("were killed the day before")
_ACTIVE_OBJECT = re.compile(r"(?i)\s+(?:a|an|his|her|their|its|the)\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|"
                            r"weekend|previous|same|following|next|last|first|past)\b)")
# (the measures whose verb takes its victim as object: "fled their homes" is still the head's flight)
_FATALLY = re.compile(r"(?i)\bfatally\s+$")
_DONE_TO = frozenset(("killed", "wounded", "detained", "casualties"))
_BE_BEFORE = re.compile(r"(?i)\b(?:were|was|are|is|been|be|being|get|got|gets)\s+(?:\w+\s+)?$")
_WORD_TO = re.compile(r"(?i)\b(\w+)\s+to\s+$")
_STATE_AFTER = re.compile(r"(?i)^\s*(?:(?:who|that)\s+(?:are|were|remain|remained)\s+|still\s+|(?:are|were)\s+still\s+)*(\w+)")


# "people still to be evacuated" are not yet moved ("caused hundreds of people to be evacuated" were)
_TO_BE_EVACUATED = re.compile(r"(?i)\s*(?:(?:still|yet)\s+to\s+be|(?:still\s+)?awaiting)\s+evacuat")


def _rescue(before_cue: str, after_head: str) -> bool:
    """An "evacuate" count that is a rescue or an attempt, not people displaced (rescue_not_flight.tsv): "struggling to
    evacuate 14 children", "evacuate 14 children still trapped under the rubble"."""
    words = rescue_not_flight()
    if (w := _WORD_TO.search(before_cue)) and words.get(w.group(1).lower()) == "attempt":
        return True
    return (s := _STATE_AFTER.match(after_head)) is not None and words.get(s.group(1).lower()) == "state"


# "the missing 43 students", "all the missing 12": "missing" as the adjective of the people counted
_MISSING_ADJ = re.compile(r"(?i)\b(?:the|those|these|its|their|his|her|our|all|other|remaining|still)\s+$")


def _planned(before: str, adj: re.Match) -> bool:
    """A killing, wounding or detaining verb right before a count that is only planned, threatened or tried ("preparing
    to arrest another 13", "threatened to kill 12 hostages", planned_acts.tsv): no one is yet held or harmed."""
    w = _WORD_TO.search(before, 0, adj.start("c"))
    return w is not None and w.group(1).lower() in _PLANNED_ACTS and \
        _classify(adj.group("c").lower(), "", "") in ("killed", "wounded", "detained", "casualties")


def _lacking(before: str, adj: re.Match) -> bool:
    """A governing cue "missing" right before a count is the verb "miss" (a team "missing 10 games", "missing two of
    their best players"): people who are missing are told "10 people are missing" or "the missing 43 students"."""
    return adj.group("c").lower() == "missing" and not _MISSING_ADJ.search(before, 0, adj.start("c"))


def _governs_own_count(after: str, cue: re.Match) -> bool:
    """Whether the cue found after a head takes a count of its own right after it ("killed one person"):
    then it is that count's verb, not the head's. Not a time span ("killed 2 days ago")."""
    nxt = _COUNT_WORD.search(after, cue.end())
    if nxt is None or _TIME_SPAN.match(after, nxt.end()):
        return False
    governing = _ADJ_CUE.search(after[: nxt.start()])
    return governing is not None and governing.start() == cue.start()


# the deployment cues that place an armed force somewhere rather than send it ("13,000 US troops remain", "troops
# based in Germany"): not a deployment of fire or rescue crews (figure_groups.tsv's responders)
_POSTED = re.compile(r"(?i)remain\w*|based|garrisoned|serving|present|host\w*|stationed")
# what may befall people posted somewhere (not a move: "20 troops deployed there were evacuated" stay a deployment)
_FATES = frozenset(("killed", "wounded", "casualties", "missing", "detained"))
# the main verb of a clause whose head a posting participle describes: "were killed", "have been wounded", "died"
_FATE_AFTER_POSTING = re.compile(rf"(?i)\b(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                                 rf"(?:(?:\w+ly|also|later|all|both)\s+)?|(?=(?:died|perished|drowned)\b))(?P<c>{_CUE_ALT})\b")
_SEARCHED_FOR = re.compile(r"(?i)(?:searching|searched|search|searches|looking|looked|hunting)\s+for")
_HUNTED = re.compile(rf"(?i)\b(?:{'|'.join(w for ws in hostile_people().values() for w in ws)})\b")


def _classify(cue: str, h: str, head: str) -> str | None:
    if cue == "bodies" or cue.startswith("remains ") or cue.endswith("the lives"):  # "recovered the bodies of 14", "claimed the lives of 20"
        return "killed"
    if cue == "lost":
        return "killed" if h else None  # "lost 3,825 soldiers"; a bare "lost 3" is a score
    if cue == "evacuation":
        cue = "evacuated"  # "announced the evacuation of 136,000 people": the people moved out are displaced
    if cue == "displacement":
        cue = "displaced"  # "the forced displacement of at least 120 people": the people driven out
    for name, rx in _MEASURE_RX:
        if rx.fullmatch(cue):
            if name == "protesters" and h not in _HEADS["may_protest"] and not (
                    _OPEN_PROTEST.match(cue) and h and _group(head, name) not in ("military", "peacekeepers")):
                return None  # "hundreds of students protested" is a protest; "thousands of pilgrims marched" need not be
            if name == "deployed" and not (_group(head, name) in ("military", "peacekeepers") or
                                           _group(head, name) == "responders" and not _POSTED.fullmatch(cue)):
                return None  # fire and rescue crews are sent, not posted: "40 firefighters remain" tells no deployment
            if name == "missing" and _SEARCHED_FOR.fullmatch(cue) and (not h or _HUNTED.search(head)):
                return None  # "searching for three suspects": the hunted are wanted, not missing (hostile_people.tsv)
            return name
    return None


_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+(?:people\s+|persons\s+)?(?:were|have\s+been|had\s+been|are|was|had|have)\s+"
                       r"(?:\w+ly\s+)?(?P<c>killed|died|injured|wounded|hurt|arrested|detained|missing|displaced|evacuated)\b")
# The head's relative clause has its own object with a relative clause of its own: a cue in that inner clause tells
# what befell the object ("two people who replaced illegal immigrants who fled their jobs")
# The head is charged with the act the cue names, not its victim: "two men accused in killing", "three suspects charged
# with murdering", "the four convicted of killing"
# a death sentence, not a death: "put another human being to death" (someone else put to death; "were put to death"
# with no one between is an execution, a toll), "sentenced to death", "condemned him to death"
_DEATH_SENTENCE = re.compile(r"(?i)\b(?:put\s+(?:[\w’'-]+\s+){1,5}|(?:sentenc|condemn)\w*\s+(?:[\w’'-]+\s+){0,5})to\s+$")
_ACCUSED_OF = re.compile(r"(?i)\b(?:accused|charged|convicted|suspected|indicted|acquitted|sentenced|jailed|tried|guilty|"
                         r"blamed|responsible|wanted|arrested|detained|held|prosecuted)\s+(?:\w+\s+){0,2}?(?:of|in|with|for|over)\s+"
                         r"(?:(?:the|a|an|his|her|their)\s+)?$")
_INNER_RELATIVE = re.compile(r"(?i)\s*,?\s*(?:who|that)\s+(?!(?:were|was|are|is|have|has|had|been|be|being|also|then)\b)[a-z]+"
                             r"\s+(?:[\w’'-]+\s+){1,4}?(?:who|that|which)\s+(?:\w+\s+)?$")
_SHELTERED = re.compile(r"(?i)(?:take|takes|took|taken|taking|sought|seek|seeks|seeking|find|found|finding)\s+(?:shelters?|refuge)")
_WHO = re.compile(r"(?i)\b(?:who|which|that)\b")
# a cue that is a noun with its determiner and its agent or victim after it ("the killing by police", "the arrest of
# two students", "the deaths of"): an event the sentence names, not what befell the count before it
# (one modifier may stand between: "the shooting death of a man", "the brutal killing of two brothers")
_EVENT_DET = re.compile(r"(?i)\b(?:the|a|an|this|that|its|their)\s+"
                        rf"(?:(?!{_NUMBER_WORD}\b)[\p{{L}}-]+\s+)?$")
_EVENT_OF = re.compile(r"(?i)\s+(?:by|of)\b")
_RATE = re.compile(r"(?i)\s+(?:rates?|ratios?|risks?)\b")
_COUNT_WORD = re.compile(rf"(?i)\b(?:\d[\d,.]*|{_NUMBER_WORD})\b")
_TIME_SPAN = re.compile(r"(?i)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")
_WORDS = re.compile(r"[a-z]+")
# Every figure has a digit, a number word or a magnitude word; most sentences have none.
# (number_words.tsv and vague_amounts.tsv: "large numbers of" by "numbers")
_ANY_NUMBER = re.compile(rf"\d|(?i:\b(?:{'|'.join(sorted(number_cue_words(), key=lambda w: (-len(w), w)))})\b)")
_DIGIT = re.compile(r"\d")  # (`regex`'s \d, as in _ANY_NUMBER: any decimal digit)
# _ANY_NUMBER's words as lower_words reads them: a sentence with no digit and none of these is left unscanned (the
# scan tries the case-insensitive words at every word boundary, ~30 us a sentence; see any_number)
_NUMBER_WORDS = number_cue_words()


def any_number(sent: str) -> bool:
    """_ANY_NUMBER.search(sent) is not None: a digit at once, else the scan only when one of its words is there."""
    return _DIGIT.search(sent) is not None or \
        (may_hold(_NUMBER_WORDS, sent) and _ANY_NUMBER.search(sent) is not None)


# Every figure needs one of these words somewhere in its sentence; most sentences have none.
_FUNCTION_WORDS = frozenset("to a an the is was are were be been being have has had from their in of into out on take took "
                            "taking part join joined for".split())
# Content words of the measure cues (a phrase like "to flee" is found by "flee"), plus head nouns and units.
_CUES = frozenset(w for _, p in _MEASURES for w in _WORDS.findall(p) if w not in _FUNCTION_WORDS and len(w) > 2) | frozenset(
    "shelter square sq km km2 hectares acres deaths dead casualty casualties losses hospitalised hospitalized hostage arrest "
    "victims number lives bodies corpses numbered population crowd crowds turnout rally rallies protest marches demonstration "
    "troops soldiers personnel marines camp mobilised mobilized mobilising mobilizing reservists".split())


_TOLL_VERBS = toll_verb_forms()
# "the death toll rose to 30", "the number of injured reached 120": the count has no head noun after it.
# "The number of lives lost due to the Easter Sunday bombings in Sri Lanka has risen to 321", "The number of prisoners
# killed during a riot at a prison in Ecuador's city of Guayaquil has increased to 13": a cause, time or place phrase
# after the toll noun may run longer than the seven words allowed otherwise ("The death toll from the raid on the Nur
# Shams camp in the West Bank city of Tulkarem climbed to five": a place named with its city and region). A possessive
# may stand among the words ("put the toll of yesterday's disaster at five"; not a hyphenated word: "the protesters carried
# signs with anti-government sentiments and at one stage sung" is no count of protesters), and the people counted before the cause
# ("The number of missing persons after flash floods swept through the state has increased to 141").
_TOLL = re.EndAnchored(r"(?i)\b(?P<w>death toll|toll|losses|casualty count|casualties|death count|deaths|fatalities|"
                   # "the prosecutor puts the tally at 37": a bare "tally" is a toll only as someone's estimate (not a
                   # player's "tally rose to 20")
                   r"(?<=\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+)?)tally(?=\s+at\b)|"
                   # "the number killed ... rose to 38": the participle may follow the noun without "of"
                   r"(?:number|figure|tally|count)\s+(?:dead|killed|injured|wounded|missing|detained|arrested|displaced)|"
                   # ("the total of those detained since Tuesday to 2,300": a total is such a number too)
                   r"(?:number|figure|tally|count|total) of (?:the )?(?:[\w-]+\s+){0,3}?"
                   # a relative clause may tell what befell them: "the number of people who have died in the heatwave"
                   r"(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|gone\s+)?)?"
                   r"(?:dead|deaths|died|fatalities|killed|victims|casualties|injured|wounded|"
                   r"displaced|missing|detainees|detained|detentions|arrested|arrests|injuries|refugees|lives\s+lost|"
                   # South Asian English's singular: "total number of dengue death this year rose to three" (not "the
                   # number of death threats")
                   r"death(?=\s+(?:this|so|in|from|due|has|had|have|rose|risen|reached|stood|stands|now|climbed|increased)\b))|"
                   # "the protesters numbered about 10,000", "the camp's population is estimated at 40,000"
                   # ("the number of marchers peaked at 98,600": a march's crowd counted by its marchers)
                   r"(?:the\s+)?(?:protesters|demonstrators|(?<=number\sof\s)marchers|crowds?|turnout)|(?:camp|refugee|displaced)\s+population|"
                   r"population\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}camps?)\b(?:(?:\s+[\w'’]+){0,7}?|(?:\s+(?:people|persons))?\s+(?:due\s+to|caused\s+by|as\s+a\s+result\s+of|because\s+of|from|in|during|at|after|"
                   # the people it counts: "its overall toll for Palestinians killed in the almost five-month war neared 30,000"
                   # (a word may hold dots: "after 9 p.m. local time", "the U.S. strike")
                   r"for|among)(?:\s+[\w'’-]+(?:\.[\w'’-]*)*){1,16}?)"
                   # a part set off by commas: "the death toll, including 18 children, currently stood at 51"
                   r"(?:\s*,\s+including\s[^,.;]{1,60},)?"
                   # "the casualty count in Maule, originally reported at 587": an earlier count of it, set off by a comma
                   r"(?:,(?=\s+(?:originally|initially|first|earlier|previously)\s))?"
                   r"\s+(?:has\s+|had\s+)?(?:(?:currently|now|already|reportedly|originally|initially|first|earlier|previously)\s+)?(?:"
                   # the verbs that move or give a count, in their tensed forms: "rose", "has risen", "stands", "peaked",
                   # headline present tense "Death toll from Morocco quake passes 2,000", Indian English "touched 91"
                   # (toll_rise_verbs.tsv, toll_level_verbs.tsv)
                   rf"{alt(_TOLL_VERBS['tensed'])}|"
                   r"(?:reported|estimated|put|given|set)(?=\s+at\s)|"
                   # another side's count the toll is weighed against: "the official death toll is lower than the 802
                   # figure given by emergency authorities"
                   r"(?:lower|higher|smaller|larger|less|greater)\s+than(?:\s+the)?|"
                   r"is|was|of|at|to|"
                   # a plural toll noun's present tense: "Cholera deaths pass 5,000", "Ebola deaths top 100"
                   rf"(?<=(?:deaths|fatalities|casualties|losses|toll)\s)(?:{alt(_TOLL_VERBS['bare'])}))(?:\s+(?:to|at))?"
                   # a round number passed: "The number of new refugees has passed the 100,000 mark"
                   rf"(?:(?<=\b(?:{alt(_TOLL_VERBS['mark'])}))\s+the)?\s*$")
# a count that changed, its earlier value after "from" and its new one after "to": "the number of internally displaced
# in the southern region — already ravaged by a 2021 earthquake — from 116,000 to 270,000" (the toll noun phrase
# before it, with no other count between them than a year)
_FROM_N_TO = re.compile(rf"(?i)\bfrom\s+(?:{_QUALIFIER}\s+)?\d[\d,.]*"
                        rf"(?:\s+{scale_word_pattern()})?\s+to\s+$")
_CHANGED_TOLL = re.compile(r"(?i)\b(?:(?P<t>death\s+toll|death\s+count)|(?:number|total|tally|count)\s+of\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?P<w>displaced|refugees|dead|deaths|killed|fatalities|injured|wounded|"
                           r"missing|detained|detainees|arrested|arrests|casualties|victims))\b(?P<gap>[^.;:!?]{0,100})$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _changed_toll(sent: str, a: Amount) -> tuple[str, str | None] | None:
    """(measure, the people's country a demonym names) when count `a` is the new value of a toll that changed "from N to"
    `a`, else None. Not money ("from $5 to $7") nor a rate ("from 20 to 30 percent")."""
    fr = _FROM_N_TO.search(sent, max(0, a.qual_start - 40), a.qual_start)
    if fr is None or _MONEY_SIGN.search(fr.group(0)) or re.match(r"\s*(?:%|percent|per cent)", sent[a.end:]):
        return None
    toll = _CHANGED_TOLL.search(sent, max(0, fr.start() - 160), fr.start())
    if toll is None or re.search(r"\d", _YEAR.sub("", toll.group("gap"))):
        return None
    measure = "killed" if toll.group("t") else _TOLL_MEASURE.get(toll.group("w").lower(), "killed")
    dm = _DEMONYM_W.search(toll.group(0))  # "the number of Sudanese refugees"
    return measure, word_country(dm.group("d")) if dm else None


# refugees counted by where their number got to, with no "number of" ("Sudanese refugees fleeing clashes hit 90,000 in
# Chad", "Refugees from the fighting now number 12,000"): only verbs of a count that grew, not "at" or "is" ("refugees
# at 3 camps"); an estimate of them is ("The flow of refugees, estimated at 4,000 by an official")
_REFUGEES_REACH = re.compile(r"(?i)\b(?:[\p{L}-]+\s+)?(?P<w>refugees),?(?:\s+[\w'’-]+){0,6}?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
                             r"(?:estimated\s+at|hit|hits|reached|reach|reaches|rose|risen|rise|rises|passed|pass|passes|topped|top|tops|"
                             r"surpassed|surpass|surpasses|numbered|number|numbers|swelled|swell|swells|climbed|climbs|"
                             r"exceeded|exceed|exceeds)(?:\s+the)?\s*$")
# the count before the toll it sums up, in wire copy's inverted order: "This brought to 56 the death toll in protests
# since the coup", "raising to 30 the number of people killed" (not the plain "toll", a fee too: see _fee_toll)
_TO_N_BEFORE = re.compile(r"(?i)\b(?:br(?:ought|ings?|inging)|rais(?:ed|es|ing|e)|push(?:ed|es|ing)?|t(?:ook|akes?|aking))\s+"
                          r"(?:(?:the\s+)?total\s+)?to\s+$")
_TO_N_AFTER = re.compile(r"(?i)\s+the\s+(?:overall\s+|total\s+|official\s+)?(?P<w>death toll|death count|number of (?:the\s+)?"
                         # the people counted, then what befell them ("the number of people killed"); not a state they
                         # are listed in ("the number of players on injured reserve")
                         r"(?:(?!(?:on|in|at|of|for)\s)[\w-]+\s+){0,3}?(?:dead|deaths|killed|injured|wounded|arrested|detained|"
                         r"displaced|missing))\b(?!\s+(?:reserve|list))")
# the count after the people it counts and a copula: "while persons arrested were 213", "those killed numbered 40"
_COUNTED_WERE = re.compile(r"(?i)\b(?P<w>(?:persons|people|those|individuals)\s+(?:killed|injured|wounded|arrested|detained|"
                           r"displaced|missing))\s+(?:were|are|was|is|numbered|totall?ed|stood\s+at|reached)\s+$")
_WORD = re.compile(r"[\p{L}]+")
_MONEY_SIGN = re.compile(r"\p{Sc}")
_PAID_ON = re.compile(r"(?i)toll\s+(?:on|for|at)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?P<r>\p{L}+)")


def _fee_toll(before: str, toll, amount: str, rest: str) -> bool:
    """The toll `toll` (a _TOLL match in `before`, the text up to the count) is a fee, not a death toll: the plain word
    "toll" (not "death toll") next to what a fee is paid for ("bridge toll", "toll road", "toll on the motorway"), or
    with the count in money ("$10", "10 dollars", "8 euros"): toll_fees.tsv and pycountry's currencies."""
    if toll.group("w").lower() != "toll" or "death" in before[max(0, toll.start() - 12): toll.start()].lower():
        return False
    words = toll_fee_words()
    # the word before "toll", the one after it, or a road it is paid "on"/"for" ("the toll on the highway"; not "the
    # toll in the bridge collapse", a death toll)
    near = _WORD.findall(before[max(0, toll.start() - 20): toll.start()])[-1:] + _WORD.findall(toll.group(0))[1:2]
    if paid := _PAID_ON.match(toll.group(0)):
        near.append(paid.group("r"))
    if any(w.lower() in words["road"] for w in near):
        return True
    return bool(_MONEY_SIGN.search(amount)) or _money_after(rest)


def _money_word(word: str) -> bool:
    """Whether a word is one for money ("dollars", "euros", "rupees", "cents"; toll_fees.tsv and pycountry)."""
    return word.lower() in toll_fee_words()["money"]


def _money_after(rest: str) -> bool:
    """Whether the word after a count is one for money: "10 dollars", "8 euros", "2.2 trillion VND" (after a scale word
    the amount's parse left out, any "-illion", the money word or ISO code that follows)."""
    words = _WORD.findall(rest[:40])[:2]
    if words and words[0].lower().endswith("illion") and rest.lstrip().startswith(words[0]):
        words = words[1:]
    # (a code only in mixed case: an all-caps headline's words may spell one, "TOLL TOPS 40 ALL OVER")
    return bool(words) and rest.lstrip().find(words[0]) < 20 and (
        _money_word(words[0]) or words[0] in toll_fee_words()["codes"] and not rest[:60].isupper())


# the words between a toll and a part of it: "14 people, including two women"
# the words between a figure and a count in brackets after it: "5 wounded (1 child)", "12 were killed (three ..."
_BRACKET_PART = re.compile(r"(?:\s+[\p{L}-]+){0,3}\s*\(\s*")
_PART_AFTER_TOLL = re.compile(r"(?i)\s*,?\s*(?:including|among them|of whom)\s+")
# "The toll of the shelling was 10 people": a death toll told with its people after the count
_DEATH_TOLL_WAS = re.compile(r"(?i)\b(?:death\s+)?toll\b(?:\s+(?:of|from|in)(?:\s+[\w-]+){1,4}?)?\s+(?:was|is|stood\s+at|"
                             rf"stands\s+at|rose\s+to|reached|has\s+risen\s+to)\s+(?:{_QUALIFIER}\s+)?$")
# "The death toll ... continued to mount. Officials said it had crossed 1,000": "it" is the toll the sentence before
# named as its subject, and the count is that toll's (find_figures' `prev`)
_PREV_TOLL = re.compile(r"(?i)^(?:\S+\s+){0,4}?(?:the\s+)?(?:(?P<w>death toll|toll|death count|number of (?:the )?dead))\b")
_IT_TOLL = re.compile(r"(?i)\bit\s+(?:has\s+|had\s+|now\s+)*(?:rose|risen|climbed|jumped|reached|hit|stands|stood|increased|"
                      r"rises|climbs|jumps|soars|reaches|hits|passes|passed|surpasses|surpassed|tops|topped|crosses|crossed|"
                      r"exceeds|exceeded)(?:\s+(?:to|at))?\s*$")
_IN_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# a toll noun joined to its count by a bare preposition only ("protesters at", "casualties of the dispersal of"), no
# verb of a count ("estimated at", "stood at")
# (a participle after the count goes on with the toll: "its estimated death toll of 230 released on Monday")
_PARTICIPLE_NEXT = re.compile(r"\s+\p{Ll}+(?:ed|en|ing)\b")
_PLACE_PREP = re.compile(r"(?i)(?<!\b(?:estimated|put|puts|reported|given|set|stood|stands|peaked|peaks))\s+(?:at|of)\s*$")
_CROWD_TOLLS = frozenset(("protesters", "demonstrators", "marchers", "crowd", "crowds", "turnout"))
# a tally or count with no noun of what it counts, at or to a number: the toll the sentence before told ("At least 100
# people had died. The provisional tally stood at 165.")
_ANAPHORIC_TALLY = re.compile(r"(?i)\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:tally|count)\s+(?:has\s+|had\s+|now\s+)*"
                              r"(?:stood|stands|rose|risen|climbed|reached|increased|rises|climbs|reaches)\s+(?:at|to)\s*$")
_ANAPHORIC_TALLY_ANY = re.compile(r"(?i)\b(?:tally|count)\s+(?:has\s+|had\s+|now\s+)*(?:stood|stands|rose|risen|climbed|reached|"
                                  r"increased|rises|climbs|reaches)\s+(?:at|to)\s")
# verbs that name a protest whoever does it (not "marched" or "rallied", which a crowd of fans or pilgrims does too)
_OPEN_PROTEST = re.compile(r"(?i)(?:protested|demonstrated|protesting|demonstrating|(?:took|take|takes|taking) to the streets?|(?:took|take|taking) part in (?:the |a )?(?:protests?|"
                           r"demonstrations?|rall(?:y|ies))|(?:joined|attended) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)))")
# a protest named besides the verb, or what the march is against or for
_PROTEST_AIM = re.compile(r"(?i)\b(?:protest\w*|rall(?:y|ies)|demonstrat\w+|vigil|sit-in|against|in support|demand\w*|"
                          r"chant\w*|slogans?|placards?|banners?)\b")
_PROTEST = re.compile(r"(?i)\b(?:protest\w*|rall(?:y|ies)|march\w*|demonstrat\w+|vigil|sit-in|strike)\b")
_TURNED_OUT = re.compile(r"(?i)turn\w*\s+out\b")
# a cause a march stands for or against: "the annual pro-democracy march", "an anti-war march"
_CAUSE = re.compile(r"(?i)\b(?:pro|anti)-\w")
# a count that took part, with no event named after the verb ("while organizers said 510,000 participated"): protesters
# only where the sentence names a protest, as for "turned out" (measure_cues.tsv)
_TOOK_PART = re.compile(r"(?i)participated|took\s+part")
# a crowd that gathered is counted as protesters only where the sentence names a protest or its aim ("Thousands gathered
# outside the rally ... in what was a mostly peaceful protest", "200 unionists gathered, carrying banners denouncing ...")
_GATHERED = re.compile(r"(?i)gathered")
# the data file's cues that may follow any plural noun for people (measure_cues.tsv, head "yes")
_HEAD_CUES = "|".join(src for _, src, head in measure_cues() if head)
_GENERIC_HEAD = re.compile(
    # (not "and others", whose own verb it is: "the navy rescued 20 and others were missing"; nor a word that opens a
    # clause of its own: "troops killed two while others fled", "neutralising one as the rest escaped")
    r"(?i)\s+(?:of\s+(?:the\s+)?)?(?:(?!and\s+(?:[\p{L}-]+\s+)?others\b|(?:while|whilst|whereas|as|when|after|before|because|"
    r"since|until|though|although|but|if|unless)\s)[\p{L}’'-]+\s+){0,2}?"
    # the head: any word, kept only if it names people (_person_head); then an apposition of ages ("his two sons, 17
    # and 22, were arrested") and an adverb ("were also arrested")
    r"(?P<h>[\p{L}-]{2,})(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s*,)?\s+(?:(?:who|that)\s+)?"
    r"(?:were\s+|have\s+been\s+|had\s+been\s+|are\s+|have\s+|had\s+|remain\s+|remained\s+)?"
    # (not "fatally", which makes the cue after it a death: "eight criminals were fatally wounded", measure_cues.tsv)
    r"(?:(?:who|that)\s+(?:are\s+|were\s+|remain\s+|have\s+been\s+)?)?(?:(?:(?!fatally\b)\w+ly|also|later|both|all|still|being)\s+)?"
    # Indian and wire English put the day between the auxiliary and the participle: "Five guerrillas were Saturday
    # killed", "were on Sunday arrested"
    rf"(?:(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\s+)?"
    # "two hikers were found dead", "three climbers are still missing", "ten workers are feared dead"
    r"(?:(?:found|confirmed|reported|feared|presumed|believed)\s+)?"
    r"(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|abducted|kidnapped|missing|evacuated|displaced|drowned|"
    r"shot dead|gunned down|in (?:police |federal |state )?(?:custody|detention)|behind bars|fled|rallied|marched|protested|demonstrated|"
    + _HEAD_CUES + r")\b")
# "At least 29 of his colleagues have died", "three of their comrades were killed", "12 of the miners are missing": a
# part of a group the text names with a determiner or a possessive, with its toll verb; the count is of people whatever
# the noun (not animals or things, _NOT_PEOPLE)
_PARTITIVE_HEAD = re.compile(
    # "eight of the 30 passengers": the whole's own count may stand before its noun
    # "76 of the ferry's 118 passengers": the whole may be a possessor's
    r"(?i)\s+of\s+(?:the|his|her|its|their|our|my|your|these|those)\s+(?:[\p{L}-]+['’]s?\s+)?(?:[\d,]+\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?P<h>[\p{L}-]{3,}s)"
    # where they are from or work may come between ("six of his colleagues from rights group X in the slum had been detained")
    r"(?:\s+(?:from|in|at|with)\s+[^,.;:!?\d]{1,60}?)?\s+"
    r"(?:(?:who|that)\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+|are\s+|have\s+|had\s+|has\s+)?(?:\w+ly\s+|still\s+)?"
    r"(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|abducted|kidnapped|missing|evacuated|displaced|drowned|"
    r"shot dead|gunned down|" + _HEAD_CUES + r")\b")
# a vague amount written as a number's size that goes straight before its noun, as a number does ("several hundred
# activists were arrested"; "hundreds" takes "of")
_FEW_MAGNITUDE = re.compile(rf"(?i)(?:several|a\s+few|many)\s+{scale_word_pattern('words')}s?")
_PART_OF = re.compile(rf"(?i)\b(?:\d[\d,]*|{_NUMBER_WORD}|a few|some|several|most|many|all)\s+of\s+(?:the|its|their|his|her|our|these|those)\s+"
                      r"(?:[\p{L}-]+['’]s?\s+)?$")  # (a possessor's whole: "76 of the ferry's 118 passengers")
# "Twenty-three of the 53 wounded remained hospitalized": a whole named by its measure is a toll of its own
_TOLL_WHOLE = re.compile(r"(?i)\s+(?:dead|killed|wounded|injured|missing|displaced|arrested|detained)\b")
# (or a state after "still" that ends the clause, predicated without a verb: "leaving 76 of the 118 passengers still
# unaccounted for,"; not "eight of the 30 passengers still missing are children", whose 30 are the missing)
_WHOLE_PREDICATE = re.compile(r"(?i)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:(?:were|was|are|is|have|has|had|remain\w*|died|drowned|perished)\b|"
                              r"still\s+\p{L}+(?:\s+for)?\s*(?:[,.;:]|$))")
# ("More than 700,000 of those in the camp have fled Myanmar": where "those" are may come between)
_OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|whom|those(?:\s+(?:in|at|from)\s+[^,.;:!?\d]{1,50}?)?)\s+"
                      r"(?:(?:were|have been|had been|has been|are|was|have|had)\s+)?"
                      r"(?:(?:\w+ly|also|later|still)\s+)?(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|"
                      r"missing|drowned|shot dead|fled|evacuated|displaced|" + _HEAD_CUES + r")\b")
_PART_MEASURES = frozenset(("killed", "wounded", "detained", "missing", "displaced"))
_ONE_DEATH = re.compile(r"(?i)\s+(?:(?:new|additional|more|further|confirmed|reported|related|suspected|probable|other)\s+){0,2}"
                        r"(?:death|fatality)\b(?!\s+(?:each|apiece|row|threats?|penalty|sentence|certificate|squad|toll|rate|knell|wish))")
# Plural nouns for people by their ending ("motorists", "churchgoers", "pedestrians"): the English agent and
# nationality suffixes (short nouns for people without one, "kids", "monks", are person_nouns' data)
_PERSON_ENDINGS = r"[a-z-]{2,}(?:ers|ors|ists|ians|ans|ees|men|ants|ents|goers|ites)"
_PERSON_SUFFIX = re.compile(rf"(?i){_PERSON_ENDINGS}")


def _person_head(word: str) -> bool:
    """A head noun that counts people: by its ending, or a noun for people in the lexicon's data (person_nouns: kin,
    roles, "males"); a hyphenated head by its last part ("half-brothers", "step-sons")."""
    w = word.lower()
    if w in not_person_plurals():
        return False  # "events", "documents": things with a people-like ending
    return bool(_PERSON_SUFFIX.fullmatch(w)) or w in person_nouns() or w.rsplit("-", 1)[-1] in person_nouns()


_NOT_PEOPLE = re.compile(rf"(?i)(?:{'|'.join(not_people_nouns('head'))})$")  # data/not_people_nouns.tsv
# "4,000 drowned", "Thousands rallied": a bare count that is the subject of its verb
# headlines drop the auxiliary: "Dozens arrested as protests spread", "Thousands flee as wildfire rages"
_BARE_VERB = re.compile(r"(?i)\s+(?:more\s+)?(?:have\s+|had\s+)?(?P<c>died|(?:die|dies|drown|drowns)(?![\w-])|drowned|perished|rallied|marched|protested|demonstrated|fled|flee|"
                        r"arrested|detained|abducted|kidnapped|evacuated|displaced|took to the streets?|"
                        # headline present tense: "Thousands rally in Tbilisi", "Hundreds protest ..."
                        # ("take to the street": the singular is as common in wire copy: "as hundreds take to the street")
                        r"(?-i:[Rr]ally|march|[Pp]rotest|[Dd]emonstrate|take to the streets?)|poured into the streets|filled the streets|"
                        # headlines: "Three held over teenager's murder", "Five in custody after shooting", "Wildfire forces
                        # 2,000 to flee" (held only before what it is held over, not "Thousands held a vigil")
                        r"held(?=\s+(?:over|after|for|on suspicion|in connection))|in (?:police )?custody|under arrest|to flee|to evacuate|"
                        # "Thousands joined the protest", "Hundreds took part in the march", "Thousands participated in the rallies"
                        r"(?:joined|attended|took part in|participated in) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                        # "About two dozen people were injured and thousands left their homes"
                        r"left their homes|gathered|(?:participated|took part)(?=\s*(?:[,.;:)]|$))|"
                        # "hundreds seeking shelter in evacuation centres", "with 300,000 going to shelters": a bare count
                        # that took refuge (the displaced measure's shelter cues)
                        r"(?:seeking|sought|taking|took|finding|found)\s+(?:shelter|refuge)|going\s+to\s+shelters)\b")
_PRESENT_PROTEST = frozenset(("rally", "march", "protest", "demonstrate", "take to the streets", "take to the street"))


@lru_cache(maxsize=1)
def _bare_next() -> re.Pattern:
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


_OF_DET = re.compile(r"(?i)\s+of(?:\s+(?:the|their|its|his|her))?(?=\s)")
# a hedge before the count's noun is none of its noun: "shot dead four suspected drug dealers" (data/count_hedges.tsv)
_HEDGE = re.compile(rf"(?i)\s+(?:{alt(count_hedges())})(?=\s)")


def _unhedged(rest: str) -> str:
    """The words after a count without the hedge that may open them ("suspected", "alleged")."""
    m = _HEDGE.match(rest)
    return rest[m.end():] if m else rest


_NEXT_TWO = re.compile(r"\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?")


def _person_next(rest: str) -> bool:
    """The count's noun names people by the lexicon (person_nouns): "killed 40 inmates", "freed 12 prison inmates";
    not a singular noun for people that modifies a noun of its own ("two fighter jets", "10,000 volunteer training
    sessions"): a singular head is followed by what may follow a count (_bare_next: "one soldier, police said")."""
    rest = _unhedged(rest)
    m = _NEXT_TWO.match(rest)
    if m is None:
        return False
    first, second = m.groups()
    if second and _person_head(second):
        return True
    return _person_head(first) and not (_singular_person(first) and not _bare_next().match(rest, m.end(1)))


_NEXT_WORDS = re.compile(r"(?:\s+[\p{L}’'-]+){1,4}")


def _next_mods_country(rest: str) -> tuple[str | None, bool]:
    """_mods_country of the words between a count and its noun for people ("four German engineers", "two South Korean
    engineers"); (None, False) where no such noun follows within four words."""
    words = _NEXT_WORDS.match(_unhedged(rest))
    if words is None:
        return None, False
    ws = words.group(0).split()
    head = next((i for i, w in enumerate(ws[1:], 1) if _person_head(w)), None)
    return _mods_country(" " + " ".join(ws[:head]) + " ", ws[head]) if head else (None, False)


def _singular_person(word: str) -> bool:
    """A noun for people in the singular: its plural is in the lexicon too ("fighter" -> "fighters", "man" -> "men");
    not a nation's name for its people, which is its plural too ("more than 100 Lebanese sheltering in a compound")."""
    if word[:1].isupper():
        return False
    w, nouns = word.lower(), person_nouns()
    return w + "s" in nouns or w + "es" in nouns or w.endswith("man") and w[:-3] + "men" in nouns


_PEOPLE_NOUN = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{_PERSON_ENDINGS}\b")


def _people_noun(rest: str) -> bool:
    """The count's noun ends like a noun for people and is not a thing that does too ("campaign events")."""
    m = _PEOPLE_NOUN.match(_unhedged(rest))
    return m is not None and m.group(0).split()[-1].lower() not in not_person_plurals()
# "children younger than 5 died": an age, not a count
_AGE_BEFORE = re.compile(r"(?i)\b(?:younger|older) than\s+$|\b(?:aged?|ages|under)\s+$")
_STRONG = re.compile(r"(?i)-strong\s+(?:[\w-]+\s+)?(?P<h>crowd|mob|march|protest|demonstration|rally|force|contingent|"
                     r"army|militia|battalion|brigade|deployment|unit|detachment)\b")
_MEASURE_RX_BY = dict(_MEASURE_RX)
_DEPLOYED_RX = _MEASURE_RX_BY["deployed"]
# A part of a toll named before it: "the dead included five children", "Of those killed, 12 were children"
# ("among the deceased there were 41 protesters": the count is of the dead, whoever they were)
_AMONG = re.compile(r"(?i)\b(?:the|those)\s+(?P<w>dead|killed|injured|wounded|missing|arrested|detained|victims)\s+"
                    r"(?:included|include|includes|were|are)\s+$|\b[Oo]f\s+(?:the|those)\s+(?P<w>dead|killed|injured|wounded|"
                    r"missing|arrested|detained|victims)\s*,\s*$|\bamong\s+(?:the|those)\s+(?P<w>dead|deceased|killed|injured|"
                    r"wounded|missing|arrested|detained|victims)\s+(?:there\s+)?(?:were|are|was|is)\s+$")
# "Dead: 14" in a table or fact box
_TABLE = re.compile(r"(?i)\s*(?P<w>dead|deaths|killed|injured|wounded|missing|arrested|detained|displaced)\s*[:–—-]\s*")
# "the bodies of 14", "23 bodies were recovered" are the dead; "two leadership bodies" are not
_UNRECOVERED = re.compile(r"(?i)\s+(?:(?:were|was|have|has|had|are|remain)\s+)?(?:still\s+)?(?:never|not|yet\s+to\s+be)\s+"
                          r"(?:been\s+|yet\s+been\s+)?(?:recovered|found|retrieved|located)\b")
# (a headline's present tense and where bodies are left: "Investigators find 19 bodies in pits", "Over 100 bodies dumped
# in mass grave"; a grave named by its kind, not "grave concern"; not "bodies dumped the proposal" nor "bodies find
# common ground")
_BODY_CUE = re.compile(r"(?i)\b(?:recover\w*|found|finds?(?=\s+(?:[\w,]+\s+){1,3}bodies\b)|dumped(?=\s+(?:in|into|at|on|near|along|beside|outside|inside)\b)|(?:mass|shallow|clandestine|secret|common|unmarked)\s+graves?|pits|pulled|retriev\w*|identif\w*|flown|brought|buried|burial|discover\w*|spotted|"
                       r"floating|dead|killed|victims|morgue|exhum\w*|returned|wash\w* (?:up|ashore)|lay|lying|remains|transfer\w*|transport\w*|"
                       r"carried|coffins?|bags?|hospital|counted|counting|saw|seen)\b")  # "he counted 51 bodies", "we saw 23 bodies": a witness's toll
# square kilometres of territory taken or burnt are a figure; acres of a plot for sale are not
_AREA_CUE = re.compile(r"(?i)\b(?:territor\w+|occup\w+|captur\w+|seiz\w+|control\w*|liberat\w+|annex\w+|took|retook|taken|"
                       r"gain\w*|advanc\w+|burn\w*|blazes?|fires?|wildfires?|scorched|search\w*|flood\w*|evacuat\w+)\b")
# "240 were taken hostage", "12 have been killed": a bare count with its verb right after it
# "more" between them: "Hundreds more were injured", "two more have died"; a hedge of the count's state ("12 were
# believed to be missing", "five are feared to have died") stands between them too
# ("Over 4,400 reported detained": a headline's "reported" stands for "were reported")
# (an adverb inside the perfect passive: "though 13 have since been recaptured", "five have now been arrested")
_PASSIVE_CUE = re.compile(rf"(?i)\s+(?:more\s+)?(?:(?:(?:have|has|had)\s+(?:since|now|already|also|just)\s+been|were|have been|had been|are|was|reportedly|reported|have|had)\s+(?:\w+\s+)?"
                          r"(?:(?:believed|feared|thought|presumed|reported|said|known)\s+to\s+(?:be|have(?:\s+been)?)\s+)?"
                          rf"(?P<c>{_CUE_ALT}|taken hostage)|"
                          rf"remain(?:s|ed)?\s+(?:in\s+)?(?P<c2>custody|detention|detained|missing|unaccounted|hospitali[sz]ed))\b")
# a bare count, a part of it set off by commas, then its participle: "Over 40, including children, killed in Sudan
# hospital attack", "At least 12, among them three medics, were wounded" (headlines and ledes)
_ASIDE_CUE = re.compile(r"(?i),\s+(?:including|among\s+them)\s[^,.;:]{1,60},\s+(?:(?:were|have\s+been|had\s+been|are|was)\s+)?"
                        r"(?P<c>killed|dead|died|die|wounded|injured|hurt|arrested|detained|abducted|kidnapped|displaced|"
                        r"missing)\b")
# What sets a bare count against a figure before it: "down from 799", "a record high of 799", "compared with 120"
_COMPARED = re.compile(r"(?i)\b(?:(?:up|down)\s+(?:\w+\s+)?from(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:high|low|peak|total|figure|tally)\s+of)?|"
                       r"(?:a|an|the)\s+(?:(?:record|previous|all-time|daily|new|earlier|single-day)\s+){1,2}(?:high|low|peak|total|figure|tally)\s+of|"
                       r"compared\s+(?:with|to)|(?:up|down)\s+(?:\w+\s+)?on|"
                       # "10,000 people were still missing - lower than the 20,000 a different spokesperson gave": another
                       # source's count of the same people (not "more than", "less than": a qualifier)
                       r"(?:lower|higher|smaller|larger|greater)\s+than\s+the)\s+$")
# the source another count is cited from, after it: "the 20,000 a different Red Crescent spokesperson gave on Thursday",
# "the 802 figure given by emergency authorities"
_GIVEN_AFTER = re.compile(r"(?i)\s+(?:(?:figure|toll|count|estimate)\s+(?:given|reported|cited|released)\s+by|(?:a|an|the|its|their)\s+"
                          r"(?:[\w'’.-]+\s+){0,5}?(?:had\s+)?(?:gave|given|reported|cited|released|gives|reports|cites))\b")
_EARLIER = re.compile(r"(?i)\s+(?:(?:the|a)\s+(?:day|week|month|year)\s+(?:before|earlier)|(?:the\s+)?(?:previous|prior)\s+(?:day|week|month|year))\b")
_TOLL_MEASURE = {"died": "killed", "detained": "detained", "arrested": "detained", "losses": "casualties", "count": "killed", "toll": "killed", "dead": "killed", "deceased": "killed", "deaths": "killed", "fatalities": "killed", "killed": "killed",
                 "lost": "killed", "victims": "killed", "casualties": "casualties", "injured": "wounded", "wounded": "wounded",
                 "displaced": "displaced", "missing": "missing", "detainees": "detained", "arrests": "detained",
                 "detentions": "detained", "injuries": "wounded", "refugees": "displaced", "protesters": "protesters", "demonstrators": "protesters", "marchers": "protesters", "crowd": "protesters",
                 "crowds": "protesters", "turnout": "protesters", "population": "displaced", "camp": "displaced",
                 "camps": "displaced"}


# "reporting a 6th fatality linked to the virus", "the third death": an ordinal toll counts the dead so far
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_TOLL = re.compile(r"(?i)\b(?:a|an|the|its|their)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")\s+"
                           r"(?:(?:confirmed|reported|known|suspected|probable|human|related)\s+)?"
                           r"(?P<w>death|fatality|victim)\b(?!\s+(?:row|penalty|sentence|certificate|threat|squad))")


_ORDINAL_HEADS = frozenset(("death", "fatality", "victim"))


_AND_HURT = re.compile(r"(?i)\s+(?:and|or)\s+(?:were\s+)?(?:injured|wounded|hurt)\b")
_NAMED_AND = re.compile(r"\b[A-Z][\p{L}’'-]+\s+and\s+(?:the\s+)?$")
_NO_ONE = re.compile(r"(?i)\b(?:no|not(?:\s+a\s+single)?|not\s+even)\s+$")
# a day of a month is a date, never a count: "killed in the June 25 protest", "on 20 March" (month names from the
# calendar module; "May" too, capitalised, before or after a day's number)
_MONTH_ALT = "|".join(MONTHS) + r"|(?:%s)\." % "|".join("Sept?" if a == "Sep" else a for a in MONTH_ABBRS if a != "May")
# (not after a month that has its day already, "on 12 March 12 people were killed", nor after "in": "In May 5 soldiers died")
_MONTH_BEFORE = re.compile(rf"(?<!\d\s|\b[Ii]n\s)\b(?:{_MONTH_ALT})\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})(?![\p{{L}}])")
_HOW_MANY_OF = re.compile(r"(?i)\bhow\s+(?:many|much)\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:estimated\s+)?$")
# "it is extremely rare for more than a hundred policemen to be injured": the subject of an infinitive after an adjective of
# the general case is no count of what happened (data/generic_case_adjectives.tsv)
_GENERIC_FOR = re.compile(rf"(?i)\b(?:{'|'.join(sorted(generic_case_adjectives()))})\s+for\s+$")
_TO_BE_DONE = re.compile(r"(?i)(?:\s+[\p{L}-]+){0,3}?\s+to\s+(?:be|get)\s+")
_MILESTONE = re.compile(r"(?i)\s+marks?\b")
_OF_WORD = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[\p{L}-]+)")
# animals (or things) counted by the head: "11,500 heads of cattle", "300 head of livestock" (not_people_nouns.tsv)
_HEAD_OF = re.compile(r"(?i)\s+heads?\s+of\s+(?P<n>[\w-]+)")
_KIN_OF = re.compile(r"(?i)\b(?:(?:grand|step)?(?:mother|father|parent)s?|mom|dad|mum)\s+of\s+$")


# between two coordinated objects of one verb (after the first count, which may or may not span its noun): "five soldiers,
# four civilians", "five members of the security forces and four civilians", "three herders and eight farmers"
_OBJECT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together) with\s+|\s+as well as\s+)")


# a count coordinated after one person the same verb or noun governs: "gunmen killed a policeman and three civilians",
# "confirmed the death of the officer and 24 criminals" (the one person has no count of their own, so _verb_shared's
# list of counts does not reach back to the verb)
_ONE_THEN_COUNT = re.compile(r"(?i)\b(?P<c>killed|killing|kills|kill|wounded|wounding|injured|injuring|arrested|detained|detaining|"
                             r"abducted|kidnapped|executed|(?:the\s+)?deaths?\s+of|killings?\s+of)\s+(?:the|a|an|one)\s+"
                             # (the count may be the one person's own: "killing the deputy governor and his two bodyguards")
                             rf"(?:[\p{{L}}’'-]+\s+){{1,3}}?and\s+(?:(?:his|her|their)\s+)?(?:(?:{_QUALIFIER}|another)\s+)?$")
# a count in a gapped list of causes that shares the verb of the count before it: "48 civilians have died in
# confrontations, 11 people due to traffic accidents, and one policeman due to acts of violence"
_GAPPED_CAUSE = re.compile(r"(?i)\s+(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to)\s")
_GAP_BREAK = re.compile(r"(?i)\b(?:said|says|who|which|while|but|whereas)\b|[;:]")


def _one_then_count(sent: str, a: Amount) -> str | None:
    """The measure of the verb or noun whose one person comes before count `a` ("killed a policeman and three
    civilians"), or None."""
    m = _ONE_THEN_COUNT.search(sent, max(0, a.qual_start - 70), a.qual_start)
    if m is None:
        return None
    cue = m.group("c").lower()
    return "killed" if cue.endswith(" of") else _classify(cue, "people", "people")


# what the people of a verb before "in their thousands" may have undergone ("died", "fled", "were arrested", "turned
# out" for a protest); not "held" ("rallies were held in their hundreds": events, not captives)
_MAGNITUDE_MEASURES = frozenset(("killed", "wounded", "displaced", "detained", "missing", "protesters"))


def _magnitude_measure(sent: str, a: Amount) -> str | None:
    """The measure of an order of magnitude after "in the" (magnitude_counts.py): its toll's, else the verb's before it."""
    if (toll := magnitude_toll(sent, a.qual_start)) is not None:
        return _TOLL_MEASURE.get(toll.group("w").split()[-1].lower(), "killed")
    if (got := magnitude_cue(sent, a.qual_start)) is None or got[0].lower() in ("held", "holding"):
        return None
    measure = _classify(got[0].lower(), "people", "people")
    if measure == "protesters" and not _PROTEST.search(sent):
        return None  # "fans turned out in their thousands": a crowd, a protest only where the sentence names one
    return measure if measure in _MAGNITUDE_MEASURES else None


# a second participle after a bare count's own, joined by a comma or "and" ("Hundreds injured, arrested as ...")
_SECOND_PARTICIPLE = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<c>killed|injured|wounded|hurt|arrested|detained|"
                                r"displaced|evacuated|abducted|kidnapped)\b")
# "killed and injured" is one count of casualties (_AND_HURT), not a count of each
_HARMS = frozenset(("killed", "wounded"))


def _second_participle(sent: str, head_end: int, first: str) -> str | None:
    """The measure of a second participle right after a bare count's measure word ending at `head_end`, when it differs
    from the first's (`first`) and the two are not a death and a wound; else None."""
    if (m := _SECOND_PARTICIPLE.match(sent, head_end)) is None:
        return None
    second = _classify(m.group("c").lower(), "", "")
    return second if second and second != first and not {first, second} <= _HARMS else None


def _gapped_cause(sent: str, out: list[FoundFigure], a: Amount, head_end: int) -> str | None:
    """The measure count `a` shares with the figure before it when its own verb is gapped and a cause follows its head
    ("..., 11 people due to traffic accidents"), or None."""
    if not out or (prev := out[-1]).amount is None or prev.amount.value == 0 or not _GAPPED_CAUSE.match(sent, head_end):
        return None
    if not _AND_BEFORE.search(sent, max(0, a.qual_start - 6), a.qual_start) or _GAP_BREAK.search(sent, prev.end, a.qual_start):
        return None
    return prev.measure if prev.measure in _PART_MEASURES else None


# a nation's people who stay in a place ("4,000 Congolese remain in the Ugandan town of Kisoro"): the place's words
_STAYED_IN = re.compile(r"(?i)\s+(?:(?:still|now|only)\s+)?(?:remain|remained|remaining|stay|stayed|staying|are\s+still|were\s+still)"
                        r"\s+(?:in|at)\s+(?P<p>[^,.;:!?]{1,80})")
_PLACE_WORD = re.compile(r"\p{Lu}[\p{L}-]+")


def _abroad(sent: str, prev: str, head_end: int, home: str) -> bool:
    """Whether the people of country `home` that a count ends with at `head_end` stay in a place the words name as
    another country's, in a sentence or after one that tells of flight (measure "displaced")."""
    stay = _STAYED_IN.match(sent, head_end)
    if stay is None or not (_MEASURE_RX_BY["displaced"].search(prev) or _MEASURE_RX_BY["displaced"].search(sent)):
        return False
    return any((c := word_country(w)) and c != home for w in _PLACE_WORD.findall(stay.group("p")))


def _verb_shared(sent: str, out: list[FoundFigure], a: Amount) -> bool:
    """Whether count `a` follows the counts before it in a coordination whose first count a verb right before it
    governs ("killed five soldiers and four civilians") or a toll names ("the toll was four soldiers and two
    civilians"); no count of zero, no clause in between."""
    j, end = len(out) - 1, a.qual_start
    while j >= 0 and out[j].amount is not None and out[j].amount.value != 0 and \
            _OBJECT_GAP.fullmatch(sent, out[j].end, end) is not None:
        first = out[j].amount.qual_start
        before = sent[max(0, first - 40): first]
        if (adj := _ADJ_CUE.search(before)) and not _lacking(before, adj) and adj.group("c").lower() != "have left":
            return True
        if _DEATH_TOLL_WAS.search(before):
            return True  # "The previous death toll was four soldiers and two civilians": the toll names both counts
        j, end = j - 1, first
    return False


# quotation marks a wire puts around the other side's word for the people counted ('eight "militants" were killed',
# 'more than 70 "active members of a terrorist group" were detained'): the count is of them all the same
_SCARE_QUOTED = re.compile(r"(?<=\s)[\"“](?P<np>\p{L}[\p{L}\d,.\s-]{0,60}?)[\"”](?=\s+(?:were|was|have|had|are|is|and|,|killed|"
                           r"wounded|injured|dead|detained|arrested)\b|,)")
# a wire's quotation marks around a modifier inside the count's noun phrase ('Three “armed” Meitei persons were killed',
# as in 'two "horrific" nights'): the noun after it is the count's head all the same
_QUOTED_MOD = re.compile(r"(?<=\s)[\"“](?P<np>\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?)[\"”](?=\s+\p{L})")
# a wire's quotation marks around the other side's word for what befell the people ('“around 10 terrorists” had been
# “neutralised”', '12 secessionists were also "neutralized"', 'a "provisional toll" of 31 soldiers and three
# auxiliaries'): the cue reads as if unquoted (a short lower-case span whose last word is a measure cue)
_QUOTED_CUE = re.compile(r"(?<=\s)[\"“](?P<np>(?:\p{Ll}[\p{L}-]*\s){0,2}\p{Ll}[\p{L}-]*)[\"”](?=[\s,.;:])")
# a quoted amount with its hedge: 'told AFP that "more than 40" were killed'
_HEDGED_NUMBER = re.compile(rf"(?i){_QUALIFIER}\s+(?P<n>\S.*)")


def _unquote_groups(sent: str) -> str:
    """`sent` with the quotation marks around a group noun or a modifier right after a number, or around the amount
    itself, blanked (same length: offsets hold)."""
    if '"' not in sent and "“" not in sent:
        return sent
    out = sent
    for m in _SCARE_QUOTED.finditer(sent):
        before = sent[:m.start()].rstrip()
        if (n := NUMBER.search(before[-24:])) is not None and before.endswith(n.group(0)) or \
                NUMBER.fullmatch(m.group("np")) or VAGUE_RE.fullmatch(m.group("np")) or \
                (h := _HEDGED_NUMBER.fullmatch(m.group("np"))) is not None and NUMBER.fullmatch(h.group("n")) or \
                any(q.qual_start == 0 and q.value is not None for q in find_amounts(m.group("np"))):
            # (or the quoted words are the amount: 'cited opposition figures as saying "thousands" had been hospitalized';
            # or open with it: 'said that “around 10 terrorists” had been killed')
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    for m in _QUOTED_MOD.finditer(sent):
        before = sent[:m.start()].rstrip()
        if (n := NUMBER.search(before[-24:])) is not None and before.endswith(n.group(0)):
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    for m in _QUOTED_CUE.finditer(sent):
        if (cue := _MEASURE_ANY.search(m.group("np"))) is not None and cue.end() == len(m.group("np")):
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    return out


def find_figures(sent: str, prev: str = "") -> list[FoundFigure]:
    """The figures of one sentence; `prev`, the sentence before, for a toll it names that this one calls "it"."""
    sent = _unquote_groups(sent)
    prev_sent = prev  # (the loop below reuses the name "prev" for the figure before a count)
    out: list[FoundFigure] = []
    prev_toll = bool(prev) and " it " in sent and _PREV_TOLL.search(prev) is not None
    if not _ORDINAL_HEADS.isdisjoint(lower_words(sent)):
        for m in _ORDINAL_TOLL.finditer(sent):
            n = m.group("n").lower()
            value = float(_ORDINALS[n]) if n in _ORDINALS else float(n[:-2])
            amt = Amount(m.start("n"), m.end("n"), m.group("n"), value, "exact", m.start("n"))
            out.append(FoundFigure(m.start("n"), m.end("w"), "killed", amt, None, None, False))
    put_at = " at " in sent and _PUT_AT_ANY.search(sent) is not None
    tally_prev = bool(prev) and ("tally" in (low := sent.lower()) or "count" in low) and _ANAPHORIC_TALLY_ANY.search(sent) is not None
    if out or _CUES.isdisjoint(lower_words(sent)) and not prev_toll and not put_at and not tally_prev or not any_number(sent):
        return out
    amounts = find_amounts(sent)
    pending: list[tuple[Amount, str]] = []  # counts a light verb gives ("put the figure at"), measured after the others
    for a in amounts:
        rest = sent[a.end:]
        if a.text.lower() == "one" and (no := _NO_ONE.search(sent, max(0, a.start - 14), a.start)):
            # "no one was injured", "not one person was arrested": a zero toll, not a count of one
            a = Amount(no.start(), a.end, sent[no.start():a.end], 0.0, "exact", no.start())
        # "one of the wounded" is a person, not a count; "one of its soldiers was killed" is a count of one
        if a.text.lower() == "one" and rest.startswith(" of ") and not _ONE_OF_OWN.match(rest):
            continue
        if counts_speakers(rest):
            continue  # "killed at least 15 soldiers, three local officials told AFP": the three are the sources
        if a.value is not None and a.value <= 31 and a.text.isdigit() and (
                _MONTH_BEFORE.search(sent, max(0, a.start - 12), a.start) or _MONTH_AFTER.match(rest)):
            continue  # "the June 25 protest", "on 20 March": a date
        if put_at and a.value is not None and (pa := _PUT_AT.search(sent, max(0, a.qual_start - 60), a.qual_start)):
            if not _money_after(rest) or _MILESTONE.match(rest):  # "put the estimate at 500 million rupees": a cost
                pending.append((a, pa.group("w").lower()))
            continue
        if _HOW_MANY_OF.search(sent, max(0, a.qual_start - 30), a.qual_start):
            continue  # "how many of an estimated 185,000 Hispanic people have fled": the whole whose part is unknown
        if _GENERIC_FOR.search(sent, max(0, a.qual_start - 30), a.qual_start) and _TO_BE_DONE.match(rest):
            continue  # "rare for more than a hundred policemen to be injured": what happens in general
        if _KIN_OF.search(sent, max(0, a.qual_start - 30), a.qual_start):
            continue  # "a mother of 12 killed in crossfire", "a father of three was shot": her children, not a toll
        if a.qualifier == "vague" and a.text.lower() == "several" and not _NEXT_NOUN.match(rest):
            continue
        if a.qualifier == "vague" and magnitude_at(sent, a.start, a.text) and (measure := _magnitude_measure(sent, a)):
            # "the number of missing could stretch into the thousands", "turned out in their hundreds": an order of
            # magnitude after "in the" counts the toll or the people before it (magnitude_counts.py)
            out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
            continue
        if (ho := _HEAD_OF.match(rest)) and _NOT_PEOPLE_MODS.fullmatch(ho.group("n")):
            continue  # "killed more than 11,500 heads of cattle": a livestock count, not "heads of state"
        if (m := _AREA.match(rest)) and (crop := _OF_WORD.match(rest, m.end())) and crop.group("w").lower() in farmland_words():
            continue  # "submerged 2,500 hectares of rice": farmland a flood damaged, not territory
        if (m := _AREA.match(rest)) and _AREA_CUE.search(sent):
            out.append(FoundFigure(a.qual_start, a.end + m.end(), "area", a, _of_country(sent, a.end + m.end()), "territory", False))
            continue
        if _AREA.match(rest):
            continue
        if (st := _STRONG.match(rest)) and a.value is not None:
            # "a 5,000-strong crowd marched", "a 2,000-strong force was deployed"
            crowd = st.group("h").lower() in _HEADS["crowd"]
            measure = ("protesters" if crowd and _PROTEST.search(sent) else
                       "deployed" if not crowd and _DEPLOYED_RX.search(sent) else None)
            if measure:
                out.append(FoundFigure(a.qual_start, a.end + st.end(), measure, a, None,
                                       "people" if crowd else "military", False))
            continue
        m = _AFTER.match(rest) or _COORD_AFTER.match(rest)
        if m and (bv := _BARE_VERB.match(rest)) and bv.end() <= m.start("head"):
            m = None  # "Three held over teenager's murder": the count's own verb comes first, the noun is not its head
        if a.start and sent[a.start - 1] in "-–" and not (m and any(
                rx.fullmatch(m.group("head").lower()) for rx in _GROUP_RX.values())):
            continue  # the high end of "20-30 people" counts only with a noun for people as its head (not "9-11 attacks")
        if m and m.group("head").lower() == "members" and not re.match(r"\s+of\s", rest[m.end():m.end() + 5]):
            m = None  # "five members of one family" counts people; "crew members who have left" is read as any plural noun
        if _PART_OF.search(sent, max(0, a.qual_start - 30), a.qual_start) and _WHOLE_PREDICATE.match(rest) and \
                not _TOLL_WHOLE.match(rest):
            # "eight of the 30 passengers were injured": the 30 are the whole the part is counted from (not "three of the
            # four soldiers killed by friendly fire died", where the whole has a toll of its own)
            continue
        if not m and out and (more := _MORE_GAPPED.match(rest)) and (prev := out[-1]).amount is not None and \
                prev.amount.value != 0 and prev.end <= a.qual_start and _MORE_LINK.search(sent, prev.end, a.qual_start) and \
                not _ANOTHER_BREAK.search(sent, prev.end, a.qual_start) and not _COUNT_WORD.search(sent, prev.end, a.qual_start):
            # "killed 170,000 people in the province and tens of thousands more in countries around the Indian Ocean",
            # "at least 30,000 of the displaced were from Derna, with thousands more from other areas": "N more" with no
            # noun or verb of its own counts more of what the figure before it counts
            out.append(FoundFigure(a.qual_start, a.end + more.end(), prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and out and a.value is not None and (par := _PARALLEL_PLACE.match(rest)) and \
                _AND_BEFORE.search(sent, max(0, a.qual_start - 6), a.qual_start) and (prev := out[-1]).amount is not None and \
                prev.end == prev.amount.end and (pp := _PARALLEL_PLACE.match(sent, prev.end)) and \
                pp.group("p").lower() == par.group("p").lower() and not _CLAUSE_BETWEEN.search(sent, prev.end, a.qual_start):
            # "assaults that killed 130 in Paris and 32 in Brussels": a bare count of the same shape after "and" shares the
            # verb of the count before it
            out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and a.value is not None and out and _PARALLEL_PLACE.match(rest) and \
                _AND_ANOTHER.search(sent, max(0, a.qual_start - 16), a.qual_start) and (prev := out[-1]).amount is not None and \
                not _ANOTHER_BREAK.search(sent, prev.end, a.qual_start):
            out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and a.value is not None and out and (_people_noun(rest) or _person_next(rest)) and _verb_shared(sent, out, a):
            # "killed three herders and eight farmers": the next object of the verb, a noun for people no head list has
            out.append(FoundFigure(a.qual_start, a.end, out[-1].measure, a, None, "people", False))
            continue
        if not m and a.value is not None and (_people_noun(rest) or _person_next(rest)) and (one := _one_then_count(sent, a)):
            # "confirmed the death of the cop and 24 alleged criminals": after one person the cue governs
            out.append(FoundFigure(a.qual_start, a.end, one, a, None, "people", False))
            continue
        if not m and a.value == 1 and (od := _ONE_DEATH.match(rest)):
            # "The state reported one additional death": a count of one takes the singular noun
            out.append(FoundFigure(a.qual_start, a.end + od.end(), "killed", a, None, None, False))
            continue
        if not m and a.value is not None and (g := _OF_THEM.match(rest)):
            # "Five of them died", "three of whom were arrested": a part of the people just named
            if (measure := _classify(g.group("c").lower(), "", "")) in _PART_MEASURES:
                out.append(FoundFigure(a.qual_start, a.end + g.end("c"), measure, a, None, None, False))
                continue
        if not m and (g := _PARTITIVE_HEAD.match(rest)) and a.value is not None and not _NOT_PEOPLE.search(g.group("h")):
            # "At least 29 of his colleagues have died": a part of a named group, counted as people
            measure = _classify(g.group("c").lower(), "", "")
            if measure:
                out.append(FoundFigure(a.qual_start, a.end + g.end("h"), measure, a, None, "people", False))
                continue
        if not m and (g := _GENERIC_HEAD.match(rest)) and (a.value is not None or rest.startswith(" of ") or
                                                            _FEW_MAGNITUDE.fullmatch(a.text)) and \
                _person_head(g.group("h")):
            # "17 motorists died", "nine churchgoers were killed", "thousands of Kurds fled": a plural noun for people with
            # its toll verb (a people's count may rally: "thousands of Muslims rallied")
            cue = g.group("c").lower()
            measure = "detained" if cue.startswith(("in ", "behind")) else _classify(cue, "people", "people")
            if _ACTIVE_OBJECT.match(rest, g.end("c")) and not _BE_BEFORE.search(rest, 0, g.start("c")) and measure in _DONE_TO:
                measure = None  # "two deputies fatally shot a man": the count is of those who shot
            if measure == "protesters" and not _OPEN_PROTEST.match(cue) and not _PROTEST_AIM.search(sent[:a.end + g.start("c")] + " " + sent[a.end + g.end("c"):]):
                measure = None  # "thousands of fans marched to the stadium": a march with no protest named is a crowd
            if measure:
                country, written = _mods_country(rest[:g.start("h")], g.group("h"))
                out.append(FoundFigure(a.qual_start, a.end + g.end("h"), measure, a, country, "people", written))
                continue
        if not m:
            adj = _ADJ_CUE.search(before := sent[max(0, a.qual_start - 40): a.qual_start])
            if adj and (_lacking(before, adj) or _planned(before, adj)):
                adj = None  # "will be missing two of their best players": what a team lacks, no one is missing
            if adj and adj.group("c").lower() == "evacuation":
                adj = None  # "forced the evacuation of several theaters": only people the count's head names (_measure)
            if adj and not _bare_next().match(rest) and not _people_noun(rest) and not _person_next(rest):
                adj = None  # "held 12 meetings": the verb's object is something else
            bare = None if adj else _BARE_VERB.match(rest)
            adj = adj or _PASSIVE_CUE.match(rest) or bare or _ASIDE_CUE.match(rest)
            # a bare magnitude counts ("Hundreds were arrested"), "thousands of penguins" does not; "of" and a noun for
            # people after a verb that governs the count do ("arrested hundreds of activists", "detained scores of
            # opposition supporters": nouns for people beyond the fixed heads of _AFTER, by the lexicon)
            vague_ok = a.qualifier == "vague" and (not re.match(r"\s+of\b", rest) or bool(
                adj is not None and adj is not bare and (of := _OF_DET.match(rest)) and _person_next(rest[of.end():])))
            year_like = a.value is not None and 1800 <= a.value <= 2100 and "," not in a.text or bool(
                _AGE_BEFORE.search(sent, max(0, a.qual_start - 16), a.qual_start))
            if adj and not year_like and (a.value is not None or vague_ok) and not re.match(r"\s*(?:%|percent|per cent|years?|days?|weeks?|km|miles|times|\p{Sc})", rest) and not _money_after(rest):
                cue = (adj.groupdict().get("c") or adj.group("c2")).lower()
                cue = "custody" if cue.startswith(("in ", "under ")) else "evacuate" if cue == "to evacuate" else cue
                measure = "protesters" if (adj is bare or _PROTEST.search(cue)) and (
                    _MEASURE_RX[-1][1].fullmatch(cue) or cue in _PRESENT_PROTEST) else _classify(cue, "", "")
                if measure == "protesters" and _GATHERED.fullmatch(cue) and not _PROTEST_AIM.search(rest):
                    measure = None  # "Thousands gathered at the stadium": a crowd, no protest
                if measure == "protesters" and _TOOK_PART.fullmatch(cue) and not _PROTEST.search(sent):
                    measure = None  # "while 236,000 participated": a caucus or a poll, no protest named
                if measure in ("killed", "wounded", "detained", "casualties", "displaced", "missing", "protesters"):
                    country, written = _next_mods_country(rest)  # "kidnapped four German engineers"
                    out.append(FoundFigure(a.qual_start, a.end, measure, a, country, None, written))
                    continue
            if (among := _AMONG.search(sent, max(0, a.qual_start - 40), a.qual_start)) and not year_like and a.value is not None:
                # "Of those killed, 12 were children"
                out.append(FoundFigure(a.qual_start, a.end, _TOLL_MEASURE.get(among.group("w").lower(), "killed"), a, None, None, False))
                continue
            if out and not year_like and a.value is not None and (_bare_next().match(rest) or _EARLIER.match(rest) or
                                                                  _GIVEN_AFTER.match(rest)) and not re.match(
                    r"\s*(?:%|percent|per cent)", rest) and (cmp := _COMPARED.search(sent, max(0, a.qual_start - 50), a.qual_start)):
                # "deaths were 777, down from the record high of 799 the day before": the count compared with a
                # figure of the same sentence is another count of the same measure
                prev = out[-1]
                if prev.start < cmp.start():
                    out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, prev.subject_country, prev.subject_group,
                                           prev.explicit_country))
                    continue
            if not year_like and a.value is not None and (changed := _changed_toll(sent, a)):
                # "the number of internally displaced ... from 116,000 to 270,000", "the number of refugees arriving in
                # Chad, up from 76,000 to 90,000": a count that changed is its new value (the earlier one is left, as in
                # "The death toll rose from 12 to 19")
                measure, country = changed
                out.append(FoundFigure(a.qual_start, a.end, measure, a, country, None, country is not None))
                continue
            # (140 characters: a toll's cause and place phrase may be long, see _TOLL)
            toll = _TOLL.search(sent[max(0, a.qual_start - 140): a.qual_start]) or _TABLE.fullmatch(sent[:a.qual_start]) or (
                # "the toll passes 2,000": the verb is the qualifier too
                a.qual_start < a.start and _TOLL.search(sent[max(0, a.start - 70): a.start])) or \
                _COUNTED_WERE.search(sent[max(0, a.qual_start - 60): a.qual_start]) or \
                _REFUGEES_REACH.search(sent[max(0, a.qual_start - 80): a.qual_start]) or \
                (_TO_N_BEFORE.search(sent, max(0, a.qual_start - 30), a.qual_start) and _TO_N_AFTER.match(rest))
            if not toll and prev_toll and not year_like and a.value is not None and \
                    _IT_TOLL.search(sent, max(0, a.start - 40), a.start) and _bare_next().match(rest):
                out.append(FoundFigure(a.qual_start, a.end, "killed", a, None, None, False))
                continue
            if not toll and "-" in (window := sent[max(0, a.qual_start - 140): a.qual_start]) and \
                    (joined := _TOLL.search(_IN_WORD_HYPHEN.sub("x", window))) and \
                    joined.group("w").split()[-1].lower() not in _CROWD_TOLLS:
                # "the casualties of the Saudi-led coalition on Yemen has reached 35,297": a hyphenated word in a toll's
                # phrase, read as one word (the hyphen kept the same length); not a crowd's ("the protesters carried signs
                # with anti-government sentiments and at one stage sung" is no count of them)
                toll = joined
            if not toll and not year_like and a.value is not None and (lt := long_toll(sent, a.qual_start)) is not None:
                toll = lt  # "The death toll in a landslide that occurred at ..., in Durlung, Parbat ... reached eight"
            if not toll and tally_prev and not year_like and a.value is not None and \
                    _ANAPHORIC_TALLY.search(sent, max(0, a.qual_start - 60), a.qual_start) and _bare_next().match(rest) and \
                    (told := find_figures(prev_sent)) and told[-1].measure in _PART_MEASURES:
                # "At least 100 people had died. The provisional tally stood at 165.": the tally is of what the sentence
                # before counted (a player's "His tally stands at 20" follows no toll)
                out.append(FoundFigure(a.qual_start, a.end, told[-1].measure, a, None, None, False))
                continue
            if toll and _fee_toll(sent[max(0, a.qual_start - 100): a.qual_start], toll, sent[max(0, a.start - 3): a.start] + a.text, rest):
                continue  # "The toll on the highway was 10 dollars": a fee, no one died
            if toll and _PLACE_PREP.search(toll.group(0)) and not (_bare_next().match(rest) or _people_noun(rest) or
                                                                   _person_next(rest) or _PARTICIPLE_NEXT.match(rest)):
                continue  # "killed 12 protesters at two locations", "reports on the casualties of two sit-ins": a
                # preposition before a count with a noun of its own tells where or of what, not how many
            if toll and not year_like and not re.match(r"\s*(?:%|percent|per cent|years?|days?|km|miles|times)", rest) and \
                    not (_money_after(rest) and not _MILESTONE.match(rest)):
                # "Total economic losses were estimated at almost 2.2 trillion VND" is money; "passed the 100,000 mark" a
                # milestone, not a German mark
                measure = "casualties" if toll.group("w").lower() == "casualty count" else \
                    _TOLL_MEASURE.get(toll.group("w").split()[-1].lower(), "killed")
                if toll.group("w").split()[-1].lower() in ("crowd", "crowds", "turnout") and not _PROTEST.search(sent):
                    continue  # a crowd at a match or a turnout at the polls is not a protest
                if toll.group("w").split()[-1].lower() == "marchers" and not (_PROTEST_AIM.search(sent) or _CAUSE.search(sent)):
                    continue  # a parade's marchers are no protest; a pro-democracy or anti-war march's are
                dm = _DEMONYM_W.search(toll.group(0))  # "the number of Armenian servicemen killed rose to 105"
                group = "military" if re.search(r"(?i)soldiers|servicem[ae]n|troops|military", toll.group(0)) else None
                out.append(FoundFigure(a.qual_start, a.end, measure, a, word_country(dm.group("d")) if dm else None, group, dm is not None))
            continue
        mods, head = m.group("mods") or "", m.group("head")
        dem_head = _demonym_head(head)
        if dem_head:  # "100,000 ethnic Armenians": the nationality is the head noun
            mods, head = f"{mods}{_as_modifier(head)} ", "people"
        if _NOT_PEOPLE_MODS.search(mods) or any(_money_word(w) for w in _WORD.findall(mods)):
            continue
        head_end = a.end + m.end()
        adjective = None
        if head.lower() in _HEADS["measure_adjective"] and (
                h2 := _ADJ_HEAD.match(sent, head_end)):
            # "66 displaced people", "dozens of critically injured Palestinians": the adjective is not the head
            adjective, mods, head, head_end = head, f"{mods}{head} ", h2.group("h"), h2.end()
            if _demonym_head(head):
                mods, head = f"{mods}{_as_modifier(head)} ", "people"
        if head.lower() in ("members", "elements") and _OF_FORCE.match(sent, head_end):
            # "some 2,500 members of security forces ... are to be sent", "Eight elements of the security forces were
            # killed": the count is of the force's people, read as its troops
            head = "troops"
        measure = _measure(sent, a, head, head_end, adjective is not None) or (_classify(adjective.lower(), "x", "people") if adjective else None)
        if adjective and measure == "protesters":
            # "At least 38 of the injured protesters were brought to hospital": the adjective says what befell them; a
            # protest's people are protesters only when nothing else is said
            measure = _classify(adjective.lower(), "x", "people") or measure
        if _DEATH_TOLL_WAS.search(sent, max(0, a.qual_start - 60), a.qual_start) and \
                any(_GROUP_RX[g].fullmatch(head.lower()) for g in ("people", "civilians", "military")):
            # "Initial toll of the shelling was 10 people, ... a large number of the wounded": the toll names the measure,
            # not a cue further on; so does "The previous death toll was four soldiers and two civilians"
            measure = "killed"
        if measure == "wounded" and head.lower() in ("injured", "wounded") and _FATALLY.search(mods):
            measure = "killed"  # "left eight criminals fatally wounded": a fatal wound is a death
        if measure == "wounded" and head.lower() in ("injured", "wounded") and m.group(0).lstrip().lower().startswith("of ") and (
                _LATER_DIED.match(sent, head_end)):
            measure = "killed"  # "two of the wounded later died in hospital": the part of the hurt who died
        if measure is None and out and re.search(r"(?i)\b(?:including|among them|of whom)\s*$", sent[max(0, a.qual_start - 20): a.qual_start]) \
                and not (out[-1].amount is not None and out[-1].amount.value == 0) and \
                not _COUNT_WORD.search(sent, out[-1].end, max(out[-1].end, a.qual_start)):
            # "20 were hurt, including two children": a part of the toll before it; not of a zero toll ("No one was
            # injured ... while a handful of people, including two children, were inside": a part of someone else),
            # nor of a count between them that is no figure ("three died and more than 800 people, including four
            # schoolchildren, were taken to the hospital ... suffering from heat stroke": the 800's part)
            measure = out[-1].measure
        elif measure is None and out and out[-1].amount is not None and out[-1].amount.value != 0 and \
                _BRACKET_PART.fullmatch(sent, out[-1].end, a.qual_start) and \
                sent[head_end:head_end + 2].strip()[:1] == ")":
            # "15 dead and 5 wounded (1 child) in Volnovakha": a count in brackets right after a figure is its part
            measure = out[-1].measure
        elif measure is not None and out and out[-1].amount is not None and out[-1].amount.value != 0 and \
                _PART_AFTER_TOLL.fullmatch(sent, out[-1].end, a.qual_start):
            # "The toll was 14 people, including two women, ... the wounded": the part is of the toll right before
            # it, not of a cue further on
            measure = out[-1].measure
        if measure is None and out and _verb_shared(sent, out, a):
            # "gunmen killed five soldiers and four civilians", "kill five soldiers, four civilians": a count coordinated
            # with counts a verb before them governs is that verb's object too
            measure = out[-1].measure
        if measure is None and any(rx.fullmatch(head.lower()) for rx in _GROUP_RX.values()):
            measure = _one_then_count(sent, a) or _gapped_cause(sent, out, a, head_end)
        if measure is None and head.lower() in _INTERCEPTED_HEADS and (_INTERCEPTED.search(sent, max(0, a.qual_start - 40), a.qual_start) and not _FINITE_AFTER.match(sent, head_end) or _FOUND_AFTER.match(sent, head_end)):
            # "the INM on Sunday found 303 undocumented migrants", "agents intercepted 40 migrants": migrants that
            # border or immigration agents find or secure are taken into custody (only migrants: "found 5 bodies")
            measure = "detained"
        if measure is None and dem_head and _abroad(sent, prev_sent, head_end, dem_head):
            # "Only about 4,000 Congolese remain in the south-western Ugandan town of Kisoro" after "12,000 people who
            # fled across the border": a nation's people staying in another country's place, in a story of flight
            measure = "displaced"
        if measure is None:
            continue
        if a.value is not None and 1800 <= a.value <= 2100 and not re.search(r",", a.text) and head.lower() not in _HEADS["year_count"]:
            continue
        group = _group(head, measure) if head.lower() not in _HEADS["measure_noun"] else None
        if head.lower() == "military deaths" or re.search(r"(?i)\bmilitary\b", mods):
            group = "military"
        country = None
        written = False
        if _DEMONYM_W.search(mods) or _MANY_NATIONS.search(mods + head):
            country, written = _mods_country(mods, head)
        elif "lost" in sent[max(0, a.qual_start - 25): a.qual_start] and (
                lost := _LOSER.search(sent, max(0, a.qual_start - 60), a.qual_start)):  # "Armenia lost 3,825 soldiers"
            country = word_country(lost.group("c")) or _ORG_HOMES.get(lost.group("c"))
        country = country or (None if written else _of_country(sent, head_end))
        out.append(FoundFigure(a.qual_start, head_end if head_end - a.qual_start < 80 else a.end, measure, a,
                               country, group, country is not None or written))
        if head.lower() in _HEADS["measure_noun"] and (second := _second_participle(sent, head_end, measure)):
            # "Hundreds injured, arrested as Jakarta protest ends in clashes": a headline's bare count with two
            # participles is a count of each
            out.append(FoundFigure(a.qual_start, head_end, second, a, country, group, country is not None or written))
    if pending:
        out = _put_at_figures(sent, prev, out, pending)
    if len(amounts) > 1 and out:
        out = _elided_figures(sent, _ranges(sent, out, amounts), amounts)
    return out


# A count whose measure the list leaves out, after a figure of the same sentence and before a place: "12 people were
# killed in Kabul and 5 in Kandahar", "11 deaths in Ratnagiri district, six in Satara and five from Kolhapur" (not "in
# the morning", nor a year: the place is a capitalised name)
_ELIDED_AFTER = re.compile(rf"\s+(?:(?:more|others?)\s+)?(?:in|from|at)\s+(?:the\s+)?(?!(?:The|A|An|{'|'.join(MONTHS)})\b)\p{{Lu}}")


_ELIDED_GAP = re.compile(r"[^.:;!?\d“”\"]{0,60}?\b(?:in|from|at)\s+(?:the\s+)?\p{Lu}[\w’'-]*(?:\s+[\p{L}’'-]+){0,2}"
                         r"(?:\s*,\s*|\s+)(?:(?:and|while|with|but)\s+)?(?:(?:another|an additional|a further)\s+)?")
_ELIDED_PLACE = re.compile(r"\s+(?:in|from|at)\s+(?P<c>\p{Lu}[\w’'-]*)")
# a list of places no name gives, one preposition for each count: "About 1,000 residents had taken shelter in a
# military field, 500 in a navy field, 500 in the yard of ..." (comma-separated, the same "in a" / "at the" before each
# count's place as before the earlier figure's)
_ELIDED_AFTER_COMMON = re.compile(r"\s+(?:(?:more|others?)\s+)?(?P<p>in|at)\s+(?:a|an|the)\s+\p{Ll}")
_ELIDED_GAP_COMMON = re.compile(r"[^.:;!?\d“”\"]{0,60}?\b(?P<p>in|at)\s+(?:a|an|the)\s+\p{Ll}[\w’'-]*(?:\s+[\p{L}’'-]+){0,5}?"
                                r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# the count's own place phrase up to the end of its list item: no verb of its own ("30 in the house were unhurt")
_ITEM_END = re.compile(r"[^,.;:!?]*?(?=[,.;:!?]|\s+and\s|$)")
_OWN_VERB = re.compile(r"(?i)\b(?:were|was|are|is|have|has|had|been|remain\w*)\b")
_LIST_COMMA = re.compile(r"\s*,\s*")


def _elided_figures(sent: str, out: list[FoundFigure], amounts: list[Amount]) -> list[FoundFigure]:
    """`out` with the counts of a list that name no measure of their own: each counts what the figure before it
    counts, when only a list separator stands between them and a place follows the count."""
    counted = {f.amount.start for f in out if f.amount is not None}
    added: list[FoundFigure] = []
    for a in amounts:
        if a.start in counted or a.value is not None and 1800 <= a.value <= 2100 and "," not in a.text:
            continue
        prev = max((f for f in out + added if f.amount is not None and f.amount.end <= a.qual_start),
                   key=lambda f: f.amount.end, default=None)
        if prev is None or a.qual_start - prev.end > 80:
            continue
        gap = sent[prev.end: a.qual_start]
        common = _ELIDED_AFTER_COMMON.match(sent, a.end)
        if (cg := _ELIDED_GAP_COMMON.fullmatch(gap)) and (common and cg.group("p").lower() == common.group("p").lower() or
                                                          not common and _ELIDED_AFTER.match(sent, a.end)) and \
                not _OWN_VERB.search(_ITEM_END.match(sent, a.end).group(0)) and \
                not any(prev.amount.end < b.start < a.start for b in amounts):
            place = _ELIDED_PLACE.match(sent, a.end)
            country = word_country(place.group("c")) if place else None
            added.append(FoundFigure(a.qual_start, a.end, prev.measure, a, country, prev.subject_group, country is not None))
            continue
        if not _ELIDED_AFTER.match(sent, a.end):
            continue
        # the gap holds the earlier figure's own place ("killed in Kabul and", "in Ratnagiri district,"), then the
        # separator, and no other count
        # the separator only, where the earlier figure's place stood before it ("clashes in Omraneya left 24 dead, 14 in
        # Helwan, and 31 in Dokki")
        if any(prev.amount.end < b.start < a.start for b in amounts) or not (_ELIDED_GAP.fullmatch(gap) or
                                                                            _LIST_COMMA.fullmatch(gap)):
            continue
        place = _ELIDED_PLACE.match(sent, a.end)
        country = word_country(place.group("c")) if place else None
        added.append(FoundFigure(a.qual_start, a.end, prev.measure, a, country, prev.subject_group, country is not None))
    return sorted(out + added, key=lambda f: f.start) if added else out


# a count's "members of" or "elements of" an armed or security force: "three members of the security forces"
_OF_FORCE = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security forces|armed forces|army|military|police|forces|militia|"
                       r"national guard)\b")


# "Their allies at the CFDT put the figure at 2.9 million", "Estimates from the public sector put attendance at 3
# million": a light verb gives a count whose noun names no measure of its own
# ("a Red Crescent representative put that number higher, at 11,300": another source's count weighed against the one
# before it)
_PUT_AT_ANY = re.compile(r"(?i)\bput(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?(?:figure|estimate|attendance|turnout|number)"
                         r"(?:\s+(?:\w+\s+)?(?:higher|lower),?)?\s+at\s")
_PUT_AT = re.compile(r"(?i)\bput(?:s|ting)?\s+(?:(?:the|its|their|his|her|our|that|this)\s+(?:[\w-]+\s+)?)?"
                     r"(?P<w>figure|estimate|attendance|turnout|number)(?:\s+(?:\w+\s+)?(?:higher|lower),?)?\s+at\s+$")


def _put_at_figures(sent: str, prev: str, out: list[FoundFigure], pending: list[tuple[Amount, str]]) -> list[FoundFigure]:
    """`out` with the light verb's counts: each counts what the nearest figure of its sentence counts, else the last of
    the sentence before ("3 million people had turned out. The CFDT put the figure at 2.9 million": the same march's
    size by another count); an attendance or turnout with no figure beside it counts protesters only where a protest
    is named."""
    for a, word in pending:
        near = min(out, key=lambda f: abs(f.start - a.qual_start), default=None)
        before = find_figures(prev) if near is None and prev else []
        measure = near.measure if near else before[-1].measure if before else \
            "protesters" if word in ("attendance", "turnout") and _PROTEST.search(f"{prev} {sent}") else None
        if measure:
            out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
    return sorted(out, key=lambda f: f.start)


# "between 20 and 30 people were killed", "20 to 30 people died", "20-30 people": the high end is the figure the rules read; the low end
# is a figure of the same people too. The range gives two: the low end "at least", the high end "up to" (as the held-out
# gold reads "between 100,000 and 200,000 could die"). Not a change ("rose from 20 to 30") or a score.
_RANGE_LINK = re.compile(r"(?i)\s*(?:to|and)\s*|[-–]")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_FROM = re.compile(r"(?i)\b(?:from|by)\s+$")


def _ranges(sent: str, out: list[FoundFigure], amounts: list[Amount]) -> list[FoundFigure]:
    res: list[FoundFigure] = []
    counted = {f.amount.start for f in out if f.amount is not None}
    for f in out:
        a = f.amount
        if a is None or a.value is None or a.qualifier not in ("exact", "about"):
            res.append(f)
            continue
        # the figure is the range's high end ("between 20 and 30 people") or its low end ("killing 30,000-40,000")
        low = next((p for p in amounts if p.end <= a.start and _RANGE_LINK.fullmatch(sent, p.end, a.start)), None)
        high = next((p for p in amounts if p.start >= a.end and _RANGE_LINK.fullmatch(sent, a.end, p.start)
                     and p.start not in counted), None) if low is None else None
        lo, hi = (low, a) if low is not None else (a, high)
        if hi is None or lo.value is None or hi.value is None or not lo.value < hi.value or \
                lo.qualifier not in ("exact", "about") or hi.qualifier != "exact":
            res.append(f)
            continue
        link = sent[lo.end:hi.start].strip().lower()
        between = _BETWEEN.search(sent, max(0, lo.qual_start - 10), lo.qual_start)
        if not ((link == "and" and between) or (link in ("to", "-", "–") and
                                                 not _FROM.search(sent, max(0, lo.qual_start - 8), lo.qual_start))):
            res.append(f)
            continue
        start = between.start() if between else lo.qual_start
        res = [r for r in res if r.amount is None or r.amount.start != lo.start]  # the low end read as a figure of its own
        res.append(FoundFigure(start, f.end, f.measure, Amount(lo.start, lo.end, lo.text, lo.value, "at_least", start),
                               f.subject_country, f.subject_group, f.explicit_country))
        res.append(FoundFigure(hi.qual_start, f.end, f.measure, Amount(hi.start, hi.end, hi.text, hi.value, "up_to", hi.qual_start),
                               f.subject_country, f.subject_group, f.explicit_country))
    return res


# In an epidemic's story "casualties" are its dead ("two fresh casualties", "215 active cases, and six casualties"):
# a disease wounds no one. Not where the sentence tells of violence or an accident, whose casualties include the hurt.
_EPIDEMIC = re.compile(r"(?i)\b(?:covid(?:-19)?|coronavirus|pandemic|epidemic|virus|tested positive|infections|cholera|ebola|"
                       r"dengue|measles|influenza|flu)\b")
_VIOLENCE = re.compile(r"(?i)\b(?:attacks?|strikes?|bomb\w*|shell\w*|fighting|war|clash\w*|explosions?|blasts?|crash\w*|"
                       r"accidents?|collisions?|quakes?|earthquakes?|floods?|fires?|storms?|shoot\w*|gunfire|riots?|stampedes?)\b")


# Where "lost N <people>" is a toll: the sentence tells of deaths or violence ("Israel has lost seven soldiers and four
# civilians in the conflict", "We lost dozens of men and several are wounded": the hurt beside them tell of a fight);
# elsewhere "lost 200 workers / customers / members" is a business or a team losing them.
_LOSS_CONTEXT = re.compile(_VIOLENCE.pattern[:-3] + r"|conflict|battles?|combat|offensive|died|dead|deaths?|killed|lives|wounded|injured|"
                           r"tragedy|disaster|tsunami|hurricane|cyclone|typhoon)\b")


def epidemic_story(title: str | None, text: str) -> bool:
    """The story is about an epidemic: its headline or opening names a disease at least twice."""
    return len(_EPIDEMIC.findall(f"{title or ''}\n{(text or '')[:3000]}")) >= 2


def disease_measure(measure: str, sent: str) -> str:
    """The measure of a figure in an epidemic's story: its "casualties" are deaths."""
    return "killed" if measure == "casualties" and not _VIOLENCE.search(sent) else measure


def _of_country(sent: str, pos: int) -> str | None:
    """'soldiers killed in the armed forces of Armenia' / 'of its territory' -> a country right after the head."""
    m = _OF_COUNTRY.match(sent, pos, pos + 80)
    return word_country(m.group("c")) if m else None
