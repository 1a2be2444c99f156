"""Where a count's own clause ends: a clause after "and" with a subject of its own, and a part named in an aside, tell
about other people than the count (figures.py reads a count's measure only from its own clause)."""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re
from .figure_words import count_qualifier_pattern, number_word_pattern, own_clause_words
from .patterns import alt


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Built on first use from own_clause_words.tsv (importing the module reads no data file)."""
    words = own_clause_words()
    subject, verb = alt(words["subject"]), alt(words["verb"])
    # "..., and an unknown number of people were missing", "and others were still missing", "and the captain was
    # arrested", "and Smith was detained": "and", a subject (a determiner or quantifier, or a name), its finite verb
    # (the subject's words hold no "and": "and taken to hospital, and others were" is tried at its second "and")
    other = re.compile(rf"(?i)(?:,\s*|\s+)and\s+(?:(?:{subject})|(?-i:\p{{Lu}})[\p{{L}}’'.-]*)(?:\s+(?!and\b)[\p{{L}}’'-]+){{0,4}}?"
                       rf"\s+(?:(?:\w+ly|still|also|now|later|then)\s+)?(?:{verb})\b")
    # the count's own clause has its verb before the "and": an auxiliary or a finite verb ("have been rescued",
    # "were on board"), or a past tense right after the head ("40 people survived"; not a reduced relative, "two men
    # wanted by police and a woman were killed", whose verb both share)
    own = re.compile(rf"(?i)\b(?:{verb})\b|^\s*(?:\w+ly\s+)?\p{{L}}+ed\b(?!\s+by\b)")
    # the count is the object of a verb right before it ("rescued 2,500 people", "pulled out at least 40", "the boat was
    # carrying 150 migrants", "there were 60 people on board"), not an adjective's count ("an estimated 40 people")
    governed = re.compile(rf"(?i)(?:(?<!\b(?:an?|the)\s+)\b\p{{L}}{{3,}}ed|\b(?!(?:including|during|according)\b)\p{{L}}{{3,}}ing|\b(?:{verb}))\s+"
                          rf"(?:(?:out|up)\s+)?(?:{count_qualifier_pattern()}\s+)?$")
    # "rescued 2,500 people, including many injured", "including 20 wounded", "among them the dead": a part named by
    # its fate with no noun of its own (a quantifier or a number before the fate word)
    aside = re.compile(rf"(?i)\b(?:including|among\s+them|among\s+whom)\s+(?:(?:{subject}|\d[\d,.]*|{number_word_pattern()})\s+)?"
                       r"(?:\w+ly\s+)?$")
    return other, own, governed, aside


def other_clause_start(after: str, before: str) -> int | None:
    """Where a clause with a subject of its own starts in `after`, the words after a count's head ("71 people| have
    been rescued alive, and an unknown number of people were missing"), when the count has a verb of its own before it
    (in `after` or right before the count, in `before`); else None. Its verb says nothing of the count."""
    other, own, governed, _ = _patterns()
    m = other.search(after)
    if m is None:
        return None
    return m.start() if own.search(after, 0, m.start()) or governed.search(before) else None


def governed_count(before: str) -> bool:
    """Whether a count is the object of a verb right before it (`before`: the words before the count)."""
    return _patterns()[2].search(before) is not None


def in_part_aside(before_cue: str) -> bool:
    """Whether a fate word comes right after "including" or "among them" and a quantifier (`before_cue`: the words
    before it): "including many injured" names a part of the count, with no measure of the whole."""
    return _patterns()[3].search(before_cue) is not None
