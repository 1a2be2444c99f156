"""World cities and regions place a story and its tolls (tasks/core/claims/places.py)."""
import pytest

from tasks.core.claims import extract_claims
from tasks.core.claims.places import place_counts, story_country


@pytest.mark.parametrize("text,expected", [
    ("Two newborns died at a hospital in Bhakkar district of Punjab.", "PK"),
    ("The fire spread across Paris, Texas, overnight.", "US"),
    ("He was born in Paris and moved on.", "FR"),
])
def test_city_as_place(text, expected):
    assert place_counts(text).most_common(1)[0][0] == expected


@pytest.mark.parametrize("text", [
    "A letter from Obama arrived.",            # a surname, not the Japanese town
    "She studied at the University of Alabama.",  # the name goes on
    "Jackson said the deal was done.",          # no locative word
    "He met Cambridge officials in London's suburbs.",  # shared by several countries
])
def test_not_a_place(text):
    assert "JP" not in place_counts(text) and "US" not in place_counts(text) and "CA" not in place_counts(text)


def test_local_story_gets_its_country():
    text = ("FREMONT — A toddler died last month in Fremont, police said.\n"
            "Officers in San Jose and Oakland were called.\nThe boy's family lives in Hayward.")
    assert story_country("Toddler dies in Fremont", text) == "US"


def test_country_names_outweigh_cities():
    text = "Kenyan police said 12 people were killed in Nairobi. Kenya mourned; a Kenyan minister in London spoke."
    assert story_country("", text) == "KE"


def test_toll_in_a_city_takes_its_country():
    ex = extract_claims("Two newborns die at Bhakkar hospital",
                        "BHAKKAR: Two newborns died for want of oxygen at a hospital in Bhakkar district on Sunday.")
    assert ex.figures and all(f.subject_country == "PK" for f in ex.figures)


def test_a_city_police_department_places_a_local_story():
    from tasks.core.claims.places import story_country
    text = ("Police arrested six people Monday during a narcotics investigation.\n"
            "Officers from the Columbus Police Department conducted a traffic stop, said a Columbus Police spokesman.\n")
    assert place_counts(text) == {"US": 2}
    assert story_country("Six arrested in drug investigation", text) == "US"


@pytest.mark.parametrize("text", [
    "The Washington Post said the plan failed.",   # a paper, not a city's service
    "Mr Paris Police said nothing.",                # after a capitalised word the name is no city's
    "Jackson Police said nothing.",                 # a name that is also a surname stays out (the city stop list)
])
def test_institution_must_not_place(text):
    assert not place_counts(text)
