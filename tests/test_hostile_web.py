"""Web inputs that once failed a whole run: one odd URL is one reject, the other pages load."""
from __future__ import annotations

import json

import duckdb

from flows.ingest import ingest_flow
from webserver import Page, serve_site

HTML = (b"<!doctype html><html><head><title>Officials count the damage</title></head><body><article>"
        b"<h1>Officials count the damage</h1><p>The ministry said on Monday that 12 people were injured "
        b"in the storm and that repairs would take weeks, officials told reporters.</p></article></body></html>")
FETCH = {"read_timeout_s": 1.0, "connect_timeout_s": 0.5, "backoff_base_s": 0.02, "per_host_delay_s": 0.0,
         "max_attempts": 1}


def test_a_feed_item_url_with_a_lone_surrogate_is_one_reject(tmp_path):
    """JSON allows "\\ud800"; such a URL reached DuckDB and the insert of the batch failed."""
    with serve_site({"/a.html": Page(HTML)}) as site:
        bad = site.url("/b\ud800.html")
        feed = {"version": "https://jsonfeed.org/version/1.1", "title": "t",
                "items": [{"id": "1", "url": site.url("/a.html")}, {"id": "2", "url": bad}]}
        site.pages["/feed.json"] = Page(json.dumps(feed).encode(), content_type="application/feed+json")
        db = str(tmp_path / "news.duckdb")
        summary = ingest_flow(feeds=[site.url("/feed.json")], db=db, workers=1, fetch=FETCH)
    with duckdb.connect(db, read_only=True) as con:
        keys = [k for (k,) in con.execute("select article_key from articles").fetchall()]
        rejects = con.execute("select input from rejects").fetchall()
        runs = con.execute("select status from runs").fetchall()
    assert keys == [site.url("/a.html")] and runs == [("completed",)]
    assert rejects == [(site.url("/b\\ud800.html"),)] and summary["rejected"] == 1
