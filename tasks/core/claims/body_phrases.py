"""A body named by a phrase that names no known body: by its kind alone ("the university said"), or by one
capitalised name with "and" inside ("the Department of Health and Human Services").
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import ORG_HEADS, PHRASE_OPENERS
from .backrefs import backref
from .body_words import body_kinds, body_name_heads
from .context import PLACE_NAMES
from .gazetteer import DEMONYMS, ORGS
from .groups import demonym_of, is_document, is_group
from .inflections import word_lemmas
from .memory import ActorMemory
from .model import Actor
from .patterns import APOS, DEMONYM, PLACE
from .phrase_country import country_in, match_country


# A body named by its kind alone: "the university said", "the company said in a statement", "an American brokerage
# said". The article names it in full somewhere ("Georgetown University"); else it is the story's country's.
# Each noun's tags say how body_of_kind finds which body (data/body_kinds.tsv).
BODY_NOUNS = frozenset(body_kinds())
_BACKREF_KINDS, _NAMED_KINDS, _VAGUE_KINDS, _UNPLACED_KINDS = (
    frozenset(k for k, tags in body_kinds().items() if tag in tags) for tag in ("backref", "named", "vague", "unplaced"))
BODY_OF_KIND = re.compile(rf"(?:(?P<def>[Tt]he)|[Aa]n?)\s+(?:(?P<d>{DEMONYM})\s+|(?P<c>{PLACE}){APOS}\s+)?"
                   rf"(?P<mods>(?:(?!(?:said|says|and|or|who|which|that|the|a|an|of|to|in|on|at|for|by|with|from|as|is|was|were|are|has|"
                   rf"had|have|its|their|his|her|this|these|those|also|then|gave|give|told|asked|not)\s)[a-z][a-z-]+\s+){{0,3}})(?P<h>[a-z]+)")


def body_of_kind(m: re.Match, mem: ActorMemory) -> Actor | None:
    head = m.group("h")
    code = match_country(m, "c", "d")
    if m.group("def") and not code:
        # "the production company said" after "Dick Clark Productions said": the body last speaking
        hit = backref(head, mem) if head in _BACKREF_KINDS else mem.last(
            lambda a: a.kind == "organization" and not is_group(a) and not is_document(a) and head in a.name.lower())
        if hit:
            return hit
    if not m.group("def") and not code:
        return None  # "a company said": nobody in particular
    if m.group("def") and not code and head in _VAGUE_KINDS:
        if not m.group("mods"):
            return None  # "the department said" with no kind: the back-reference readers above had their chance
    cap = head[:1].upper() + head[1:]
    if m.group("def") and not code and head in _NAMED_KINDS and mem.text and (named := re.search(
            rf"\b((?:(?:[A-Z][\p{{L}}&'’.-]*|of|for|and|the)\s+){{0,4}}[A-Z][\p{{L}}&'’.-]*)\s+{cap}\b(?!\s+of)", mem.text)):
        name = f"{named.group(1)} {cap}".strip()
        if name.split()[0] not in PHRASE_OPENERS:
            return Actor(f"org:{name.lower()}", name, "organization", country_in(name) or mem.focus)
    code = code or (mem.focus if head not in _UNPLACED_KINDS else None)
    if not code:
        return None  # a bare "the company" names no one a reader could check
    mods = m.group("mods").strip()
    # the text's own demonym ("the U.S. company"), as groups.group_actor names a group; else the country's
    name = f"{m.group('d') or demonym_of(code)} {mods + ' ' if mods else ''}{head}"
    return Actor(f"org:{name.lower()}", name, "organization", code)


# one capitalised name with "and" inside, no comma, ending in a body's head noun: "the Department of Health and Human
# Services", "Indonesia's Meteorology and Geophysics Agency", "the National Search and Rescue Agency"
_AND_NAME = re.compile(r"(?:(?:[Tt]he|[A-Z][\p{L}.-]*['’]s)\s+)?[A-Z][\p{L}.&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\p{L}.&'’-]*))*"
                       r"\s+and\s+[A-Z][\p{L}.&'’-]*(?:\s+(?:of|for|and|the|&|[A-Z][\p{L}.&'’-]*))*")


def one_body_name(s: str) -> bool:
    """'X and Y' is one body's name, not two actors: a capitalised run joined by "and" that ends in a body's head noun
    (body_name_heads.tsv; a plural as "Services" too); "Israel and Hamas", "the UN and U.S. officials" are two."""
    if not _AND_NAME.fullmatch(s.strip()):
        return False
    heads = ORG_HEADS.union(body_name_heads())

    def headed(words: str) -> bool:
        last = words.split()[-1]
        return last in heads or (last.endswith("s") and last[:-1] in heads)

    first, second = (re.sub(r"^(?:the|The)\s+", "", p.strip()) for p in s.rsplit(" and ", 1))
    first = first.rpartition("’s " if "’s " in first else "'s ")[2]
    if headed(first) or any(p in ORGS or p in PLACE_NAMES for p in (first, second)):
        return False  # "the Interior Ministry and the Defense Ministry", "Amnesty International and Human Rights Watch"
    # what comes before "and" is one word ("Meteorology and Geophysics Agency"), ends an "of" or "for" phrase
    # ("Department of Health and Human Services") or opens with an adjective or a demonym, which no company's or
    # person's name standing alone does ("National Search and Rescue Agency", "National Disaster Risk Reduction and
    # Management Council", "Romanian Fire and Rescue Service"); "Cricket Wireless and Federal Bureau ..." are two names
    return headed(s) and (" " not in first or re.search(r"\s(?:of|for)\s+(?:the\s+)?[A-Z][\p{L}.&'’-]*$", first) is not None
                          or _adjective_first(first))


def _adjective_first(words: str) -> bool:
    """Whether a capitalised run opens with an adjective (lemminflect: "National", "Provincial") or a demonym and
    ends in a singular word ("National Search"; not a company's plural, "American Airlines")."""
    parts = words.split()
    return not parts[-1].endswith("s") and (parts[0] in DEMONYMS or "ADJ" in word_lemmas(parts[0].lower()))
