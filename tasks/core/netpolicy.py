"""Which network addresses a fetch may connect to (pure: addresses and names in, a verdict out).

A URL that a fetched document names (a feed or sitemap item, a redirect, a robots.txt redirect)
must not make newsclaims connect to the machine itself, the private network it sits in, a
link-local address such as a cloud metadata service (169.254.169.254), multicast, or the
unspecified address: that is server-side request forgery. Only public (globally routable)
addresses are allowed, unless the user trusted the host: they named it themselves (a --url,
--feed or --sitemap they typed, host and port) or listed it in settings
(NEWSCLAIMS_FETCH_ALLOWED_HOSTS), or switched the guard off (NEWSCLAIMS_FETCH_ALLOW_PRIVATE=1).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class AddressPolicy:
    allow_private: bool = False
    hosts: frozenset[tuple[str, int | None]] = field(default_factory=frozenset)  # (host, port or any)
    networks: tuple[_Network, ...] = ()

    @classmethod
    def build(cls, allow_private: bool = False, allowed: str | list[str] = "",
              named_urls: list[str] | tuple[str, ...] = ()) -> AddressPolicy:
        """From settings (a comma-separated list of host, host:port, IP or CIDR) and user-named URLs.

        A host trusted by name is trusted whatever it resolves to; an IP or CIDR entry trusts
        the addresses themselves, whatever name led to them."""
        entries = [e.strip() for e in (allowed.split(",") if isinstance(allowed, str) else allowed) if e.strip()]
        hosts, networks = set(), []
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            hosts.add(_split_host_port(entry))
        for url in named_urls:
            origin = url_origin(url)
            if origin:
                hosts.add(origin)
        return cls(allow_private, frozenset(hosts), tuple(networks))

    def refusal(self, host: str, port: int, address: str) -> str | None:
        """Why connecting to address (resolved from host:port) is not allowed; None when it is."""
        if self.allow_private:
            return None
        host = host.lower().strip("[]").rstrip(".")
        if (host, port) in self.hosts or (host, None) in self.hosts:
            return None
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return f"{address} is not an IP address"
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        if any(ip in net for net in self.networks):
            return None
        kind = address_kind(ip)
        if kind is None:
            return None
        shown = host if host == str(ip) else f"{host} ({ip})"
        return (f"refused to connect to {shown}: a {kind} address (only hosts named on the command line or in "
                "NEWSCLAIMS_FETCH_ALLOWED_HOSTS may be non-public)")


def address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What makes ip non-public ('loopback', 'private', ...), or None for a public address."""
    if ip.is_loopback:
        return "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return "link-local (cloud metadata)" if str(ip) in ("169.254.169.254", "fe80::a9fe:a9fe") else "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private:
        return "private"
    if ip.is_reserved or not ip.is_global:  # shared 100.64/10, documentation, benchmarking ranges
        return "non-public"
    return None


def url_origin(url: str) -> tuple[str, int] | None:
    """(host, port) of an http(s) URL, the unit of trust; None when it has no host."""
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().rstrip("."), port or DEFAULT_PORTS.get(parts.scheme.lower(), 80)


def _split_host_port(entry: str) -> tuple[str, int | None]:
    entry = entry.lower()
    if entry.startswith("["):  # [::1]:8080
        host, _, rest = entry[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port.isdigit() else None
    if entry.count(":") == 1:
        host, port = entry.split(":")
        return host.rstrip("."), int(port) if port.isdigit() else None
    return entry.rstrip("."), None


def named_hosts(urls: list[str]) -> str:
    """The host:port of each URL the user typed, comma-separated (FetchSettings.named_hosts)."""
    origins = dict.fromkeys(o for o in (url_origin(u) for u in urls) if o)
    return ",".join(f"[{h}]:{p}" if ":" in h else f"{h}:{p}" for h, p in origins)
