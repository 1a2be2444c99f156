"""Unnamed people known by whom they belong to: "the uncle", "one of baby Kristofer's uncles",
"Gastelum-Vera's grandfather", "his lawyers", "attorneys for Beblawi", "the loggers".

Readers count these as claimants (a relative, a lawyer, a witness speaks for themself). The role
word is the name; an owner the article has named makes it precise ("Grandfather of Sophia
Gastelum-Vera"), and the owner's country, else the story's, is theirs.
"""
from __future__ import annotations

import regex as re

from .model import Actor

# Relatives and people defined by a relation to someone.
_KIN = (r"(?:great-)?(?:grand)?(?:father|mother|parent|son|daughter)s?|(?:great-)?grand(?:child|children|sons?|daughters?)|"
        r"uncles?|aunts?|brothers?|sisters?|siblings?|cousins?|nephews?|nieces?|wife|wives|husbands?|widow(?:er)?s?|"
        r"relatives?|family members?|neighbou?rs?|friends?|fianc[ée]e?s?|boyfriend|girlfriend|partner|"
        r"lawyers?|attorneys?|counsel|landlord|employer|co-?workers?|colleagues?|classmates?|roommates?|caretakers?")
# Every word form of the heads above: a phrase without one is not read further.
KIN_WORDS = frozenset("""father fathers mother mothers parent parents son sons daughter daughters grandfather grandfathers
grandmother grandmothers grandparent grandparents grandson grandsons granddaughter granddaughters grandchild grandchildren
great-grandfather great-grandmother great-grandparents uncle uncles aunt aunts brother brothers sister sisters sibling
siblings cousin cousins nephew nephews niece nieces wife wives husband husbands widow widows widower widowers relative
relatives members neighbour neighbours neighbor neighbors friend friends fiance fiancee fiancé fiancée boyfriend girlfriend
partner lawyer lawyers attorney attorneys counsel landlord employer coworker coworkers co-worker co-workers colleague
colleagues classmate classmates roommate roommates caretaker caretakers""".split())
_OWNER = r"(?:(?:the\s+|baby\s+|little\s+)?[A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?|his|her|their)"
_ADJ = r"(?:(?:older|younger|elder|eldest|late|own|other|two|three|longtime|former|\d+-year-old|grieving)\s+)"
KIN = re.compile(
    rf"(?i:(?P<q>one|two|some|many|several|both|all|each)\s+of\s+)?(?i:(?P<det>the|a|an|one|two|three|another|"
    rf"these|those)\s+)?(?:(?P<own>{_OWNER})(?:['’]s?)\s+|(?P<pos>his|her|their|its)\s+)?{_ADJ}{{0,2}}(?P<k>(?i:{_KIN}))"
    rf"(?:\s+(?:for|of)\s+(?P<of>{_OWNER}))?(?:\s+who\s+.+)?")
_POSSESSIVE = re.compile(r"(?i)his|her|their")


def resolve_kin(s: str, mem) -> Actor | None:
    """The unnamed relative, lawyer or associate the whole phrase `s` names, or None."""
    m = KIN.fullmatch(s)
    if not m:
        return None
    own = (m.group("own") or m.group("pos") or m.group("of") or "").strip()
    if own and not _POSSESSIVE.fullmatch(own) and not _bare(own)[:1].isupper() and not own.startswith("the "):
        return None  # "the police's lawyers", "its neighbours": not a person's relatives
    head = m.group("k").lower()
    owner = _owner(own, mem) if own else None
    if owner is None and (bare := _bare(own))[:1].isupper():
        owner = Actor("", bare, "person", None)  # "attorneys for Beblawi": someone the article names only so
    plural = head.endswith("s") and head not in ("counsel",) and not m.group("q")
    word = head if not m.group("q") else head.removesuffix("s")
    name = word[:1].upper() + word[1:]
    if owner is not None:
        name = f"{name} of {owner.name}"
        code = owner.country or mem.focus
    else:
        code = mem.focus
    kind = "organization" if plural else "person"
    # an unowned "Uncle" is a different person in every story: the key keeps the country apart
    key = f"{'org' if plural else 'person'}:{name.lower()}" + (f"@{code.lower()}" if owner is None and code else "")
    return Actor(key, name, kind, code)


def _bare(own: str) -> str:
    """The owner's words without article, endearment or possessive ending."""
    words = [w for w in own.replace("’", "'").split() if w.lower() not in ("the", "baby", "little")]
    return " ".join(words).removesuffix("'s").removesuffix("'").rstrip(".")


def _owner(own: str, mem) -> Actor | None:
    """The person who owns the relatives ("Kristofer's uncles", "his lawyers")."""
    if _POSSESSIVE.fullmatch(own):
        return mem.last(lambda a: a.kind == "person" and mem.seen.get(a.key, -9) >= mem.now - 3)
    words = _bare(own).split()
    if not words or not words[-1][:1].isupper():
        return None
    token = words[-1]
    if known := mem.surname(token):
        return known if known.kind == "person" else None
    for a in reversed(mem.mentioned):  # "Kristofer" for "Kristofer Ferreyra": a first name the article used
        if a.kind == "person" and a.name.split()[0] == token:
            return a
    if full := mem.names.get(token) or next((n for n in mem.names.values() if n.split()[0] == token), None):
        return mem.person(full, None)
    return None
