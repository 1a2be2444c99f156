"""The fetcher's settings, importable without the fetcher (httpx and the address guard: a fifth of a
second that every command paid, since newsclaims/settings.py nests these). tasks/io/http.py uses them."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class FetchSettings:
    """All fetch knobs. Override by env: NEWSCLAIMS_FETCH_<FIELD> (see from_env)."""

    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0
    total_timeout_s: float = 120.0  # per request, headers included: a server dripping one byte per 14 s beats read timeout
    max_body_bytes: int = 10 * 1024 * 1024  # the ingest flow passes --max-bytes (10 MiB by default)
    max_redirects: int = 5
    user_agent: str = "newsclaims/0.1 (+https://github.com/newsclaims; news claim research)"
    max_attempts: int = 3  # total tries per request, the first one included
    backoff_base_s: float = 0.5  # sleep base * 2**(n-1) + uniform(0, base) after try n
    retry_after_cap_s: float = 60.0  # longest Retry-After we honour
    per_host_delay_s: float = 1.0  # min gap between request starts to one host
    per_host_concurrency: int = 1
    global_concurrency: int = 8
    respect_robots: bool = True
    max_crawl_delay_s: float = 10.0  # robots.txt Crawl-delay honoured up to this
    # Address guard (tasks/core/netpolicy.py): URLs must resolve to public addresses, except
    allow_private: bool = False  # ... when switched off altogether (NEWSCLAIMS_FETCH_ALLOW_PRIVATE=1)
    allowed_hosts: str = ""  # ... for these: host, host:port, IP or CIDR, comma-separated
    named_hosts: str = ""  # ... for the host:port of URLs the user typed (filled by the ingest flow)
    # Proxies (tasks/core/proxies.py): empty = the standard HTTP_PROXY / HTTPS_PROXY / NO_PROXY
    # variables; a URL overrides them; "none" = connect directly.
    http_proxy: str = ""
    https_proxy: str = ""
    no_proxy: str = ""

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> FetchSettings:
        """Defaults, then NEWSCLAIMS_FETCH_* env vars, then explicit overrides (CLI flags)."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(f"NEWSCLAIMS_FETCH_{f.name.upper()}")
            if raw is not None:
                kind = type(f.default)
                values[f.name] = raw.lower() in ("1", "true", "yes") if kind is bool else kind(raw)
        values.update(overrides)
        return cls(**values)
