"""The extractor's large tables that its readers build on first use, built ahead in a process that is about to
extract many documents (tasks.core.process.load_extractor: a pool's fork server before it forks its workers, which
then share them; _ready_extractor in a process that extracts itself).

Built on first use they cost the first stories that need them about 0.55 s CPU (the cities from the gazetteer's
~34,000 records, places.cities, ~0.3 s; lemminflect's lemma dictionary, read from its JSON on the first word_lemmas,
~0.25 s): in every pool worker again, and inside a document's time budget (~5% of a 200-page run of
bench/claims_speed.py). The tables are the same whenever they are built, so rows do not change.
"""
from __future__ import annotations

from .inflections import load_lemmas
from .places import cities


def load_tables() -> None:
    """Build the tables now (once per process; later calls cost nothing)."""
    cities()
    load_lemmas()
