"""Words for places: common nouns for places, city and subdivision names that are other words, the terms that tell a
story's country, the places that place a figure's people (place_nouns.tsv, country_cues.tsv, toll_places.tsv, ...)."""
from __future__ import annotations

from functools import lru_cache

from .data_files import read_pair_list, read_pairs, read_parts, read_tags, read_word_list, read_words
from .inflections import noun_set


@lru_cache(maxsize=None)
def us_state_abbreviations() -> frozenset[str]:
    """The AP abbreviations of US states, without the final dot: 'Calif', 'N.J' (us_state_abbreviations.tsv)."""
    return read_words("us_state_abbreviations.tsv")


@lru_cache(maxsize=None)
def place_nouns() -> frozenset[str]:
    """Common nouns for places, every number (lower case): 'region', 'provinces' (place_nouns.tsv)."""
    return noun_set(read_word_list("place_nouns.tsv"))


@lru_cache(maxsize=None)
def place_modifiers() -> tuple[str, ...]:
    """Words between a preposition and a place that still put people there: 'neighbouring', 'remote' (place_modifiers.tsv)."""
    return read_word_list("place_modifiers.tsv")


@lru_cache(maxsize=None)
def national_place_nouns() -> tuple[str, ...]:
    """Nouns for a place a nation's adjective names, as written: 'capital', 'border town' (national_place_nouns.tsv)."""
    return read_word_list("national_place_nouns.tsv")


@lru_cache(maxsize=None)
def city_homonyms() -> frozenset[str]:
    """City names never read as the city: ordinary words, first names, better known as something else."""
    return read_words("city_homonyms.tsv")


@lru_cache(maxsize=None)
def subdivision_homonyms() -> frozenset[str]:
    """Top-level subdivision names never read as the place: ordinary words, first names ("Victoria", "Georgia")."""
    return read_words("subdivision_homonyms.tsv")


@lru_cache(maxsize=None)
def country_homonyms() -> frozenset[str]:
    """ISO country names more often something else in English copy: 'Chad', 'Georgia' (country_homonyms.tsv)."""
    return read_words("country_homonyms.tsv")


@lru_cache(maxsize=None)
def country_name_guards() -> dict[str, frozenset[str]]:
    """Country names that are something else before a hyphen or a capitalised name ("Chad Morris", "Niger State"), each
    with the nouns after it that make it so even as dictionary words: country_name_guards.tsv."""
    return read_tags("country_name_guards.tsv")


@lru_cache(maxsize=None)
def country_cues() -> dict[str, str]:
    """Institutions and terms only one country's copy uses -> its code: evidence of where a story happens
    (country_cues.tsv)."""
    return read_pairs("country_cues.tsv")


@lru_cache(maxsize=None)
def toll_places() -> tuple[tuple[str, str], ...]:
    """Cities and regions that place a figure's people, in file order: ('Khan Younis', 'PS'), ... (toll_places.tsv)."""
    return tuple(read_pair_list("toll_places.tsv"))


@lru_cache(maxsize=None)
def back_reference_words() -> dict[str, frozenset[str]]:
    """Part a word plays in pointing a figure's clause to a country named near it -> the words that play it:
    'back_place' -> country, nation, ...; 'state_force'; 'government'; 'government_act' (back_reference_words.tsv)."""
    return read_parts("back_reference_words.tsv")


@lru_cache(maxsize=None)
def seat_buildings() -> frozenset[str]:
    """Buildings and streets that stand for a government, never a figure's place: 'the Kremlin', 'Downing Street'
    (seat_buildings.tsv)."""
    return read_words("seat_buildings.tsv")


@lru_cache(maxsize=None)
def place_name_kinds() -> frozenset[str]:
    """Nouns for a kind of place that may end a place's name: 'district', 'governorate' (place_name_kinds.tsv)."""
    return read_words("place_name_kinds.tsv")


@lru_cache(maxsize=None)
def city_services() -> tuple[str, ...]:
    """A city's own services that follow its name, in file order, as written: 'police', 'City Council' (city_services.tsv)."""
    return read_word_list("city_services.tsv")
