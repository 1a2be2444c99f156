"""Figure countries on unseen news (subjects.py, people.py, phrase_country.country_in): the place or nation a figure's own
sentence names wins over the story's country, and a US office holder is no citizen of the country the story is about."""
import pytest

from tasks.core.claims import extract_claims
from tasks.core.claims.phrase_country import country_in

LIBYA = "Libya's eastern forces clashed with militias in Benghazi on Monday, Libyan officials said. Fighting in Libya has intensified.\n"
OHIO = "Donald Trump spoke on Saturday about terrorism and the election at a rally in Ohio.\n"


def _figures(text: str):
    ex = extract_claims("", text, published_year=2016)
    actors = {a.key: a for a in ex.actors}
    last = ex.sentences[-1].index
    return [(f.value_text, f.subject_country, actors[f.claimant_key].country if f.claimant_key else None)
            for f in ex.figures if f.sentence_index == last]


@pytest.mark.parametrize("text,expected", [
    ("the U.S. Embassy", "US"),
    ("a U.S. senator", "US"),
    ("the former deputy chief of mission for the U.S. Embassy in Tripoli", "US"),  # the embassy's, not its host's
    ("the U.K. envoy", "GB"),
    ("U.S.-backed forces", None),  # the agent of the participle, not the phrase's own
])
def test_dotted_country_names_are_whole_words(text, expected):
    assert country_in(text) == expected


def test_dotted_title_places_a_senator_outside_the_story_country():
    assert _figures(LIBYA + "U.S. Sen. Jane Smith said at least 40 people were killed.") == [("40", "LY", "US")]


def test_a_country_in_a_clause_after_the_office_is_not_the_holders():
    text = (OHIO + "Earlier, Jane Smith, who served as secretary of state when the decision was made to intervene in the "
            "Libya civil war, spoke.\nSmith said about 1,500 people were killed in Libya last year.")
    assert _figures(text) != [] and all(c != "LY" for _, _, c in _figures(text))


@pytest.mark.parametrize("sentence,expected", [
    # a place described by its nation
    ("Attacks that killed more than 125 people in the French capital shocked Europe.", "FR"),
    ("Scores of people were injured in a brawl near the northern Kazakh city of Aktogay.", "KZ"),
    # Brussels the city, not the EU
    ("The bombings killed 32 people in Brussels in March.", "BE"),
    # a world city beats its small namesake in the story's country (Paris, Texas)
    ("The assaults killed 130 people in Paris last November.", "FR"),
    # a small town takes no article: "the Olympia shopping mall" is no place, Munich is
    ("At least nine people were killed near the Olympia shopping mall in Munich.", "DE"),
    # a place word and "of" between the locative and the place
    ("At least 10 people were killed when a bomber detonated in the middle of Istanbul’s old town.", "TR"),
    ("Dozens of people were killed on the outskirts of Aleppo on Monday.", "SY"),
])
def test_a_place_in_the_figures_sentence_beats_the_story_country(sentence, expected):
    assert [s for _, s, _ in _figures(OHIO + sentence)][:1] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The Pentagon said 12 militants were killed in the strike.", "LY"),   # the place's, not the Pentagon's
    ("The army said 12 of its soldiers were killed.", "LY"),               # a party's own soldiers stay its own
])
def test_irregular_fighters_are_not_the_reporting_states_own(sentence, expected):
    assert [s for _, s, _ in _figures(LIBYA + sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The National Security Agency said 30 people were detained.", "US"),   # a national body wherever the story is
    ("The Knesset was told that 30 people were detained, the Bundestag said.", "DE"),
])
def test_national_bodies_keep_their_country_in_a_foreign_story(sentence, expected):
    assert [c for _, _, c in _figures(LIBYA + sentence)] == [expected]


@pytest.mark.parametrize("clause,expected", [
    ("who suggested the battle against the Islamic State could be left to Russia", "US"),  # what she did: the story's
    ("who served as Russia's foreign minister", "RU"),                                     # an office: its country
])
def test_a_who_clause_places_a_person_only_by_an_office(clause, expected):
    text = OHIO + f"Later, Jane Smith, {clause}, said 30 people were killed."
    assert [c for _, _, c in _figures(text)] == [expected]
