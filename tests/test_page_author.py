"""tasks/core/page_author.py finds the author trafilatura's extract_author finds, on corpus pages and on made-up bylines."""
from __future__ import annotations

import gzip
import json

import pytest
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from tasks.core.decode import decode_bytes
from tasks.core.page_author import page_author

# The expressions page_author.py translates, as trafilatura 2.3 has them: a trafilatura that changes them must fail
# here (then translate the new ones), not silently find other authors.
TRANSLATED = [
    """.//*[self::a or self::div or self::section or self::span][ @id='comments' or @class='comments' or @class='title'
    or @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews') or re:test(@class,
    '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|category|meta-date|meta-reviewer')
    or contains(@data-component, 'Figure')]""",
    "//time|//figure",
    """//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][
    @rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or
    @data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, 'author-?name|AuthorName|authorName')]|//author""",
    """//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' or @class='username'
    or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or re:test(@id, 'author|zuozhe|bianji|xiaobian') or
    re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]""",
    """//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, '[Aa]uthor') or
    re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]""",
]


def _words(text: str) -> list[str]:
    return text.replace("[", " [ ").replace("]", " ] ").split()


def test_trafilatura_still_has_the_translated_expressions():
    assert [_words(x.path) for x in AUTHOR_DISCARD_XPATHS + AUTHOR_XPATHS] == [_words(t) for t in TRANSLATED]


def test_same_author_as_trafilatura_on_corpus_pages(corpus):
    entries = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    found = 0
    for entry in entries[::3]:  # every origin (the manifest is grouped by origin)
        tree = load_html(decode_bytes(gzip.decompress((corpus / entry["path"]).read_bytes()), is_html=True))
        if tree is None:
            continue
        theirs = extract_author(tree)
        assert page_author(tree) == theirs, entry["id"]
        found += theirs is not None
    assert found > 100  # a real comparison: most pages have a byline somewhere in their markup


BODY = "<p>" + "Officials said the plan would cost more than expected this year. " * 5 + "</p>"
CASES = {
    "class author": '<div class="author">Jane Smith</div>',
    "first expression wins over an earlier generic one": '<p class="byline">By Tom Jones</p><span rel="author">Jane Smith</span>',
    "author-name class": '<span class="post-author-name">Jane Smith</span>',
    "AuthorCard test id": '<div data-testid="AuthorCard">Jane Smith</div>',
    "author element": "<author>Jane Smith</author>",
    "rel me child": "<p>Jane Smith<rel>me</rel></p>",
    "byline class": '<h4 class="byline">By Jane Smith</h4>',
    "itemprop contains author": '<span itemprop="creator author">Jane Smith</span>',
    "id zuozhe": '<div id="zuozhe-box">Jane Smith</div>',
    "last resort id Author": '<section id="AuthorBox">Jane Smith</section>',
    "last resort writer class": '<li class="writer">Jane Smith</li>',
    "last resort data-component": '<li data-component="TheByline">Jane Smith</li>',
    "byline inside comments is dropped": '<div class="comments"><span class="author">Reader One</span></div>'
                                         '<p class="byline">By Jane Smith</p>',
    "byline inside sidebar is dropped": '<aside><div class="widget sidebar"><a class="author">Other Writer</a></div></aside>'
                                        '<span class="writer">Jane Smith</span>',
    "comments id prefix": '<section id="comments-12"><div class="author">Reader One</div></section>',
    "time inside the byline is cut out": '<div class="author">Jane Smith<time>March 3, 2021</time>, Reuters</div>',
    "figure before the byline keeps its tail": '<div class="byline"><figure>img</figure>Jane Smith</div>',
    "too short then a longer one": '<span class="author">JS</span><span class="author">Jane Smith</span>',
    "too long": '<div class="author">' + "word " * 40 + "</div>",
    "only a date": '<div class="date author">March 3, 2021</div>',
    "nested candidates": '<div class="author-box"><span class="author-name">Jane Smith</span></div>',
    "title class is dropped": '<div class="title"><a class="author">Not An Author</a></div><p class="writer">Jane Smith</p>',
    "url as author": '<a rel="author" href="/x">https://example.com/jane</a>',
    "nothing": "",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_author_as_trafilatura_on_made_up_bylines(name):
    html = f"<html><head><title>A title</title></head><body><article><h1>Headline</h1>{CASES[name]}{BODY}</article></body></html>"
    assert page_author(load_html(html)) == extract_author(load_html(html))


def test_the_made_up_bylines_find_authors():
    found = {name: page_author(load_html(f"<html><body>{html}{BODY}</body></html>")) for name, html in CASES.items()}
    assert found["byline inside comments is dropped"] == "Jane Smith"
    assert found["time inside the byline is cut out"] == "Jane Smith; Reuters"  # normalize_authors: one per name
    assert found["first expression wins over an earlier generic one"] == "Jane Smith"
    assert found["title class is dropped"] == "Jane Smith"
    assert found["nothing"] is None
    assert sum(v is not None for v in found.values()) >= 15
