"""A count of the people who speak ("killed 15 soldiers, three local officials told AFP") is no figure."""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .cue_words import finite_say
from .patterns import alt

# the count's noun phrase (a few words, no comma, no relative pronoun or conjunction that would open a clause of its
# own: "three civilians who said ...") runs straight into a finite speech verb: the count is the speech's subject, how
# many sources told it ("two security sources said", "five past and current employees separately told The Post"), not
# a toll a verb before it governs; not "said to be" ("three men said to be militants were killed": a reduced passive)
_SPEAKERS = re.compile(rf"(?i)\s+(?:(?!(?:who|that|which|and|or|were|was|had|have|has)\s)[\p{{L}}'’-]+\s+){{1,5}}?"
                       rf"(?:{alt(finite_say())})\b(?!\s+to\s)")


def speakers_phrase(rest: str) -> str | None:
    """The words between a count and the speech verb they are the subject of, when the words `rest` after the count
    make it the count of a speech's speakers, else None."""
    m = _SPEAKERS.match(rest)
    return m.group(0) if m else None
