"""The body a document described only by its kind speaks for: "according to a Texas prison statement Monday" ... "the
statement from the Texas Department of Criminal Justice said". A lede often names a statement by the kind of body that
issued it (a prison, the police, a hospital) and the next sentences give the body's name; a reader takes the statement
for that body's. Only when the story gives one such body for that kind of document: two named authors leave the
description as it is.
"""
from __future__ import annotations

import regex as re

from .actors import resolve
from .memory import ActorMemory
from .context import PLACE_NAMES
from .gazetteer import DEMONYMS
from .model import Actor
from .source_words import issued_documents

# documents a body issues, whose author a later sentence may name ("the statement from X", "X said in a statement")
_DOC = "|".join(sorted(issued_documents(), key=len, reverse=True))  # data/issued_documents.tsv
# a body's name: capitalised words with the small words names hold ("Texas Department of Criminal Justice")
_BODY = r"(?P<b>[A-Z][\p{L}&'’.-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\p{L}&'’.-]*){0,7})"
_FROM = re.compile(rf"\b(?:the|a|an|its)\s+(?:[a-z]+\s+)?(?P<d>{_DOC})\s+(?:from|by|issued\s+by|released\s+by)\s+(?:the\s+)?{_BODY}")
_IN_A = re.compile(rf"(?:the\s+)?{_BODY}\s+(?:said|says|announced|reported)\s+(?:in|on)\s+(?:a|an|its|the)\s+"
                   rf"(?:[a-z]+\s+)?(?P<d>{_DOC})\b")
# "a Texas prison statement", "the police statement", "a hospital news release": an article, lower-case kind words
# or places, the document
_KIND_DOC = re.compile(rf"^(?:a|an|the)\s+(?P<k>(?:[\p{{L}}.-]+\s+){{1,3}}?)(?P<d>{_DOC})(?:\s+\p{{Lu}}[a-z]+day)?$",
                       re.IGNORECASE)


def document_author(surface: str, mem: ActorMemory) -> Actor | None:
    """The one body the story names as the author of the document `surface` describes by kind, or None."""
    m = _KIND_DOC.match(surface.strip())
    if m is None:
        return None
    kinds = m.group("k").split()
    if any(w[:1].isupper() and w not in PLACE_NAMES and w not in DEMONYMS for w in kinds):
        return None  # "The AMD statement": the name is the author already
    authors: dict[str, Actor] = {}
    for rx in (_FROM, _IN_A):
        for f in rx.finditer(mem.text):
            actor = resolve(f.group("b").strip(), mem)
            if actor is not None and actor.kind in ("organization", "media"):
                authors.setdefault(actor.key, actor)
    return next(iter(authors.values())) if len(authors) == 1 else None
