"""Our metadata step gives the values trafilatura's own extract_metadata gives, on real corpus pages."""
from __future__ import annotations

import gzip
import json
from datetime import date

from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from tasks.core import clean_html as ch
from tasks.core.decode import decode_bytes
from tasks.core.page_meta import page_metadata

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
