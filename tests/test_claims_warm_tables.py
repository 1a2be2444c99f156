"""warm_tables.load_tables builds ahead what the readers would build on first use (the pool's fork server and
process._ready_extractor call it), and keeps no word's answer in word_lemmas' own table."""
from __future__ import annotations

from tasks.core.claims.inflections import word_lemmas
from tasks.core.claims.places import cities
from tasks.core.claims.warm_tables import load_tables


def test_load_tables_builds_the_cities_and_lemmas():
    load_tables()
    assert cities.cache_info().currsize == 1
    from lemminflect import Lemmatizer

    assert hasattr(Lemmatizer(), "lemma_dict")  # lemminflect's singleton has read its dictionary
    before = word_lemmas.cache_info().currsize
    load_tables()
    assert word_lemmas.cache_info().currsize == before
    assert "say" in word_lemmas("said")["VERB"]
