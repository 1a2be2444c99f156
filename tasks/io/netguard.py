"""The socket layer under the one HTTP client: address guard with a pinned IP, and a total deadline.

- Address guard: every TCP connection (first request, each redirect, robots.txt and its
  redirects) resolves the host once, checks every address against the AddressPolicy
  (tasks/core/netpolicy.py), and connects to the checked address itself. There is no second
  lookup a DNS-rebinding server could answer differently; TLS still verifies the host name
  (httpcore passes the URL's host as SNI / server_hostname, not the IP).
- Proxies (tasks/core/proxies.py): a page routed through an HTTP proxy is checked before the
  request (its host resolved here and every address checked); the connection itself goes to the
  proxy, a host the user configured. A name this machine cannot resolve is left to the proxy,
  since behind many company proxies only the proxy resolves outside names.
- Total deadline: httpx has connect / read / write timeouts per socket operation only, so a
  server dripping its response headers one byte every few seconds never trips them. Each
  request sets a deadline (`deadline()`); every socket read and connect then waits at most until
  it, and past it raises TotalTimeout, headers included.
"""
from __future__ import annotations

import contextvars
import dataclasses
import socket
import threading
import time
from contextlib import contextmanager
from typing import Callable

import httpcore
import httpx

from tasks.core.netpolicy import AddressPolicy
from tasks.core.proxies import ProxyTable, shown

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


def refuse_any(policy: AddressPolicy, host: str, port: int, addresses: list[str]) -> None:
    """AddressBlocked when the policy refuses any of host's addresses (one bad address refuses the host:
    a rebinding server may answer with it next time)."""
    for address in addresses:
        reason = policy.refusal(host, port, address)
        if reason:
            raise AddressBlocked(reason)


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
        refuse_any(self.policy, host, port, addresses)
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


class ProxyConnectError(httpx.ConnectError):
    """Connecting to the proxy failed (the message names the proxy, not the page's host)."""

    def __init__(self, message: str, proxy: str, request: httpx.Request):
        super().__init__(message, request=request)
        self.proxy = proxy


class ProxiedTransport(httpx.HTTPTransport):
    """httpx's transport through one HTTP proxy: the page's host checked first, then the proxy connected to."""

    def __init__(self, proxy_url: str, policy: AddressPolicy, limits: httpx.Limits,
                 resolve: Resolver = system_resolve):
        super().__init__(limits=limits, trust_env=False)
        proxy = httpx.Proxy(proxy_url)
        self.proxy = shown(proxy_url)
        self._policy, self._resolve = policy, resolve
        # The proxy is a host the user configured: trusted whatever address it has.
        trusted = dataclasses.replace(policy, hosts=policy.hosts | {(proxy.url.host.lower(), None)})
        self._pool = httpcore.HTTPProxy(
            proxy_url=httpcore.URL(scheme=proxy.url.raw_scheme, host=proxy.url.raw_host,
                                   port=proxy.url.port, target=proxy.url.raw_path),
            proxy_auth=proxy.raw_auth, proxy_headers=proxy.headers.raw,
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(trusted, resolve),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host, port = request.url.host, request.url.port or (443 if request.url.scheme == "https" else 80)
        try:
            addresses = self._resolve(host, port)
        except OSError:
            addresses = []  # only the proxy may resolve outside names here
        refuse_any(self._policy, host, port, addresses)
        try:
            return super().handle_request(request)
        except httpx.ConnectError as exc:
            raise ProxyConnectError(str(exc), self.proxy, request) from None


class RoutedTransport(httpx.BaseTransport):
    """Each request directly (GuardedTransport) or through the proxy ProxyTable names for its URL."""

    def __init__(self, policy: AddressPolicy, limits: httpx.Limits, proxies: ProxyTable,
                 resolve: Resolver = system_resolve):
        self._policy, self._limits, self._proxies, self._resolve = policy, limits, proxies, resolve
        self._direct = GuardedTransport(policy, limits, resolve)
        self._via: dict[str, ProxiedTransport] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.proxy_for(str(request.url))
        if proxy is None:
            return self._direct.handle_request(request)
        with self._lock:
            transport = self._via.get(proxy)
            if transport is None:
                transport = self._via[proxy] = ProxiedTransport(proxy, self._policy, self._limits, self._resolve)
        return transport.handle_request(request)

    def close(self) -> None:
        self._direct.close()
        for transport in self._via.values():
            transport.close()
