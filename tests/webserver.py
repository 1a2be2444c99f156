"""A real HTTP server on 127.0.0.1 for tests: serve pages, inject faults, log every request.

Usage:

    from webserver import Page, serve_site   # tests/ is on sys.path, as for conftest

    with serve_site({"/a.html": Page(b"<html>...</html>")}, robots_txt="User-agent: *\\n") as site:
        fetch(site.url("/a.html"))
        assert site.count("/a.html") == 1
        assert site.requests_for("/a.html")[0].headers["user-agent"].startswith("newsclaims")

`serve_news_site()` builds the standard site (real corpus news pages, a feed, sitemaps and
every fault the fetcher must survive) at the paths in `NEWS_PATHS`; end-to-end ingest tests
can point at it. `refused_url()` is a URL on a port where nothing listens.

The server speaks HTTP/1.0 (one request per connection), so a client that stops reading a
body closes the connection and the server notices (see `Site.bytes_sent`).
"""
from __future__ import annotations

import gzip
import json
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# Same lookup as conftest.py: NEWSCLAIMS_SHARED, else the shared/ folder next to the repo.
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
WEB_DATA = Path(__file__).parent / "data" / "web"
# Three English news pages from the corpus manifest (auto show, fact-check, politics).
NEWS_PAGE_IDS = ("zyte-05844573ca7e", "zyte-1ee91d1fce65", "zyte-156770d676ce")


