"""Figures on news English in general: subject countries from ambiguous place names, multi-country and
airliner tolls, ethnic groups, the story's focus; recall of ordinal and short tolls."""
from __future__ import annotations

import pytest

from tasks.core.claims import extract_claims


def figs(text: str, title: str | None = None) -> list[tuple]:
    ex = extract_claims(title, text, published_year=2021)
    return [(f.measure, f.value, f.qualifier, f.subject_country) for f in ex.figures]


def test_ambiguous_place_reads_as_the_story_country():
    # "Santa Barbara" is also a Honduran department; in an American story it is the Californian city
    text = ("LOS ANGELES — Police in California said the suspect was arrested in Los Angeles on Friday.\n"
            "The governor of California and the mayor of Los Angeles spoke to reporters.\n"
            "The gunman had killed four people near Santa Barbara's harbor last year.")
    assert ("killed", 4.0, "exact", "US") in figs(text)


def test_story_focus_when_no_place_is_named():
    text = ("Federal health officials warned American doctors on Tuesday about the virus.\n"
            "American health officials said the outbreak was contained. American hospitals were told to watch for it.\n"
            "Three people died, and dozens more may have been exposed.")
    assert ("killed", 3.0, "exact", "US") in figs(text)


@pytest.mark.parametrize("sent", [
    "The agency said malaria has killed more than 5,000 people in Mali, Niger and Chad this year.",
    "The bombings of the embassies in Kenya and Tanzania killed more than 200 people.",
])
def test_toll_over_several_countries_has_no_subject(sent):
    text = "NAIROBI — Kenyan officials met on Monday in Nairobi. Kenya's president spoke.\n" + sent
    assert [f[3] for f in figs(text) if f[0] == "killed"] == [None]


@pytest.mark.parametrize("sent", [
    "The jetliner crashed into the sea shortly after take-off, killing all 157 people on board.",
    "Two crashes of the Boeing jet in five months killed a total of 189 people.",
])
def test_airliner_toll_is_of_mixed_nationality(sent):
    text = "DUBAI — The Emirati carrier ordered new planes at the Dubai show, UAE officials said.\n" + sent
    assert [f[3] for f in figs(text) if f[0] == "killed"] == [None]


def test_ethnic_group_names_its_country():
    text = ("HONG KONG — Protesters in Hong Kong marched again on Sunday.\n"
            "Leaked files describe the detention of a million or more Uyghurs in camps.")
    assert ("detained", 1000000.0, "at_least", "CN") in figs(text)


def test_side_names_the_country():
    text = "GAZA — Airstrikes hit Gaza again.\nMore than 300 people have been killed on the Israeli side, officials said."
    assert [f[3] for f in figs(text) if f[0] == "killed"] == ["IL"]


def test_death_rate_is_no_count():
    assert figs("With 2.5 billion passengers flown last year, the death rate of travellers fell again.") == []


@pytest.mark.parametrize("sent,expected", [
    ("State officials are confirming a 4th death tied to the outbreak.", ("killed", 4.0)),
    ("The county reported its third fatality from the heat wave on Sunday.", ("killed", 3.0)),
    ("Roughly 9,000 die.", ("killed", 9000.0)),
    ("As hundreds more residents staged sit-in protests outside the ministry, police watched.", ("protesters", None)),
])
def test_ordinal_short_and_crowd_figures(sent, expected):
    assert expected in [(m, v) for m, v, _, _ in figs(sent)]


@pytest.mark.parametrize("sent", ["He could face the death penalty.", "It was her second death-defying stunt.",
                                  "The die-hard fans rallied nothing."])
def test_no_ordinal_or_die_false_positives(sent):
    assert [f for f in figs(sent) if f[0] == "killed"] == []


def _claimants(text: str) -> list[tuple]:
    ex = extract_claims(None, text, published_year=2021)
    names = {a.key: a.name for a in ex.actors}
    return [(f.measure, f.value, names.get(f.claimant_key)) for f in ex.figures]


def test_clipped_sentence_goes_on_with_the_statistic_sourced_before_it():
    text = ("Every year about 40,000 people catch the fever in the region, according to the World Health Organization. "
            "Some 1,200 die.")
    assert _claimants(text) == [("killed", 1200.0, "World Health Organization")]


def test_a_long_sentence_or_a_new_paragraph_is_the_outlet_again():
    text = ("Every year about 40,000 people catch the fever in the region, according to the World Health Organization.\n"
            "Some 1,200 die.")
    assert _claimants(text) == [("killed", 1200.0, None)]
    text = ("Every year about 40,000 people catch the fever in the region, according to the World Health Organization. "
            "In the floods that hit the capital last spring, a further 1,200 people died in their homes.")
    assert _claimants(text) == [("killed", 1200.0, None)]


@pytest.mark.parametrize("sent,expected", [
    ("Last moments of Brooklyn mother of 12 killed in crossfire caught on tape", []),
    ("A father of three was killed in the attack, police said.", []),
    ("The mother of two of the 12 people killed spoke on Monday.", [("killed", 12.0)]),
])
def test_a_parent_of_n_is_family_size_not_a_toll(sent, expected):
    assert [(m, v) for m, v, _, _ in figs(sent)] == expected


@pytest.mark.parametrize("sent, expected", [
    # "killed" has its own count right after it: the 14,000 in shelters were not killed (they are displaced)
    ("The quakes have led over 14,000 people taking shelter in tents, destroyed hundreds of buildings, killed one "
     "person and injured dozens of others, the agency said.", [("displaced", 14000.0), ("killed", 1.0), ("wounded", None)]),
    ("Some 300 people fled, and the attack killed five civilians, police said.", [("displaced", 300.0), ("killed", 5.0)]),
    # a time span after the verb is no count of its own
    ("More than 200 people were killed 2 days ago in the attack, officials said.", [("killed", 200.0)]),
    ("At least 49 soldiers were killed and 30 injured, the ministry said.", [("killed", 49.0), ("wounded", 30.0)]),
])
def test_a_verb_with_its_own_count_is_not_an_earlier_counts_verb(sent, expected):
    assert [(f[0], f[1]) for f in figs(sent)] == expected


@pytest.mark.parametrize("sent, value", [
    ("Eight people had suffered from serious injury, the agency said.", 8.0),
    ("Twelve people were treated in hospital, police said.", 12.0),
    ("About 300 others were given outpatient treatment, the agency said.", 300.0),
    ("A jury returned a guilty verdict for the murder of a mother and the injury of two others.", 2.0),
])
def test_injury_and_hospital_treatment_count_the_wounded(sent, value):
    assert [(f[0], f[1]) for f in figs(sent)] == [("wounded", value)]


@pytest.mark.parametrize("sent", ["The striker, 25, missed three games with injury.",
                                  "Seven players are out with injury this season."])
def test_injury_of_players_is_no_toll(sent):
    assert figs(sent) == []


@pytest.mark.parametrize("sent, expected", [
    # a bare day or time word right after a count governed by its verb (AP style, no "on"): still the verb's object
    ("A series of earthquakes killed a 10-year-old girl and injured dozens Sunday in remote eastern Indonesia.",
     [("wounded", None)]),
    ("Police arrested hundreds Tuesday night after the match.", [("detained", None)]),
    ("The blast injured dozens overnight in the capital.", [("wounded", None)]),
    # no verb's object: a day is no count's noun either way
    ("The club hosted dozens Sunday afternoon.", []),
])
def test_a_time_word_after_a_verbs_count(sent, expected):
    assert [(f[0], f[1]) for f in figs(sent)] == expected
