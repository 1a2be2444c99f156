"""The one HTTP client of newsclaims: polite, bounded, never raises on a bad URL or server.

Every request goes through `Fetcher`: http(s) only, redirects followed by hand (each hop
re-checked for scheme and robots.txt), an address guard on every connection (no loopback,
private, link-local or metadata addresses unless the user named or allowed the host; the
checked IP is the one connected to, see tasks/io/netguard.py), a total deadline per request
that covers connect, headers and body, a body size cap enforced while streaming, bounded
retries with backoff on transient failures only, per-host delay and concurrency limits,
conditional GET, and content-type checks. Failures come back as `FetchResult.error`.
"""
from __future__ import annotations

import os
import random
import threading
import time
import zlib
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from tasks.core.decode import decode_bytes
from tasks.core.netpolicy import AddressPolicy
from tasks.core.proxies import ProxyTable
from tasks.io.fetch_settings import FetchSettings  # defined there (settings import it without httpx)
from tasks.io.netguard import AddressBlocked, ProxyConnectError, RoutedTransport, TotalTimeout, deadline
from tasks.io.robots import HostGates, RobotsCache, host_key

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB
# Content types accepted per kind of request; None = no header, decided by sniffing.
ACCEPTED_TYPES = {
    "page": ("text/html", "application/xhtml+xml"),
    "feed": ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
             "application/xml", "text/xml", "application/feed+json", "application/json",
             "text/plain", "text/html"),  # many real feeds are served as text/html or plain
    "sitemap": ("application/xml", "text/xml", "text/plain", "application/gzip",
                "application/x-gzip", "application/octet-stream"),
}
ACCEPT_HEADERS = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/feed+json,"
            "application/xml;q=0.9,*/*;q=0.1",
    "sitemap": "application/xml,text/xml;q=0.9,*/*;q=0.1",
}


@dataclass(frozen=True)
class FetchRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    kind: str = "page"  # "page", "feed" or "sitemap": decides the accepted content types


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int | None
    body: bytes | None
    content_type: str | None  # media type only, lower case, e.g. "text/html"
    charset: str | None  # from the Content-Type header; may be wrong, see decode_body
    etag: str | None
    last_modified: str | None
    not_modified: bool
    error: str | None
    attempts: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        return self.error is None


