"""HTML to a CleanedDoc through trafilatura: article text plus its metadata."""
from __future__ import annotations

import re
import warnings
from datetime import date

from dateutil.parser import UnknownTimezoneWarning
from lxml.etree import strip_tags
from lxml.html import HtmlElement
from trafilatura.core import trafilatura_sequence
from trafilatura.settings import Extractor, set_date_params
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from tasks.core.article import CleanedDoc
from tasks.core.page_meta import page_metadata

# Built once: trafilatura rebuilds its options object on every call otherwise.
# Comments are left out: they are readers' voices, not the article's claims. favor_recall: on the
# 413 corpus truth pages it keeps more of the body (F1 0.9515 vs 0.9481 without) and is no slower.
# Dates keep their time of day when the page gives one (article:published_time and the like):
# figure_disputes orders same-day reports of a changing toll by it. Same dates as the default
# date-only format on the 265 corpus pages with gold dates; htmldate still does the finding.
_DATE_PARAMS = {**set_date_params(extensive=True), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
# Metadata is found by tasks/core/page_meta.py (trafilatura's own functions, minus the fields we
# never store) on the same parsed page, before the body: the order trafilatura uses.
_OPTIONS = Extractor(output_format="python", comments=False, tables=True, with_metadata=False, recall=True)


# htmldate hands page dates like "Nov 19 2019 EST" to dateutil, which warns on every such page;
# the date is still read (as naive time), so the warning is only noise on the user's terminal.
warnings.filterwarnings("ignore", category=UnknownTimezoneWarning)


_WORDS = re.compile(r"\W+")


class CleanError(ValueError):
    """The page has no extractable article text."""


def clean_html(html: str, url: str | None = None) -> CleanedDoc:
    """Extract the article body and metadata from an HTML page, or raise CleanError."""
    # htmldate ignores dates after max_date. Worker processes live as long as `serve` does, so
    # the day the options were built would soon hide every newer article's date: refresh it.
    date_params = {**_DATE_PARAMS, "max_date": date.today().isoformat()}
    try:
        tree = load_html(html, _OPTIONS.max_file_size)
        if tree is None:
            raise CleanError("no article text found in the HTML")
        meta = page_metadata(tree, url, date_params)
        _OPTIONS.url = url or meta.url  # as trafilatura: the page's canonical URL when none was given
        body = body_text(tree, _OPTIONS)
    except RecursionError as exc:  # pathologically nested markup
        raise CleanError("HTML nesting too deep to parse") from exc
    if not (body or "").strip():
        raise CleanError("no article text found in the HTML")
    title = _blank_to_none(meta.title)
    return CleanedDoc(
        title=title,
        text=_drop_repeated_title(body.strip(), title),
        author=_blank_to_none(meta.author),
        outlet=_blank_to_none(meta.sitename),
        published_at=_blank_to_none(meta.date),
        url=_blank_to_none(meta.url) or url,
        language=None,  # trafilatura sets it only when asked to filter by language; detected later
    )


def body_text(tree: HtmlElement, options: Extractor) -> str | None:
    """trafilatura.bare_extraction(tree, options=options).text for our options (python output, no metadata, comments,
    dedup or language filter), working on `tree` itself: bare_extraction first copies a tree it is given (~2% of
    cleaning), and nothing reads the page's tree after its body. Its steps after the extraction cascade, as trafilatura
    2.3 has them; tests/test_clean_html_body.py compares the text with bare_extraction's on corpus pages."""
    try:
        postbody, text, _, comments = trafilatura_sequence(tree, options, options.url)
        if options.max_tree_size:  # tree size sanity check
            if len(postbody) > options.max_tree_size:
                strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # bare_extraction's "discarding data"
        return None
    return xmltotxt(postbody, options.formatting)


def _drop_repeated_title(text: str, title: str | None) -> str:
    """The body without a first line that only repeats the headline.

    Many pages put the <h1> inside the article element, so trafilatura's text starts with the
    title; kept, every figure in a headline would be counted twice (title and body).
    """
    first, _, rest = text.partition("\n")
    if title and rest and _WORDS.sub(" ", first).strip().lower() == _WORDS.sub(" ", title).strip().lower():
        return rest.lstrip("\n")
    return text


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
