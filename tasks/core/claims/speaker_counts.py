"""A count of the people who speak ("killed 15 soldiers, three local officials told AFP") is no figure."""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .cue_words import finite_say
from .figure_words import figure_heads
from .patterns import alt

# the count's noun phrase runs straight into a finite speech verb: the count is the speech's subject, how many sources
# told it ("two security sources said", "Several residents of the refugee camp told him"), not a toll a verb before it
# governs. The phrase is a few words, maybe with one "of" phrase, and none of the closed-class words that would open a
# clause or a place of its own ("three civilians who said ...", "put attendance at 80,000 while police said ...",
# "killed 15 people in Kabul police said"); not "said to be" ("three men said to be militants": a reduced passive)
_OPENER = (r"(?!(?:who|whom|whose|that|which|and|or|but|nor|while|whereas|as|when|after|before|because|if|since|"
           r"although|though|until|where|so|then|yet|in|at|on|near|from|during|to|for|with|by|into|over|under|"
           r"the|a|an|this|these|those|were|was|is|are|had|have|has|be|been)\s)")
# a fate word among them makes the count a toll after all: "Two dead police say", a headline with its comma dropped
_FATE = re.compile(rf"(?i)\b(?:{alt(figure_heads()['measure_adjective'])}|died|hurt)\b")
_SPEAKERS = re.compile(rf"(?i)(?:\s+{_OPENER}[\p{{L}}'’-]+){{1,4}}?(?:\s+of\s+(?:the\s+)?{_OPENER}[\p{{L}}'’-]+"
                       rf"(?:\s+{_OPENER}[\p{{L}}'’-]+){{0,2}}?)?\s+(?:{alt(finite_say())})\b(?!\s+to\s)")


def counts_speakers(rest: str) -> bool:
    """Whether the words `rest` after a count make it the count of a speech's speakers."""
    m = _SPEAKERS.match(rest)
    return m is not None and not _FATE.search(m.group(0))
