"""Figure recall in general news English: headline verbs, bare participles, more people heads."""
import pytest

from tasks.core.claims import extract_claims


def figs(text):
    return [(f.measure, f.value_text) for f in extract_claims("", text, published_year=2022).figures]


@pytest.mark.parametrize("text,expected", [
    ("Israeli strike kills 5 in Gaza", [("killed", "5")]),
    ("Bus crash kills 22, injures 15", [("killed", "22"), ("wounded", "15")]),
    ("Dozens arrested as protests spread", [("detained", "Dozens")]),
    ("Thousands flee as wildfire rages", [("displaced", "Thousands")]),
    ("The riots left 2 dead, 80 injured and 400 arrested.", [("killed", "2"), ("wounded", "80"), ("detained", "400")]),
    ("Police said 19 people were taken to hospital.", [("wounded", "19")]),
    ("An estimated 50,000 people attended the rally against the government.", [("protesters", "50,000")]),
    ("Thousands took to the streets of Paris.", [("protesters", "Thousands")]),
    ("The militants abducted 276 schoolgirls.", [("detained", "276")]),
    ("The blaze has forced 3,000 people to evacuate.", [("displaced", "3,000")]),
    ("Israel has mobilised 360,000 reservists.", [("deployed", "360,000")]),
    ("A 5,000-strong crowd marched to the palace.", [("protesters", "5,000")]),
    ("A 2,000-strong force was deployed to the region.", [("deployed", "2,000")]),
    ("The dead included five children.", [("killed", "five")]),
    ("Of those killed, 12 were children.", [("killed", "12")]),
    ("The protest drew 10,000 people.", [("protesters", "10,000")]),
    ("Some 300 families were displaced by the floods.", [("displaced", "300")]),
])
def test_news_tolls(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    "The team attended 12 meetings.",
    "He was taken to hospital with 3 broken ribs.",
    "Around 1,000 people joined a vigil for the victims.",
    "A 12-strong team of engineers was sent.",
    "The club paid 5 crore for the player.",
])
def test_not_tolls(text):
    assert figs(text) == []


@pytest.mark.parametrize("text,value", [
    ("Nearly 1.5 lakh people were evacuated ahead of the cyclone.", 150000),
    ("Police arrested 1,00,000 people.", 100000),
])
def test_south_asian_numbers(text, value):
    assert [f.value for f in extract_claims("", text).figures] == [value]
