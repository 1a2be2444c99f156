"""A line's colon head speaks only when the words after the colon read as something said (colon_labels.reads_as_clause):
labels over lists, titles and police-log charges in real pages are no claims; transcripts and headlines still are."""
from __future__ import annotations

import pytest

from tasks.core.claims import extract_claims
from tasks.core.claims.colon_labels import reads_as_clause


def _paragraphs(path) -> str:
    paras = [" ".join(p.split()) for p in path.read_text(encoding="utf-8").split("\n\n")]
    return "\n".join(p for p in paras if p)


@pytest.mark.parametrize("page, labels", [
    ("zyte-5f03fc173ebc", {"Portion Fix Containers"}),  # a meal plan's measures
    ("zyte-9a440270bf86", {"Path B", "Path C", "Path D"}),  # a list of teams
    ("zyte-961bd85ca85a", {"Christopher D. Battin", "Elizabeth A. Burton", "Jonathan P. Blair", "Ryan S. Hollman"}),
    ("readability-lazy-image-2", {"Part Two", "Part Three"}),  # section titles
])
def test_labels_in_real_pages_are_no_speakers(corpus, page, labels):
    ex = extract_claims("", _paragraphs(corpus / "truth" / f"{page}.txt"), published_year=2022)
    names = {a.key: a.name for a in ex.actors}
    got = {names[c.claimant_key] for c in ex.claims if c.rule == "rules.colon_speaker"}
    assert not got & labels, got & labels


@pytest.mark.parametrize("rest, said", [
    ("1 Green, 1 Purple, 1 Red, 1 tsp.", False),
    ("Possession of methamphetamine, possession of a Schedule IV substance, held in jail", False),
    ("The End of the Renaissance", False),
    ("Bosnia and Herzegovina, Slovakia, Republic of Ireland", False),
    ("Well, I think the whole nation needs to work together.", True),  # past a transcript's "Well,"
    ("Lindsay Lohan checks into rehab facility", True),
    ("Saints suffer major injury, Thomas to IR", True),  # a headline's plain present
    ("Two men die in crash", True),  # after a plural subject
    ("“I can’t think of anything else”", True),
])
def test_reads_as_clause(rest, said):
    assert reads_as_clause(rest) is said


def test_a_transcript_speaker_in_capitals_is_not_placed_by_a_province_in_the_name():
    """"MARY FALLIN:" once took Turkmenistan's Mary province as the governor's country."""
    ex = extract_claims(None, "Partial transcript follows.\nThe governor spoke on CNN on Sunday.\n"
                        "She was asked about the campaign.\nMARY FALLIN: Well, I think the whole nation needs to work "
                        "together.", published_year=2016)
    got = [(a.name, a.country) for c in ex.claims for a in ex.actors if a.key == c.claimant_key]
    assert got == [("Mary Fallin", None)]


def test_a_headline_police_is_not_the_polish_town_of_police():
    ex = extract_claims("Police: Two men die in crash", "Two men died early Sunday.", published_year=2016)
    got = [(a.name, a.country) for c in ex.claims for a in ex.actors if a.key == c.claimant_key]
    assert got == [("Police", None)]
