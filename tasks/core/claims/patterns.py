"""Regex building blocks shared by the actor, group and figure readers (built once from the gazetteer)."""
from __future__ import annotations

import regex as re

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_APOS = r"(?:'s|’s|'|’)"
COUNTRY = rf"(?:{_alt(COUNTRY_NAMES)})"
CAPITAL = rf"(?:{_alt(CAPITALS)})"
PLACE = rf"(?:{COUNTRY}|{CAPITAL})"
DEMONYM = rf"(?:{_alt(DEMONYMS)})"
DET = r"(?:[Tt]he\s+)?"
