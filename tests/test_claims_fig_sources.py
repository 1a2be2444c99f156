"""Figure claimants in general news English: who keeps the count ("figures from X", "X's tally", "recorded by X")."""
import pytest

from tasks.core.claims import extract_claims

CTX = "Kenya's health ministry said on Sunday that the strikes continued.\n\n"


def claimants(text, ctx=CTX):
    ex = extract_claims("", ctx + text, published_year=2024)
    n0 = len(extract_claims("", ctx, published_year=2024).sentences) if ctx else 0
    names = {a.key: a.name for a in ex.actors}
    return [(f.value_text, names.get(f.claimant_key)) for f in ex.figures if f.sentence_index >= n0]


@pytest.mark.parametrize("text,expected", [
    ("Figures from the health ministry show 12 people were killed.", [("12", "Ministry of Health of Kenya")]),
    ("The ministry's tally rose to 56 dead.", [("56", "Ministry of Health of Kenya")]),
    ("The ministry's figures show 23 people were wounded.", [("23", "Ministry of Health of Kenya")]),
    ("Statistics from the health ministry showed 25 arrests.", [("25", "Ministry of Health of Kenya")]),
    ("Twelve deaths were recorded by the health ministry.", [("Twelve", "Ministry of Health of Kenya")]),
    ("The Gaza health ministry recorded 90 deaths on Monday.", [("90", "Ministry of Health of Palestine")]),
    ("A toll compiled by AFP shows 22 people were killed.", [("22", "AFP")]),
    ("A Reuters tally shows 35 people killed.", [("35", "Reuters")]),
    ("An AFP tally based on official figures puts the toll at 37.", [("37", "AFP")]),
    ("Thirty people were killed in the strike, figures from the health ministry show.",
     [("Thirty", "Ministry of Health of Kenya")]),
    ("The daily rise in deaths reported by the health ministry on Friday was 777.", [("777", "Ministry of Health of Kenya")]),
    ("There were 45 deaths reported by the ministry on Monday.", [("45", "Ministry of Health of Kenya")]),
    ("The 30 deaths confirmed by Ukrainian authorities include 5 children.", [("30", "Ukrainian authorities")]),
    ("According to the ministry's tally, 45 people have died.", [("45", "Ministry of Health of Kenya")]),
    ("A spokesperson for the health ministry said 22 people had died.", [("22", "Ministry of Health of Kenya")]),
    ("The ministry raised the death toll to 42.", [("42", "Ministry of Health of Kenya")]),
    ("The health ministry's spokesman said 63 people had been wounded.", [("63", "Ministry of Health of Kenya")]),
    ("The ministry revised the toll to 43.", [("43", "Ministry of Health of Kenya")]),
    ("The ministry updated its toll to 44 on Monday.", [("44", "Ministry of Health of Kenya")]),
    ("The ministry gave a toll of 45.", [("45", "Ministry of Health of Kenya")]),
    ("The ministry puts the number of wounded at 47.", [("47", "Ministry of Health of Kenya")]),
    ("The ministry later lowered the toll to 51.", [("51", "Ministry of Health of Kenya")]),
    ("At least 48 people were killed, per the health ministry.", [("48", "Ministry of Health of Kenya")]),
    ("The death toll stands at 59, according to the latest ministry figures.", [("59", "Ministry of Health of Kenya")]),
    ("According to a ministry statement, 60 people were killed.", [("60", "Ministry of Health of Kenya")]),
    ("Twenty-two people had died, an official at the health ministry said.", [("Twenty-two", "Ministry of Health of Kenya")]),
    ("The number of dead has risen to 21, according to figures released by the ministry.",
     [("21", "Ministry of Health of Kenya")]),
])
def test_count_keepers(text, expected):
    assert claimants(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the outlet's own voice, or figures about a place
    ("Figures for the year show 3,000 people were displaced.", [("3,000", None)]),
    ("Data released on Monday showed 30 people died.", [("30", None)]),
    ("The toll from the floods rose to 50.", [("50", None)]),
    ("Figures from Gaza show 40 people were killed.", [("40", None)]),
    # a country's toll is the deaths there, not the country's claim; its count is its claim
    ("Kenya's death toll rose to 41.", [("41", None)]),
    ("Italy's toll of 19,899 is the highest in Europe.", [("19,899", None)]),
    ("Israel's count of 1,200 dead includes soldiers.", [("1,200", "Israel")]),
    # "what X says" speaks only of what follows it
    ("A million people have been displaced since December near the border, causing what the United Nations says "
     "may be the worst crisis in years.", [("A million", None)]),
])
def test_no_keeper(text, expected):
    assert claimants(text, ctx="") == expected


