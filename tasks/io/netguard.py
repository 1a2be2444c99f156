"""The socket layer under the one HTTP client: address guard with a pinned IP, and a total deadline.

- Address guard: every TCP connection (first request, each redirect, robots.txt and its
  redirects) resolves the host once, checks every address against the AddressPolicy
  (tasks/core/netpolicy.py), and connects to the checked address itself. There is no second
  lookup a DNS-rebinding server could answer differently; TLS still verifies the host name
  (httpcore passes the URL's host as SNI / server_hostname, not the IP).
- Total deadline: httpx has connect / read / write timeouts per socket operation only, so a
  server dripping its response headers one byte every few seconds never trips them. Each
  request sets a deadline (`deadline()`); every socket read and connect then waits at most until
  it, and past it raises TotalTimeout, headers included.
"""
from __future__ import annotations

import contextvars
import socket
import time
from contextlib import contextmanager
from typing import Callable

import httpcore
import httpx

from tasks.core.netpolicy import AddressPolicy

Resolver = Callable[[str, int], "list[str]"]
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("newsclaims_fetch_deadline", default=None)


class AddressBlocked(Exception):
    """The host resolved to an address the policy refuses (not an httpcore error: never retried)."""


class TotalTimeout(Exception):
    """The request as a whole (connect, headers, body) ran past its deadline."""


@contextmanager
def deadline(seconds: float):
    """Every socket operation of requests made inside this block ends by now + seconds."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _remaining(timeout: float | None) -> float | None:
    """timeout shortened to what is left of the deadline; TotalTimeout when nothing is."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise TotalTimeout("deadline passed")
    return left if timeout is None else min(timeout, left)


def _past_deadline() -> bool:
    end = _DEADLINE.get()
    return end is not None and time.monotonic() >= end - 0.01


def system_resolve(host: str, port: int) -> list[str]:
    """Every address of host (IPv4 and IPv6), in the order the system prefers them."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _remaining(timeout))
        except httpcore.ReadTimeout:
            if _past_deadline():
                raise TotalTimeout("deadline passed while reading") from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, resolving and checking before it connects to the checked IP."""

    def __init__(self, policy: AddressPolicy, resolve: Resolver = system_resolve):
        self.policy = policy
        self._resolve = resolve

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options=None) -> httpcore.NetworkStream:
        try:
            addresses = self._resolve(host, port)
        except OSError as exc:  # worded like httpcore's own errors, see http._describe_connect_error
            raise httpcore.ConnectError(str(exc)) from None
        if not addresses:
            raise httpcore.ConnectError(f"[Errno -2] Name or service not known: {host}")
        for address in addresses:  # one bad address refuses the host: it may be answered next time
            reason = self.policy.refusal(host, port, address)
            if reason:
                raise AddressBlocked(reason)
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, _remaining(timeout), local_address, socket_options)
            except httpcore.ConnectTimeout:
                if _past_deadline():
                    raise TotalTimeout("deadline passed while connecting") from None
                raise
            except httpcore.ConnectError as exc:
                error = exc
                continue
            return _DeadlineStream(stream)
        raise error  # type: ignore[misc]


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport on a GuardedBackend (env proxies are not used: the guard must see the peer)."""

    def __init__(self, policy: AddressPolicy, limits: httpx.Limits, resolve: Resolver = system_resolve):
        super().__init__(limits=limits, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy, resolve),
        )
