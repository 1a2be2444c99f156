"""Issue 10: no claimant is a sentence-initial adverb, conjunction, preposition or contraction, or a demonym alone
("Afterwards Penny", "While Pam", "Yet", "When", "Couldn't", "To Antony Blinken"), checked on the issue's shapes
and on every claim the extractor makes from the real corpus' truth texts."""
from __future__ import annotations

import json

import pytest

from tasks.core.claims import extract_claims
from tasks.core.claims.claimants import bad_name
from tasks.core.claims.gazetteer import DEMONYMS
from tasks.core.claims.name_words import not_name_start


def _claimants(text: str) -> list[tuple[str, str]]:
    ex = extract_claims(None, text, published_year=2020)
    names = {a.key: a.name for a in ex.actors}
    return [(names[c.claimant_key], c.claimant_text) for c in ex.claims]


def _bad(name: str) -> bool:
    words = name.split()
    return bad_name(name) or (len(words) > 1 and words[0].lower() in not_name_start())


@pytest.mark.parametrize("text, speaker", [
    ("Afterwards Penny said the vote had been rigged.", "Penny"),
    ("While Pam argued that the plan would fail, the board approved it.", "Pam"),
    ("Although Reynolds says that Santilli broke the story, others disagree.", "Reynolds"),
    ("Meanwhile Gonzalez said the talks would resume on Monday.", "Gonzalez"),
])
def test_a_leading_function_word_is_not_part_of_the_name(text, speaker):
    got = _claimants(text)
    assert any(name == speaker for name, _ in got), got
    assert not any(_bad(name) or _bad(said) for name, said in got), got


@pytest.mark.parametrize("text", [
    "Yet said the numbers were wrong.",
    "When asked, officials said the numbers were wrong.",
    "Couldn't said the numbers were wrong.",
    "Armenian said the numbers were wrong.",
    "If you’d told me you ’ve understood that the plan failed, I would have listened.",
    "About 48.6% indicated that they had no religion, the census found.",
    "Historical notes at the end separate fact from fiction.",
])
def test_no_claimant_is_only_a_function_word_contraction_or_demonym(text):
    got = _claimants(text)
    assert not any(_bad(name) for name, _ in got), got


def test_bad_name_rules():
    assert bad_name("Yet") and bad_name("When") and bad_name("Couldn't") and bad_name("Armenian")
    assert bad_name("’ve") and bad_name("48.6%") and bad_name("’s")
    assert not bad_name("Lowe’s") and not bad_name("3M") and not bad_name("Armenia") and not bad_name("US") and not bad_name("Will") and not bad_name("Penny")
    assert "Armenian" in DEMONYMS


def test_no_bad_claimant_in_the_corpus(corpus):
    """Every claimant the extractor makes from the corpus' truth texts (real news from many countries)."""
    seen = 0
    bad = []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("truth_path") or row.get("lang", "en") != "en":
            continue
        text = (corpus / row["truth_path"]).read_text(encoding="utf-8")
        for name, said in _claimants(text):
            seen += 1
            if _bad(name):
                bad.append((row["id"], name, said))
        if seen > 1500:
            break
    assert seen > 200  # the check looked at real claims
    assert not bad, bad[:20]
