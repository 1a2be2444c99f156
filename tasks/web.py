"""Thin Prefect tasks for web inputs: discover pages from feeds/sitemaps, fetch pages politely."""
from __future__ import annotations

from prefect import task

from tasks.common import TASK_OPTIONS, utc_now
from tasks.core.process import RawDoc, Reject
from tasks.core.safe_text import storable_text
from tasks.io.db import open_db
from tasks.io.discover_web import discover_urls
from tasks.io.http import Fetcher, FetchRequest, FetchSettings
from tasks.io.load import SourceInfo, stored_sources


@task(**TASK_OPTIONS)
def discover_pages(feeds: list[str], sitemaps: list[str], fetch: dict) -> tuple[list[str], list[Reject]]:
    """Page URLs listed by the feeds and sitemaps; a feed that cannot be read is a reject."""
    urls: list[str] = []
    rejects: list[Reject] = []
    with Fetcher(FetchSettings.from_env(**fetch)) as fetcher:
        for kind, locators in (("feed", feeds), ("sitemap", sitemaps)):
            for locator in locators:
                found = discover_urls(fetcher, locator, kind)
                urls.extend(found.urls)
                # Nothing found, or stopped short (a loop, a cap): the feed or sitemap is a reject with
                # the reason, even when the pages it did list are fetched.
                if found.errors and (not found.urls or found.truncated):
                    rejects.append(Reject(locator, "discover", "; ".join(found.errors)[:500]))
    return list(dict.fromkeys(urls)), rejects


@task(**TASK_OPTIONS)
def prioritise_pages(db: str, urls: list[str], max_pages: int, lock_wait_s: float) -> tuple[list[str], int]:
    """At most max_pages URLs for this run, never-seen ones first; returns (urls, how many deferred).

    A big sitemap lists far more pages than one polite run can fetch; new articles must not wait
    behind the revalidation of old ones, and what is left over is picked up by the next run.
    """
    # A URL with lone surrogates (a JSON feed's "\ud800", a non-UTF-8 --url) cannot be looked up or
    # stored: escaped, it stays one input that fails to fetch, a reject like any other.
    urls = list(dict.fromkeys(storable_text(u) for u in urls))
    with open_db(db, wait_s=lock_wait_s) as con:
        seen = stored_sources(con, urls)
    ordered = [u for u in urls if u not in seen] + [u for u in urls if u in seen]
    return ordered[:max_pages], max(0, len(ordered) - max_pages)


@task(**TASK_OPTIONS)
def fetch_pages(db: str, urls: list[str], fetch: dict, revisit_after_s: float, lock_wait_s: float) -> dict:
    """Fetch pages, skipping what is known unchanged; returns docs, rejects, not-modified and sources.

    A page loaded before is asked for conditionally (ETag / Last-Modified) when the server gave
    validators; without them it is not downloaded again until `revisit_after_s` has passed,
    since the only other way to know it is unchanged is to download it.
    """
    with open_db(db, wait_s=lock_wait_s, checkpoint_on_close=False) as con:  # once a batch: see split_unchanged
        seen = stored_sources(con, urls)
    now = utc_now()
    out = {"docs": [], "rejects": [], "not_modified": [], "sources": {}, "skipped": 0}
    requests = []
    for url in urls:
        prior = seen.get(url)
        if prior and prior.last_status in LOADED and not (prior.etag or prior.last_modified) \
                and (now - prior.last_seen_at).total_seconds() < revisit_after_s:
            out["skipped"] += 1  # not asked: its last_seen_at must stay, so the window can pass
        else:
            requests.append(FetchRequest(url, prior.etag if prior else None, prior.last_modified if prior else None))
    with Fetcher(FetchSettings.from_env(**fetch)) as fetcher:
        results = fetcher.fetch_many(requests)
    for req, res in zip(requests, results):
        url = req.url
        src = SourceInfo("url", url, res.etag or req.etag, res.last_modified or req.last_modified)
        out["sources"][url] = src
        if res.not_modified:
            out["not_modified"].append((src, None, url))
        elif not res.ok:
            out["rejects"].append(Reject(url, "fetch", res.error or "fetch failed"))
        else:
            out["docs"].append(RawDoc(url, res.body or b"", is_html=True, url=res.final_url, header_charset=res.charset))
    return out


LOADED = ("loaded", "unchanged")

