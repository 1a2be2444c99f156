"""What a capitalised phrase before a line's colon can be when it is a speaker's label, and what follows it.

A transcript or interview labels a turn with its speaker's name ("Joe: My name's Joseph Worley.", "Carl Bialik: “...”",
"JON SIEBEN: ..."). Pages of every other kind put a capitalised phrase before a colon too, and none of them speaks:
headings over a definition or a feature ("Z-Score Threshold: The z-score after which ...", "Revamped UX: Vidyard
makes it easier ...", "Web APIs: This is what ..."), shop buttons ("VIEW PRICE: Funko Pop ..."), titles ("Star Wars
Jedi: Fallen Order is ..."), section labels ("Notes: Chiefs WR ..."). A person's name is shaped otherwise: it opens with
a first name (the census list, first_names.tsv) or a word no dictionary knows ("Xi", "Recep"), and its other words are
no adjective, participle or plural common noun ("Other", "Revamped", "Enabled", "Wars", "Notes") -- those head a label.
Pure logic: no I/O beyond the word lists' cached data (name_words).
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .context import PLACE_NAMES
from .inflections import word_lemmas
from .name_words import agent_noun_endings, first_names, name_titles, surname_adjectives, title_pattern, titles
from .numbers import NUMBER_WORDS
from .patterns import boundary_at

_TITLE = re.compile(rf"^(?:{title_pattern(form='abbr')})$")  # "Sgt.", "Mr", "Det." (titles.tsv)
_INITIAL = re.compile(r"^\p{Lu}\.?$")
# what follows a name and is no part of its shape: a suffix of titles.tsv ("Jr", "Sr.") or a generation's numeral
_SUFFIXES = frozenset(t + dot for t, _ in titles(frozenset({"suffix"})) for dot in ("", ".")) | {"II", "III"}


def heading_word(word: str) -> bool:
    """A word inside a label that no name holds: the plural of a common noun ("Notes", "Wars", "Magi") or of an
    acronym ("APIs"), or a word with no noun reading ("Revamped", "Enabled", "Likely"); never a first name."""
    low = word.lower().strip(".’'")
    if low in first_names():
        return False
    readings = word_lemmas(low)
    if not readings:
        return len(word) > 2 and word.endswith("s") and word[:-1].isupper()  # "APIs", "URLs"
    nouns = readings.get("NOUN", ())
    return not nouns or any(lemma != low for lemma in nouns)


_TITLE_WORDS = frozenset(t.lower() for t, _ in titles())


def label_fits(label: str, name: str) -> bool:
    """Whether the person `name` the resolver found for a colon label is the label's own: each of the label's words,
    less titles ("Sen.", "Coach"), is a word of the name ("Gowdy" -> "Trey Gowdy", "Rep. Gowdy" -> "Trey Gowdy"), or
    the label holds the whole name; not another name sharing its head noun ("Other APIs" -> "WASI APIs")."""
    own = _plain_words(name)
    said = _plain_words(label)
    if own <= said:
        return True  # the whole name after a description: "McCain Challenger Kelli Ward" -> "Kelli Ward"
    return all(w in own or w in _TITLE_WORDS or w in name_titles() for w in said)


def _plain_words(text: str) -> set[str]:
    return {w.lower().strip(".’'") for w in text.replace("/", " ").split()}


def person_shaped(name: str) -> bool:
    """Whether `name` reads as a person's name, or ends in one after a description ("McCain Challenger Kelli Ward",
    "Hacker Guccifer")."""
    words = name.replace("/", " ").split()
    if _name_shaped(name):
        return True
    for i in range(1, len(words)):
        rest, before = words[i:], words[i - 1].lower()
        if len(rest) >= 2 and rest[0].lower() in first_names() and _name_shaped(" ".join(rest)) and \
                (before.endswith(agent_noun_endings()) or _TITLE.match(words[i - 1])):
            # a description ending in an agent noun or a title, then a first name and a surname; not a name of
            # three given names ("Arcade Joseph Comeaux Jr: Texas Child Molester Escaped", a headline's topic)
            return True
        if len(rest) == 1 and not word_lemmas(rest[0].lower()) and not heading_word(rest[0]) and \
                before.endswith(agent_noun_endings()) and \
                set(word_lemmas(before)) == {"NOUN"} and word_lemmas(before)["NOUN"] == (before,):
            return True  # an agent noun, then a one-word name the dictionary does not know
    return False


def _name_shaped(name: str) -> bool:
    """Whether `name` reads as a person's name: a title or not, then a first name or a word no dictionary knows (or
    an initial), and no heading word before the surname; the surname itself may be a common word ("Ward", "Gates")
    but not a verb form or a bare adjective ("Tech Enabled", "Hollywood Nation" pass the first test, not this one)."""
    words = [w for w in name.replace("/", " ").split() if w not in _SUFFIXES]
    while words and _TITLE.match(words[0]):
        words = words[1:]
    if not words:
        return False
    first = words[0].lower().strip(".’'")
    if "-" in first and all(word_lemmas(part) and part not in first_names() for part in first.split("-") if part):
        return False  # a glossary's compound of common words: "Phase-divergence: when a rewritten changeset ..."
    if not (first in first_names() or _INITIAL.match(words[0]) or not word_lemmas(first) and words[0][1:].islower()):
        return False
    if len(words) == 1:
        return True
    if any(heading_word(w) for w in words[1:-1]):
        return False
    last = words[-1].lower().strip(".’'")
    readings = word_lemmas(last)
    if not readings or last in first_names() or last in surname_adjectives():
        return True
    if "NOUN" not in readings:
        # "Tech Enabled", "Likely Foe": a participle or a bare adjective ends no name; a verb's base form may
        # ("Loretta Lynch", "Tim Cook")
        return "VERB" in readings and all(lemma == last for lemma in readings["VERB"]) and "ADJ" not in readings
    # a common noun as a surname ("Ward", "Gates", "Price") only after a first name the census knows: "Hollywood
    # Nation", "Puella Magi" open with words no dictionary knows and end in a common word
    return first in first_names() or _INITIAL.match(words[0]) is not None


def states_something(rest: str, min_words: int = 3) -> bool:
    """Whether the words after a colon (a quotation's inside, if it opens with one) are a statement's, not a one- or
    two-word title ("The Last Word: “OTHER”", "Film Review: ‘The Incident’")."""
    inner = re.sub(r"^\s*(?:[\"“‘']|''|``)", "", rest)
    # (the closing mark, not an apostrophe: "“Gallup’s analysis of ...”")
    inner = re.split(r"[\"”]|’(?!\p{L})|''", inner, maxsplit=1)[0] if inner != rest else inner
    return len(re.findall(r"\p{L}+", inner)) >= min_words


# What follows a line's colon head must read as something said: a quotation, or a clause with a pronoun, an auxiliary
# or a verb form in its first clause. "Portion Fix Containers: 1 Green, 1 Red", "Part Two: The End of the
# Renaissance" and a police log's "Jane Doe: Possession of methamphetamine, ..." are labels over a list or a title.
_QUOTE_MARK = re.compile(r"[“\"]|''|``")
_WORD = re.compile(r"\p{L}+(?:['’]\p{L}+)?")
# a count opening the words after a colon ("Two ... warrants", "3 counts of ..."): a plural noun follows
_COUNTED = re.compile(rf"(?i)(?:\d+|{'|'.join(sorted(NUMBER_WORDS | {'several', 'multiple', 'numerous'}, key=len, reverse=True))})\s")
_CLAUSE_WORDS = frozenset("i we you he she they is are was were has have had will would can could should must may might "
                          "does did do am".split())


def reads_as_clause(rest: str) -> bool:
    """Whether the words after a colon head read as a statement (see _CLAUSE_WORDS above)."""
    if _QUOTE_MARK.search(rest):
        return True
    prev, counted = "", _COUNTED.match(rest) is not None
    for word in _first_clause(rest):
        low, plural_before = word.lower().replace("’", "'"), _plural_noun(prev)
        after_adjective = set(word_lemmas(prev)) == {"ADJ"}  # "new cases", "big gains": a noun, no verb
        prev = word.lower()
        if low in _CLAUSE_WORDS or "'" in low and not (word[:1].isupper() and _possessive(low)):
            # "I'm", "who's", "can't", "My name's Joseph"; a name's "'s" is its possessive ("Glasgow’s")
            return True
        readings = word_lemmas(low)
        verbs = () if after_adjective else readings.get("VERB", ())
        if counted and any(lemma != low for lemma in readings.get("NOUN", ())):
            # "Two Bartholomew County warrants, ...": the plural noun a count opens with heads a noun phrase (an item
            # of a charge list), no verb "warrants"; a verb may still follow it ("Two men die in crash")
            counted = False
            continue
        if verbs and low not in verbs and not low.endswith("ing"):
            return True  # an inflected form: "killed", "checks", "revealed"
        if low.startswith("un") and low.endswith("ed") and any(v != low[2:] for v in word_lemmas(low[2:]).get("VERB", ())):
            return True  # a negated participle as a headline's predicate: "Clinton’s Server Unprotected"
        if verbs and word == low and set(readings) <= {"VERB", "AUX"}:
            return True  # a headline's plain present, which only a verb can be: "Saints suffer major injury"
        if verbs and word == low and plural_before:
            return True  # or any verb's after a plural subject: "Two men die in crash"
    return False


# capitalised words whose "'s" is "is" or "has" ("It's", "That's", "There's"); after any other capitalised word it
# marks a name's possessive ("Glasgow’s Latin American delight", "The woman behind Biden's big bid": a title, no clause)
_S_CONTRACTS = frozenset("it he she that there here what who where when how let everyone everything nobody "
                         "nothing someone something this".split())


def _possessive(low: str) -> bool:
    return low.endswith("'s") and low[:-2] not in _S_CONTRACTS


def _first_clause(rest: str) -> list[str]:
    """The words up to the first comma or semicolon after three words or more: a list's first item ("Possession of
    methamphetamine, ..."), but past a transcript's "Well," or "And obviously," """
    words: list[str] = []
    for part in re.split(r"[,;]", rest):
        words += _WORD.findall(part)
        if len(words) >= 3:
            break
    return words


def _plural_noun(word: str) -> bool:
    return any(lemma != word for lemma in word_lemmas(word).get("NOUN", ())) if word else False


@lru_cache(maxsize=256)  # asked again for each lone mention of the same name in one article
def full_name_in(surname: str, text: str) -> str | None:
    """The first full name in `text` that ends with `surname` after a first name (a capitalised word that is no
    English word: "Loretta Lynch", not "Attorney General Lynch"), or None."""
    for first in first_words_before(surname, text):
        if not word_lemmas(first.lower()):
            return f"{first} {surname}"
    return None


_CAPITALISED_THEN_SPACE = re.compile(r"\b([A-Z][a-z]+)\s+")


def first_words_before(surname: str, text: str) -> list[str]:
    """The group 1 of every match of re.finditer(rf"\\b([A-Z][a-z]+)\\s+{re.escape(surname)}\\b", text), in order, read
    with one pattern for all surnames instead of one compiled for each (tests/test_claims_speed_guards.py holds it to that
    reference). Where that pattern matches, this one matches at the same start and ends where the surname starts (its
    word and its spaces are maximal runs, and a surname opens with no space); a match of it inside an earlier whole
    match is skipped, as finditer goes on past a match's end."""
    if not surname or surname[0].isspace():
        return [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text)]
    # only the matches followed by the surname's first two characters can be followed by the surname: the others
    # neither append nor move `past`
    matches = _capitalised_by_next(text).get(surname[:2], ()) if len(surname) >= 2 else \
        [(m.start(), m.end(), m.group(1)) for m in _CAPITALISED_THEN_SPACE.finditer(text)]
    out, past = [], 0
    for start, after, word in matches:
        end = after + len(surname)
        if start >= past and text.startswith(surname, after) and boundary_at(text, end):
            out.append(word)
            past = end
    return out


