"""Deterministic row ids, importable without the row builders (tasks/core/rows.py imports the
event scope and with it spaCy; recording an unchanged rerun needs only a source's id)."""
from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> str:
    """Deterministic 16-hex-digit id: the same input gives the same id in every run."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
