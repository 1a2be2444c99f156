"""Sentence -> expected figures, kept as data in tests/data/claims_figure_cases.jsonl: each line names the behaviour it
pins ("why"), the text (and an optional title) and the expected [measure, value] pairs in order (value null: a vague
amount). An empty list means: no figure at all."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.core.claims import extract_claims

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "claims_figure_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_figure_case(case):
    ex = extract_claims(case.get("title"), case["text"], published_year=2016)
    got = [[f.measure, f.value] for f in ex.figures]
    assert got == case["expect"], got
