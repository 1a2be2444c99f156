"""A state's government named as a claimant: "Pakistan's government has warned", "according to the government".

The words name the state's government, an institution with its country, so the claimant is named as one
("Government of Pakistan", as "Azerbaijan's defense ministry" is "Ministry of Defence of Azerbaijan"), while the
story's memory keeps the state itself (a later "Pakistan said" or "its own forces" reads the same actor).
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .body_words import government_part_mods
from .gazetteer import country_display
from .model import Actor

# the words end in "government" ("the Sudanese government", "Sudan's federal government") or open with
# "government of/in" ("the government of Sudan"); "government officials", "government sources" are people
_GOVERNMENT = re.compile(r"(?i)(?:^|\s)government$|^(?:the\s+)?government\s+(?:of|in)\s")
_WORD = re.compile(r"[\p{L}-]+")


def government_of(surface: str, actor: Actor) -> Actor | None:
    """The government of the state `actor` that the claimant's words `surface` name as its government; None when
    the actor is no state, the words name something else, or a government below or beside the state's ("the
    state government", "the rival government": government_part_mods.tsv)."""
    words = surface.strip()
    if actor.kind != "country" or actor.country in (None, "EU") or not _GOVERNMENT.search(words):
        return None
    if any(w.lower() in government_part_mods() for w in _WORD.findall(words)):
        return None
    name = f"Government of {country_display(actor.country)}"
    return Actor(f"org:{name.lower()}", name, "organization", actor.country)
