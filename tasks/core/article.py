"""Plain data passed between the pure cleaning/extraction code and the I/O layer."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CleanedDoc:
    """One cleaned article: the body text plus whatever metadata the page or text gave."""

    title: str | None
    # Body paragraphs (standfirst, body, subheadings) in reading order, one per line.
    text: str
    # (label, line) for every non-empty input line, labels as in tests/data/seed-cleaning.jsonl:
    # title, standfirst, body, subheading, caption, credit, dateline, boilerplate.
    # Empty for HTML input, where trafilatura decides what is body.
    lines: list[tuple[str, str]] = field(default_factory=list)
    wire_agency: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_at: str | None = None  # ISO date or datetime as found
    url: str | None = None
    language: str | None = None
    dateline: str | None = None  # e.g. "15:05•Updated 15:18", kept as found
