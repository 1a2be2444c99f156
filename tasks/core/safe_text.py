"""Text any database can store: lone surrogates (from JSON "\\ud800" escapes, or bytes that were not
UTF-8 in a command-line argument) become visible \\udXXX escapes instead of failing the insert."""
from __future__ import annotations


def storable_text(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
