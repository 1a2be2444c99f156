"""What a capitalised phrase before a line's colon can be when it is a speaker's label, and what follows it.

A transcript or interview labels a turn with its speaker's name ("Joe: My name's Joseph Worley.", "Carl Bialik: “...”",
"JON SIEBEN: ..."). Pages of every other kind put a capitalised phrase before a colon too, and none of them speaks:
headings over a definition or a feature ("Z-Score Threshold: The z-score after which ...", "Revamped UX: Vidyard
makes it easier ...", "Web APIs: This is what ..."), shop buttons ("VIEW PRICE: Funko Pop ..."), titles ("Star Wars
Jedi: Fallen Order is ..."), section labels ("Notes: Chiefs WR ..."). A person's name is shaped otherwise: it opens with
a first name (the census list, first_names.tsv) or a word no dictionary knows ("Xi", "Recep"), and its other words are
no adjective, participle or plural common noun ("Other", "Revamped", "Enabled", "Wars", "Notes") -- those head a label.
Pure logic: no I/O beyond the lexicon's cached data.
"""
from __future__ import annotations

import regex as re

from .inflections import word_lemmas
from .name_words import first_names

_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|Lt|Col|Sgt|Capt|Det)\.?$")
_INITIAL = re.compile(r"^\p{Lu}\.?$")


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


# adjectives that are common surnames too ("Gordon Brown", "Jerry Brown", "Anthony Young"): a name's last word
_NAME_ADJ = frozenset("brown black white green young little long short strong sharp rich wise gay bright noble "
                      "savage swift moody hardy".split())


# endings of a singular agent noun that stands before a one-word name: "Hacker Guccifer", "Challenger Ward"
_AGENT_END = ("er", "or", "ist", "ian", "ant", "ent")


def person_shaped(name: str) -> bool:
    """Whether `name` reads as a person's name, or ends in one after a description ("McCain Challenger Kelli Ward",
    "Hacker Guccifer")."""
    words = name.replace("/", " ").split()
    if _name_shaped(name):
        return True
    for i in range(1, len(words)):
        rest, before = words[i:], words[i - 1].lower()
        if len(rest) >= 2 and rest[0].lower() in first_names() and _name_shaped(" ".join(rest)) and \
                (before.endswith(_AGENT_END) or _TITLE.match(words[i - 1])):
            # a description ending in an agent noun or a title, then a first name and a surname; not a name of
            # three given names ("Arcade Joseph Comeaux Jr: Texas Child Molester Escaped", a headline's topic)
            return True
        if len(rest) == 1 and not word_lemmas(rest[0].lower()) and before.endswith(_AGENT_END) and \
                set(word_lemmas(before)) == {"NOUN"} and word_lemmas(before)["NOUN"] == (before,):
            return True  # an agent noun, then a one-word name the dictionary does not know
    return False


def _name_shaped(name: str) -> bool:
    """Whether `name` reads as a person's name: a title or not, then a first name or a word no dictionary knows (or
    an initial), and no heading word before the surname; the surname itself may be a common word ("Ward", "Gates")
    but not a verb form or a bare adjective ("Tech Enabled", "Hollywood Nation" pass the first test, not this one)."""
    words = [w for w in name.replace("/", " ").split() if w not in ("Jr", "Jr.", "Sr", "Sr.", "II", "III")]
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
    if not readings or last in first_names() or last in _NAME_ADJ:
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