@pytest.mark.parametrize("text", [
    "The band recorded 12 songs in the studio.",
    "Spain has recorded about 157,000 cases.",
    "The UN estimate was revised on Monday.",
    "Stack Overflow's data presentation could use some refining.",
])
def test_no_claim(text):
    assert extract_claims("", text).claims == []


def test_announced_in_a_place():
    # "deaths announced in New York state": the place's authorities announce them; "reported in" says where
    ex = extract_claims("", "The daily rise in coronavirus deaths announced in New York state on Friday was 777, "
                            "down slightly from the record high of 799 the day before.")
    assert [(f.value_text, f.claimant_key) for f in ex.figures] == [("777", "org:new york state"), ("799", "org:new york state")]
    assert {a.key: a.country for a in ex.actors}["org:new york state"] == "US"
    assert all(c.claimant_key != "country:IT" for c in extract_claims("", "Cases reported in Italy rose to 1,000.").claims)


@pytest.mark.parametrize("text", [
    "The storm put an end to the search.",
    "The company raised its prices by 12 percent.",
    "He set a record of 45 goals.",
])
def test_no_toll_setting(text):
    assert extract_claims("", text).claims == []


def test_office_of_a_person_named_by_surname():
    # "Kindiki's office said": the office speaks for its holder, named before by full name
    assert claimants("Kindiki's office said 15 people were arrested.",
                     ctx="Kenya's interior minister Kithure Kindiki spoke on Sunday in Nairobi.\n\n") == [("15", "Kithure Kindiki")]
    # an office of no one known is the office itself (any noun phrase can be a claimant)
    assert claimants("Moody's office said 3 people died.", ctx="") == [("3", "Moody's office")]


@pytest.mark.parametrize("text,expected", [
    ("Kenyan police arrested 20 protesters, the Daily Nation newspaper reported.", [("20", "Daily Nation")]),
    ("The Kompas daily said 23 people were injured.", [("23", "Kompas")]),
    ("The Kenyan newspaper said 21 people were arrested.", [("21", "Kenyan newspaper")]),
])
def test_outlet_named_with_its_kind(text, expected):
    assert claimants(text, ctx="") == expected


def test_body_named_with_on():
    # "the Kenya National Commission on Human Rights", "the National Institute on Drug Abuse": one name
    assert claimants("The Kenya National Commission on Human Rights said 39 people had been killed.", ctx="") == [
        ("39", "Kenya National Commission on Human Rights")]
    assert claimants("The Commission on Monday said 12 people had been killed.", ctx="") == [("12", "Commission")]


def test_lower_case_office_places_its_holder():
    text = ("NAIROBI, Kenya — Protests continued in Nairobi, Kenya on Tuesday as Kenyan police fired tear gas.\n\n"
            "A total of 19 people have died, health ministry spokesman Mutahi Kagwe said.\n\n"
            "Twelve people were confirmed dead by the health ministry.")
    ex = extract_claims("", text, published_year=2024)
    acts = {a.key: a for a in ex.actors}
    assert [(f.value_text, acts[f.claimant_key].name, acts[f.claimant_key].country) for f in ex.figures] == [
        ("19", "Mutahi Kagwe", "KE"), ("Twelve", "Ministry of Health of Kenya", "KE")]


def test_unnamed_commander():
    text = ("NAIROBI, Kenya — Fighting continued in northern Kenya on Tuesday.\n\n"
            "“Dozens of our men were wounded,” a police commander told reporters.")
    ex = extract_claims("", text, published_year=2024)
    acts = {a.key: a for a in ex.actors}
    assert [(f.value_text, acts[f.claimant_key].country) for f in ex.figures] == [("Dozens", "KE")]


def test_unnamed_hospital_director():
    text = ("GAZA CITY — Strikes hit Gaza on Tuesday, Palestinian officials said.\n\n"
            "A local hospital director said 40 people were killed.")
    ex = extract_claims("", text, published_year=2024)
    acts = {a.key: a for a in ex.actors}
    assert [(f.value_text, acts[f.claimant_key].country) for f in ex.figures] == [("40", "PS")]
