"""Feed and sitemap parsing on the real corpus feeds, hostile XML, and discover over HTTP."""
from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from tasks.core import feeds
from tasks.core.feeds import FeedError, FeedItem, SitemapUrl, parse_feed, parse_sitemap
from tasks.io.discover_web import discover_feed, discover_sitemap
from tasks.io.http import Fetcher, FetchSettings
from webserver import (CORPUS, NEWS_PATHS, Page, build_json_feed, build_sitemap_index,
                       build_urlset, serve_news_site, serve_site)

CORPUS_FEEDS = CORPUS / "feeds"
WEB_DATA = Path(__file__).parent / "data" / "web"
needs_corpus = pytest.mark.skipif(not CORPUS_FEEDS.is_dir(),
                                  reason=f"shared corpus feeds not found at {CORPUS_FEEDS} "
                                  "(set NEWSCLAIMS_SHARED to the shared/ folder)")
FAST = FetchSettings(connect_timeout_s=0.5, read_timeout_s=0.5, backoff_base_s=0.02,
                     per_host_delay_s=0.0, allow_private=True)  # loopback servers; the guard: test_ssrf.py

# Item counts checked by hand against the files (<item>/<entry> elements, JSON items).
CORPUS_COUNTS = {
    "guardian-us.rss.xml": 55,
    "heise-developer.atom.xml": 15,
    "jn-pt-ultimas.rss.xml": 40,  # ISO-8859-1, declared
    "science-twis.rss1.xml": 69,  # RSS 1.0 / RDF
    "uol-noticias.rss.xml": 15,  # ISO-8859-1 bytes, no XML declaration: not well-formed
    "npr-technology.jsonfeed.json": 25,
}


def read_feed(name: str) -> bytes:
    return (CORPUS_FEEDS / name).read_bytes()


@needs_corpus
@pytest.mark.parametrize("name,count", CORPUS_COUNTS.items())
def test_corpus_feeds_yield_every_item(name, count):
    items = parse_feed(read_feed(name), "https://feeds.example/")
    assert len(items) == count
    assert all(item.url.startswith(("http://", "https://")) and item.title for item in items)


@needs_corpus
def test_rss2_item_fields():
    first = parse_feed(read_feed("guardian-us.rss.xml"))[0]
    assert first == FeedItem(
        url="https://www.theguardian.com/us-news/2018/jan/31/"
            "donald-trump-state-of-the-union-address-unity-discord",
        title="Trump State of the Union address promised unity but emphasized discord",
        published="2018-01-31T07:26:05+00:00")


@needs_corpus
def test_atom_and_rdf_dates_are_utc():
    atom = parse_feed(read_feed("heise-developer.atom.xml"))[0]
    assert atom.published == "2016-02-01T16:22:00+00:00"  # 17:22 +01:00 in the file
    rdf = parse_feed(read_feed("science-twis.rss1.xml"))[0]
    assert (rdf.title, rdf.published) == ("Food for fungi", "2017-06-15T17:29:47+00:00")


@needs_corpus
def test_latin1_feeds_decode_correctly():
    jn = parse_feed(read_feed("jn-pt-ultimas.rss.xml"))[0]
    assert jn.title == "M\u00e3e de utente \u00e9 a nova presidente da Rar\u00edssimas"
    uol = parse_feed(read_feed("uol-noticias.rss.xml"))[0]
    assert "simula\u00e7\u00f5es de 2\u00ba turno" in uol.title
    assert uol.published is None  # "Seg, 24 Set 2018" is Portuguese, not RFC 822


@needs_corpus
def test_json_feed_from_corpus():
    first = parse_feed(read_feed("npr-technology.jsonfeed.json"))[0]
    assert first.title == "Keller Rinaudo: How can delivery drones save lives?"
    assert first.published == "2021-10-29T14:26:00+00:00"


def test_relative_links_resolve_against_base_url():
    rss = (b'<rss version="2.0"><channel><title>t</title><item><title>a</title>'
           b"<link>/news/1.html</link></item><item><link>mailto:x@y.z</link></item>"
           b"</channel></rss>")
    assert [i.url for i in parse_feed(rss, "https://site.example/feed")] == [
        "https://site.example/news/1.html"]  # non-http links are dropped


