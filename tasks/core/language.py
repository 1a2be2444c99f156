"""Language identification for cleaned text (py3langid: small, fast, offline)."""
from __future__ import annotations

import py3langid


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text to tell."""
    sample = text[:3000]
    if len(sample.split()) < 5:
        return None
    lang, _ = py3langid.classify(sample)
    return lang
