"""A toll that opens its sentence and reaches its count only after a long cause and place phrase, with commas and bracketed
names in it: "The death toll in a landslide that occurred at Kushma Municipality Ward No. 3, in Durlung, Parbat on Saturday
night reached eight", "The reported deaths from the southwest monsoon and tropical cyclones Crising (Wipha), Dante
(Francisco), and Emong (Co-May) have climbed to 12", "DEATH TOLL FROM NIKA, OFEL, PEPITO CLIMBS TO 14".

toll_phrases.TOLL reads a toll whose phrase has no comma (a comma there ends a clause as often as it lists places). Here the
toll noun must be the sentence's subject (its first words, after a dateline) and the count must follow a verb that moves a
count ("rose to", "reached"), not "is", "of" or "at"; no speech verb may stand between (", officials said, rose to"
is read by the attribution rules, and "which the ministry reported" starts another clause's count).
Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .data_files import read_words
from .inflections import inflections
from .patterns import alt

# "rose", "has risen", "climbs" (data/toll_rise_verbs.tsv; past, participle and present forms)
_RISE_VERBS = {f for lemma in read_words("toll_rise_verbs.tsv")
               for tag, forms in inflections(lemma, "VERB").items() if tag in ("VBD", "VBN", "VBZ") for f in forms}

# the longest prefix (dateline, toll phrase, verb) read: a lede's toll reaches its count within this many characters
_REACH = 320
_LONG_TOLL = re.compile(
    # a dateline before it: "PETROPOLIS, Brazil (Reuters) – ", "MANILA: "
    r"(?i)(?:[^–—:.;!?]{1,80}[–—:]\s+)?"
    # at most two words before the toll noun: "The", "The reported", "Official"
    r"(?:[\w'’-]+\s+){0,2}?(?P<w>death\s+toll|toll|deaths|fatalities|death\s+count)\s+"
    r"(?:from|in|of|after|caused\s+by|due\s+to|following)\s+"
    # the cause and place: any words, commas and brackets; a period only after a one- or two-letter word ("No. 3", "St.")
    r"(?P<gap>(?:[^.;:!?“”\"]|(?<=\b\p{L}{1,2})\.){1,220}?)"
    r",?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|further\s+)?"
    rf"(?:{alt(_RISE_VERBS)})"
    r"(?:\s+to)?\s*")
# speech between the toll and its verb: the count may be another source's
_SPEECH = re.compile(r"(?i)\b(?:said|says|told|according|reported\s+by|quoted)\b")


def long_toll(sent: str, at: int) -> re.Match | None:
    """The toll match (group "w", the toll noun) whose verb ends right before position `at` of `sent`, the start of a
    count (its qualifier included), when the toll noun opens the sentence; else None."""
    if at > _REACH:
        return None
    m = _LONG_TOLL.fullmatch(sent, 0, at)
    if m is None or _SPEECH.search(m.group("gap")):
        return None
    return m
