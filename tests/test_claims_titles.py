"""The titles table (tasks/core/claims/data/titles.tsv) is the one source of every title pattern: each reader built
from it knows each title the table lists, and the table's columns say what the readers rely on."""
from __future__ import annotations

import pytest
import regex as re

from tasks.core.claims.actor_patterns import TITLE
from tasks.core.claims.data_files import read_rows
from tasks.core.claims.name_words import OFFICE_TITLES, title_genders, title_pattern, titles
from tasks.core.claims.sentences import split_sentences

ROWS = read_rows("titles.tsv")
ABBREVIATIONS = [t for t, _ in titles(form="abbr", suffixes=True)]


def test_the_table_is_well_formed():
    kinds = {"honorific", "honour", "academic", "elected", "political", "military", "police", "clergy", "suffix"}
    assert len({r[0] for r in ROWS}) == len(ROWS), "a title listed twice"
    for title, form, kind, dot, gender in ROWS:
        assert form in ("abbr", "word") and kind in kinds and gender in ("he", "she", "-"), title
        assert (dot in ("optional", "required")) == (form == "abbr"), title


@pytest.mark.parametrize("title", ABBREVIATIONS)
def test_a_dot_after_an_abbreviated_title_ends_no_sentence(title):
    assert split_sentences(f"The report was read by {title}. Maria Lopez on Monday.") == \
        [f"The report was read by {title}. Maria Lopez on Monday."]


def test_every_title_before_a_name_is_a_title_of_the_actor_patterns():
    for title, _ in titles(OFFICE_TITLES, "abbr"):
        assert re.fullmatch(TITLE, title + "."), title
    for title, _ in titles(OFFICE_TITLES, "word"):
        assert re.fullmatch(TITLE, title), title


def test_a_required_dot_is_required():
    pattern = re.compile(rf"(?:{title_pattern(form='abbr')})")
    assert pattern.fullmatch("Det.") and not pattern.fullmatch("Det")  # "Det Norske Veritas"
    assert pattern.fullmatch("Sgt") and pattern.fullmatch("Sgt.")


def test_longer_titles_come_first_in_the_pattern():
    alternatives = title_pattern().split("|")
    assert alternatives.index(r"Mrs\.?") < alternatives.index(r"Mr\.?")
    assert alternatives.index(r"Sens\.") < alternatives.index(r"Sen\.?")


def test_a_knighthood_is_no_office_title_and_tells_the_gender():
    assert ("Sir", False) not in titles(OFFICE_TITLES) and ("Sir", False) in titles()
    assert title_genders()["dame"] == "she" and "dr" not in title_genders()
