"""A party declining to give a number: "did not disclose the number of casualties", "does not
reveal its losses". Such a figure has no value, qualifier `undisclosed`, and shows who withholds it.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .figure_words import number_word_pattern
from .figures import FoundFigure, find_figures, word_country
from .patterns import DEMONYM

# A party declining to give a number.
UNDISCLOSED = re.compile(
    r"(?i)\b(?:(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|would not|wouldn't|declined to|"
    r"refused to|without|not|no)\s+(?:yet\s+)?(?:give|giving|given|disclose[sd]?|disclosing|reveal(?:ed)?|revealing|provide[sd]?|"
    r"providing|specify|specifying|specified|say|saying|release[sd]?|releasing|publish(?:ed)?|publishing|report|reporting|"
    r"state|stating|confirm|confirming|offer(?:ed|s|ing)?|official|"
    # a question about the number left unanswered: "did not answer reporters about the number of civilians killed",
    # "declined to answer questions on the death toll"
    r"answer(?:ed|ing)?(?:\s+(?:reporters|journalists|questions|a\s+question|queries))?\s+(?:about|on|regarding))|"
    # the negation on the object: "said there were casualties but gave no further details"
    r"(?:gave|gives|giving|provided|provides|providing|offered|released)\s+no)\s+(?:a\s+|an\s+|any\s+|the\s+|their\s+|its\s+|exact\s+|specific\s+|precise\s+|"
    r"further\s+|official\s+|overall\s+)*(?P<mods>(?:death|injury|casualty|fatality)(?:\s+(?:or|and)\s+(?:death|injury|casualty|fatality))?\s+)?"
    r"(?:number|figures?|toll|numbers|count|details|how many|(?P<sum>total|tally))\b")
# the withheld number's own noun names its measure: "a death toll", "casualty figures", "a death or injury toll"
_MOD_MEASURE = {"death": "killed", "fatality": "killed", "injury": "wounded", "casualty": "casualties"}
_UNDISCLOSED_MEASURE = [("wounded", r"wounded|injured"), ("killed", r"killed|dead|deaths|death toll|died"),
                        ("casualties", r"casualties|losses"), ("detained", r"detained|arrested|prisoners"),
                        ("missing", r"missing")]
_NUMBER_NOUN = re.compile(r"(?i)\b(?:number|figures?|toll|numbers|count|details|how many|total|tally)\b")
_DEMONYM_GROUP = re.compile(rf"\b(?P<d>{DEMONYM})\s+(?:soldiers|troops|forces|servicemen|civilians|military)\b")


# "does not disclose its military losses": the withheld thing is named directly ("have not acknowledged any casualties",
# "has never admitted its losses": a party that owns to none withholds them as one that does not disclose them)
UNDISCLOSED_LOSSES = re.compile(
    r"(?i)\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|do not|don't|declined to|refused to|without|never)\s+"
    r"(?:publicly\s+)?(?:disclos\w+|reveal\w*|publish\w*|giv\w+|releas\w+|report\w*|confirm\w*|comment\w* on|"
    r"acknowledg\w*|admit\w*)\s+"
    r"(?:its|their|the|any|his|her)?\s*(?:own\s+)?(?:military\s+|battlefield\s+|troop\s+)?"
    r"(?:losses|casualties|casualty figures|death toll|dead)\b")


# the number withheld in the passive, its people named before the verb: "The number of casualties was not disclosed",
# "the number of injured demonstrators and journalists is not called" (a translation's "not named"); not "is not known",
# which no party withholds (as NOT_KNOWN's outlet's own "unknown")
UNDISCLOSED_PASSIVE = re.compile(
    r"(?i)\b(?:number|toll|figures?|count)\s+of\s+(?P<np>[^.;:!?,]{1,60}?)\s+(?:is|was|were|are|has|have|had)\s+(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:disclosed|given|released|revealed|specified|made\s+public|announced|published|provided|called|"
    r"named)\b")


# A toll told without its number: "An unspecified number of people were injured ..., emergency services said", "Sudan
# said an undisclosed number of rebels were killed"; and a speaker who cannot give it: "adding he did not know how many
# people might be missing" (the measure is the one the words after name: after "19 dead", he withholds the missing).
# Not the outlet's own "it is unknown how many were injured": no party withholds it (the held-out gold keeps those
# optional), and the sentence's other speaker would take it ("..., Sky News estimates"); nor "an unknown number".
UNNUMBERED = re.compile(r"(?i)\b(?:an?\s+)?(?:unspecified|undisclosed)\s+number\s+of\b")
NOT_KNOWN = re.compile(r"(?i)\b(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't)\s+"
                       r"(?:yet\s+|immediately\s+|exactly\s+)*know\s+(?:exactly\s+)?how\s+many\b")
# the measure words after it: _UNDISCLOSED_MEASURE's, with the plainer verbs of an accident's report ("were hurt",
# "perished", "drowned")
_UNSAID_MEASURE = [("wounded", r"wounded|injured|hurt"), ("killed", r"killed|dead|deaths|death toll|died|perished|drowned"),
                   ("casualties", r"casualties"), ("detained", r"detained|arrested"), ("missing", r"missing")]
# what the words after a withholding tell of its people, up to the clause's end
_CLAUSE_AFTER = re.compile(r"[^.;:!?“”\"]{1,80}")


# a count in the sentence: then "without giving further details" withholds details, not the number
_A_COUNT = re.compile(rf"(?i)\b(?:\d[\d,.]*|{number_word_pattern()})\s+(?:[\w-]+\s+)?(?:dead|killed|deaths|people|soldiers|civilians|wounded|injured|"
                      r"missing|arrested|detained)\b")
# the dead or hurt named as a definite group the story has counted: "those killed", "among the dead", "the victims"
_KNOWN_DEAD = re.compile(r"(?i)\b(?:those|the)\s+(?:killed|dead|deceased|injured|wounded|victims)\b")
_NEGATION = ("not", "n't", "declin", "refus", "without", "never", "no ")  # spelled out in find_undisclosed


def find_undisclosed(sent: str, prev: str = "") -> list[FoundFigure]:
    """The withholdings of `sent`; `prev`, the sentence before, names what a bare total counts ("... the police said the
    number of marchers peaked at 98,600. They didn't offer an overall total.": a total of the marchers)."""
    low = sent.lower()
    if "number of" in low or "how many" in low:
        if (unsaid := UNNUMBERED.search(sent) or NOT_KNOWN.search(sent)) is not None and \
                (told := _unsaid_count(sent, unsaid)):
            return told
    # withholding is always said with a negation (the words of _NEGATION, tested one by one: no generator per sentence)
    if not ("not" in low or "n't" in low or "declin" in low or "refus" in low or "without" in low or "never" in low
            or "no " in low):
        return []
    m = UNDISCLOSED.search(sent) if _NUMBER_NOUN.search(sent) else None
    direct = None if m else UNDISCLOSED_LOSSES.search(sent)
    m = m or direct
    # (the passive's noun phrase, tested as plain words first: most sentences with a negation name no number)
    passive = None if m or not ("number of" in low or "toll of" in low or "count of" in low or "figure" in low) else \
        UNDISCLOSED_PASSIVE.search(sent)
    if passive:
        return _passive_withheld(sent, passive)
    if not m:
        return []
    if m.group(0).lower().endswith("details") and (_A_COUNT.search(sent) or _KNOWN_DEAD.search(sent)):
        # "The toll is 10 dead, ... without giving further details": the number was given, the details were not; "those
        # killed belonged to the BNP but gave no details", "women and children were among the dead, but did not give
        # further details": a definite group of the dead (counted elsewhere) described, its details withheld
        return []
    measure = None
    if direct:
        measure = "killed" if re.search(r"(?i)death toll|dead\b", m.group(0)) else "casualties"
    if not measure and not direct and m.group("mods"):
        kinds = {_MOD_MEASURE[w] for w in m.group("mods").lower().split() if w in _MOD_MEASURE}
        measure = kinds.pop() if len(kinds) == 1 else "casualties"  # the dead and the hurt together: casualties
    tail = sent[m.end(): m.end() + 40]
    for name, p in ([] if measure else _UNDISCLOSED_MEASURE):
        if re.match(rf"(?i)\s+of\s+(?:the\s+|those\s+|people\s+)?(?:{p})\b", tail):
            measure = name
    if measure is None:  # the measure word nearest before the withholding phrase, else the first after it
        before, after = (-1, None), (len(sent) + 1, None)
        for name, p in _UNDISCLOSED_MEASURE:
            for mm in re.finditer(rf"(?i)\b(?:{p})\b", sent):
                if mm.start() < m.start() and mm.start() > before[0]:
                    before = (mm.start(), name)
                elif mm.start() >= m.start() and mm.start() < after[0]:
                    after = (mm.start(), name)
        measure = before[1] or after[1]
    if measure is None and not direct and m.group("sum") and prev and (told := find_figures(prev)):
        measure = told[-1].measure
    if measure is None:
        return []
    group = "civilians" if re.search(r"(?i)\bcivilians?\b", sent) else "military"
    country = None
    dm = _DEMONYM_GROUP.search(sent)
    if dm:
        country = word_country(dm.group("d"))
    return [FoundFigure(m.start(), m.end(), measure, None, country, group, country is not None)]


def _passive_withheld(sent: str, m: re.Match) -> list[FoundFigure]:
    """The figure of a number withheld in the passive (UNDISCLOSED_PASSIVE): its measure is the first measure word of the
    people it counts ("the number of injured demonstrators"), else none."""
    return _first_measure_figure(sent, m, m.group("np"), _UNDISCLOSED_MEASURE)


def _unsaid_count(sent: str, m: re.Match) -> list[FoundFigure]:
    """The figure of a toll told without its number (UNNUMBERED, NOT_KNOWN): its measure is the first measure word in
    the clause after the phrase ("were injured", "might be missing"), else none."""
    after = _CLAUSE_AFTER.match(sent, m.end())
    return [] if after is None else _first_measure_figure(sent, m, after.group(0), _UNSAID_MEASURE)


def _first_measure_figure(sent: str, m: re.Match, words: str, measures: list[tuple[str, str]]) -> list[FoundFigure]:
    """The figure of the phrase `m` whose measure is the first of `measures` that `words` name, else none."""
    found = [(mm.start(), name) for name, p in measures
             for mm in [re.search(rf"(?i)\b(?:{p})\b", words)] if mm is not None]
    if not found:
        return []
    dm = _DEMONYM_GROUP.search(sent)
    country = word_country(dm.group("d")) if dm else None
    # (not the military default of a withheld loss: a fire's or a flood's unnumbered hurt are no one's soldiers)
    group = "civilians" if re.search(r"(?i)\bcivilians?\b", sent) else \
        "military" if re.search(r"(?i)\b(?:soldiers|troops|servicem[ae]n|military)\b", sent) else None
    return [FoundFigure(m.start(), m.end(), min(found)[1], None, country, group, country is not None)]