class FetchFailed(Exception):
    """Internal: a final, human-readable failure. Never escapes Fetcher."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class _Retryable(Exception):
    """Internal: a failure worth another try (timeouts, connection errors, 429, 5xx)."""

    def __init__(self, message: str, retry_after_s: float | None = None,
                 status: int | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.status = status


@dataclass
class _Response:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes | None


class Fetcher:
    """Fetch pages, feeds and sitemaps politely. Use as a context manager; thread-safe."""

    def __init__(self, settings: FetchSettings | None = None):
        self.settings = settings or FetchSettings()
        s = self.settings
        policy = AddressPolicy.build(s.allow_private, f"{s.allowed_hosts},{s.named_hosts}")
        limits = httpx.Limits(max_connections=s.global_concurrency,
                              max_keepalive_connections=s.global_concurrency)
        self._client = httpx.Client(
            timeout=httpx.Timeout(s.read_timeout_s, connect=s.connect_timeout_s),
            follow_redirects=False,  # by hand, so every hop is checked
            max_redirects=s.max_redirects,  # robots.txt is fetched with httpx following redirects
            # Only codings _capped_body_chunks can inflate under the size cap.
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            # Every connection checked, to the checked IP; through a proxy, the page's host checked first.
            transport=RoutedTransport(policy, limits, ProxyTable.build(
                s.http_proxy, s.https_proxy, s.no_proxy, dict(os.environ))),
            trust_env=False,  # proxies come from ProxyTable (same variables), routed through the guard
        )
        self._global_slots = threading.BoundedSemaphore(max(1, s.global_concurrency))
        self._gates = HostGates(s.per_host_concurrency, s.per_host_delay_s)
        self._robots = RobotsCache(self._fetch_robots_txt, s.user_agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None,
              kind: str = "page") -> FetchResult:
        """Fetch one URL. Never raises for network or HTTP trouble: see FetchResult.error."""
        started = time.monotonic()
        state = {"attempts": 0, "final_url": url}
        try:
            response = self._fetch_following_redirects(url, etag, last_modified, kind, state)
        except FetchFailed as exc:
            return _failed_result(url, state, str(exc), started, exc.status)
        except Exception as exc:  # a bug or an exotic httpx error must not kill a batch
            return _failed_result(url, state, f"unexpected error: {exc!r}", started)
        content_type, charset = _split_content_type(response.headers.get("content-type"))
        not_modified = response.status == 304
        return FetchResult(
            url=url, final_url=state["final_url"], status=response.status,
            body=None if not_modified else response.body, content_type=content_type,
            charset=charset, etag=response.headers.get("etag") or (etag if not_modified else None),
            last_modified=response.headers.get("last-modified")
            or (last_modified if not_modified else None),
            not_modified=not_modified, error=None, attempts=state["attempts"],
            elapsed_s=time.monotonic() - started,
        )

    def fetch_many(self, requests: list[FetchRequest]) -> list[FetchResult]:
        """Fetch all requests, hosts in parallel, each host politely; results in input order."""
        by_host: dict[str, list[int]] = {}
        for index, request in enumerate(requests):
            by_host.setdefault(host_key(request.url), []).append(index)
        # One lane per host slot, so a slow host never holds threads other hosts could use.
        lanes = []
        for indexes in by_host.values():
            width = max(1, self.settings.per_host_concurrency)
            lanes.extend(indexes[i::width] for i in range(width) if indexes[i::width])
        results: list[FetchResult | None] = [None] * len(requests)

        def run_lane(lane: list[int]) -> None:
            for i in lane:
                r = requests[i]
                results[i] = self.fetch(r.url, r.etag, r.last_modified, r.kind)

        workers = max(1, min(self.settings.global_concurrency, len(lanes)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            for future in [pool.submit(run_lane, lane) for lane in lanes]:
                future.result()
        return results  # type: ignore[return-value]

    def _fetch_following_redirects(self, url, etag, last_modified, kind, state) -> _Response:
        seen = {url}
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            state["final_url"] = current
            check_url(current)
            if self.settings.respect_robots:
                self._check_robots(current)
            headers = {"Accept": ACCEPT_HEADERS.get(kind, "*/*")}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            response = self._request_with_retries(current, headers, kind, state)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchFailed(f"HTTP {response.status} redirect without Location",
                                  response.status)
            target = urljoin(current, location.strip())
            if target in seen:
                raise FetchFailed(f"redirect loop: {current} -> {target}")
            seen.add(target)
            current = target
        raise FetchFailed(f"too many redirects (more than {self.settings.max_redirects})")

    def _check_robots(self, url: str) -> None:
        if not self._robots.is_allowed(url):
            raise FetchFailed(f"disallowed by robots.txt: {url}")
        # Honour Crawl-delay by slowing this host's gate, up to a cap (some sites ask 3600 s).
        asked = self._robots.crawl_delay(url)
        if asked:
            gate = self._gates.get(url)
            gate.delay_s = max(gate.delay_s, min(asked, self.settings.max_crawl_delay_s))

    def _request_with_retries(self, url, headers, kind, state) -> _Response:
        s = self.settings
        for attempt in range(1, s.max_attempts + 1):
            state["attempts"] += 1
            try:
                return self._request_once(url, headers, kind)
            except _Retryable as exc:
                if attempt == s.max_attempts:
                    message = str(exc)
                    if attempt > 1:  # "read timeout after 15 s (3 attempts)" reads better
                        message += f" ({attempt} attempts)" if " after " in message \
                            else f" after {attempt} attempts"
                    raise FetchFailed(message, exc.status) from None
                time.sleep(self._compute_backoff(attempt, exc.retry_after_s))
        raise AssertionError("unreachable")

    def _compute_backoff(self, attempt: int, retry_after_s: float | None) -> float:
        s = self.settings
        if retry_after_s is not None:
            return min(max(retry_after_s, 0.0), s.retry_after_cap_s)
        # Jitter spreads retries of many workers hitting the same failing host.
        return s.backoff_base_s * 2 ** (attempt - 1) + random.uniform(0, s.backoff_base_s)

    @contextmanager
    def _take_turn(self, url: str):
        """Hold a host slot, wait out the host delay, then hold a global slot."""
        gate = self._gates.get(url)
        with gate.slots:
            # Sleep before taking a global slot, so politeness waits never idle other hosts.
            gate.wait_turn()
            with self._global_slots:
                yield

    def _request_once(self, url: str, headers: dict[str, str], kind: str) -> _Response:
        with self._take_turn(url):
            try:
                with deadline(self.settings.total_timeout_s):
                    return self._send(url, headers, kind)
            except AddressBlocked as exc:
                raise FetchFailed(str(exc)) from None
            except TotalTimeout:  # a server this slow is broken or hostile: not worth another try
                raise FetchFailed(f"no complete response within {self.settings.total_timeout_s:g} s "
                                  "(total timeout, headers included)") from None
            except httpx.ConnectTimeout:
                raise _Retryable(f"connect timeout after {self.settings.connect_timeout_s:g} s")
            except httpx.ReadTimeout:
                raise _Retryable(f"read timeout after {self.settings.read_timeout_s:g} s")
            except httpx.TimeoutException as exc:
                raise _Retryable(f"timeout: {exc or type(exc).__name__}")
            except httpx.ConnectError as exc:
                message = _describe_connect_error(exc)
                # A bad certificate or a name that does not exist will not heal in a second;
                # "temporary failure in name resolution" (EAI_AGAIN) is retried like a timeout.
                if message.startswith(("TLS error", "DNS lookup failed:")):
                    raise FetchFailed(message) from None
                raise _Retryable(message)
            except (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError) as exc:
                raise _Retryable(f"connection broken: {exc or type(exc).__name__}")
            except httpx.ProxyError as exc:  # the proxy refused the tunnel (CONNECT) or the request
                raise FetchFailed(f"proxy error: {exc or type(exc).__name__}") from None
            except httpx.InvalidURL as exc:
                raise FetchFailed(f"invalid URL: {exc}")
            except httpx.DecodingError as exc:
                raise FetchFailed(f"cannot decode response body: {exc}")

    def _send(self, url: str, headers: dict[str, str], kind: str) -> _Response:
        request = self._client.build_request("GET", url, headers=headers)
        response = self._client.send(request, stream=True)
        status, reason = response.status_code, response.reason_phrase
        try:
            if status == 429 or status >= 500:
                raise _Retryable(f"HTTP {status} {reason}".strip(),
                                 parse_retry_after(response.headers.get("retry-after")), status)
            if status in REDIRECT_STATUSES or status == 304:
                return _Response(status, reason, response.headers, None)
            if status >= 400 or status < 200:
                raise FetchFailed(f"HTTP {status} {reason}".strip(), status)
            content_type, _ = _split_content_type(response.headers.get("content-type"))
            check_content_type(content_type, kind, None)
            body = self._read_capped(response)
            check_content_type(content_type, kind, body)
            return _Response(status, reason, response.headers, body)
        except FetchFailed as exc:
            exc.status = exc.status or status  # "not HTML" etc. still report the 200
            raise
        finally:
            response.close()  # unread bytes are dropped with the connection, never downloaded

    def _read_capped(self, response: httpx.Response) -> bytes:
        cap = self.settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(f"response larger than {cap} bytes (Content-Length {declared})")
        chunks, size = [], 0
        for chunk in _capped_body_chunks(response, cap):
            size += len(chunk)
            if size > cap:
                raise FetchFailed(f"response larger than {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _fetch_robots_txt(self, robots_url: str) -> tuple[int | None, str]:
        # Goes through the host gate (robots.txt is a request like any other) and follows
        # redirects (http -> https is common); any failure means "allowed", see robots.py.
        try:
            with self._take_turn(robots_url), deadline(self.settings.total_timeout_s):
                with self._client.stream("GET", robots_url, follow_redirects=True) as response:
                    if not 200 <= response.status_code < 300:
                        return response.status_code, ""
                    body = b""
                    # the same bounded inflater as pages: a compressed robots.txt cannot balloon
                    for chunk in _capped_body_chunks(response, ROBOTS_MAX_BYTES):
                        body += chunk
                        if len(body) > ROBOTS_MAX_BYTES:
                            body = body[:ROBOTS_MAX_BYTES]
                            break
                    return response.status_code, body.decode("utf-8", errors="replace")
        except (httpx.HTTPError, FetchFailed, AddressBlocked, TotalTimeout):
            return None, ""


def _capped_body_chunks(response: httpx.Response, cap: int):
    """Yield the decoded body, never inflating more than cap + 1 bytes of gzip/deflate.

    httpx's own decoder (iter_bytes) inflates each network chunk whole, so one small chunk
    of a gzip bomb could become tens of MB before any size check ran. Here zlib is asked
    for at most the bytes still allowed, and the rest of the input waits in its tail."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        yield from response.iter_bytes()
        return
    # 47 = 32 + 15: zlib picks gzip or zlib framing from the header; raw deflate is tried
    # when a "deflate" body has no zlib header (some servers send it that way).
    inflater, started, left = zlib.decompressobj(47), False, cap + 1
    for data in response.iter_raw():
        while data and left > 0:
            try:
                out = inflater.decompress(data, left)
            except zlib.error as exc:
                if started or encoding != "deflate":
                    raise FetchFailed(f"cannot decode {encoding} response body: {exc}") from None
                inflater = zlib.decompressobj(-15)
                out = inflater.decompress(data, left)
            started = True
            left -= len(out)
            if out:
                yield out
            if inflater.eof:
                return
            data = inflater.unconsumed_tail
        if left <= 0:
            return  # cap + 1 bytes were yielded: the caller has already refused the body
    tail = inflater.flush()
    if tail:
        yield tail


