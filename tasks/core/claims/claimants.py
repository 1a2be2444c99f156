"""The last check on every claimant before it becomes a row: no sentence-initial adverb, conjunction or
preposition read as part of a name ("Although Reynolds" -> Reynolds, "To Antony Blinken" -> Antony Blinken),
and no claimant that is only such a word, a contraction ("Couldn't") or a demonym ("Armenian")."""
from __future__ import annotations

from dataclasses import replace

import regex as re
from lemminflect import getAllLemmas

from .actors import ActorMemory, resolve
from .gazetteer import DEMONYMS
from .lexicon import not_alone, not_name_start
from .model import Actor
from .speaker import UNKNOWN, FoundClaim

_CONTRACTION = re.compile(r"(?i)\w(?:n['’]t|['’](?:ll|re|ve|d|m))$")
_EDGE = ".,;:!?\"“”'‘’()"


def bad_name(name: str) -> bool:
    """A name no reader would accept as a claimant: empty, a closed-class word, a contraction, a demonym alone."""
    words = name.split()
    if not words:
        return True
    if len(words) > 1:
        return False
    w = words[0].strip(_EDGE)
    return not w or w.lower() in not_name_start() or w.lower() in not_alone() or bool(_CONTRACTION.search(w)) \
        or (w in DEMONYMS and not w.isupper()) or _only_adverb(w)


def _only_adverb(w: str) -> bool:
    """'Publicly', 'Frankly': a word the dictionary knows only as an adverb (a name like "Kelly" it does not know)."""
    lemmas = getAllLemmas(w.lower())
    return bool(lemmas) and set(lemmas) == {"ADV"}


def _lead(words: list[str]) -> int:
    n = 0
    while n < len(words) - 1 and words[n].strip(_EDGE).lower() in not_name_start():
        n += 1
    return n


def clean_claimants(found: list[FoundClaim], mem: ActorMemory) -> list[FoundClaim]:
    """`found` with leading function words stripped from claimant names and text, and bad claimants dropped."""
    out: list[FoundClaim] = []
    for c in found:
        if c.actor is UNKNOWN:
            out.append(c)
            continue
        words = c.actor.name.split()
        n = _lead(words)
        if n == 0:
            if not bad_name(c.actor.name) and not bad_name(c.surface):
                out.append(_trim_surface(c))
            continue
        rest = " ".join(words[n:])
        if bad_name(rest):
            continue
        actor = resolve(rest, mem)
        if actor is None:
            actor = mem.person(rest, c.actor.country) if c.actor.kind == "person" else \
                Actor(f"org:{rest.lower()}", rest, c.actor.kind, c.actor.country)
        out.append(_trim_surface(replace(c, actor=actor)))
    return out


def _trim_surface(c: FoundClaim) -> FoundClaim:
    """The claimant's words without a leading function word ("Although Reynolds" -> "Reynolds")."""
    words = c.surface.split()
    k = _lead(words)
    if not k or not c.surface[:1].isupper():
        return c
    cut = c.surface.index(words[k])
    return replace(c, surface=c.surface[cut:], subj_start=c.subj_start + cut if c.subj_start >= 0 else c.subj_start)
