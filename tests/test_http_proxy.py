"""Fetching through an HTTP proxy: a real proxy (proxy.py from PyPI) and real sites on 127.0.0.1.

Behind a company proxy nothing reaches the web directly; the standard HTTP_PROXY / HTTPS_PROXY /
NO_PROXY variables (or NEWSCLAIMS_FETCH_*_PROXY) must route the fetcher through it, while the
address guard still refuses pages inside the network that a fetched document names.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import duckdb
import pytest

from flows.ingest import ingest_flow
from tasks.core.netpolicy import named_hosts
from tasks.core.proxies import ProxyTable
from tasks.io.http import Fetcher, FetchSettings
from webserver import Page, build_rss, refused_url, serve_site

HTML = (b"<!doctype html><html><head><title>Officials count the damage</title></head><body><article>"
        b"<h1>Officials count the damage</h1><p>The ministry said on Monday that 12 people were injured "
        b"in the storm and that repairs would take weeks, officials told reporters.</p></article></body></html>")
FETCH = {"read_timeout_s": 2.0, "connect_timeout_s": 1.0, "backoff_base_s": 0.02, "per_host_delay_s": 0.0,
         "max_attempts": 1}
PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


class Proxy:
    def __init__(self, url: str, log):
        self.url, self._log = url, log

    def seen(self) -> str:
        """The proxy's access log so far (one line per proxied request: 'GET host:port/path - 200')."""
        time.sleep(0.3)  # proxy.py writes the access line after the response went out
        return self._log.read_text(errors="replace")


@pytest.fixture
def proxy(tmp_path):
    pytest.importorskip("proxy", reason="proxy.py (test extra) is not installed")
    port_file, log = tmp_path / "proxy.port", tmp_path / "proxy.log"
    env = {**os.environ, "HOME": str(tmp_path)}  # proxy.py keeps a ~/.proxy folder: not the user's
    process = subprocess.Popen(
        [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0", "--port-file", str(port_file),
         "--num-workers", "1", "--num-acceptors", "1", "--log-file", str(log), "--log-level", "INFO"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"proxy.py did not start: {log.read_text() if log.exists() else 'no log'}")
            time.sleep(0.1)
        yield Proxy(f"http://127.0.0.1:{port_file.read_text().strip()}", log)
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def clean_env(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


def fetcher(site, **settings) -> Fetcher:
    return Fetcher(FetchSettings(**{**FETCH, "named_hosts": named_hosts([site.base_url]), **settings}))


def test_the_standard_variable_routes_pages_through_the_proxy(proxy, clean_env):
    clean_env.setenv("HTTP_PROXY", proxy.url)
    with serve_site({"/a.html": Page(HTML)}) as site, fetcher(site) as f:
        result = f.fetch(site.url("/a.html"))
    assert result.ok and result.body == HTML
    host = site.base_url.split("//")[1]
    assert f"GET {host}/a.html" in proxy.seen()
    assert f"GET {host}/robots.txt" in proxy.seen()  # robots.txt goes the same way


def test_no_proxy_and_none_connect_directly(proxy, clean_env):
    clean_env.setenv("HTTP_PROXY", proxy.url)
    with serve_site({"/a.html": Page(HTML)}) as site:
        clean_env.setenv("NO_PROXY", "example.org, 127.0.0.0/8")
        with fetcher(site) as f:
            assert f.fetch(site.url("/a.html")).ok
        clean_env.delenv("NO_PROXY")
        with fetcher(site, http_proxy="none") as f:  # NEWSCLAIMS_FETCH_HTTP_PROXY=none
            assert f.fetch(site.url("/a.html")).ok
        assert site.count("/a.html") == 2
    assert "/a.html" not in proxy.seen()


def test_the_guard_still_refuses_internal_pages_a_feed_names(proxy, clean_env, tmp_path):
    """The proxy could reach the internal service; the page's host is checked before asking it."""
    with serve_site({"/secret.html": Page(b"<html><body>secret token</body></html>")}) as internal, \
            serve_site({"/news/a.html": Page(HTML)}) as site:
        site.pages["/feed.xml"] = Page(build_rss([site.url("/news/a.html"), internal.url("/secret.html")]),
                                       content_type="application/rss+xml")
        clean_env.setenv("NEWSCLAIMS_FETCH_HTTP_PROXY", proxy.url)
        db = str(tmp_path / "news.duckdb")
        summary = ingest_flow(feeds=[site.url("/feed.xml")], db=db, workers=1, fetch=FETCH)
        assert internal.requests == []
    seen = proxy.seen()
    assert "/news/a.html" in seen and "/secret.html" not in seen
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("select article_key from articles").fetchall() == [(site.url("/news/a.html"),)]
        reason = con.execute("select reason from rejects where input = ?", [internal.url("/secret.html")]).fetchone()
    assert summary["new"] == 1 and "refused to connect" in reason[0]


def test_a_proxy_that_is_down_is_a_one_line_reason_naming_it(clean_env):
    down = refused_url("/")
    with serve_site({"/a.html": Page(HTML)}) as site, fetcher(site, http_proxy=down) as f:
        result = f.fetch(site.url("/a.html"))
        assert site.requests == []
    assert not result.ok and result.error.startswith("connection refused (proxy http://127.0.0.1:")
    assert "\n" not in result.error and "@" not in result.error


def test_proxy_table_follows_curl_conventions():
    env = {"https_proxy": "http://user:pw@proxy.corp:3128", "HTTP_PROXY": "http://other:8080",
           "NO_PROXY": ".internal.corp,10.0.0.0/8,localhost:8080"}
    table = ProxyTable.build(environ=env)
    assert table.proxy_for("https://news.example/a") == "http://user:pw@proxy.corp:3128"
    assert table.proxy_for("http://news.example/a") == "http://other:8080"
    assert table.proxy_for("https://wiki.internal.corp/x") is None
    assert table.proxy_for("https://internal.corp/x") is None
    assert table.proxy_for("https://notinternal.corp/x") is not None  # suffix match is by label
    assert table.proxy_for("http://10.2.3.4/x") is None
    assert table.proxy_for("http://localhost:8080/x") is None
    assert table.proxy_for("http://localhost:9090/x") == "http://other:8080"
    assert ProxyTable.build(http_proxy="none", environ=env).proxy_for("http://news.example/") is None
    assert ProxyTable.build(no_proxy="*", environ=env).proxy_for("https://news.example/") is None
    assert ProxyTable.build(environ={"ALL_PROXY": "http://p:1"}).proxy_for("https://x.example/") == "http://p:1"
    assert ProxyTable.build(environ={}).proxy_for("https://x.example/") is None
