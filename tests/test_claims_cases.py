"""The one runner of sentence -> expected behaviour cases kept as data.

tests/data/claims_figure_cases.jsonl: each line names the behaviour it pins ("why"), the text (and an optional title)
and the expected [measure, value] figures in order (value null: a vague amount); an empty list means no figure at all.
An optional "subjects" list gives each figure's subject country, in the same order (null: none); an optional "years"
list each figure's event year (null: none), with "published_year" / "published_month" as below; an optional
"qualifiers" list each figure's qualifier (exact, at_least, ...).

tests/data/claims_attribution_cases.jsonl: claimant (and, where given, the rule that must produce the row) cases, each line names the behaviour it pins ("why"), the text (and an optional
title) and the expected [claimant name, rule or null(, country)] entries in order. An empty list means: no claim at all.
An optional "direct" list gives each claim's is_direct_quote, in the same order; an optional "types" list each claim's
claim_type; an optional "figures" list each figure's [measure, value, event_year]. "published_year" (default 2016; null:
an undated text) is the article's year, an optional "published_month" (1-12) its month; an optional "figure_claimants" list each figure's claimant name (null: none).
In both files an optional "home_country" is the outlet's country (what url_country reads from the page's address)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.core.claims import extract_claims



def _cases(name: str) -> list[dict]:
    path = Path(__file__).parent / "data" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _extract(case: dict):
    ex = extract_claims(case.get("title"), case["text"], published_year=case.get("published_year", 2016),
                        published_month=case.get("published_month"), home_country=case.get("home_country"))
    assert not ex.degraded, ex.degraded  # a parse the syntactic core could not read is a bug, even where rows survive
    return ex


FIGURE_CASES = _cases("claims_figure_cases.jsonl")
CASES = _cases("claims_attribution_cases.jsonl")


@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c["why"][:60] for c in FIGURE_CASES])
def test_figure_case(case):
    figures = _extract(case).figures
    got = [[f.measure, f.value] for f in figures]
    assert got == case["expect"], got
    if "subjects" in case:
        assert [f.subject_country for f in figures] == case["subjects"], got
    if "years" in case:
        assert [f.event_year for f in figures] == case["years"], [f.event_year for f in figures]
    if "qualifiers" in case:
        assert [f.qualifier for f in figures] == case["qualifiers"], [f.qualifier for f in figures]
    if "claimants" in case:  # each figure's claimant name (null: the outlet's own voice)
        ex = _extract(case)
        actors = {a.key: a for a in ex.actors}
        assert [actors[f.claimant_key].name if f.claimant_key else None for f in ex.figures] == case["claimants"]


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_attribution_case(case):
    ex = _extract(case)
    actors = {a.key: a for a in ex.actors}
    got = [(actors[c.claimant_key].name, c.rule, actors[c.claimant_key].country) for c in ex.claims]
    assert [g[0] for g in got] == [e[0] for e in case["expect"]], got
    if "direct" in case:
        assert [c.is_direct_quote for c in ex.claims] == case["direct"], got
    if "types" in case:
        assert [c.claim_type for c in ex.claims] == case["types"], got
    if "figures" in case:
        assert [[f.measure, f.value, f.event_year] for f in ex.figures] == case["figures"]
    if "figure_claimants" in case:  # each figure's claimant name (null: none)
        assert [actors[f.claimant_key].name if f.claimant_key else None for f in ex.figures] == case["figure_claimants"]
    for (name, rule, country), (want_name, want_rule, *want_country) in zip(got, case["expect"]):
        if want_rule is not None:
            assert rule == want_rule, got
        if want_country:  # a third element, when given, is the claimant's country (null: none)
            assert country == want_country[0], got
