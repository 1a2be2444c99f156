"""The source a count names right after it: "up from an official tally of 41 given earlier on June 18 by Amman", "the
802 figure given by emergency authorities", "against 30 reported by the ministry on Monday". The count is that
source's, whoever tells the sentence: it is cited as another side's figure. Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .memory import ActorMemory
from .model import Actor
from .speaker import resolve_head

# the participle that gives the count, when and how it was given (a few words, no clause), "by", the source's words up
# to a comma or the sentence's end
_GIVEN_BY = re.compile(r"(?i)\s+(?:figure\s+|toll\s+|count\s+|estimate\s+)?(?:given|reported|released|announced|issued|"
                       r"provided|cited)(?:\s+(?!by\b)[\w’'-]+){0,5}?\s+by\s+(?P<np>[^,.;:!?()“”\"]{1,80})")


def count_source(sent: str, end: int, mem: ActorMemory) -> Actor | None:
    """The actor a count ending at `end` of `sent` is given by ("41 given earlier by Amman" -> Jordan), or None."""
    m = _GIVEN_BY.match(sent, end)
    if m is None:
        return None
    hit = resolve_head(m.group("np"), mem)
    return hit[0] if hit else None
