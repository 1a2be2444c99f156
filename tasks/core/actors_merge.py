"""Cross-article actor merging: which per-article actor keys name the same real-world actor. Pure.

The extractor already resolves names inside one article ("Armenian Prime Minister Nikol
Pashinyan ... Pashinyan said" -> person:nikol pashinyan). What it cannot see is an article that
only ever says "Pashinyan": that gives person:pashinyan. Rule `surname_of_full_name`:

    a one-word person key (titles dropped: "mr joseph" is one word) maps to the unique
    multi-word person key whose last word is that word and whose country is compatible
    (equal, or unknown on either side).

Two or more such full names ("Ilham Aliyev", "Heydar Aliyev" for "Aliyev") are ambiguous, and
an ambiguous surname is left alone: a wrong merge silently moves a statement to another person,
a missed one only splits an actor in two, which an analyst can still see and join.
"""
from __future__ import annotations

from dataclasses import dataclass

RULE_SURNAME = "surname_of_full_name"


@dataclass(frozen=True)
class ActorRow:
    actor_id: str
    actor_key: str  # person:nikol pashinyan
    kind: str
    country: str | None


@dataclass(frozen=True)
class Alias:
    actor_id: str
    canonical_actor_id: str
    rule: str


# A title is not a first name: "person:mr joseph" and "person:ambassador volker" are surname
# forms (they may merge into a full name), never full names that a surname merges into.
_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady ambassador president vice senator sen rep"
    " representative gov governor general gen colonel col minister prime secretary spokesman spokeswoman"
    " judge justice rev father mayor chancellor king queen prince princess sheikh".split()
)


def _name_words(actor: ActorRow) -> list[str]:
    words = actor.actor_key.split(":", 1)[-1].replace(".", " ").split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def merge_actors(actors: list[ActorRow]) -> list[Alias]:
    """Aliases for actors that should read as another actor; sorted, deterministic."""
    people = [a for a in actors if a.kind == "person"]
    full_by_last: dict[str, list[ActorRow]] = {}
    for a in people:
        words = _name_words(a)
        if len(words) >= 2:
            full_by_last.setdefault(words[-1], []).append(a)
    aliases = []
    for a in people:
        words = _name_words(a)
        if len(words) != 1:
            continue
        matches = [f for f in full_by_last.get(words[0], []) if _compatible(a.country, f.country)]
        if len(matches) == 1:
            aliases.append(Alias(a.actor_id, matches[0].actor_id, RULE_SURNAME))
    return sorted(aliases, key=lambda x: x.actor_id)
