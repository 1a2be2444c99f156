"""Recognise error and placeholder pages ("Page Not Found", "Loading...", soft 404s) by their title.

The patterns are data (error_pages.txt beside this file). A page is an error page when a segment of
its title matches one whole, and its text is short, as such pages are (a real article whose title
happens to be "Sorry" runs to hundreds of words).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MAX_WORDS = 150  # error pages say little; longer texts are articles whatever their title
_SEGMENTS = re.compile(r"\s+[|\-–—]\s+|:\s+|\s*[|–—]\s*")


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern:
    lines = (Path(__file__).with_name("error_pages.txt")).read_text(encoding="utf-8").splitlines()
    alternatives = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def error_page_reason(title: str | None, text: str) -> str | None:
    """Why this looks like an error or placeholder page, or None for an article."""
    if not title or len(text.split()) > MAX_WORDS:
        return None
    for segment in _SEGMENTS.split(title.strip()):
        segment = segment.strip()
        if segment and _patterns().fullmatch(segment):
            return f'title "{title.strip()[:80]}"'
    return None
