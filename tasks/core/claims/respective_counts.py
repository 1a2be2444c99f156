"""Two counts paired in order with two nouns before them: "The cumulative cases and deaths since the outbreak began
are 15,064 and 470 respectively", "confirmed infections and fatalities stand at 2,300 and 45". The first count is the
first noun's, the second the second's; a toll read from the nearest noun alone would give the deaths the cases' count.
Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .figure_words import count_qualifier_pattern
from .numbers import NUMBER

_QUALIFIER = count_qualifier_pattern()
# the two nouns, then the words up to the verb that gives their counts (no clause break and no count between), then
# the verb: "are", "stand at", "have risen to", "reached"
_NOUNS = re.compile(r"(?i)\b(?P<n1>[\p{L}-]+)\s+and\s+(?P<n2>[\p{L}-]+)\b[^.;:!?\d“”\"]{0,120}?\s+"
                    r"(?:(?:is|are|was|were|(?:has|have|had)\s+(?:risen|climbed|increased|reached|grown)|rose|climbed|"
                    r"reached|increased|grew|stands?|stood)(?:\s+(?:now|currently|so\s+far))?(?:\s+(?:to|at))?|"
                    r"stands?\s+at|stood\s+at)\s+$")
_COUNT = rf"(?:{_QUALIFIER}\s+)?(?:{NUMBER.pattern})"
# the second count right after the first ("15,064 and 470"), and the first right before the second
_SECOND_AFTER = re.compile(rf"(?i)\s+and\s+{_COUNT}")
_FIRST_BEFORE = re.EndAnchored(rf"(?i)(?<![\w.,])(?:{_QUALIFIER}\s+)?(?:{NUMBER.pattern})\s+and\s+$")


def respective_noun(sent: str, start: int, end: int) -> str | None:
    """The noun a count at `start`..`end` of `sent` (its qualifier included) is paired with, when it is one of two
    counts after two nouns joined by "and" and their verb ("cases and deaths ... are 15,064 and 470"): the first noun
    for the first count, the second for the second (lower-cased); else None."""
    if _SECOND_AFTER.match(sent, end) and (pair := _NOUNS.search(sent, 0, start)) and pair.end() == start:
        return pair.group("n1").lower()
    if (first := _FIRST_BEFORE.search(sent, 0, start)) and (pair := _NOUNS.search(sent, 0, first.start())) and \
            pair.end() == first.start():
        return pair.group("n2").lower()
    return None
