"""Which HTTP proxy, if any, a URL is fetched through (pure: settings and environment in, a route out).

Analysts often sit behind a company proxy, where nothing reaches the web directly. newsclaims
follows the conventions curl, pip and requests follow: `HTTP_PROXY` / `HTTPS_PROXY` (and
`ALL_PROXY`) name the proxy per URL scheme, lower case winning over upper case, and `NO_PROXY`
lists hosts reached directly (`*`, names matching by domain suffix with or without a leading dot,
IP addresses, CIDR blocks, each optionally with :port). `NEWSCLAIMS_FETCH_HTTP_PROXY`,
`..._HTTPS_PROXY` and `..._NO_PROXY` override them for newsclaims alone; `none` means no proxy.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

OFF = ("none", "off", "direct")


@dataclass(frozen=True)
class ProxyTable:
    http: str = ""  # proxy URL for http:// pages, "" for none
    https: str = ""  # proxy URL for https:// pages (tunnelled with CONNECT)
    no_proxy: tuple[str, ...] = ()

    @classmethod
    def build(cls, http_proxy: str = "", https_proxy: str = "", no_proxy: str = "",
              environ: dict[str, str] | None = None) -> ProxyTable:
        """Settings first (a URL, or `none`); where a setting is empty, the standard variables."""
        environ = environ or {}

        def standard(name: str) -> str:
            return environ.get(name.lower()) or environ.get(name.upper()) or ""

        def pick(setting: str, name: str) -> str:
            value = (setting or standard(name) or standard("all_proxy")).strip()
            return "" if value.lower() in OFF else value

        no = no_proxy if no_proxy else standard("no_proxy")
        return cls(pick(http_proxy, "http_proxy"), pick(https_proxy, "https_proxy"),
                   tuple(e.strip().lower() for e in no.split(",") if e.strip()))

    def proxy_for(self, url: str) -> str | None:
        """The proxy URL to fetch url through, or None to connect directly."""
        parts = urlsplit(url)
        proxy = {"http": self.http, "https": self.https}.get(parts.scheme.lower(), "")
        if not proxy or self.bypassed(parts.hostname or "", parts.port):
            return None
        return proxy

    def bypassed(self, host: str, port: int | None) -> bool:
        host = host.lower().strip("[]").rstrip(".")
        for entry in self.no_proxy:
            if entry == "*":
                return True
            name, entry_port = _split_entry(entry)
            if entry_port is not None and entry_port != port:
                continue
            if _host_matches(host, name):
                return True
        return False


def shown(proxy_url: str) -> str:
    """The proxy's scheme://host:port, without credentials (for messages and logs)."""
    parts = urlsplit(proxy_url)
    host = parts.hostname or "?"
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _split_entry(entry: str) -> tuple[str, int | None]:
    if entry.startswith("["):  # [::1]:8080
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        return host, int(port) if port.isdigit() else None
    return entry, None


def _host_matches(host: str, name: str) -> bool:
    name = name.lstrip(".").rstrip(".")
    if not name:
        return False
    try:
        network = ipaddress.ip_network(name, strict=False)
    except ValueError:
        return host == name or host.endswith("." + name)
    try:
        return ipaddress.ip_address(host) in network
    except ValueError:
        return False
