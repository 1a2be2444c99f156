"""clean_html.body_text gives the text trafilatura.bare_extraction gives, without copying the page first."""
from __future__ import annotations

import gzip
import json
from copy import copy

import trafilatura
from trafilatura.utils import load_html

from tasks.core import clean_html as ch
from tasks.core.decode import decode_bytes


def _bare_text(html: str, options) -> str | None:
    doc = trafilatura.bare_extraction(load_html(html), options=options)
    return None if doc is None else doc.text


def test_same_text_as_bare_extraction_on_corpus_pages(corpus):
    entries = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    options = copy(ch._OPTIONS)
    compared = 0
    for entry in entries[::4]:  # every origin (the manifest is grouped by origin)
        html = decode_bytes(gzip.decompress((corpus / entry["path"]).read_bytes()), is_html=True)
        if load_html(html) is None:
            continue
        options.url = entry.get("url")
        assert ch.body_text(load_html(html), options) == _bare_text(html, options), entry["id"]
        compared += 1
    assert compared > 150


def test_too_little_text_is_none_as_in_bare_extraction():
    html = "<html><head><title>Only a title</title></head><body><div><img src=\"a.png\"></div><div></div></body></html>"
    options = copy(ch._OPTIONS)
    assert _bare_text(html, options) is None
    assert ch.body_text(load_html(html), options) is None


def test_a_tree_limit_strips_and_then_refuses_as_bare_extraction():
    paragraphs = "".join(f"<p>Paragraph {i} says the <b>council</b> met on a <i>Tuesday</i> to vote.</p>" for i in range(40))
    html = f"<html><body><article>{paragraphs}</article></body></html>"
    for limit in (5, 60, 10_000):
        options = copy(ch._OPTIONS)
        options.max_tree_size = limit
        assert ch.body_text(load_html(html), options) == _bare_text(html, options), limit
    options.max_tree_size = 5
    assert ch.body_text(load_html(html), options) is None
