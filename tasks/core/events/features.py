"""What an article says, as hashed sparse features: its words and its named entities.

Two bags per article, both hashed with scikit-learn's HashingVectorizer (stateless, so a new
article needs no stored vocabulary, only the document frequencies kept in the database):
- words: lower-cased word tokens (numbers included: scores, magnitudes and ages are
  event-specific), English stop words dropped, the headline counted twice;
- entities: capitalised names ("Jamal Williams", "Pierre Thomas", "Mount Cook"), each word and
  the whole phrase. Two events of one kind (two DUI arrests of one team's players, two
  earthquakes in one country) share their words; their people and places tell them apart.

Entity buckets are offset by N_FEATURES, so both bags live in one index space and the database
keeps one document-frequency table.
"""
from __future__ import annotations

import calendar
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex as re

# scikit-learn is imported where it is used, not here: importing it costs ~1-2 s, and this module
# is on the import path of flows.ingest, which every ingest and every Dask worker imports (a
# worker never groups events).

N_FEATURES = 2 ** 20
# Changing anything that alters vectors (tokens, weights, hashing) must change this: stored
# vectors of another version are recomputed, never compared.
FEATURES_VERSION = "ev-1"
# How much the word part and the entity part weigh in the combined vector (unit vectors each).
WORD_WEIGHT = 0.8
ENTITY_WEIGHT = 0.6
TITLE_REPEAT = 2

_WORD_PATTERN = r"(?u)\b[^\W_][\w'.-]*\w\b|\b\w\b"
_END_MARKS = frozenset('.!?…')


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: text start, a new line, or an end mark before it."""
    before = text[max(0, start - 4):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] == "\n" or before[-1] in _END_MARKS or before.rstrip("\"”’)")[-1:] in _END_MARKS
_CAPITALISED = re.compile(
    r"\b(?:\p{Lu}[\p{L}'’.-]*\p{L}|\p{Lu}{2,})(?:\s+(?:(?:of|the|de|del|al|el|bin|van|von|da|di|la|le)\s+)?"
    r"\p{Lu}[\p{L}'’.-]*\p{L})*")
_YEAR = re.compile(r"(?<![\d-])(?:19[5-9]\d|20[0-4]\d)(?![\d-])")
# A name after a locative word is used as a place ("in Jabalia", "near Banda Aceh", "outside Houston").
_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|outside|across|off|into|to|around|throughout)\s+(?:the\s+)?"
    r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that name no one: function words, months and weekdays (library lists)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = {w.casefold() for w in ENGLISH_STOP_WORDS}
    words |= {w.casefold() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                      *calendar.day_abbr) if w}
    words |= {"mr", "mrs", "ms", "dr", "sept", "st"}
    return frozenset(words)


def entities(text: str) -> list[str]:
    """Capitalised names in the text: each word, and the phrase when it has several words.

    A capitalised word opening a sentence is kept only when it is part of a longer name or
    recurs in the text as a name elsewhere: "Police said ..." is no name, "Williams was ..." is.
    """
    not_names = _not_names()
    text = text or ""
    found: list[tuple[list[str], bool]] = []
    for m in _CAPITALISED.finditer(text):
        words = [w.strip(".'’").casefold() for w in m.group(0).split()]
        words = [w for w in words if len(w) > 1 and w not in not_names]
        if words:
            found.append((words, _opens_sentence(text, m.start())))
    inside = {w for ws, initial in found if not initial for w in ws}
    out: list[str] = []
    for ws, initial in found:
        if initial and len(ws) == 1 and ws[0] not in inside:
            continue  # a sentence-initial word that is never a name elsewhere
        out.extend(ws)
        if len(ws) > 1:
            out.append("_".join(ws))
    return out


@lru_cache(maxsize=1)
def _word_hasher():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=N_FEATURES, alternate_sign=False, norm=None, stop_words="english",
                             token_pattern=_WORD_PATTERN, dtype=np.float64)


@lru_cache(maxsize=1)
def _entity_hasher():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=N_FEATURES, alternate_sign=False, norm=None, analyzer=lambda names: names,
                             dtype=np.float64)


@dataclass(frozen=True)
class ArticleTerms:
    """Raw counts per hashed bucket (entity buckets offset by N_FEATURES), and what names the story."""

    counts: dict[int, float]
    top_entities: list[str]  # the most frequent names, for labels and places
    years: list[int]  # years the text names
    located: list[str]  # names the text uses as places (after in/at/near/...), most frequent first


def article_terms(docs: list[tuple[str | None, str | None]]) -> list[ArticleTerms]:
    """The terms of each (title, text): one HashingVectorizer call per bag for the whole batch."""
    docs = [(title or "", text or "") for title, text in docs]
    if not docs:
        return []
    words = _word_hasher().transform([(title + "\n") * TITLE_REPEAT + text for title, text in docs]).tocsr()
    names = [entities(title + "\n" + text) for title, text in docs]
    ents = _entity_hasher().transform(names).tocsr()
    out = []
    for i, (title, text) in enumerate(docs):
        counts: dict[int, float] = {}
        for matrix, offset in ((words, 0), (ents, N_FEATURES)):
            lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
            counts.update(zip((matrix.indices[lo:hi] + offset).tolist(), matrix.data[lo:hi].tolist()))
        top = [n.replace("_", " ") for n, _ in Counter(n for n in names[i] if "_" in n or len(n) > 3).most_common(8)]
        located = [n for n, _ in Counter(_AFTER_LOCATIVE.findall(title + "\n" + text)).most_common(12)]
        out.append(ArticleTerms(counts, top, sorted({int(y) for y in _YEAR.findall(title + " " + text)}), located))
    return out


def idf(df: int, n_docs: int) -> float:
    """scikit-learn's smoothed idf: ln((1 + n) / (1 + df)) + 1."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def weigh(counts: dict[int, float], df: dict[int, int], n_docs: int) -> dict[int, float]:
    """Sublinear tf-idf, each part (words, entities) a unit vector, then combined by weight.

    Buckets seen in one document only (df < 2) are dropped after normalising: a word no other
    article uses cannot link two articles, it only dilutes the rest.
    """
    if not counts:
        return {}
    terms = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    dfs = np.fromiter((df.get(t, 1) for t in counts), dtype=np.float64, count=len(counts))
    raw = tf * (np.log((1 + n_docs) / (1 + dfs)) + 1.0)
    out = np.zeros_like(raw)
    for part, weight in ((terms < N_FEATURES, WORD_WEIGHT), (terms >= N_FEATURES, ENTITY_WEIGHT)):
        norm = np.sqrt(np.sum(raw[part] ** 2)) or 1.0
        out[part] = weight * raw[part] / norm
    keep = dfs >= 2
    return dict(zip(terms[keep].tolist(), out[keep].tolist()))