def test_atom_prefers_the_alternate_link():
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title>'
            b'<link rel="enclosure" href="https://cdn.example/a.mp3"/>'
            b'<link rel="alternate" href="https://site.example/a"/>'
            b"<updated>2024-05-01T10:00:00Z</updated></entry></feed>")
    assert parse_feed(atom) == [FeedItem("https://site.example/a", "x",
                                         "2024-05-01T10:00:00+00:00")]


def test_json_feed_synthetic():
    items = parse_feed(build_json_feed(["https://a.example/1", "https://a.example/2"]))
    assert [(i.url, i.title) for i in items] == [("https://a.example/1", "Item 0"),
                                                  ("https://a.example/2", "Item 1")]


def test_valid_feed_without_items_is_empty():
    assert parse_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>') == []


# what is no feed (parse_feed) or no sitemap (parse_sitemap) raises FeedError saying why
@pytest.mark.parametrize("parse,body,message", [
    (parse_feed, b"", "empty feed body"),
    (parse_feed, b"\x00\x01 garbage \xff", "not an RSS/Atom/JSON feed"),
    (parse_feed, b"<!doctype html><html><body><p>hi</p></body></html>", "not an RSS/Atom/JSON feed"),
    (parse_feed, b'{"items": "nope"}', "not a JSON feed"),
    (parse_feed, b"{broken json", "not a JSON feed"),
    (parse_sitemap, b"", "empty sitemap"),
    (parse_sitemap, b"just words", "not a sitemap"),
    (parse_sitemap, b"<rss><channel/></rss>", "root element is <rss>"),
    (parse_sitemap, b"\x1f\x8b broken gzip", "broken gzip"),
])
def test_garbage_raises_feed_error(parse, body, message):
    with pytest.raises(FeedError, match=message):
        parse(body)


def test_body_that_is_a_file_path_is_not_opened(tmp_path):
    # feedparser.parse() opens file names and URLs it is given; parse_feed must only ever
    # parse the bytes themselves.
    feed = tmp_path / "feed.xml"
    feed.write_bytes(b'<rss version="2.0"><channel><item><link>https://a.example/1</link>'
                     b"</item></channel></rss>")
    with pytest.raises(FeedError):
        parse_feed(str(feed).encode())


def test_billion_laughs_feed_is_not_expanded():
    started = time.monotonic()
    items = parse_feed((WEB_DATA / "billion-laughs.rss.xml").read_bytes())
    assert time.monotonic() - started < 2
    assert all(len(item.title or "") < 100 for item in items)


def test_xxe_feed_does_not_read_local_files():
    items = parse_feed((WEB_DATA / "xxe.rss.xml").read_bytes())
    assert items and all("root:" not in (item.title or "") for item in items)


@pytest.mark.parametrize("name", ["billion-laughs.sitemap.xml", "xxe.sitemap.xml"])
def test_hostile_sitemaps_are_refused(name):
    with pytest.raises(FeedError, match="entity declarations"):
        parse_sitemap((WEB_DATA / name).read_bytes())


def test_sitemap_parser_itself_resolves_no_entities():
    # Defence in depth: even past the <!ENTITY check, the lxml parser must not expand.
    for name in ("xxe.sitemap.xml", "billion-laughs.sitemap.xml"):
        root = feeds._parse_xml_safely((WEB_DATA / name).read_bytes())
        text = "".join(root.itertext())
        assert "root:" not in text and "lollollol" not in text


def test_urlset_with_lastmod_and_relative_locs():
    body = build_urlset(["https://s.example/a"]).replace(
        b"</urlset>", b"<url><loc>/b</loc></url></urlset>")
    assert parse_sitemap(body, "https://s.example/sitemap.xml").urls == [
        SitemapUrl("https://s.example/a", "2019-11-19"), SitemapUrl("https://s.example/b")]


def test_sitemap_index_lists_children():
    parsed = parse_sitemap(build_sitemap_index(["https://s.example/1.xml.gz"]))
    assert parsed.sitemaps == ["https://s.example/1.xml.gz"] and parsed.urls == []


def test_gzipped_and_plain_text_sitemaps():
    assert parse_sitemap(gzip.compress(build_urlset(["https://s.example/a"]))).urls == [
        SitemapUrl("https://s.example/a", "2019-11-19")]
    text = parse_sitemap(b"https://s.example/a\nhttps://s.example/b\n")
    assert [u.url for u in text.urls] == ["https://s.example/a", "https://s.example/b"]


def test_gzip_bomb_sitemap_is_refused(monkeypatch):
    monkeypatch.setattr(feeds, "MAX_SITEMAP_BYTES", 1024 * 1024)
    with pytest.raises(FeedError, match="larger than"):
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * (2 * 1024 * 1024)))


