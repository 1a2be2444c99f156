"""A short account of how a claimant's words were resolved to its actor, for `newsclaims explain` and the
`claims.resolved_by` column, when the rule that made the row did not say."""
from __future__ import annotations

import regex as re

from .gazetteer import CAPITALS
from .model import Actor
from .places import capital_country

_PRONOUNS = frozenset("he she they it we i him her them".split())
_WORD = re.compile(r"[\p{L}\d]+")


def resolution(surface: str, actor: Actor) -> str:
    low = surface.strip().lower()
    if low in _PRONOUNS:
        return f"pronoun -> {actor.kind} named earlier"
    if surface.strip() in CAPITALS or surface.strip().removeprefix("the ") in CAPITALS or \
            (actor.kind == "country" and capital_country(surface.strip()) == actor.country):
        return "metonym (seat of government)"
    said = {w.lower() for w in _WORD.findall(surface)}
    name = {w.lower() for w in _WORD.findall(actor.name)}
    if name and name <= said:
        return f"named ({actor.kind})"
    if name & said:
        return f"partly named -> {actor.kind} ({'title or surname' if actor.kind == 'person' else 'name or description'})"
    return f"back-reference or gazetteer -> {actor.kind}"
