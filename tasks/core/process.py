"""One input document to cleaned text and claims, or to a reject: the pure per-article pipeline."""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from tasks.core.article import CleanedDoc
from tasks.core.budget import OverBudget, run_within, unbudgeted
from tasks.core.clean_html import CleanError, clean_html
from tasks.core.clean_text import clean_plain_text
from tasks.core.cleaner_version import CLEANER_VERSION  # noqa: F401 - defined there, read here by the pipeline
from tasks.core.decode import DecodeError, decode_bytes, looks_binary
from tasks.core.error_pages import error_page_reason
from tasks.core.extractor_version import EXTRACTOR_VERSION
from tasks.core.language import detect_language
from tasks.core.page_meta import url_date, url_month

if TYPE_CHECKING:  # the extractor itself is imported when a document needs it (seconds: spaCy, lemminflect)
    from tasks.core.claims.extract import Pending
    from tasks.core.claims.model import Extraction

MAX_HTML_DEPTH = 256
MIN_WORDS = 5  # fewer words than this is a fragment, not an article  # libxml2's own default limit; deeper markup is refused by the parser
# Per-document budgets (settings NEWSCLAIMS_DOC_TIMEOUT_S, NEWSCLAIMS_MAX_TEXT_CHARS): one document
# must not stall its batch. Real articles clean and extract in well under a second.
DOC_TIMEOUT_S = 60.0
MAX_TEXT_CHARS = 2_000_000
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# process_group_within: documents extracted together share one call to the parser for the sentences they parse
# (thinc's matrix products cost less per sentence in bigger batches); a document with more sentences to parse than
# this is parsed in calls of its own, within its own budget, as process_within does.
GROUP_PARSE_MAX = 256
# Documents a pool worker takes at once (tasks/ingest.py process_batch): 8 articles' candidate sentences are ~60-70,
# one batch of the parser's nlp.pipe (parse.parse_sentences); measured ~17% less parse CPU than a call per article.
GROUP_SIZE = 8
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

    @cached_property  # asked by the compare, the load and the worker: one sha256 of the bytes, not four
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
    """Import the extractor, compile all its patterns and build its tables now (seconds), e.g. in the pool's fork server
    before it forks workers (they share what it compiled and built) or in a pool worker that would idle anyway."""
    from tasks.core.claims import extract_claims  # noqa: F401
    from tasks.core.claims.lazy_regex import compile_all
    from tasks.core.claims.warm_tables import load_tables

    compile_all()
    load_tables()


_extractor_ready = False


def _ready_extractor() -> None:
    """Import the extractor, load its parser and build its tables (warm_tables.py), once per process, outside the
    document's time budget: one-off seconds (more on a loaded machine) that are no document's own cost. Its patterns
    compile as they are first used (tasks/core/claims/lazy_regex.py), a fraction of a second per early document."""
    global _extractor_ready
    if _extractor_ready:
        return
    with unbudgeted():
        from tasks.core.claims import extract_claims  # noqa: F401
        from tasks.core.claims.parse import load_parser
        from tasks.core.claims.warm_tables import load_tables

        load_parser()
        load_tables()  # the cities and lemmas (warm_tables.py): no early document's own cost either
    _extractor_ready = True


def process_within(raw: RawDoc, seconds: float = DOC_TIMEOUT_S, max_text_chars: int = MAX_TEXT_CHARS) -> ProcessedDoc | Reject:
    """process_document with a time budget: a document still being worked on after `seconds` is a Reject.

    The budget runs inside whatever process and thread does the work (tasks/core/budget.py), so
    it holds in the flow's own thread, in pool workers and in any other executor alike."""
    try:
        return run_within(seconds, process_document, raw, max_text_chars)
    except OverBudget as exc:
        return _over_budget(raw, seconds, getattr(exc, "stage", "clean"))


def _over_budget(raw: RawDoc, seconds: float, stage: str) -> Reject:
    return Reject(raw.key, stage, f"took longer than {seconds:g} s to {_DOING.get(stage, stage)} "
                  "(the per-document budget, NEWSCLAIMS_DOC_TIMEOUT_S); skipped")


_DOING = {"decode": "decode", "clean": "clean", "extract": "extract claims from"}


