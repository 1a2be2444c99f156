"""A count given only as an order of magnitude after "in the" / "into the" / "in their": "the number of missing ... could
stretch into the thousands", "Later it put the number of dead in the hundreds", "Football fans ... turned out in their
hundreds to support a march of pensioners".

numbers.find_amounts reads "hundreds" as a vague amount; what it counts is said before "in the": a toll noun with a verb
that gives its level (magnitude_toll), or the verb of the people the sentence's subject names (magnitude_cue, "died in
their thousands"). Only a plural magnitude standing alone counts: not "in the hundreds of airstrikes", not "several".
Pure logic: no I/O.
"""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .data_files import read_words
from .figure_words import number_word_pattern
from .inflections import verb_forms
from .patterns import alt

# the magnitudes a count may be given in ("hundreds", "tens of thousands"; not "several", "a handful": no order of
# magnitude): the plural number words (number_words.tsv)
_PLURALS = number_word_pattern(cardinals=False)
_MAGNITUDE = re.compile(rf"(?i)(?:{_PLURALS}\s+of\s+)?{_PLURALS}")
# what may follow the magnitude: not "of" ("in the thousands of homes": the thousands are another noun's)
_OF_AFTER = re.compile(r"(?i)\s+of\b")
_IN_THE = re.compile(r"(?i)\b(?:in|into)\s+(?:the|their)\s+$")
# the toll nouns a magnitude may give ("the number of dead", "the death toll", "casualties"); the toll word is group "w"
_TOLL_NOUN = (r"(?P<w>death\s+toll|toll|casualties|deaths|fatalities|number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:dead|deaths|killed|victims|casualties|injured|wounded|displaced|missing|detained|detainees|arrested|"
              r"arrests|refugees|protesters|demonstrators))")


@lru_cache(maxsize=1)
def _toll_pattern() -> re.Pattern:
    """The toll before "in the": a toll noun, up to twelve words of cause and place ("following a deadly landslide in
    Papua New Guinea"; no comma, no sentence stop), hedges and a verb of its level (data/magnitude_verbs.tsv); or
    "put the toll in the" (an estimate's light verb). Built on first use."""
    verbs = alt(sorted(verb_forms(read_words("magnitude_verbs.tsv")), key=len, reverse=True))
    return re.compile(
        rf"(?i)(?:\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+)?{_TOLL_NOUN}\s+|"
        rf"\b{_TOLL_NOUN}(?:\s+[\w'’-]+){{0,12}}?\s+(?:(?:could|may|might|will|would|likely|expected|to|already|now|still|"
        rf"probably|possibly|have|has|had|well)\s+)*(?:{verbs})\s+)(?:well\s+)?(?:in|into)\s+(?:the|their)\s+$")


# the verb of the subject's people before "in their thousands" ("died", "fled", "turned out", "were arrested"): any
# word, the caller classifies it as a measure cue; an adverb may stand between ("fled overnight in", "marched again in")
_CUE_BEFORE = re.compile(r"(?i)\b(?P<c>[a-z]+(?:\s+(?:out|down|dead))?)\s+(?:(?:[a-z]+ly|overnight|again|today|yesterday)\s+)?"
                         r"in\s+(?:the|their)\s+$")


def magnitude_at(sent: str, start: int, text: str) -> bool:
    """Whether the vague amount `text` at `start` of `sent` is an order of magnitude after "in the" / "into the" / "in
    their" with no "of" after it."""
    return bool(_MAGNITUDE.fullmatch(text)) and _IN_THE.search(sent, max(0, start - 12), start) is not None and \
        _OF_AFTER.match(sent, start + len(text)) is None


def magnitude_toll(sent: str, start: int) -> re.Match | None:
    """The toll (group "w", its noun) whose level is the order of magnitude at `start`, else None."""
    return _toll_pattern().search(sent, max(0, start - 160), start)


def magnitude_cue(sent: str, start: int) -> tuple[str, str] | None:
    """(the verb before "in their" / "in the", the words before it) for the order of magnitude at `start`, else None:
    the caller reads the verb as a measure cue of the sentence's people ("turned out in their hundreds")."""
    m = _CUE_BEFORE.search(sent, max(0, start - 50), start)
    return (m.group("c"), sent[:m.start()]) if m else None
