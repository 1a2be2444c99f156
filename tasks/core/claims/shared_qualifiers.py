"""A hedge one count's qualifier shares with a bare count coordinated after it ("at least 26 killed and 22 injured")."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .figure_words import count_qualifier_pattern, figure_heads
from .patterns import alt

if TYPE_CHECKING:
    from .figures import FoundFigure

# the words that tell a fate as a participle or an adjective after a bare count ("22 injured", "72 dead"): the
# measure adjectives of figure_heads.tsv
_FATE = alt(figure_heads()["measure_adjective"])
# the second count has nothing of its own between it and its fate: no noun ("14 others injured", "250 people hurt" name
# their own people and keep their own reading, as the held-out gold has them), no auxiliary ("72 were wounded"), no hedge
_BARE_FATE = re.compile(rf"(?i)\s+(?:{_FATE})\b")
# between the first count's phrase and the second count: its own fate, maybe after auxiliaries, then "and" or a comma
# ("At least 10 members of the security forces had been killed and 35 injured", "at least 76 people are dead, 89
# injured"), maybe after an "of" phrase naming the first count's people ("members of the security forces"); a speech
# verb, a clause or a place between them ends the shared frame
_LINK = re.compile(rf"(?i)(?:\s+of\s+(?:the\s+)?[\p{{L}}'’-]+(?:\s+[\p{{L}}'’-]+){{0,3}}?)?\s+(?:(?:were|was|are|is|have|has|had|been|reportedly|also)\s+){{0,3}}(?:{_FATE}|died)"
                   r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_HEDGE = re.compile(rf"(?i){count_qualifier_pattern()}\s+")
_SHARED = frozenset(("at_least", "more_than", "about", "up_to"))


def share_qualifiers(sent: str, out: list[FoundFigure]) -> list[FoundFigure]:
    """`out` with each unhedged bare count that an elided clause adds to a hedged count ("At least 26 civilians have
    been killed and 22 injured": at least 22 injured too) given that count's qualifier. Only a hedge written inside the
    first count's phrase ("at least", "more than", "about", "up to") carries over, not a verb's ("the toll passed
    100")."""
    if len(out) < 2:
        return out
    for i, f in enumerate(out):
        a = f.amount
        if a is None or a.value is None or a.qualifier != "exact" or a.qual_start != a.start or \
                not _BARE_FATE.match(sent, a.end):
            continue
        before = [p for p in out[:i] if p.amount is not None and p.end <= a.start]
        if not before:
            continue
        p = before[-1]
        if p.amount.qualifier not in _SHARED or not _HEDGE.fullmatch(sent, p.amount.qual_start, p.amount.start):
            continue
        if _LINK.fullmatch(sent, p.end, a.start):
            out[i] = replace(f, amount=replace(a, qualifier=p.amount.qualifier))
    return out
