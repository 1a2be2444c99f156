"""Regex building blocks shared by the actor, group and figure readers (built once from the gazetteer)."""
from __future__ import annotations

import re as _re

import regex as re

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


APOS = r"(?:'s|’s|'|’)"
COUNTRY = rf"(?:{alt(COUNTRY_NAMES)})"
CAPITAL = rf"(?:{alt(CAPITALS)})"
PLACE = rf"(?:{COUNTRY}|{CAPITAL})"
DEMONYM = rf"(?:{alt(DEMONYMS)})"
DET = r"(?:[Tt]he\s+)?"

# An ASCII class needs none of `regex`'s Unicode machinery; the standard engine scans it faster.
_LOWER = _re.compile(r"[a-z]+")
_last_words: list = [None, frozenset()]


def lower_words(sent: str) -> frozenset[str]:
    """The lower-cased words of a sentence, for the cheap cue tests in front of the big regexes.
    Several readers test the same sentence in a row, so the last answer is kept."""
    if _last_words[0] is not sent:
        _last_words[0], _last_words[1] = sent, frozenset(_LOWER.findall(sent.lower()))
    return _last_words[1]
