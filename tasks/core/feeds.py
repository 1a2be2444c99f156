"""Parse RSS / Atom / JSON feeds and XML sitemaps into page URLs (pure: bytes in, lists out).

Feeds go through feedparser (RSS 0.9x/1.0/2.0, Atom, lenient with broken feeds and wrong
encodings). feedparser strips DOCTYPE entity declarations except plain literal ones before
parsing, and Python's expat does not fetch external entities, so billion-laughs and XXE
payloads are not expanded. JSON Feed is parsed with json. Sitemaps go through lxml with
entity resolution, DTD loading and network access switched off.

Errors: input that is not a feed / sitemap at all raises FeedError with a readable message;
a valid feed with no items returns an empty list.
"""
from __future__ import annotations

import calendar
import gzip
import io
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

# The sitemap protocol caps a file at 50 MB uncompressed; more is a bomb or a mistake.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class FeedError(ValueError):
    """The bytes are not a feed or sitemap we can read."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 in UTC, or None when absent / unparseable


@dataclass(frozen=True)
class SitemapUrl:
    url: str
    lastmod: str | None = None  # as written in the sitemap (W3C datetime)


@dataclass
class Sitemap:
    urls: list[SitemapUrl] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # child sitemaps of a sitemap index


def parse_feed(body: bytes, base_url: str | None = None) -> list[FeedItem]:
    """Items of an RSS, Atom or JSON feed, links made absolute against base_url."""
    if not body or not body.strip():
        raise FeedError("empty feed body")
    if _looks_like_json(body):
        return _parse_json_feed(body, base_url)
    # Passing bytes (not a URL or path) matters: feedparser.parse(str) would open files
    # and URLs itself.
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS/Atom/JSON feed{f': {reason}' if reason else ''}")
    items = []
    for entry in parsed.entries:
        link = _pick_entry_link(entry)
        if not link:
            continue
        url = _absolutize(link, base_url)
        if url is None:
            continue
        # dict.get skips feedparser's deprecated published/updated aliasing (and its warning).
        stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        items.append(FeedItem(url=url, title=_clean(entry.get("title")), published=_iso_utc(stamp)))
    return items


def parse_sitemap(body: bytes, base_url: str | None = None) -> Sitemap:
    """URLs and child sitemaps of an XML sitemap (urlset or sitemapindex), gzip or plain.

    Plain-text sitemaps (one URL per line) are accepted too, as the protocol allows.
    """
    body = _gunzip_capped(body) if body[:2] == _GZIP_MAGIC else body
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise FeedError("empty sitemap body")
    if not stripped.startswith(b"<"):
        return _parse_text_sitemap(stripped, base_url)
    if b"<!ENTITY" in stripped[:65536]:
        # Sitemaps have no use for DTD entities; declaring any is an attack or a mistake.
        raise FeedError("refusing sitemap with DTD entity declarations (possible XML attack)")
    root = _parse_xml_safely(stripped)
    kind = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(f"not a sitemap: root element is <{kind or '?'}>")
    result = Sitemap()
    for entry in root:
        if not isinstance(entry.tag, str):
            continue  # comments, processing instructions
        # len(child) > 0: <loc> holds an unresolved entity or markup; its text is a fragment.
        fields = {etree.QName(child).localname: (child.text or "").strip()
                  for child in entry if isinstance(child.tag, str) and len(child) == 0}
        url = _absolutize(fields.get("loc", ""), base_url)
        if url is None:
            continue
        if kind == "sitemapindex":
            result.sitemaps.append(url)
        else:
            result.urls.append(SitemapUrl(url=url, lastmod=fields.get("lastmod") or None))
    return result


def _parse_xml_safely(body: bytes) -> etree._Element:
    # recover=True keeps what is readable from truncated or sloppy sitemaps; the other flags
    # are the hostile-XML defence: no entity expansion, no DTD, no network, no huge trees.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, recover=True, remove_comments=True,
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise FeedError("not XML: nothing parseable")
    return root


def _parse_text_sitemap(body: bytes, base_url: str | None) -> Sitemap:
    text = body.decode("utf-8", errors="replace")
    urls = [line.strip() for line in text.splitlines() if line.strip()]
    if not urls or not all(u.startswith(("http://", "https://")) for u in urls[:5]):
        raise FeedError("not a sitemap: neither XML nor a list of http(s) URLs")
    return Sitemap(urls=[SitemapUrl(u) for u in urls if _absolutize(u, base_url)])


def _gunzip_capped(body: bytes) -> bytes:
    # Read one byte past the cap, so "exactly at the cap" and "over it" can be told apart
    # without ever inflating a gzip bomb fully into memory.
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            data = stream.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise FeedError(f"broken gzip data: {exc}") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise FeedError(f"sitemap larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    return data


def _looks_like_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _parse_json_feed(body: bytes, base_url: str | None) -> list[FeedItem]:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(f"not a JSON feed: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise FeedError("not a JSON feed: no 'items' list")
    items = []
    for entry in doc["items"]:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        url = _absolutize(link, base_url) if isinstance(link, str) else None
        if url is None:
            continue
        published = entry.get("date_published") or entry.get("date_modified")
        items.append(FeedItem(url=url, title=_clean(entry.get("title")),
                              published=_iso_from_rfc3339(published)))
    return items


def _pick_entry_link(entry) -> str | None:
    # Atom entries can carry several links; rel="alternate" is the article itself.
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return entry.get("link") or (entry.get("id") if _is_http(entry.get("id")) else None)


def _absolutize(link: str | None, base_url: str | None) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    url = urljoin(base_url, link) if base_url else link
    return url if _is_http(url) else None


def _is_http(value) -> bool:
    return isinstance(value, str) and urlsplit(value.strip()).scheme in ("http", "https")


def _clean(text) -> str | None:
    if not isinstance(text, str):
        return None
    text = " ".join(text.split())
    return text or None


def _iso_utc(stamp: time.struct_time | None) -> str | None:
    # feedparser hands back UTC struct_times; timegm (not mktime) keeps them in UTC.
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc).isoformat()


def _iso_from_rfc3339(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat()
