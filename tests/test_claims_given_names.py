"""memory.ActorMemory.given_name_holder: the person a lone given name stands for ("Tommy said")."""
from tasks.core.claims.memory import ActorMemory


def _memory(text: str) -> ActorMemory:
    mem = ActorMemory()
    mem.text = text
    return mem


def test_the_one_full_name_the_article_gives_with_it():
    assert _memory("Tommy said so.\nRetiree Tommy Baker saved.").given_name_holder("Tommy") == "Tommy Baker"


def test_written_shorter_and_longer_is_one_person():
    text = "Tommy Lee Jones arrived.\nTommy Lee waved.\nTommy said so."
    assert _memory(text).given_name_holder("Tommy") == "Tommy Lee Jones"


def test_two_people_of_that_name_leave_the_given_name():
    assert _memory("Tommy Baker and Tommy Lee met.\nTommy said so.").given_name_holder("Tommy") == "Tommy"


def test_a_surname_that_is_a_given_name_too_is_its_holder():
    assert _memory("Vincent Jackson was questioned.\nJackson said so.").given_name_holder("Jackson") == "Vincent Jackson"


def test_months_places_and_english_words_are_no_given_names():
    mem = _memory("She had an abortion back in June.\nSydney said so.\nWill said so.")
    assert [mem.given_name_holder(w) for w in ("June", "Sydney", "Will", "Virginia")] == [None, None, None, None]
