"""Regex building blocks shared by the actor, group and figure readers (built once from the gazetteer)."""
from __future__ import annotations

import re as _re

import regex as re

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS
from .calendar_words import MONTHS, MONTHS_BUT_MAY, WEEKDAYS
from .data_files import read_words
from .place_words import country_name_guards


# question words (closed-class grammar): in no person's name ("Doctor Who:"), and a cue's object that opens a question
# ("asked what ...")
WH_WORDS = frozenset("who whom whose what which where when why how".split())


def alt(words) -> str:
    # longest first (a regex alternation takes the first that matches); ties alphabetically, so the pattern's text
    # is the same every run (a set's order follows string hashing) and the regex cache finds it
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def strip_possessive(word: str) -> str:
    """'Morrison's' -> 'Morrison', 'workers’' -> 'workers': one possessive ending off (either apostrophe, with or
    without the s), for every reader that needs the bare word. String tests, not a regex: readers call it on every
    capitalised word of a sentence."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def is_possessive(word: str) -> bool:
    """The word ends with an owner's "'s" or "’s" ("Sam's", "the county’s"); a bare apostrophe ("workers’") does not
    count."""
    return word.endswith(("'s", "’s"))


APOS = r"(?:'s|’s|'|’)"
# a guarded name before a hyphen or a capitalised name is something else: "Chad Morris", "Niger State" (country_name_guards.tsv;
# "Guinea-Bissau" is a longer name of its own and matches first)
COUNTRY = (rf"(?:{alt(n for n in COUNTRY_NAMES if n not in country_name_guards())}|"
           rf"(?:{alt(n for n in COUNTRY_NAMES if n in country_name_guards())})(?![-\s]+\p{{Lu}}))")
CAPITAL = rf"(?:{alt(CAPITALS)})"
PLACE = rf"(?:{COUNTRY}|{CAPITAL})"
# a demonym before a sea's or an ocean's noun is the sea's name ("the Indian Ocean nation"), no nation's (water_bodies.tsv)
WATER_BODIES = read_words("water_bodies.tsv")
# "Central American", "Latin American": a region's people, not the US's (regional_demonyms.tsv; the lookbehind is tried
# only after a demonym matched)
_REGION_AMERICAN = rf"(?<!\b(?:{'|'.join(sorted(read_words('regional_demonyms.tsv')))})[\s-]American)"
DEMONYM = rf"(?:(?:{alt(DEMONYMS)}){_REGION_AMERICAN}(?!\s+(?:{'|'.join(sorted(WATER_BODIES))})\b))"
DET = r"(?:[Tt]he\s+)?"
# A whole word on both sides, also for names that end in a dot: r"\bU\.S\.\b" never matches "U.S. officials" (no word
# boundary between the dot and the space), so "a U.S. senator" named no country.
WORD_START = r"(?<![\p{L}\d_])"
WORD_END = r"(?![\p{L}\d_])"
WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"  # "Monday" ... "Sunday"
MONTH = rf"(?:{'|'.join(MONTHS)})"
MONTH_BUT_MAY = rf"(?:{'|'.join(MONTHS_BUT_MAY)})"

# An ASCII class needs none of `regex`'s Unicode machinery; the standard engine scans it faster.
_LOWER = _re.compile(r"[a-z]+")
_WORDS: dict[str, frozenset[str]] = {}
_WORDS_MAX = 4096  # sentences kept: more than an article has; then the table starts again (bounded memory)


def lower_words(sent: str) -> frozenset[str]:
    """The lower-cased words of a sentence, for the cheap cue tests in front of the big regexes.
    The parse gates read every sentence of an article before the rules do, and several readers test the same
    sentence: answers are kept by text (a pure function of it, so nothing carries over between documents)."""
    words = _WORDS.get(sent)
    if words is None:
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        words = _WORDS[sent] = frozenset(_LOWER.findall(sent.lower()))
    return words


def last_runs(phrases) -> frozenset[str] | None:
    """The last [a-z]+ run of each phrase, lower-cased ("e-mail" -> "mail", "U.N." -> "n"), for a set test on
    lower_words in front of a pattern that matches one of the phrases as written, and only where no letter stands right
    before or after it (lookarounds, word boundaries): where the pattern matches, that run is one of the sentence's
    lower_words, so a sentence that has none of them is left unscanned with the same answer. None when a phrase has no such run (then
    no test can stand in front)."""
    out = set()
    for phrase in phrases:
        runs = _LOWER.findall(phrase.lower())
        if not runs:
            return None
        out.add(runs[-1])
    return frozenset(out)


def may_hold(words: frozenset[str] | None, sent: str) -> bool:
    """False only when the sentence has none of `words` (last_runs) among its lower_words."""
    return words is None or not words.isdisjoint(lower_words(sent))


# `\b` asked at one position (it sees the characters on both sides, as inside a longer pattern): readers that find a
# name with str.find test it where a pattern written per name (rf"\b{name}...") would, without compiling one per name
# (~0.3 ms a compile, and every article brings new names).
_BOUNDARY = re.compile(r"\b")


def boundary_at(text: str, i: int) -> bool:
    """Whether a word boundary (regex's `\b`) is at index `i` of `text`."""
    return _BOUNDARY.match(text, i) is not None


# A cue inside "despite what X says", "contrary to what the government claims", "regardless of what critics say": the
# clause is a free relative after a preposition of contrast. What X says is never given there, and the sentence's main
# clause is the writer's word against it, not X's claim (syntax_gates.not_a_claim, attribution.find_claims). The text
# before the cue ends with the preposition, "what" and the cue's subject, in one clause.
_AGAINST_WHAT = re.compile(r"(?i)\b(?:despite|notwithstanding|regardless\s+of|irrespective\s+of|contrary\s+to|in\s+spite\s+of|"
                          r"unlike)\s+what\s+[^,;:.!?“”\"]*$")


def against_what(text: str, end: int) -> bool:
    """The cue that starts at `end` is inside "despite what X says" (_AGAINST_WHAT), for the rules and the parse
    alike. A "what" within 80 characters before is the cheap test first: most cues have none."""
    return "hat " in text[max(0, end - 80):end] and _AGAINST_WHAT.search(text, 0, end) is not None


# An executive office written as an acronym: "CEO", "CFO", "CTO" ("AMD CEO Lisa Su", "Qualys CTO Wolfgang Kandek").
_EXEC_OFFICE = re.compile(r"C[A-Z]{1,2}O")


def is_exec_office(word: str) -> bool:
    return _EXEC_OFFICE.fullmatch(word) is not None
