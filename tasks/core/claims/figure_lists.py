"""Counts read through the count before them: coordinated objects of one verb ("killed five soldiers and four
civilians"), a list that leaves out its measure ("12 killed in Kabul and 5 in Kandahar") and ranges ("between 20 and
30 people"). Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .calendar_words import MONTHS
from .numbers import Amount
from .count_heads import FoundFigure, QUALIFIER, word_country
from .measure_patterns import ADJ_CUE
from .count_measure import classify_count, lacking_measure
from .toll_phrases import DEATH_TOLL_WAS

AND_BEFORE = re.compile(r"(?:,|\band)\s+$")

PART_MEASURES = frozenset(("killed", "wounded", "detained", "missing", "displaced"))

# between two coordinated objects of one verb (after the first count, which may or may not span its noun): "five soldiers,
# four civilians", "five members of the security forces and four civilians", "three herders and eight farmers"
_OBJECT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together) with\s+|\s+as well as\s+)")

# a count coordinated after one person the same verb or noun governs: "gunmen killed a policeman and three civilians",
# "confirmed the death of the officer and 24 criminals" (the one person has no count of their own, so verb_shared's
# list of counts does not reach back to the verb)
_ONE_THEN_COUNT = re.compile(r"(?i)\b(?P<c>killed|killing|kills|kill|wounded|wounding|injured|injuring|arrested|detained|detaining|"
                             r"abducted|kidnapped|executed|(?:the\s+)?deaths?\s+of|killings?\s+of)\s+(?:the|a|an|one)\s+"
                             # (the count may be the one person's own: "killing the deputy governor and his two bodyguards")
                             rf"(?:[\p{{L}}’'-]+\s+){{1,3}}?and\s+(?:(?:his|her|their)\s+)?(?:(?:{QUALIFIER}|another)\s+)?$")
# a count in a gapped list of causes that shares the verb of the count before it: "48 civilians have died in
# confrontations, 11 people due to traffic accidents, and one policeman due to acts of violence"
_GAPPED_CAUSE = re.compile(r"(?i)\s+(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to)\s")
_GAP_BREAK = re.compile(r"(?i)\b(?:said|says|who|which|while|but|whereas)\b|[;:]")


def one_then_count(sent: str, a: Amount) -> str | None:
    """The measure of the verb or noun whose one person comes before count `a` ("killed a policeman and three
    civilians"), or None."""
    m = _ONE_THEN_COUNT.search(sent, max(0, a.qual_start - 70), a.qual_start)
    if m is None:
        return None
    cue = m.group("c").lower()
    return "killed" if cue.endswith(" of") else classify_count(cue, "people", "people")


# a second participle after a bare count's own, joined by a comma or "and" ("Hundreds injured, arrested as ...")
_SECOND_PARTICIPLE = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<c>killed|injured|wounded|hurt|arrested|detained|"
                                r"displaced|evacuated|abducted|kidnapped)\b")
# "killed and injured" is one count of casualties (AND_HURT), not a count of each
_HARMS = frozenset(("killed", "wounded"))


def second_participle(sent: str, head_end: int, first: str) -> str | None:
    """The measure of a second participle right after a bare count's measure word ending at `head_end`, when it differs
    from the first's (`first`) and the two are not a death and a wound; else None."""
    if (m := _SECOND_PARTICIPLE.match(sent, head_end)) is None:
        return None
    second = classify_count(m.group("c").lower(), "", "")
    return second if second and second != first and not {first, second} <= _HARMS else None


def gapped_cause(sent: str, out: list[FoundFigure], a: Amount, head_end: int) -> str | None:
    """The measure count `a` shares with the figure before it when its own verb is gapped and a cause follows its head
    ("..., 11 people due to traffic accidents"), or None."""
    if not out or (prev := out[-1]).amount is None or prev.amount.value == 0 or not _GAPPED_CAUSE.match(sent, head_end):
        return None
    if not AND_BEFORE.search(sent, max(0, a.qual_start - 6), a.qual_start) or _GAP_BREAK.search(sent, prev.end, a.qual_start):
        return None
    return prev.measure if prev.measure in PART_MEASURES else None


def verb_shared(sent: str, out: list[FoundFigure], a: Amount) -> bool:
    """Whether count `a` follows the counts before it in a coordination whose first count a verb right before it
    governs ("killed five soldiers and four civilians") or a toll names ("the toll was four soldiers and two
    civilians"); no count of zero, no clause in between."""
    j, end = len(out) - 1, a.qual_start
    while j >= 0 and out[j].amount is not None and out[j].amount.value != 0 and \
            _OBJECT_GAP.fullmatch(sent, out[j].end, end) is not None:
        first = out[j].amount.qual_start
        before = sent[max(0, first - 40): first]
        if (adj := ADJ_CUE.search(before)) and not lacking_measure(before, adj) and adj.group("c").lower() != "have left":
            return True
        if DEATH_TOLL_WAS.search(before):
            return True  # "The previous death toll was four soldiers and two civilians": the toll names both counts
        j, end = j - 1, first
    return False


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


def elided_figures(sent: str, out: list[FoundFigure], amounts: list[Amount]) -> list[FoundFigure]:
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


# "between 20 and 30 people were killed", "20 to 30 people died", "20-30 people": the high end is the figure the rules read; the low end
# is a figure of the same people too. The range gives two: the low end "at least", the high end "up to" (as the held-out
# gold reads "between 100,000 and 200,000 could die"). Not a change ("rose from 20 to 30") or a score.
_RANGE_LINK = re.compile(r"(?i)\s*(?:to|and)\s*|[-–]")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_FROM = re.compile(r"(?i)\b(?:from|by)\s+$")


def figure_ranges(sent: str, out: list[FoundFigure], amounts: list[Amount]) -> list[FoundFigure]:
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
