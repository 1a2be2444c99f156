"""Turn a feed URL or sitemap URL into the page URLs it lists (network side of discover)."""
from __future__ import annotations

from dataclasses import dataclass, field

from tasks.core.feeds import FeedError, parse_feed, parse_sitemap
from tasks.io.http import Fetcher, FetchRequest

MAX_SITEMAPS = 50  # sitemap files fetched per discover call, index included
MAX_URLS = 50_000  # the sitemap protocol's own per-file limit


@dataclass
class Discovery:
    urls: list[str] = field(default_factory=list)  # page URLs, first-seen order, no repeats
    errors: list[str] = field(default_factory=list)  # "url: reason" per feed/sitemap that failed or was cut short
    truncated: bool = False  # a cap was hit; more URLs exist


def discover_feed(fetcher: Fetcher, feed_url: str) -> Discovery:
    """Page URLs of an RSS / Atom / JSON feed."""
    result = Discovery()
    fetched = fetcher.fetch(feed_url, kind="feed")
    if not fetched.ok:
        result.errors.append(f"{feed_url}: {fetched.error}")
        return result
    try:
        items = parse_feed(fetched.body or b"", fetched.final_url)
    except FeedError as exc:
        result.errors.append(f"{feed_url}: {exc}")
        return result
    _add_urls(result, [item.url for item in items], MAX_URLS)
    return result


def discover_sitemap(fetcher: Fetcher, sitemap_url: str, max_sitemaps: int = MAX_SITEMAPS,
                     max_urls: int = MAX_URLS) -> Discovery:
    """Page URLs of a sitemap; a sitemap index is followed breadth-first, within the caps.

    Child sitemaps of one level are fetched together (fetch_many), so the per-host politeness
    rules still apply while different hosts proceed in parallel.
    """
    result = Discovery()
    queue, seen = [sitemap_url], {sitemap_url}
    fetched_count, loops = 0, 0
    while queue and len(result.urls) < max_urls:
        budget = max_sitemaps - fetched_count
        if budget <= 0:
            break
        batch, queue = queue[:budget], queue[budget:]
        fetched_count += len(batch)
        responses = fetcher.fetch_many([FetchRequest(u, kind="sitemap") for u in batch])
        for url, fetched in zip(batch, responses):
            if not fetched.ok:
                result.errors.append(f"{url}: {fetched.error}")
                continue
            try:
                sitemap = parse_sitemap(fetched.body or b"", fetched.final_url)
            except FeedError as exc:
                result.errors.append(f"{url}: {exc}")
                continue
            _add_urls(result, [entry.url for entry in sitemap.urls], max_urls)
            for child in sitemap.sitemaps:
                if child in seen:  # an index listing itself or an ancestor: a loop, not followed
                    loops += 1
                else:
                    seen.add(child)
                    queue.append(child)
    if loops:
        result.errors.append(f"{sitemap_url}: the sitemap index loops ({loops} links back to sitemaps "
                             "already read; not followed)")
    if len(result.urls) >= max_urls and result.truncated:
        result.errors.append(f"{sitemap_url}: more than {max_urls} page URLs listed; the rest were ignored")
    if queue:
        result.truncated = True
        result.errors.append(f"{sitemap_url}: stopped after {fetched_count} sitemap files "
                             f"({len(queue)} more listed: a loop of ever-new addresses or a very large "
                             f"index; at most {max_sitemaps} are read per run)")
    return result


def discover_urls(fetcher: Fetcher, url: str, kind: str) -> Discovery:
    """Dispatch on kind: "feed" or "sitemap" (the CLI knows which flag it was given)."""
    if kind == "feed":
        return discover_feed(fetcher, url)
    if kind == "sitemap":
        return discover_sitemap(fetcher, url)
    raise ValueError(f"unknown discover kind {kind!r} (expected 'feed' or 'sitemap')")


def _add_urls(result: Discovery, urls: list[str], max_urls: int) -> None:
    known = set(result.urls)
    for url in urls:
        if len(result.urls) >= max_urls:
            result.truncated = True
            return
        if url not in known:
            known.add(url)
            result.urls.append(url)
