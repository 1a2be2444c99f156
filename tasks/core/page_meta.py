"""A page's title, author, site name, canonical URL and date: trafilatura's metadata minus what we never store.

trafilatura.metadata.extract_metadata also looks for categories, tags and a license (XPath over
the whole page), which newsclaims never stores: about a third of the metadata's time on corpus
pages. This runs the same library functions in the same order for the fields we keep, so their
values are the same (tests/test_page_meta.py compares them with extract_metadata on corpus pages).

The author fallback (trafilatura's author XPaths over the page where the meta tags and JSON-LD name
nobody, ~10 ms on half the corpus pages) is tasks/core/page_author.py: the same author in one walk
over the page, ~2.6x faster. Measured and left as they are: htmldate's date search is ~2.5 ms a
page (its extensive search only runs when the cheap ones found nothing, and trying the cheap mode
first saved nothing).
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from htmldate import find_date
from htmldate.extractors import YM_PATTERN, extract_url_date
from htmldate.settings import MIN_DATE
from htmldate.utils import Extractor as DateOptions
from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    Document,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

from tasks.core.page_author import page_author


def page_metadata(tree: HtmlElement, url: str | None, date_params: dict) -> Document:
    """extract_metadata(tree, url, date_params) of trafilatura 2.x for title, author, url, sitename
    and date (categories, tags and license left empty)."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:  # as trafilatura: a single word is no author name
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - trafilatura too ignores bugs in its JSON-LD reading
        pass
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.author:
        meta.author = page_author(tree)  # extract_author's result, found in one pass (page_author.py)
    if not meta.url:
        meta.url = extract_url(tree, url)
    meta.date = find_date(tree, **{**date_params, "url": meta.url})
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (m := META_URL.match(meta.url)):
        meta.sitename = m[1]
    meta.clean_and_trim()
    return meta



def url_date(url: str | None) -> str | None:
    """The day a URL's path names ("/news/2024/07/16/..." -> "2024-07-16"), by htmldate's own URL rule, or None.

    For inputs with a known URL and no date of their own (a text file whose manifest gives its page's URL): htmldate
    reads the same URL when it dates an HTML page. Only whole dates count: "/2017/11/" alone dates no day."""
    if not url:
        return None
    return extract_url_date(url, DateOptions(False, datetime.now(), MIN_DATE, True, "%Y-%m-%d"))


def url_month(url: str | None) -> str | None:
    """The month a URL's path names with no day ("/2017/09/12-afghan-forces-killed.html" -> "2017-09"), by htmldate's
    year-month pattern, or None. Not a publication date (the page's day stays unknown), but the story's year and month:
    the claim extractor dates an undated text's figures by it (process._begin_extract). The path alone, so a host's
    digits never count; a lone year ("/2022.html") dates no month and is left alone."""
    if not url:
        return None
    m = YM_PATTERN.search(urlsplit(url).path)
    if m is None:
        return None
    year, month = m.group("year") or m.group("year2"), int(m.group("month") or m.group("month2"))
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None
