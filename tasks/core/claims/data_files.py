"""Reads the claims package's data files (data/*.tsv): a `#` comment header, then tab-separated columns.

The word-list modules (cue_words, source_words, people_words, name_words, body_words, place_words, figure_words,
gazetteer_rows) read their files through these few readers, so the format is parsed in one place.
"""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_rows(name: str) -> list[list[str]]:
    """The rows of a data file, comment lines and blank lines left out."""
    with (DATA / name).open(encoding="utf-8") as f:
        return [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]


def read_words(name: str) -> frozenset[str]:
    """The first column of a one-word-a-line data file (most word lists here)."""
    return frozenset(r[0] for r in read_rows(name))


def read_word_list(name: str) -> tuple[str, ...]:
    """The first column of a data file in file order, for a list whose order a pattern keeps."""
    return tuple(r[0] for r in read_rows(name))


def read_pair_list(name: str) -> list[tuple[str, str]]:
    """The first two columns of a data file, in file order."""
    return [(r[0], r[1]) for r in read_rows(name)]


def read_pairs(name: str) -> dict[str, str]:
    """A word -> value data file: the first column -> the second (a word given twice: its last row)."""
    return dict(read_pair_list(name))


def phrases(column: str) -> frozenset[str]:
    """The space-separated entries of a column, each with '_' for the spaces inside it: 'head_of_state' -> head of state."""
    return frozenset(t.replace("_", " ") for t in column.split())


def read_tags(name: str) -> dict[str, frozenset[str]]:
    """A word -> tags data file: the first column, and the space-separated tags of the second."""
    return {r[0]: frozenset(r[1].split()) for r in read_rows(name)}


def read_groups(name: str, key: int = 0, value: int = 1) -> dict[str, tuple[str, ...]]:
    """A data file's rows grouped by one column: each value of column `key` (in the order it first comes) -> the
    entries of column `value` on its rows, in file order, for lists whose order a pattern keeps."""
    out: dict[str, list[str]] = {}
    for r in read_rows(name):
        out.setdefault(r[key], []).append(r[value])
    return {k: tuple(v) for k, v in out.items()}


def read_parts(name: str) -> dict[str, frozenset[str]]:
    """A word -> parts data file read the other way round: each part, and the words that play it."""
    out: dict[str, set[str]] = {}
    for form, parts in read_rows(name):
        for part in parts.split():
            out.setdefault(part, set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}
