"""Claim extraction: cleaned article text in, sentences / actors / claims / figures out.

The extractor lives in `extract.py` and is imported on first use (PEP 562 `__getattr__`): importing
it compiles large patterns and loads the parser (seconds of CPU), which code that only needs the
data classes (`tasks.core.claims.model`, e.g. the events step in the flow process) must not pay.
"""
from __future__ import annotations

EXTRACTOR_VERSION = "claims-0.43.0"

_LAZY = {"extract_claims": "extract", "Extraction": "model"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXTRACTOR_VERSION", "extract_claims", "Extraction"]