def check_url(url: str) -> None:
    """Raise FetchFailed unless url is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchFailed(f"invalid URL {url!r}: {exc}") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        shown = parts.scheme or "(none)"
        raise FetchFailed(f"unsupported URL scheme {shown!r} (only http and https): {url}")
    if not parts.hostname:
        raise FetchFailed(f"invalid URL (no host): {url}")


def check_content_type(content_type: str | None, kind: str, body: bytes | None) -> None:
    """Raise FetchFailed when the response is not the kind of document asked for.

    Called before the body is read (body None: reject declared binary types without
    downloading) and after (body given: sniff when there was no Content-Type).
    """
    accepted = ACCEPTED_TYPES.get(kind)
    if accepted is None:
        return
    if content_type:
        if content_type in accepted or (kind != "page" and content_type.endswith(("+xml", "+json"))):
            return
        label = "HTML" if kind == "page" else kind
        raise FetchFailed(f"not {label}: content-type {content_type}")
    if body is not None and kind == "page" and not sniff_html(body):
        raise FetchFailed("not HTML: no content-type and the body does not look like HTML")


def sniff_html(body: bytes) -> bool:
    """Whether bytes without a Content-Type look like an HTML document."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or (
        b"<html" in head or b"<body" in head or b"<p>" in head
    )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _split_content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower() or None, charset


