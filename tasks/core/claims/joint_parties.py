"""A plural subject that stands for two people just named: "Both men claimed ...", "the two men said in a statement"
after "Locke and Salazar ..." (pair_people_nouns.tsv). Each of the two is a claimant of what they say together (the gold
lists a row per party). Only when exactly two people's names were read in the sentences just before: a third makes the
pair a guess, and a guess is a wrong row.
Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .data_files import read_words
from .memory import ActorMemory
from .model import Actor
from .no_person import names_no_person
from .patterns import alt

# how many sentences back the two names may have been read ("Locke and Salazar ... [one sentence] ... the two men said")
REACH = 2
# "both men", "the two candidates": the whole subject, nothing else ("both men's lawyers" speak for others)
_PAIR_SUBJECT = re.compile(rf"(?i)(?:both|the\s+two)\s+(?:{alt(read_words('pair_people_nouns.tsv'))})")


def named_pair(surface: str, mem: ActorMemory) -> tuple[Actor, Actor] | None:
    """The two people (first named first) that `surface`, "both men" or "the two leaders", stands for: the only two
    people named in full in the REACH sentences before this one; else None."""
    if not _PAIR_SUBJECT.fullmatch(surface.strip()):
        return None
    names: list[str] = []
    for at, name in reversed(mem.named):
        if at < mem.now - REACH:
            break
        if at >= mem.now or " " not in name or not mem.reads_as_person(name) or names_no_person(name):
            continue
        if name not in names:
            names.append(name)
    if len(names) != 2:
        return None
    return _person(names[1], mem), _person(names[0], mem)


def _person(name: str, mem: ActorMemory) -> Actor:
    # the actor the story already has for the name (with the country its title gave), else a new person
    known = mem.by_surname.get(name.split()[-1])
    return known if known is not None and known.kind == "person" and known.name == name else mem.person(name, None)