@dataclass
class Page:
    """What one path answers. Defaults: 200, text/html; charset=utf-8."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"  # None: no Content-Type header
    headers: dict[str, str] = field(default_factory=dict)  # extra headers (e.g. Location)
    etag: str | None = None  # answer 304 to a matching If-None-Match
    last_modified: str | None = None  # answer 304 to a matching If-Modified-Since
    delay_s: float = 0.0  # sleep before answering: a slow server
    fail_first: int = 0  # answer fail_status to the first N requests: a flaky server
    fail_status: int = 503
    fail_headers: dict[str, str] = field(default_factory=dict)  # e.g. {"Retry-After": "1"}
    stream_bytes: int = 0  # then stream this many filler bytes: an oversized body
    declared_length: int | None = None  # Content-Length to claim; default: the real length
    gzip: bool = False  # send the body with Content-Encoding: gzip
    drip_s: float = 0.0  # send the whole response, status line and headers too, one byte per drip_s


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # with query string
    headers: dict[str, str]  # lower-cased names
    at: float  # time.monotonic() when the request line arrived


class Site:
    """A running server. Mutate `pages` freely; the handler reads it on every request."""

    def __init__(self, server: ThreadingHTTPServer, pages: dict[str, Page]):
        self._server = server
        self.pages = pages
        self.base_url = f"http://127.0.0.1:{server.server_address[1]}"
        self._log: list[RecordedRequest] = []
        self._sent: dict[str, int] = {}
        self._lock = threading.Lock()
        # Handler threads still answering. The client can finish reading a body before the
        # handler has recorded what it wrote, so byte counts wait for this to reach zero.
        self._inflight = 0
        self._idle = threading.Condition(self._lock)
        # A short poll interval makes close() (shutdown) quick; the default waits up to 0.5 s.
        self._thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def count(self, path: str) -> int:
        return len(self.requests_for(path))

    def bytes_sent(self, path: str, settle_s: float = 5.0) -> int:
        """Body bytes the server managed to write for path (all requests together).

        Waits (up to settle_s) for handlers still answering, so the count is final."""
        with self._idle:
            self._idle.wait_for(lambda: self._inflight == 0, timeout=settle_s)
            return self._sent.get(path, 0)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _record(self, request: RecordedRequest) -> int:
        with self._lock:
            self._log.append(request)
            return sum(1 for r in self._log if r.path == request.path)

    def _add_sent(self, path: str, size: int) -> None:
        with self._lock:
            self._sent[path] = self._sent.get(path, 0) + size

    def _begin(self) -> None:
        with self._lock:
            self._inflight += 1

    def _end(self) -> None:
        with self._idle:
            self._inflight -= 1
            self._idle.notify_all()


class _Handler(BaseHTTPRequestHandler):
    site: Site  # set on a per-server subclass

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self.site._begin()
        try:
            self._get()
        finally:
            self.site._end()

    def _get(self) -> None:
        site = self.site
        nth = site._record(RecordedRequest(
            "GET", self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
        page = site.pages.get(self.path.split("#")[0])
        if page is None:
            self._answer(404, b"not found", {"Content-Type": "text/plain"})
            return
        if page.delay_s:
            time.sleep(page.delay_s)
        if page.drip_s:
            self._drip(page)
            return
        if nth <= page.fail_first:
            self._answer(page.fail_status, b"try again", {"Content-Type": "text/plain",
                                                         **page.fail_headers})
            return
        validators = {}
        if page.etag:
            validators["ETag"] = page.etag
        if page.last_modified:
            validators["Last-Modified"] = page.last_modified
        if self._is_not_modified(page):
            self._answer(304, b"", validators)
            return
        headers = {**validators, **page.headers}
        if page.content_type:
            headers["Content-Type"] = page.content_type
        body = gzip.compress(page.body) if page.gzip else page.body
        if page.gzip:
            headers["Content-Encoding"] = "gzip"
        self._answer(page.status, body, headers, page.stream_bytes, page.declared_length)

    def _is_not_modified(self, page: Page) -> bool:
        tag = self.headers.get("If-None-Match")
        if tag is not None:
            return page.etag is not None and tag.strip() == page.etag
        since = self.headers.get("If-Modified-Since")
        return since is not None and since == page.last_modified

    def _answer(self, status: int, body: bytes, headers: dict[str, str],
                stream_bytes: int = 0, declared_length: int | None = None) -> None:
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if not stream_bytes or declared_length is not None:
                length = declared_length if declared_length is not None else len(body)
                self.send_header("Content-Length", str(length))
            self.end_headers()
            self._write(body)
            filler = b"x" * 65536
            remaining = stream_bytes
            while remaining > 0:
                self._write(filler[:remaining])
                remaining -= len(filler)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on us, which is what the oversize tests want

    def _drip(self, page: Page) -> None:
        head = (f"HTTP/1.0 {page.status} OK\r\nContent-Type: {page.content_type}\r\n"
                + "".join(f"X-Filler-{i}: {'x' * 40}\r\n" for i in range(50))
                + f"Content-Length: {len(page.body)}\r\n\r\n").encode()
        try:
            for i in range(len(head + page.body)):
                self.wfile.write((head + page.body)[i:i + 1])
                self.wfile.flush()
                self.site._add_sent(self.path, 1)
                time.sleep(page.drip_s)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up: what a total timeout should do

    def _write(self, data: bytes) -> None:
        if data:
            self.wfile.write(data)
            self.site._add_sent(self.path, len(data))

    def log_message(self, *args) -> None:
        pass  # the request log replaces stderr noise


def serve_site(pages: dict[str, Page] | None = None, robots_txt: str | None = None) -> Site:
    """Start a server on 127.0.0.1 (ephemeral port) serving pages; robots.txt if given."""
    pages = dict(pages or {})
    if robots_txt is not None:
        pages["/robots.txt"] = Page(robots_txt.encode(), content_type="text/plain")
    handler = type("SiteHandler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site = Site(server, pages)
    handler.site = site
    return site


def refused_url(path: str = "/") -> str:
    """A URL on a 127.0.0.1 port with nothing listening (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def load_corpus_page(page_id: str) -> bytes | None:
    """Decompressed HTML of a corpus page, or None when the shared corpus is absent."""
    path = CORPUS / "pages" / f"{page_id}.html.gz"
    return gzip.decompress(path.read_bytes()) if path.exists() else None


def corpus_available() -> bool:
    return all((CORPUS / "pages" / f"{i}.html.gz").exists() for i in NEWS_PAGE_IDS)


# Paths of the standard news site; tests refer to these names, not to literals.
NEWS_PATHS = {
    "articles": [f"/news/{page_id}.html" for page_id in NEWS_PAGE_IDS],
    "feed": "/feed.xml",
    "sitemap": "/sitemap.xml",
    "sitemap_gz": "/sitemap-2.xml.gz",
    "sitemap_index": "/sitemap_index.xml",
    "missing": "/missing.html",  # 404
    "error": "/error.html",  # always 500
    "flaky": "/flaky.html",  # 503 once, then 200
    "rate_limited": "/rate-limited.html",  # 429 with Retry-After: 1 once, then 200
    "slow": "/slow.html",  # answers after 2 s
    "big": "/big.html",  # 100 MB streamed, no Content-Length
    "big_declared": "/big-declared.html",  # Content-Length: 100 MB
    "loop": "/loop/a",  # /loop/a -> /loop/b -> /loop/a
    "redirect": "/moved",  # 301 to the first article
    "redirect_file": "/to-file",  # 302 to file:///etc/passwd
    "cp1252": "/charset/cp1252.html",  # header utf-8, bytes cp1252, meta windows-1252
    "utf8_latin1_header": "/charset/utf8.html",  # header iso-8859-1, bytes utf-8, no meta
    "private": "/private/secret.html",  # disallowed by robots.txt
    "image": "/logo.png",  # image/png
    "no_type": "/no-type.html",  # HTML without a Content-Type header
    "conditional": "/conditional.html",  # ETag + Last-Modified, 304 on match
}
NEWS_ETAG = '"v1-conditional"'
NEWS_LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)
BIG_BYTES = 100 * 1024 * 1024
ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n"


