"""Whose statement a bare "the statement" is: the speaker the story named as issuing it ("the human rights organization
said in a statement ... Witnesses told AI ... according to the statement"), not whoever spoke since (the witnesses it
quoted, a person its quotation names).
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .model import Actor
from .speaker import FoundClaim

# the claim's own medium: "said in a statement", "In a written statement, X said", "announced via a statement"
_IN_STATEMENT = re.compile(r"\b(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?statements?\b")
# a statement the words bring in as a new one ("a statement", "its statement", "the ministry's statement"), not the
# one named before ("the statement")
_NEW_STATEMENT = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w’'-]+['’]s)\s+(?:[\w-]+\s+){0,2}?statements?\b")


def statement_issuer(sent: str, found: list[FoundClaim], issuer: Actor | None) -> Actor | None:
    """The issuer of the statement a later "the statement" means, after sentence `sent` and its claims `found` (no
    UNKNOWN among them): the speaker whose claim names the statement as its medium, its act or its own words ("said
    in a statement", "issued a statement", "a statement from the ministry said"); None when the sentence brings in a
    statement whose issuer no claim of it reads ("Big Machine issued a statement" with no claim made), so that a later
    "the statement" falls back to the last speaker; else `issuer` unchanged."""
    if "statement" not in sent:
        return issuer
    own = [c for c in found if "statement" in c.verb or c.subj_start >= 0 and "statement" in c.surface.lower()]
    if own:
        return own[-1].actor
    if (m := _IN_STATEMENT.search(sent)) and (said := [c for c in found if c.verb_start >= 0]):
        return min(said, key=lambda c: abs(c.verb_start - m.start())).actor
    return None if _NEW_STATEMENT.search(sent) else issuer
