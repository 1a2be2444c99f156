"""Our metadata step gives the values trafilatura's own extract_metadata gives, on real corpus pages."""
from __future__ import annotations

import gzip
import json
from datetime import date

from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from tasks.core import clean_html as ch
from tasks.core.decode import decode_bytes
from tasks.core.page_meta import page_metadata, url_month

FIELDS = ("title", "author", "url", "sitename", "date")


def test_same_fields_as_trafilatura_extract_metadata(corpus):
    entries = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    sample = entries[::20]  # 40 pages from every origin (the manifest is grouped by origin)
    params = {**ch._DATE_PARAMS, "max_date": date.today().isoformat()}
    found = {f: 0 for f in FIELDS}
    for entry in sample:
        html = decode_bytes(gzip.decompress((corpus / entry["path"]).read_bytes()), is_html=True)
        ours = page_metadata(load_html(html), entry.get("url"), dict(params))
        theirs = extract_metadata(load_html(html), entry.get("url"), dict(params))
        for f in FIELDS:
            assert getattr(ours, f) == getattr(theirs, f), (entry["id"], f)
            found[f] += bool(getattr(ours, f))
        assert ours.license is None  # one of the parts we skip (categories and tags may come from meta tags)
    assert found["title"] >= 35 and found["date"] >= 20 and found["author"] >= 10, found  # a real comparison


def test_clean_html_takes_the_page_metadata(corpus):
    entry = json.loads((corpus / "manifest.jsonl").read_text().splitlines()[0])
    html = decode_bytes(gzip.decompress((corpus / entry["path"]).read_bytes()), is_html=True)
    cleaned = ch.clean_html(html, entry["url"])
    theirs = extract_metadata(load_html(html), entry["url"], {**ch._DATE_PARAMS, "max_date": date.today().isoformat()})
    assert (cleaned.title, cleaned.author, cleaned.outlet, cleaned.published_at) == \
        (theirs.title, theirs.author, theirs.sitename, theirs.date)
    assert cleaned.published_at and len(cleaned.text.split()) > 50


def test_url_month_dates_an_undated_story_by_its_path():
    """A URL naming a year and month with no day gives the story's month (the extractor's years read against it); a
    lone year, an article id or digits in the host give none."""
    assert url_month("https://hotafricanews.blogspot.com/2017/09/12-afghan-forces-killed-in-kandahar.html") == "2017-09"
    assert url_month("https://galusaustralis.com/2021/02/1048433/explosion-kills-eight") == "2021-02"
    assert url_month("https://riviera-maya-news.com/inm-detains-72-migrants/2022.html") is None
    assert url_month("https://voa.example.com/a/blast-kills-9-soldiers/1910226.html") is None
    assert url_month("https://www2019.example.com/12/story") is None
    assert url_month(None) is None


def test_undated_text_takes_its_url_month_for_figure_years():
    from tasks.core.article import CleanedDoc
    from tasks.core.process import extract_for

    text = "Twelve security forces were killed in Kandahar, police said."
    undated = extract_for(CleanedDoc(title=None, text=text, published_at=None, language="en"))
    by_url = extract_for(CleanedDoc(title=None, text=text, published_at=None, language="en",
                                    url="https://example.com/2017/09/12-afghan-forces-killed.html"))
    dated = extract_for(CleanedDoc(title=None, text=text, published_at="2018-01-02", language="en",
                                   url="https://example.com/2017/09/12-afghan-forces-killed.html"))
    assert [f.event_year for f in undated.figures] == [None]
    assert [f.event_year for f in by_url.figures] == [2017]
    assert [f.event_year for f in dated.figures] == [2018]  # a known date wins
