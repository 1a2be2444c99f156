"""One input document to cleaned text and claims, or to a reject: the pure per-article pipeline."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tasks.core.article import CleanedDoc
from tasks.core.budget import OverBudget, run_within, unbudgeted
from tasks.core.clean_html import CleanError, clean_html
from tasks.core.clean_text import clean_plain_text
from tasks.core.decode import DecodeError, decode_bytes, looks_binary
from tasks.core.error_pages import error_page_reason
from tasks.core.extractor_version import EXTRACTOR_VERSION
from tasks.core.language import detect_language

if TYPE_CHECKING:  # the extractor itself is imported when a document needs it (seconds: spaCy, lemminflect)
    from tasks.core.claims.model import Extraction

# Bump when cleaning output changes: stored articles from an older cleaner are cleaned again
# (from their file) on the next ingest even though their bytes did not change.
CLEANER_VERSION = "clean-4"
MAX_HTML_DEPTH = 256
MIN_WORDS = 5  # fewer words than this is a fragment, not an article  # libxml2's own default limit; deeper markup is refused by the parser
# Per-document budgets (settings NEWSCLAIMS_DOC_TIMEOUT_S, NEWSCLAIMS_MAX_TEXT_CHARS): one document
# must not stall its batch. Real articles clean and extract in well under a second.
DOC_TIMEOUT_S = 60.0
MAX_TEXT_CHARS = 2_000_000
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml|<!--|<meta|<div|<p[ >])", re.IGNORECASE)


@dataclass
class RawDoc:
    """An input as read or fetched: its key (relative path or URL) and its bytes."""

    key: str
    data: bytes
    is_html: bool | None = None  # None: decide from the bytes
    url: str | None = None
    header_charset: str | None = None
    meta: dict = field(default_factory=dict)  # known metadata (seed manifest, feed item)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class ProcessedDoc:
    key: str
    content_hash: str
    n_bytes: int
    input_format: str  # text | html
    cleaned: CleanedDoc
    extraction: Extraction
    extractor_version: str
    meta: dict = field(default_factory=dict)


@dataclass
class Reject:
    input: str
    stage: str
    reason: str


def load_extractor() -> None:
    """Import the extractor and compile all its patterns now (seconds), e.g. in the pool's fork server before it forks
    workers (they share what it compiled) or in a pool worker that would idle anyway."""
    from tasks.core.claims import extract_claims  # noqa: F401
    from tasks.core.claims.lazy_regex import compile_all

    compile_all()


_extractor_ready = False


def _ready_extractor() -> None:
    """Import the extractor and load its parser, once per process, outside the document's time budget: one-off
    seconds (more on a loaded machine) that are no document's own cost. Its patterns compile as they are first used
    (tasks/core/claims/lazy_regex.py), a fraction of a second per early document."""
    global _extractor_ready
    if _extractor_ready:
        return
    with unbudgeted():
        from tasks.core.claims import extract_claims  # noqa: F401
        from tasks.core.claims.parse import load_parser

        load_parser()
    _extractor_ready = True


def process_within(raw: RawDoc, seconds: float = DOC_TIMEOUT_S, max_text_chars: int = MAX_TEXT_CHARS) -> ProcessedDoc | Reject:
    """process_document with a time budget: a document still being worked on after `seconds` is a Reject.

    The budget runs inside whatever process and thread does the work (tasks/core/budget.py), so
    it holds in the flow's own thread, in pool workers and in any other executor alike."""
    try:
        return run_within(seconds, process_document, raw, max_text_chars)
    except OverBudget as exc:
        stage = getattr(exc, "stage", "clean")
        return Reject(raw.key, stage, f"took longer than {seconds:g} s to {_DOING.get(stage, stage)} "
                      "(the per-document budget, NEWSCLAIMS_DOC_TIMEOUT_S); skipped")


_DOING = {"decode": "decode", "clean": "clean", "extract": "extract claims from"}


def process_document(raw: RawDoc, max_text_chars: int = MAX_TEXT_CHARS) -> ProcessedDoc | Reject:
    """Decode, clean and extract one document. Never raises: failures become a Reject."""
    stage = "decode"
    try:
        if not raw.data.strip():
            return Reject(raw.key, "read", "empty file")
        text = decode_bytes(raw.data, header_charset=raw.header_charset, is_html=raw.is_html is not False)
        if looks_binary(text):
            return Reject(raw.key, "decode", "binary data, not text (too many control characters)")
        is_html = raw.is_html if raw.is_html is not None else bool(_HTML_SNIFF.match(text[:512]))
        stage = "clean"
        cleaned = _clean(text, is_html, raw)
        if not cleaned.text.strip():
            return Reject(raw.key, "clean", "no article text left after cleaning")
        if len(cleaned.text.split()) < MIN_WORDS:
            return Reject(raw.key, "clean", f"only {len(cleaned.text.split())} words of text: not an article")
        if why := error_page_reason(cleaned.title, cleaned.text):
            return Reject(raw.key, "clean", f"an error or placeholder page, not an article ({why})")
        if len(cleaned.text) > max_text_chars:
            return Reject(raw.key, "clean", f"article text is {len(cleaned.text):,} characters, over the "
                          f"{max_text_chars:,}-character budget for extraction (NEWSCLAIMS_MAX_TEXT_CHARS)")
        stage = "extract"
        extraction = extract_for(cleaned)
    except (DecodeError, CleanError) as exc:
        return Reject(raw.key, stage, str(exc))
    except OverBudget as exc:  # the time budget ran out (process_within): say where
        exc.stage = stage
        raise
    except Exception as exc:  # one bad document must not stop the batch
        return Reject(raw.key, stage, f"unexpected {type(exc).__name__}: {exc}"[:500])
    return ProcessedDoc(
        key=raw.key,
        content_hash=raw.content_hash,
        n_bytes=len(raw.data),
        input_format="html" if is_html else "text",
        cleaned=cleaned,
        extraction=extraction,
        extractor_version=EXTRACTOR_VERSION,
        meta=raw.meta,
    )


def _clean(text: str, is_html: bool, raw: RawDoc) -> CleanedDoc:
    if not is_html:
        cleaned = clean_plain_text(text)
    else:
        try:
            cleaned = clean_html(text, url=raw.url or raw.meta.get("url"))
        except CleanError:
            depth = html_depth(text, MAX_HTML_DEPTH)
            if depth > MAX_HTML_DEPTH:
                raise CleanError(f"HTML nested more than {MAX_HTML_DEPTH} levels deep; not parsed") from None
            raise
    _apply_known_meta(cleaned, raw.meta)
    if not cleaned.language:
        cleaned.language = detect_language(cleaned.text)
    return cleaned


def _apply_known_meta(cleaned: CleanedDoc, meta: dict) -> None:
    """Metadata the caller knows (a manifest, a feed item) fills what the page did not give."""
    for name in ("title", "outlet", "wire_agency", "published_at", "language", "url", "author"):
        if meta.get(name) and not getattr(cleaned, name):
            setattr(cleaned, name, meta[name])


def extract_for(cleaned: CleanedDoc) -> Extraction:
    _ready_extractor()
    from tasks.core.claims import extract_claims

    year = _year(cleaned.published_at)
    return extract_claims(cleaned.title, cleaned.text, published_year=year, language=cleaned.language)


def _year(published_at: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", published_at or "")
    return int(m.group(1)) if m else None


def html_depth(html: str, limit: int) -> int:
    """Nesting depth of the markup, counted up to limit + 1 (only to explain a parser refusal)."""
    depth = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not selfclosing and name.lower() not in _VOID:
            depth += 1
            if depth > limit:
                return depth
    return depth
