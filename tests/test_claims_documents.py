"""A document that speaks ("a 2014 report from the World Bank", "a survey conducted this month") is an organisation-like
source, not a person, and no later "they" or "the company" refers back to it; nor does it stop "she" from meaning
the person who spoke before it."""
from __future__ import annotations

from tasks.core.claims import extract_claims
from tasks.core.claims.groups import np_head


def _rows(text: str) -> list[tuple[str, str, str]]:
    ex = extract_claims(None, text, published_year=2016)
    actors = {a.key: a for a in ex.actors}
    return [(actors[c.claimant_key].name, actors[c.claimant_key].kind, c.claimant_text) for c in ex.claims]


def test_the_head_of_a_described_document_is_the_document():
    assert np_head("a 2014 report from the World Bank") == "report"
    assert np_head("data released by MOTIE in August") == "data"
    assert np_head("the governor of Texas") == "governor"


def test_a_document_with_its_author_is_not_a_person():
    rows = _rows("Poverty will rise sharply, according to a 2014 report from the World Bank.")
    assert rows and rows[0][1] == "organization", rows


def test_they_is_not_the_survey_that_spoke_last():
    rows = _rows("Union leaders met in Chicago on Monday. Most voters back the plan, according to a survey conducted "
                 "this month by the Pew Research Center. They said the plan would raise wages.")
    assert any("survey" in name.lower() for name, _, _ in rows), rows  # the survey speaks once
    assert not any(said == "They" and "survey" in name.lower() for name, _, said in rows), rows