def _fallback_article(n: int) -> bytes:
    return (f"<!doctype html><html><head><title>Fallback article {n}</title></head><body>"
            f"<article><h1>Fallback article {n}</h1><p>Officials said {n} people attended."
            "</p></article></body></html>").encode()


def serve_news_site() -> Site:
    """The standard site: corpus news pages (synthetic stand-ins without the corpus) + faults."""
    site = serve_site(robots_txt=ROBOTS_TXT)
    p = NEWS_PATHS
    html = b"<!doctype html><html><head><title>ok</title></head><body><p>ok</p></body></html>"
    articles = [load_corpus_page(i) or _fallback_article(n) for n, i in enumerate(NEWS_PAGE_IDS)]
    for path, body in zip(p["articles"], articles):
        site.pages[path] = Page(body)
    urls = [site.url(path) for path in p["articles"]]
    site.pages.update({
        p["feed"]: Page(build_rss(urls), content_type="application/rss+xml; charset=utf-8"),
        p["sitemap"]: Page(build_urlset(urls[:2]), content_type="application/xml"),
        p["sitemap_gz"]: Page(gzip.compress(build_urlset(urls[2:])),
                              content_type="application/gzip"),
        p["sitemap_index"]: Page(build_sitemap_index(
            [site.url(p["sitemap"]), site.url(p["sitemap_gz"])]), content_type="text/xml"),
        p["error"]: Page(html, status=500),
        p["flaky"]: Page(html, fail_first=1, fail_status=503),
        p["rate_limited"]: Page(html, fail_first=1, fail_status=429,
                                fail_headers={"Retry-After": "1"}),
        p["slow"]: Page(html, delay_s=2.0),
        p["big"]: Page(b"<html><body>", stream_bytes=BIG_BYTES),
        p["big_declared"]: Page(b"<html><body>", stream_bytes=BIG_BYTES,
                                declared_length=BIG_BYTES + 12),
        "/loop/a": Page(status=302, headers={"Location": "/loop/b"}),
        "/loop/b": Page(status=302, headers={"Location": "/loop/a"}),
        p["redirect"]: Page(status=301, headers={"Location": p["articles"][0]}),
        p["redirect_file"]: Page(status=302, headers={"Location": "file:///etc/passwd"}),
        p["cp1252"]: Page((WEB_DATA / "cp1252-meta.html").read_bytes()),
        p["utf8_latin1_header"]: Page((WEB_DATA / "utf8-no-meta.html").read_bytes(),
                                      content_type="text/html; charset=iso-8859-1"),
        p["private"]: Page(html),
        p["image"]: Page(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048, content_type="image/png"),
        p["no_type"]: Page(html, content_type=None),
        p["conditional"]: Page(articles[0], etag=NEWS_ETAG, last_modified=NEWS_LAST_MODIFIED),
    })
    return site


def build_rss(urls: list[str]) -> bytes:
    items = "".join(f"<item><title>Article {n}</title><link>{u}</link>"
                    f"<pubDate>Tue, 19 Nov 2019 1{n}:00:00 GMT</pubDate></item>"
                    for n, u in enumerate(urls))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test news</title><link>http://127.0.0.1/</link>{items}</channel></rss>"
            ).encode()


def build_urlset(urls: list[str]) -> bytes:
    entries = "".join(f"<url><loc>{u}</loc><lastmod>2019-11-19</lastmod></url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
            ).encode()


def build_sitemap_index(urls: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
            ).encode()


def build_json_feed(urls: list[str]) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t",
                       "items": [{"id": u, "url": u, "title": f"Item {n}"}
                                 for n, u in enumerate(urls)]}).encode()
