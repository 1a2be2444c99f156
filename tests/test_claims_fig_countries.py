"""Figures on unseen international news: shelter as displacement, an epidemic's casualties, tolls spread over a
region, places in another clause, and officials placed by their office (issue 10)."""
import pytest

from tasks.core.claims import extract_claims
from tasks.core.claims.sentences import split_sentences

# An Indonesian story: the country is clear from its opening, as in a wire report.
_ID = ("Indonesia earthquake: quake hits Indonesia's Papua province\n"
       "A powerful earthquake struck Indonesia's Papua province on Sunday, Indonesian officials said.\n"
       "Indonesia's disaster agency said houses were damaged in Indonesia.\n")


def figs(text, title=""):
    ex = extract_claims(title, text, published_year=2022)
    names = {a.key: (a.name, a.country) for a in ex.actors}
    return [(f.measure, f.value_text, f.subject_country, names.get(f.claimant_key)) for f in ex.figures]


@pytest.mark.parametrize("text,expected", [
    ("Around 14,000 people flooded into camps on high ground.", [("displaced", "14,000")]),
    ("The quakes forced thousands of people to take refuge in camps.", [("displaced", "thousands")]),
    ("About 1,000 residents had taken shelter in a military field.", [("displaced", "1,000")]),
    ("The quake has led over 14,000 people taking shelters in tents.", [("displaced", "14,000")]),
    ("About 300 people slept outdoors on Tuesday night.", [("displaced", "300")]),
    ("Eight people suffered serious injury and 261 other got minor injury.", [("wounded", "Eight"), ("wounded", "261")]),
    # must not: a relative clause about where they sheltered does not make the dead displaced
    ("Three Palestinians, who had sought refuge in a school, died when a missile hit it.", [("killed", "Three")]),
])
def test_shelter_and_other(text, expected):
    assert [(m, v) for m, v, _, _ in figs(text)] == expected


def test_other_before_a_noun_is_not_the_head():
    ex = extract_claims("", "Two other soldiers were killed.", published_year=2022)
    assert [(f.measure, f.value_text, f.subject_group) for f in ex.figures] == [("killed", "Two", "military")]


_COVID = "Coronavirus in Bihar: cases rise\nThe state recorded 749 new Covid-19 cases as the virus spread.\n"


def test_epidemic_casualties_are_deaths():
    got = figs(_COVID + "The district accounts for 12 casualties so far, including 215 active cases.")
    assert [(m, v) for m, v, _, _ in got] == [("killed", "12")]


@pytest.mark.parametrize("text", [
    # must not: a road accident's casualties in the same story include the injured
    _COVID + "A bus crash on the highway left 12 casualties.",
    # must not: without an epidemic story casualties stay casualties
    "Fighting in the north left 12 casualties, officials said.",
])
def test_other_casualties_stay(text):
    assert [(m, v) for m, v, _, _ in figs(text)] == [("casualties", "12")]


@pytest.mark.parametrize("sentence", [
    "In 2004 a huge earthquake off Aceh triggered a tsunami that killed 230,000 people across Asia.",
    "In 2004 a quake triggered a tsunami that killed some 230,000 people around the Indian Ocean.",
    "In 2004 a quake off Aceh triggered a tsunami that killed 230,000 people in 14 countries.",
])
def test_toll_over_a_region_has_no_subject_country(sentence):
    assert [(m, s) for m, _, s, _ in figs(_ID + sentence)] == [("killed", None)]


def test_region_of_a_later_count_does_not_take_the_first():
    # must not: "in countries around the Indian Ocean" belongs to "tens of thousands more"
    got = figs(_ID + "In 2004 a tsunami killed 170,000 people in the province and tens of thousands more in "
                     "countries around the Indian Ocean.")
    assert got[0][:3] == ("killed", "170,000", "ID")


def test_place_in_a_relative_clause_is_not_the_victims():
    got = figs(_ID + "A girl was killed and dozens of others were injured in the quakes, which also sent small "
                     "tsunamis into Japan's southeastern coast.")
    assert [s for _, v, s, _ in got if v == "dozens"] == ["ID"]