def process_group_within(raws: list[RawDoc], seconds: float = DOC_TIMEOUT_S, max_text_chars: int = MAX_TEXT_CHARS,
                         ahead: bool = True) -> list[ProcessedDoc | Reject]:
    """process_within over several documents, with one call to the parser for the sentences of all of them (less
    CPU per sentence than a call per document), results in input order and identical to process_within's.

    Each document keeps its own budget, charged with its own decoding, cleaning and rules plus its share of the shared
    parse (by its number of sentences): one over it is a Reject as in process_within, and the others go on. A document
    with more than GROUP_PARSE_MAX sentences to parse, or all of them when the shared parse fails or runs past one
    document's budget, parse in calls of their own within their own budgets. With `ahead`, the sentences the rules
    may want parsed after they named no one are parsed in the shared call too (extract.parse_pending)."""
    from tasks.core.claims.extract import parse_pending

    if raws:
        _ready_extractor()  # once per process, before any budget: its time is no document's (see _ready_extractor)
    out: list[ProcessedDoc | Reject | None] = [None] * len(raws)
    used = [0.0] * len(raws)
    begun: dict[int, _Begun] = {}
    for i, raw in enumerate(raws):
        t0 = time.monotonic()
        try:
            got = run_within(seconds, _begin_document, raw, max_text_chars)
        except OverBudget as exc:
            got = _over_budget(raw, seconds, getattr(exc, "stage", "clean"))
        used[i] = time.monotonic() - t0
        if isinstance(got, _Begun):
            begun[i] = got
        else:
            out[i] = got
    sizes = {i: len(b.pending.to_parse(ahead)) for i, b in begun.items() if b.pending.syntax}
    shared = [i for i, n in sizes.items() if n <= GROUP_PARSE_MAX]
    if len(shared) > 1:
        t0 = time.monotonic()
        try:
            run_within(seconds, parse_pending, [begun[i].pending for i in shared], ahead)
        except (Exception, OverBudget):  # every document parses its own below, within its own budget
            for i in shared:
                begun[i].pending.parsed = None
                begun[i].pending.second.clear()
        else:
            took, total = time.monotonic() - t0, max(1, sum(sizes[i] for i in shared))
            for i in shared:
                used[i] += took * sizes[i] / total
    for i, b in begun.items():
        left = seconds - used[i] if seconds and seconds > 0 else seconds
        if seconds and seconds > 0 and left <= 0:
            out[i] = _over_budget(b.raw, seconds, "extract")
            continue
        try:
            out[i] = run_within(left, _finish_document, b)
        except OverBudget:
            out[i] = _over_budget(b.raw, seconds, "extract")
    return out  # type: ignore[return-value]


def extract_group(cleaned: list[CleanedDoc], ahead: bool = True) -> list[Extraction]:
    """extract_for over several documents with one call to the parser (no budgets: benches and tests)."""
    from tasks.core.claims.extract import finish_extraction, parse_pending

    pending = [_begin_extract(c) for c in cleaned]
    parse_pending(pending, ahead)
    return [finish_extraction(p) for p in pending]


def process_document(raw: RawDoc, max_text_chars: int = MAX_TEXT_CHARS) -> ProcessedDoc | Reject:
    """Decode, clean and extract one document. Never raises: failures become a Reject."""
    begun = _begin_document(raw, max_text_chars)
    return begun if isinstance(begun, Reject) else _finish_document(begun)


@dataclass
class _Begun:
    """A document decoded and cleaned, its extraction up to the parse (claims.extract.begin_extraction)."""

    raw: RawDoc
    is_html: bool
    cleaned: CleanedDoc
    pending: Pending


def _begin_document(raw: RawDoc, max_text_chars: int = MAX_TEXT_CHARS) -> _Begun | Reject:
    """process_document up to the parse. Never raises but OverBudget (with the stage it ran out in)."""
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
        pending = _begin_extract(cleaned)
    except (DecodeError, CleanError) as exc:
        return Reject(raw.key, stage, str(exc))
    except OverBudget as exc:  # the time budget ran out (process_within): say where
        exc.stage = stage
        raise
    except Exception as exc:  # one bad document must not stop the batch
        return Reject(raw.key, stage, f"unexpected {type(exc).__name__}: {exc}"[:500])
    return _Begun(raw, is_html, cleaned, pending)


def _finish_document(b: _Begun) -> ProcessedDoc | Reject:
    """process_document from the parse on. Never raises but OverBudget."""
    from tasks.core.claims.extract import finish_extraction

    raw = b.raw
    try:
        extraction = finish_extraction(b.pending)
    except OverBudget as exc:
        exc.stage = "extract"
        raise
    except Exception as exc:  # one bad document must not stop the batch
        return Reject(raw.key, "extract", f"unexpected {type(exc).__name__}: {exc}"[:500])
    return ProcessedDoc(
        key=raw.key,
        content_hash=raw.content_hash,
        n_bytes=len(raw.data),
        input_format="html" if b.is_html else "text",
        cleaned=b.cleaned,
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
    if not cleaned.published_at:  # e.g. a text whose manifest gives its page's URL ".../2024/07/16/..."
        cleaned.published_at = url_date(cleaned.url or raw.url)
    if not cleaned.language:
        cleaned.language = detect_language(cleaned.text)
    return cleaned


def _apply_known_meta(cleaned: CleanedDoc, meta: dict) -> None:
    """Metadata the caller knows (a manifest, a feed item) fills what the page did not give."""
    for name in ("title", "outlet", "wire_agency", "published_at", "language", "url", "author"):
        if meta.get(name) and not getattr(cleaned, name):
            setattr(cleaned, name, meta[name])


def extract_for(cleaned: CleanedDoc) -> Extraction:
    from tasks.core.claims.extract import finish_extraction

    return finish_extraction(_begin_extract(cleaned))


def _begin_extract(cleaned: CleanedDoc) -> Pending:
    _ready_extractor()
    from tasks.core.claims.extract import begin_extraction
    from tasks.core.claims.url_country import outlet_country, url_country

    # a page with no date whose URL names its month (".../2017/09/...") is a story of that month: its figures' years
    # are read against it as against a date (a known date always wins)
    when = cleaned.published_at or url_month(cleaned.url)
    return begin_extraction(cleaned.title, cleaned.text, published_year=_year(when),
                            language=cleaned.language, published_month=_month(when),
                            # the outlet's country: its address's domain, else its name ("Sri Lanka News Wave")
                            home_country=url_country(cleaned.url) or outlet_country(cleaned.outlet))


def _year(published_at: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", published_at or "")
    return int(m.group(1)) if m else None


def _month(published_at: str | None) -> int | None:
    """The month of an ISO date ("2013-01-12" -> 1), or None."""
    m = re.match(r"\s*\d{4}-(\d{2})", published_at or "")
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


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
