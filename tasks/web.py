"""Thin Prefect tasks for web inputs: discover pages from feeds/sitemaps, fetch pages politely."""
from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.core.process import RawDoc, Reject
from tasks.io.db import open_db
from tasks.io.discover_web import discover_urls
from tasks.io.http import Fetcher, FetchRequest, FetchSettings
from tasks.io.load import SourceInfo, stored_validators

_TASK = dict(cache_policy=NO_CACHE, persist_result=False)


@task(**_TASK)
def discover_pages(feeds: list[str], sitemaps: list[str], fetch: dict) -> tuple[list[str], list[Reject]]:
    """Page URLs listed by the feeds and sitemaps; a feed that cannot be read is a reject."""
    urls: list[str] = []
    rejects: list[Reject] = []
    with Fetcher(FetchSettings.from_env(**fetch)) as fetcher:
        for kind, locators in (("feed", feeds), ("sitemap", sitemaps)):
            for locator in locators:
                found = discover_urls(fetcher, locator, kind)
                urls.extend(found.urls)
                if found.errors and not found.urls:
                    rejects.append(Reject(locator, "discover", "; ".join(found.errors)[:500]))
    return list(dict.fromkeys(urls)), rejects


@task(**_TASK)
def fetch_pages(db: str, urls: list[str], fetch: dict, lock_wait_s: float) -> dict:
    """Fetch pages with conditional requests; returns docs, rejects, not-modified and sources."""
    with open_db(db, wait_s=lock_wait_s) as con:
        validators = stored_validators(con, urls)
    requests = [FetchRequest(u, *validators.get(u, (None, None)), kind="page") for u in urls]
    with Fetcher(FetchSettings.from_env(**fetch)) as fetcher:
        results = fetcher.fetch_many(requests)
    out = {"docs": [], "rejects": [], "not_modified": [], "sources": {}}
    for url, res in zip(urls, results):
        src = SourceInfo("url", url, res.etag, res.last_modified)
        out["sources"][url] = src
        if res.not_modified:
            out["not_modified"].append((src, None, url))
        elif not res.ok:
            out["rejects"].append(Reject(url, "fetch", res.error or "fetch failed"))
        else:
            out["docs"].append(RawDoc(url, res.body or b"", is_html=True, url=res.final_url, header_charset=res.charset))
    return out