def test_place_before_a_killing_verb_names_no_killer():
    # the agency is Indonesian and the clause names Indonesia as a place: the quake killed, not the agency
    got = figs(_ID + "The quakes in Papua in easternmost of Indonesia have destroyed hundreds of buildings, killed one "
                     "person and injured dozens others, the local disaster management agency said.")
    assert {(m, s) for m, _, s, _ in got} == {("killed", "ID"), ("wounded", "ID")}


def test_rank_abbreviations_do_not_end_a_sentence():
    assert split_sentences("The police spokesman Snr. Comr. Agus Rianto told reporters. Insp. Ali left.") == [
        "The police spokesman Snr. Comr. Agus Rianto told reporters.", "Insp. Ali left."]


@pytest.mark.parametrize("sentence,name", [
    ("The regency police spokesman Snr. Comr. Agus Rianto told reporters the quakes had injured 11 residents.",
     "Agus Rianto"),
    ("At least 50 people were hospitalised, Henri Sembiring a local health official, said.", "Henri Sembiring"),
    ("Five people were killed in the quake, said Fauzi, an official of the local disaster agency.", "Fauzi"),
])
def test_local_official_takes_the_story_country(sentence, name):
    got = figs(_ID + sentence)
    assert got and got[0][3] == (name, "ID")


def test_lone_name_without_office_stays_unplaced():
    # must not: a lone name with no office in apposition gets no country from the story
    got = figs(_ID + "Five people were killed in the quake, said Fauzi, who like many Indonesians uses one name.")
    assert got and got[0][3] == ("Fauzi", None)


def test_provinces_under_a_grouping_unit_name_their_country():
    from tasks.core.claims.context import country_mentions
    # Indonesia's provinces sit under "geographical units" in ISO 3166-2: still places readers know
    assert set(country_mentions("Quakes shook Aceh and Papua; Bali was calm.")) == {"ID"}
    # must not: the longer country name wins over the province inside it
    assert set(country_mentions("Papua New Guinea sent aid.")) == {"PG"}


@pytest.mark.parametrize("sentence,country", [
    ("Seven Cameroonian soldiers were killed in the attack.", "CM"),
    ("Twelve Honduran migrants were detained at the border.", "HN"),
    ("Five Ghanaian peacekeepers were wounded.", "GH"),
    ("Three Zimbabwean journalists were arrested.", "ZW"),
    ("Two Sierra Leonean workers were killed.", "SL"),
])
def test_demonyms_of_countries_the_rules_never_saw(sentence, country):
    assert [s for _, _, s, _ in figs(sentence)] == [country]


def test_misderived_demonym_is_not_displayed():
    from tasks.core.claims.groups import demonym_of
    assert demonym_of("ZW") == "Zimbabwean" and demonym_of("GH") == "Ghanaian"


# A British story about an Ebola patient: its country is clear from its opening.
_GB = ("Scottish Ebola patient named\n"
       "A British nurse who contracted Ebola in Sierra Leone is being treated at a London hospital, British officials said.\n"
       "Scotland's First Minister said Scotland was well prepared.\n")


def test_toll_after_a_sentence_spreading_the_event_over_countries_has_no_subject_country():
    got = figs(_GB + "The outbreak began in Guinea in December 2013 and quickly spread to Liberia and Sierra Leone.\n"
                     "The World Health Organisation (WHO) has reported a total of 7,793 deaths.")
    assert [(m, s) for m, _, s, _ in got] == [("killed", None)]


def test_toll_after_a_sentence_naming_one_country_keeps_the_story_country():
    # must not: a single country named before, or a country's own voice, does not make the toll a region's
    got = figs(_GB + "The outbreak began in Guinea in December 2013.\n"
                     "The World Health Organisation (WHO) has reported a total of 7,793 deaths.")
    assert [(m, s) for m, _, s, _ in got] == [("killed", "GB")]