@pytest.fixture
def site():
    with serve_news_site() as running:
        yield running


def test_discover_feed_over_http(site):
    with Fetcher(FAST) as fetcher:
        found = discover_feed(fetcher, site.url(NEWS_PATHS["feed"]))
    assert found.urls == [site.url(p) for p in NEWS_PATHS["articles"]] and not found.errors


def test_discover_sitemap_index_follows_children_including_gzip(site):
    with Fetcher(FAST) as fetcher:
        found = discover_sitemap(fetcher, site.url(NEWS_PATHS["sitemap_index"]))
    assert found.urls == [site.url(p) for p in NEWS_PATHS["articles"]]
    assert not found.errors and not found.truncated


def test_discover_reports_failures_instead_of_raising(site):
    index = build_sitemap_index([site.url("/gone.xml"), site.url(NEWS_PATHS["sitemap"])])
    site.pages["/index-with-hole.xml"] = Page(index, content_type="application/xml")
    with Fetcher(FAST) as fetcher:
        found = discover_sitemap(fetcher, site.url("/index-with-hole.xml"))
        bad_feed = discover_feed(fetcher, site.url(NEWS_PATHS["articles"][0]))
    assert len(found.urls) == 2 and found.errors == [f"{site.url('/gone.xml')}: HTTP 404 Not Found"]
    assert bad_feed.urls == [] and "not an RSS/Atom/JSON feed" in bad_feed.errors[0]


def test_discover_caps_sitemaps_and_urls_and_survives_self_reference():
    pages = {"/index.xml": Page(b"", content_type="application/xml")}
    with serve_site(pages) as server:
        children = [server.url(f"/s{i}.xml") for i in range(5)]
        # The index lists itself first: discover must not loop on it.
        server.pages["/index.xml"].body = build_sitemap_index([server.url("/index.xml"),
                                                               *children])
        for i in range(len(children)):
            urls = [server.url(f"/page{i}-{n}.html") for n in range(10)]
            server.pages[f"/s{i}.xml"] = Page(build_urlset(urls), content_type="application/xml")
        with Fetcher(FAST) as fetcher:
            capped = discover_sitemap(fetcher, server.url("/index.xml"), max_sitemaps=3)
            few = discover_sitemap(fetcher, server.url("/index.xml"), max_urls=15)
            full = discover_sitemap(fetcher, server.url("/index.xml"))
        assert server.count("/index.xml") == 3  # listed itself: fetched once per call
    assert capped.truncated and len(capped.urls) == 20  # index + 2 children
    assert few.truncated and len(few.urls) == 15
    assert not full.truncated and len(full.urls) == 50


def test_a_sitemap_index_of_ever_new_addresses_is_a_reject_not_a_silent_zero():
    """Each index lists one new child index, for ever (issue 12.7: 50 fetches, then "0 inputs, 0 rejected")."""
    from tasks.web import discover_pages

    with serve_site({}) as server:
        for i in range(60):
            server.pages[f"/sm/{i}.xml"] = Page(build_sitemap_index([server.url(f"/sm/{i + 1}.xml")]),
                                                content_type="application/xml")
        fetch = {**FAST.__dict__, "named_hosts": server.base_url.split("//")[1]}
        urls, rejects = discover_pages.fn([], [server.url("/sm/0.xml")], fetch)
        fetched = len([r for r in server.requests if r.path.startswith("/sm/")])
    assert urls == [] and fetched == 50
    assert [(r.input, r.stage) for r in rejects] == [(server.url("/sm/0.xml"), "discover")]
    assert "stopped after 50 sitemap files" in rejects[0].reason


def test_a_sitemap_index_that_loops_back_is_a_reject_when_it_lists_no_pages():
    from tasks.web import discover_pages

    with serve_site({}) as server:
        server.pages["/a.xml"] = Page(build_sitemap_index([server.url("/b.xml")]), content_type="application/xml")
        server.pages["/b.xml"] = Page(build_sitemap_index([server.url("/a.xml")]), content_type="application/xml")
        fetch = {**FAST.__dict__, "named_hosts": server.base_url.split("//")[1]}
        urls, rejects = discover_pages.fn([], [server.url("/a.xml")], fetch)
        assert server.count("/a.xml") == 1 and server.count("/b.xml") == 1
    assert urls == [] and len(rejects) == 1 and "loops" in rejects[0].reason
