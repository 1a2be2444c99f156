"""A count that a new toll brings a running total to: "Three more people died on Sunday, bringing the total to 45",
"The new deaths bring the total reported so far by several countries to 577". The bare "total" names no measure of its
own: it sums what the sentence's toll noun before the verb counts ("the new deaths"), else what the figure before it in
the same sentence counts ("three more people died"). A total "of" something names its own ("the total of cases") and is
left to the toll readers. Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

# the verb that moves the total, "the" (and an adjective), "total"/"tally", up to eight words that are not "of" (who
# reported it, since when), "to"
_TO_TOTAL = re.EndAnchored(r"(?i)\b(?P<v>br(?:ing|ings|inging|ought)|t(?:ake|akes|aking|ook)|push(?:es|ed|ing)?|"
                           r"rais(?:e|es|ed|ing))\s+(?:the|its|their)\s+(?:(?:overall|cumulative|official|total|running|"
                           r"national|provisional|new)\s+)?(?:total|tally)"
                           r"(?:\s+(?!of\b)[\w'’-]+){0,8}?\s+to\s+$")
# the subject of the verb, when it is a toll noun: "the new deaths bring", "these latest fatalities took"
_TOLL_SUBJECT = re.EndAnchored(r"(?i)\b(?P<w>deaths|fatalities|casualties|injuries|arrests|detentions|killings)\s+"
                               r"(?:\w+ly\s+|also\s+|have\s+|has\s+)?$")


def running_total(sent: str, at: int) -> tuple[str | None, int] | None:
    """(the toll noun that is the subject of the verb, lower-cased, or None; where the verb starts) when the count whose
    qualifier starts at `at` is what a running total is brought to; else None."""
    m = _TO_TOTAL.search(sent, max(0, at - 140), at)
    if m is None:
        return None
    subject = _TOLL_SUBJECT.search(sent, max(0, m.start() - 40), m.start())
    return (subject.group("w").lower() if subject else None), m.start()