def _describe_connect_error(exc: httpx.ConnectError) -> str:
    if isinstance(exc, ProxyConnectError):  # name the proxy: the page's own host was never contacted
        return f"{_describe_connect_text(str(exc), exc)} (proxy {exc.proxy})"
    return _describe_connect_text(str(exc), exc)


def _describe_connect_text(text: str, exc: Exception) -> str:
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return "DNS lookup failed: no such host"
    if "temporary failure in name resolution" in lowered:
        return "DNS lookup failed temporarily"
    if "ssl" in lowered or "certificate" in lowered:
        return f"TLS error: {text}"
    return f"connection failed: {text or type(exc).__name__}"


def _failed_result(url: str, state: dict, error: str, started: float,
                   status: int | None = None) -> FetchResult:
    return FetchResult(
        url=url, final_url=state["final_url"], status=status, body=None, content_type=None,
        charset=None, etag=None, last_modified=None, not_modified=False, error=error,
        attempts=state["attempts"], elapsed_s=time.monotonic() - started,
    )


def decode_body(body: bytes, header_charset: str | None) -> str:
    """Text of a fetched HTML body whose header charset may be wrong.

    One decoder for the whole project: tasks.core.decode (BOM, valid UTF-8, meta/XML
    declaration, header charset, detection). Raises tasks.core.decode.DecodeError for
    binary data.
    """
    return decode_bytes(body, header_charset=header_charset, is_html=True)
