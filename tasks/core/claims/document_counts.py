"""Whose count a document's relative clause gives: "dismissed a report by Human Rights Watch that details the killings
of more than 400 people" - the 400 are the report's authors' count, not the count of whoever dismisses the report.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actors import resolve
from .data_files import read_words
from .inflections import inflections
from .memory import ActorMemory
from .model import Actor
from .patterns import alt
from .source_words import document_words

# finite forms only: "that details", "which recorded", "that list" (a plural document), not "that detailing"
_COUNT_VERBS = {f for lemma in read_words("document_count_verbs.tsv")
                for tag, forms in inflections(lemma, "VERB").items() if tag in ("VBZ", "VBD", "VBP") for f in forms}

# a document by a named author ("a 61-page report by Human Rights Watch", "a statement from the Civic Forum"), then a
# relative clause whose verb tells what it says or counts, then the count; nothing that ends the clause in between
_DOC_BY = re.compile(rf"\b(?i:(?:{alt(document_words())}))\s+(?i:by|from)\s+"
                     r"(?P<np>(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}.&'’-]*)){0,7})"
                     rf"\s*,?\s+(?:that|which)\s+(?:\w+\s+)?(?P<v>{alt(_COUNT_VERBS)})\b"
                     # (the clause ends where another one joins it: "..., and added that 5 were wounded")
                     r"(?:(?!,\s+(?:and|but|while|whereas|as)\b)[^.;:“”\"])*$")


def document_count_author(sent: str, pos: int, mem: ActorMemory) -> Actor | None:
    """The named author of a document whose relative clause holds the count at `pos`, or None."""
    m = _DOC_BY.search(sent, 0, pos)
    if m is None:
        return None
    actor = resolve(m.group("np").strip(), mem)
    return actor if actor is not None and actor.kind in ("organization", "media", "person", "country") else None
