"""Attribution: documents, descriptors, second rows and pronoun gender (claims 0.6.6)."""
from tasks.core.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str]]:
    ex = extract_claims("", text)
    names = {a.key: a.name for a in ex.actors}
    return [(names[c.claimant_key], c.reporting_verb) for c in ex.claims]


def test_records_and_data_are_claimants():
    assert _claims("The families struggled, according to court records.") == [("Court records", "according to")]
    assert _claims("Some 1.5 million fled, according to United Nations figures.")[0][0] == "United Nations"


def test_study_published_in_a_journal():
    assert _claims("One study published this May in JAMA Pediatrics found that 340 children died.")[0][0] == "JAMA Pediatrics"


def test_descriptor_before_a_name_and_indefinite_apposition():
    assert _claims('"It is a catastrophe," said the charity Medical Aid for Palestinians.')[0][0] == "Medical Aid for Palestinians"
    who = _claims("The Syrian Observatory for Human Rights, a Britain-based monitor group, said 20 people died.")
    assert who[0][0] == "Syrian Observatory for Human Rights"


def test_second_stance_verb_gets_its_own_row():
    rows = _claims("Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds and called on the "
                   "government to withdraw the army.")
    assert [v for _, v in rows] == ["said", "called on"] and all("Nadia Cruz" in n for n, _ in rows)


def test_pronoun_respects_known_gender():
    text = ("Mr. John Lorenz spoke first. “It was late,” he said. Ellen Fetter said it was early. "
            "“He carried a lot in his head,” she said.")
    assert _claims(text)[-1][0] == "Ellen Fetter"
