"""Word forms from lemminflect's tables: a verb's or a noun's every inflection, a word's lemmas.

Inflected forms come from lemminflect, not from hand-written lists: the data files list lemmas only.
"""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from lemminflect import getAllInflections, getAllInflectionsOOV, getAllLemmas


def inflections(lemma: str, upos: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's forms of `lemma` by tag; for a word its dictionary lacks, the forms its rules guess."""
    return getAllInflections(lemma, upos=upos) or getAllInflectionsOOV(lemma, upos=upos)


@lru_cache(maxsize=1 << 16)
def word_lemmas(word: str) -> MappingProxyType:
    """lemminflect's getAllLemmas(word) (part of speech -> lemmas; empty for a word the dictionary does not know),
    read-only and kept by word: lemminflect deep-copies its table entry on every call (~30 us, 3-4% of extraction's
    CPU when the readers asked it ~45 times an article), and the readers ask about the same words again and again.
    Bounded, so a long run's memory stays flat."""
    return MappingProxyType(getAllLemmas(word))


def load_lemmas() -> None:
    """Make lemminflect read its lemma dictionary now (it reads it from JSON on its first getAllLemmas, ~0.25 s),
    without keeping an answer in word_lemmas' table (warm_tables.load_tables)."""
    getAllLemmas("said")


def verb_forms(lemmas) -> frozenset[str]:
    """The verbs `lemmas` in every form lemminflect gives them: 'leave' -> leave, leaves, leaving, left."""
    return frozenset(lemmas) | {f for lemma in lemmas for forms in getAllInflections(lemma, upos="VERB").values() for f in forms}


def noun_forms(rows) -> dict[str, str]:
    """(lemma, value) rows -> every number of each lemma (lower case, from lemminflect) -> value; first row wins."""
    out: dict[str, str] = {}
    for lemma, value in rows:
        out.setdefault(lemma, value)
        for forms in inflections(lemma, "NOUN").values():
            for f in forms:
                out.setdefault(f.lower(), value)
    return out


def noun_set(lemmas) -> frozenset[str]:
    """Every number of the nouns `lemmas` (lower case, from lemminflect), the lemmas as written: 'memo' -> memo, memos."""
    return frozenset(noun_forms((lemma, lemma) for lemma in lemmas))


def noun_plurals(lemma: str) -> tuple[str, ...]:
    """The plurals of a noun (lower case) from lemminflect; a compound the dictionary lacks ("great-grandchild",
    "family member") takes its last part's ("great-grandchildren", not the guessed "great-grandchilds")."""
    def plurals(word: str) -> tuple[str, ...]:
        return getAllInflections(word, upos="NOUN").get("NNS", ())
    if got := plurals(lemma):
        return tuple(f.lower() for f in got)
    cut = max(lemma.rfind("-"), lemma.rfind(" "))
    if cut > 0 and (tail := plurals(lemma[cut + 1:])):
        return tuple(lemma[:cut + 1] + f.lower() for f in tail)
    return tuple(f.lower() for f in getAllInflectionsOOV(lemma, upos="NOUN").get("NNS", ()))
