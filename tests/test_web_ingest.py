"""End to end from the web: the ingest flow against a real HTTP server on 127.0.0.1 with faults."""
from __future__ import annotations

import duckdb
import pytest

from flows.ingest import ingest_flow
from webserver import NEWS_PAGE_IDS, NEWS_PATHS as P, Page, load_corpus_page, refused_url, serve_news_site

# Short timeouts and no politeness delay: the server is ours and local.
FETCH = {"read_timeout_s": 0.5, "connect_timeout_s": 0.5, "backoff_base_s": 0.05, "per_host_delay_s": 0.0,
         "max_attempts": 3, "total_timeout_s": 10.0}
FAULTS = {  # path -> (stage, words in the reason)
    P["missing"]: ("fetch", "404"),
    P["error"]: ("fetch", "500"),
    P["slow"]: ("fetch", "timeout"),
    P["big"]: ("fetch", "larger than"),
    P["loop"]: ("fetch", "redirect"),
    P["image"]: ("fetch", "not HTML"),
    P["private"]: ("fetch", "robots.txt"),
}
QUOTE = "“We will not back down,” the minister said on Tuesday – a déjà vu for café owners in São Paulo, who paid €50 each."


@pytest.fixture(scope="module")
def site():
    if load_corpus_page(NEWS_PAGE_IDS[0]) is None:
        pytest.skip("shared corpus not found: the web test serves real corpus pages")
    with serve_news_site() as s:
        # the flaky page is a real article, so succeeding on retry means it loads
        s.pages[P["flaky"]] = Page(load_corpus_page("zyte-04a6711caa7c"), fail_first=1, fail_status=503)
        yield s


@pytest.fixture(scope="module")
def web_run(site, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    urls = [site.url(p) for p in [P["flaky"], P["cp1252"], P["utf8_latin1_header"], P["conditional"], *FAULTS]]
    urls.append(refused_url("/gone.html"))
    first = ingest_flow(urls=urls, feeds=[site.url(P["feed"])], sitemaps=[site.url(P["sitemap_index"])],
                        db=db, workers=2, fetch=FETCH, max_bytes=2_000_000)
    return db, urls, first


def q(db, sql, params=()):
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_good_pages_load_and_faults_are_rejects(site, web_run):
    db, urls, first = web_run
    keys = {k for (k,) in q(db, "select article_key from articles")}
    articles = {site.url(p) for p in P["articles"]} | {site.url(P[k]) for k in ("flaky", "cp1252", "utf8_latin1_header", "conditional")}
    assert keys == articles
    assert first["new"] == len(articles)
    rejects = {i: (s, r) for i, s, r in q(db, "select input, stage, reason from rejects")}
    for path, (stage, words) in FAULTS.items():
        got = rejects[site.url(path)]
        assert got[0] == stage and words.lower() in got[1].lower(), (path, got)
    refused = rejects[refused_url("/gone.html")] if refused_url("/gone.html") in rejects else next(
        v for k, v in rejects.items() if k.endswith("/gone.html"))
    assert "refused" in refused[1]
    assert len(rejects) == len(FAULTS) + 1
    assert site.count(P["flaky"]) >= 2  # succeeded on retry
    assert site.count(P["missing"]) == 1  # a 404 is never retried
    assert site.count(P["error"]) == FETCH["max_attempts"]


def test_wrong_charset_headers_decode_correctly(site, web_run):
    db = web_run[0]
    for path in (P["cp1252"], P["utf8_latin1_header"]):
        text = q(db, "select text from cleaned_articles where article_key = ?", [site.url(path)])[0][0]
        assert QUOTE in text, text


def test_feed_items_carry_claims_and_metadata(site, web_run):
    db = web_run[0]
    rows = q(db, "select url, title from cleaned_articles where article_key = ?", [site.url(P["articles"][0])])
    assert rows and rows[0][1]
    runs = q(db, "select status, n_fetched, n_rejected from runs")
    assert runs == [("completed", web_run[2]["fetched"], len(FAULTS) + 1)]


def test_second_run_downloads_and_reprocesses_nothing_unchanged(site, web_run):
    db, urls, first = web_run
    before = {p: site.count(p) for p in P["articles"] + [P["conditional"], P["cp1252"]]}
    conditional_before = len(site.requests_for(P["conditional"]))
    counts_before = q(db, "select (select count(*) from articles), (select count(*) from sentences), (select count(*) from claims)")
    second = ingest_flow(urls=urls, feeds=[site.url(P["feed"])], sitemaps=[site.url(P["sitemap_index"])],
                         db=db, workers=2, fetch=FETCH, max_bytes=2_000_000)
    assert second["new"] == second["updated"] == 0
    assert second.get("fetched", 0) == 0
    # pages with validators were asked conditionally and answered 304; the others were not asked
    assert [p for p in P["articles"] + [P["cp1252"]] if site.count(p) != before[p]] == []
    conditional = site.requests_for(P["conditional"])[conditional_before:]
    assert len(conditional) == 1 and conditional[0].headers.get("if-none-match")
    assert q(db, "select (select count(*) from articles), (select count(*) from sentences), (select count(*) from claims)") == counts_before
    assert second["unchanged"] == counts_before[0][0]  # every stored page counted as unchanged


def test_cli_web_run_with_faults_exits_0_without_traceback(site, tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    urls = tmp_path / "urls.txt"
    urls.write_text("# pages to fetch\n" + "\n".join(site.url(p) for p in [P["flaky"], P["missing"], P["loop"]]) + "\n")
    env = {**os.environ, "NEWSCLAIMS_FETCH_READ_TIMEOUT_S": "0.5", "NEWSCLAIMS_FETCH_BACKOFF_BASE_S": "0.05",
           "NEWSCLAIMS_FETCH_PER_HOST_DELAY_S": "0"}
    db = str(tmp_path / "cli.duckdb")
    proc = subprocess.run(
        [sys.executable, "-m", "newsclaims.cli", "ingest", "--urls", str(urls), "--feed", site.url(P["feed"]),
         "--url", refused_url("/nothing.html"), "--db", db],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "3 rejected" in proc.stdout and "HTTP 404" in proc.stdout, proc.stdout
    assert q(db, "select count(*) from articles")[0][0] == len(P["articles"]) + 1  # feed items + the flaky page


def test_max_pages_fetches_new_pages_first_and_defers_the_rest(site, web_run, tmp_path):
    db = web_run[0]  # every article page of the site is already stored
    fresh = site.url(P["no_type"])  # never fetched before
    known = [site.url(p) for p in P["articles"]]
    summary = ingest_flow(urls=known + [fresh], db=db, workers=1, fetch=FETCH, max_pages=1)
    assert summary["deferred"] == len(known)
    assert site.count(P["no_type"]) == 1  # the new page went first
