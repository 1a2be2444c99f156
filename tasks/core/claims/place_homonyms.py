"""Whether a run of capitalised words read in passing is a person's full name though a word of it is also a place or a
country cue (context.PLACE_NAMES): a given name that is a province's or a state's ("Mary Steenburgen", "Virginia
Giuffre"), a leader's surname after a given name ("Donald J. Trump")."""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .context import PLACE_NAMES
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, PEOPLE
from .inflections import word_lemmas
from .name_words import first_names
from .place_words import place_nouns
from .source_words import source_nouns

_INITIAL = re.compile(r"^\p{Lu}\.$")


@lru_cache(maxsize=1)
def _leader_surnames() -> frozenset[str]:
    """The last words of the well-known office holders (data/people.tsv): 'Trump', 'Biden'."""
    return frozenset(full.split()[-1] for full in PEOPLE)


def place_blocks_name(words: list[str]) -> bool:
    """A word of the run is a place or a country cue, so the run is no one's full name ("Nigerian President", "Los
    Angeles") -- unless the run opens with a given name that is no country's, demonym's or capital's name ("Mary" is a
    Turkmen province, "Virginia" a US state; "Jordan", "Paris" stay places) and ends with a surname that is no place but
    a leader's ("Donald J. Trump", "Mary Steenburgen"). A run ending in a common noun of places or bodies ("Virginia
    Beach", "Alberta Health Services") is no person's."""
    if not any(w in PLACE_NAMES for w in words):
        return False
    first, last = words[0], words[-1]
    if len(words) < 2 or first.lower() not in first_names() or last.lower() in place_nouns() or \
            last.lower() in source_nouns():
        return True
    if first in PLACE_NAMES and (first in COUNTRY_NAMES or first in DEMONYMS or first in CAPITALS):
        return True
    if last in PLACE_NAMES and last not in _leader_surnames():
        return True
    # the words between: initials, given names and words no dictionary knows ("Donald J. Trump", "Mary Kay Letourneau";
    # not a headline's "Francesco Excommunicates Trump")
    return any(not _INITIAL.match(w) and w.lower() not in first_names() and (w in PLACE_NAMES or word_lemmas(w.lower()))
               for w in words[1:-1])


def known_person_in(words: list[str]) -> str | None:
    """The well-known office holder (data/people.tsv) a run names with middle initials the table lacks ("Donald J.
    Trump" -> "Donald Trump"), or None."""
    bare = " ".join(w for w in words if not _INITIAL.match(w))
    return bare if bare != " ".join(words) and bare in PEOPLE else None
