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


@pytest.mark.parametrize("text,expected", [
    # a bare count set against a figure of the same sentence is another count of the same measure
    ("The daily death toll in the region stood at 412 on Tuesday, down sharply from the record high of 530 the day before.",
     [("killed", "412"), ("killed", "530")]),
    ("Officials said 45 people were killed on Monday, up from 30 on Sunday.", [("killed", "45"), ("killed", "30")]),
    ("Police arrested 120 protesters, compared with 80 last weekend.", [("detained", "120"), ("detained", "80")]),
    # no figure before it, a year, a percentage or a noun of its own: not a count
    ("Turnout was down from 2019 when 40 people were killed.", [("killed", "40")]),
    ("Ten people were killed, down from 12 percent.", [("killed", "Ten")]),
    ("Ten people were killed, up from 3 hospitals last year.", [("killed", "Ten")]),
    ("Sales were down from the record high of 799 the day before.", []),
])
def test_compared_counts(text, expected):
    assert figs(text) == expected
