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

Stored actor keys carry the country the article resolved (stored_key: "person:fauzi@ID"): an actor
row has one country, and the same surname or generic name ("Fauzi", "police", "the company") in
two unrelated articles is not one actor with the first-loaded article's country. A full name
groups across articles where the country agrees. Two more rules read such rows back as one:

    same_name_same_country: person keys with the same name words (titles dropped) and the same
    country are one actor ("person:president joe biden@US", "person:joe biden@US", or a key stored
    before keys carried the country);
    full_name_without_country: a multi-word person key without a country maps to the same full
    name when exactly one country is known for it ("Barack Obama" in an article that gives no
    country). A one-word name without a country is never given one from another article.
"""
from __future__ import annotations

from dataclasses import dataclass

RULE_SURNAME = "surname_of_full_name"
RULE_SAME_COUNTRY = "same_name_same_country"
RULE_NO_COUNTRY = "full_name_without_country"
_COUNTRY_SEP = "@"


def stored_key(key: str, country: str | None) -> str:
    """The actors table's key for an extractor key and the country its article resolved: the key,
    then "@" and the country when there is one ("country:AM" is its own country and stays as it is)."""
    if not country or key.startswith("country:"):
        return key
    return f"{key}{_COUNTRY_SEP}{country}"


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
    key = actor.actor_key
    if actor.country and key.endswith(_COUNTRY_SEP + actor.country):
        key = key[: -len(actor.country) - 1]
    words = key.split(":", 1)[-1].replace(".", " ").split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def merge_actors(actors: list[ActorRow]) -> list[Alias]:
    """Aliases for actors that should read as another actor; sorted, deterministic. Every alias
    points at a canonical actor that is not itself an alias (the views look one step only)."""
    people = [a for a in actors if a.kind == "person"]
    words = {a.actor_id: _name_words(a) for a in people}
    aliases = []
    # same_name_same_country: one canonical per (full name, country); the key in today's form first
    groups: dict[tuple[tuple[str, ...], str | None], list[ActorRow]] = {}
    for a in people:
        if len(words[a.actor_id]) >= 2:
            groups.setdefault((tuple(words[a.actor_id]), a.country), []).append(a)
    canon: dict[tuple[tuple[str, ...], str | None], ActorRow] = {}
    for group_key, rows in groups.items():
        # canonical: a key with its country (not one stored before keys carried it), then the shortest (no title)
        rows = sorted(rows, key=lambda a: (a.country is not None and not a.actor_key.endswith(_COUNTRY_SEP + a.country),
                                           len(a.actor_key), a.actor_id))
        canon[group_key] = rows[0]
        aliases += [Alias(a.actor_id, rows[0].actor_id, RULE_SAME_COUNTRY) for a in rows[1:]]
    # full_name_without_country: the same full name with exactly one known country
    countries: dict[tuple[str, ...], list[str]] = {}
    for name, country in canon:
        if country is not None:
            countries.setdefault(name, []).append(country)
    for name, country in list(canon):
        known = countries.get(name, [])
        if country is None and len(known) == 1:
            target = canon[(name, known[0])]
            members = {a.actor_id for a in groups[(name, None)]} - {target.actor_id}
            # the whole no-country group reads as the target (not as its own canonical, which is now an alias)
            aliases = [x for x in aliases if x.actor_id not in members]
            aliases += [Alias(aid, target.actor_id, RULE_NO_COUNTRY) for aid in sorted(members)]
            del canon[(name, None)]
    # surname_of_full_name: a one-word name to the unique canonical full name with a compatible country
    full_by_last: dict[str, list[ActorRow]] = {}
    for (name, _), row in canon.items():
        full_by_last.setdefault(name[-1], []).append(row)
    for a in people:
        w = words[a.actor_id]
        if len(w) != 1:
            continue
        matches = [f for f in full_by_last.get(w[0], []) if _compatible(a.country, f.country)]
        if len(matches) == 1:
            aliases.append(Alias(a.actor_id, matches[0].actor_id, RULE_SURNAME))
    return sorted(aliases, key=lambda x: x.actor_id)