@lru_cache(maxsize=4)
def _capitalised_by_next(text: str) -> dict[str, list[tuple[int, int, str]]]:
    """_CAPITALISED_THEN_SPACE's matches in `text` as (start, end, word), in order, by the two characters after each.
    The text is the article's (full_name_in, asked for most lone capitalised words of a story by
    memory.given_name_holder): one scan of it for all the names asked, not one a name (~0.6% of extraction's CPU)."""
    index: dict[str, list[tuple[int, int, str]]] = {}
    for m in _CAPITALISED_THEN_SPACE.finditer(text):
        index.setdefault(text[m.end():m.end() + 2], []).append((m.start(), m.end(), m.group(1)))
    return index


def full_person(full: str, label: str) -> bool:
    """The person a label resolved to is named as one: by the label itself ("Joe") or by a first name and more
    ("Elizabeth Prelogar" for "Prelogar:"); not a team whose last word the label is ("Los Angeles Lakers")."""
    return full == label or full.split()[0].lower().rstrip(".") in first_names() or bool(_TITLE.match(full.split()[0]))


def turns_of(label: str, text: str) -> int:
    """How many lines of `text` open with `label` and a colon: a transcript's speaker labels every turn."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*:", text))


def speaker_name(name: str) -> bool:
    """A person's name fit to label a turn: shaped as a name, and not opened by a place ("Los Angeles Lakers")."""
    words = name.split()
    if len(words) > 1 and words[-1] in PLACE_NAMES and words[0].lower() not in first_names():
        return False  # a topic and its place: "Coronavirus Ireland: One death and 432 new cases"
    # (a first name that is also a place opens a name still: "Mary Fallin", "Georgia Smith")
    return person_shaped(name) and (words[0].lower() in first_names() or
                                    not any(" ".join(words[:k]) in PLACE_NAMES for k in range(1, min(3, len(words)) + 1)))
