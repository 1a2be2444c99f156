"""Whose body a name that several states' bodies bear is in one story ("the Foreign Office" in a Pakistani paper's
story is Pakistan's, in a BBC story on Iran the UK's): the names are data (shared_body_names.tsv)."""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .context import country_mentions
from .phrase_country import country_in
from .data_files import read_word_list
from .gazetteer import ORGS, country_after_of
from .memory import ActorMemory
from .model import Actor

SHARED = frozenset(read_word_list("shared_body_names.tsv"))
_SHARED_RX = re.compile("|".join(re.escape(n) for n in sorted(SHARED, key=len, reverse=True)))


@lru_cache(maxsize=64)
def _names_country(text: str, code: str) -> bool:
    """Whether `text`, the shared names left out (orgs.tsv's country for them would count), names country `code`."""
    return country_mentions(_SHARED_RX.sub(" ", text))[code] > 0


def owner(name: str, code: str | None, mem: ActorMemory) -> str | None:
    """The country the body `name` (of orgs.tsv's country `code`) is of in this story: `code`, unless the name is a
    shared one, the story is about another country (mem.focus) and names `code` nowhere else; then the story's."""
    if name not in SHARED or not code or not mem.focus or mem.focus == code:
        return code
    return code if _names_country(f"{mem.title}\n{mem.text}", code) else mem.focus


def shared_body(name: str, mem: ActorMemory) -> Actor | None:
    """orgs.tsv's body `name` as this story means it: the gazetteer's own, or the story country's body of that name
    ("Foreign Office of Pakistan"); None for a name orgs.tsv does not list."""
    if (hit := ORGS.get(name)) is None:
        return None
    canonical, code = hit
    if code is None and (national := _national_body(name, mem)) is not None:
        return national
    if (mine := owner(name, code, mem)) == code:
        return Actor(f"org:{canonical.lower()}", canonical, "organization", code)
    local = f"{name} of {country_after_of(mine)}"
    return Actor(f"org:{local.lower()}", local, "organization", mine)


def _national_body(name: str, mem: ActorMemory) -> Actor | None:
    """The one national body of an international name the story has named ("The Libyan Red Crescent says ... a Red
    Crescent representative put that number higher", "the Kenya Red Cross ... a Red Cross spokesman"): the short name
    is that society's, of its country, not the international body's; None where the story names no or two such."""
    tail = " " + name.lower()
    seen = [a for _, a in mem.bodies.values()] + mem.speakers + mem.mentioned
    found = {a.key: a for a in seen if a.kind == "organization" and a.country and a.name.lower().endswith(tail)}
    return next(iter(found.values())) if len(found) == 1 else None


def owner_in(phrase: str, code: str | None, mem: ActorMemory) -> str | None:
    """The country a person's description that names a shared body places them in ("Foreign Office spokesperson"):
    `code` as country_in read it, or the story's country where the body is the story country's."""
    m = _SHARED_RX.search(phrase) if code else None
    return owner(m.group(0), code, mem) if m and ORGS[m.group(0)][1] == code else code


def country_in_story(phrase: str, mem: ActorMemory) -> str | None:
    """country_in(phrase), with a shared body's name in it read as this story means it ("Foreign Office
    spokesperson Mumtaz Zahra Baloch" in a Pakistani story is Pakistan's)."""
    return owner_in(phrase, country_in(phrase), mem)
