"""Politeness: robots.txt rules (fetched once per origin, cached) and per-host pacing.

Policy (documented in one place):
- robots.txt 2xx: its rules apply (urllib.robotparser, matched on our user-agent token).
- robots.txt 4xx (404, 410, also 401/403): no rules, everything allowed. This is RFC 9309
  and Google's reading; urllib.robotparser would treat 401/403 as "disallow all".
- robots.txt 5xx, timeout, refused connection, oversized: allowed. RFC 9309 asks crawlers to
  assume "disallow all" on 5xx; we are a low-volume research fetcher and a broken robots.txt
  should not silently empty a run. The failure is cached like a success, so it is not
  retried per page.
"""
from __future__ import annotations

import threading
import time
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# (status or None on failure, body text) for a robots.txt URL.
RobotsFetch = Callable[[str], "tuple[int | None, str]"]


class RobotsCache:
    """Thread-safe per-origin cache of parsed robots.txt files."""

    def __init__(self, fetch_robots: RobotsFetch, user_agent: str):
        self._fetch_robots = fetch_robots
        self._user_agent = user_agent
        self._parsers: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}

    def is_allowed(self, url: str) -> bool:
        """True unless the origin's robots.txt disallows url for our user agent."""
        return self._get_parser(url).can_fetch(self._user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay the origin asks of us, if any."""
        delay = self._get_parser(url).crawl_delay(self._user_agent)
        return float(delay) if delay is not None else None

    def _get_parser(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            if origin in self._parsers:
                return self._parsers[origin]
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        # One fetch per origin even when many threads ask at once; other origins not blocked.
        with origin_lock:
            with self._lock:
                if origin in self._parsers:
                    return self._parsers[origin]
            parser = build_robots_parser(*self._fetch_robots(origin + "/robots.txt"))
            with self._lock:
                self._parsers[origin] = parser
            return parser


def build_robots_parser(status: int | None, text: str) -> RobotFileParser:
    """A RobotFileParser for a fetched robots.txt, following the policy above."""
    parser = RobotFileParser()
    if status is not None and 200 <= status < 300:
        parser.parse(text.splitlines())  # also marks the parser as "read"
    else:
        parser.allow_all = True
        parser.modified()  # can_fetch() refuses everything until a parser counts as read
    return parser


class HostGate:
    """Concurrency slots for one host plus a minimum delay between request starts."""

    def __init__(self, concurrency: int, delay_s: float):
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.delay_s = delay_s  # may be raised later by a robots.txt Crawl-delay
        self._lock = threading.Lock()
        self._next_start = 0.0

    def wait_turn(self) -> None:
        """Sleep until this host may see the next request; reserve that start time."""
        # Reserve under the lock, sleep outside it, so waiting threads queue up in order.
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.delay_s
        if start > now:
            time.sleep(start - now)


class HostGates:
    """One HostGate per host, created on first use; thread-safe."""

    def __init__(self, concurrency: int, delay_s: float):
        self._concurrency, self._delay_s = concurrency, delay_s
        self._gates: dict[str, HostGate] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> HostGate:
        key = host_key(url)
        with self._lock:
            if key not in self._gates:
                self._gates[key] = HostGate(self._concurrency, self._delay_s)
            return self._gates[key]


def host_key(url: str) -> str:
    """The politeness unit: host:port, the same origin robots.txt applies to."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""
