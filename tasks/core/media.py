"""The one media table (data/media.tsv): agencies, outlets and photo sources for every reader.

The text cleaner reads credit names (bylines, picture credits), wire-copy detection reads wire keys
and agency domains, the claims gazetteer reads claimant names: all from the same rows, so an agency
added there is known to all three. Pure: reads package data only.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "media.tsv"


@dataclass(frozen=True)
class Medium:
    name: str  # as a claimant: "Associated Press"
    kind: str  # agency | outlet | photo
    users: frozenset[str]  # credit | wire | claims
    credit: str  # the cleaner's short name: "AP"
    spellings: tuple[str, ...]  # running text and credits; "=AP": in credits only in capitals
    credit_spellings: tuple[str, ...]  # credits and outlet fields only
    text_spellings: tuple[str, ...]  # running text only
    domains: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split("|") if x)


@lru_cache(maxsize=None)
def media() -> tuple[Medium, ...]:
    """Every row of the table, in file order."""
    with TABLE.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return tuple(Medium(r[0], r[1], frozenset(r[2].split()), r[3], _split(r[4]), _split(r[5]), _split(r[6]),
                        _split(r[7]))
                 for r in rows)


def _used_by(user: str) -> list[Medium]:
    return [m for m in media() if user in m.users]


def credit_names() -> dict[str, str]:
    """Lower-cased spelling -> the cleaner's short name, for agencies and photo sources' spellings alike
    ("the associated press" -> "AP"); photo sources map to "" (a credit word, no agency)."""
    return {s.lstrip("=").lower(): m.credit if m.kind != "photo" else ""
            for m in _used_by("credit") for s in (*m.spellings, *m.credit_spellings)}


def credit_agencies() -> dict[str, str]:
    """Lower-cased agency spelling -> the cleaner's short name: 'agence france-presse' -> 'AFP'."""
    return {k: v for k, v in credit_names().items() if v}


def credit_capitals_only() -> frozenset[str]:
    """Lower-cased agency spellings trusted only when written in capitals: 'ap', 'pa', 'uni'."""
    return frozenset(s[1:].lower() for m in _used_by("credit") for s in (*m.spellings, *m.credit_spellings)
                     if s.startswith("="))


def photo_sources() -> frozenset[str]:
    """Lower-cased picture sources that are not news agencies: 'getty', 'shutterstock'."""
    return frozenset(k for k, v in credit_names().items() if not v)


def wire_spellings() -> list[tuple[str, str]]:
    """(spelling, credit) for the wire agencies in file order: ('Agence France-Presse', 'AFP'); wire.py
    makes its keys from both its own way (words, squashed)."""
    return [(s.lstrip("="), m.credit) for m in _used_by("wire") for s in (*m.spellings, *m.credit_spellings)]


def wire_domains() -> dict[str, str]:
    """An agency's own site -> its credit: 'apnews.com' -> 'AP'."""
    return {d: m.credit for m in _used_by("wire") for d in m.domains}


def claimant_names() -> dict[str, str]:
    """Spelling as running text writes it -> the medium's name as a claimant: 'AP' -> 'Associated Press'."""
    return {s.lstrip("="): m.name for m in _used_by("claims") for s in (*m.spellings, *m.text_spellings)}
