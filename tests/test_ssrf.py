"""The address guard: URLs that fetched documents name never reach loopback, private or metadata hosts.

Real loopback servers: site A is what the user names (a feed, a page), site B stands for an
internal service the hostile documents point at. B must never see a request unless the guard is
switched off or B is allowed in settings.
"""
from __future__ import annotations

import ipaddress

import duckdb
import httpx
import pytest

from flows.ingest import ingest_flow
from tasks.core.netpolicy import AddressPolicy, address_kind, named_hosts
from tasks.io.http import Fetcher, FetchSettings
from tasks.io.netguard import AddressBlocked, GuardedTransport
from webserver import Page, build_rss, build_sitemap_index, build_urlset, serve_site

HTML = (b"<!doctype html><html><head><title>Officials count the damage</title></head><body><article>"
        b"<h1>Officials count the damage</h1><p>The ministry said on Monday that 12 people were injured "
        b"in the storm and that repairs would take weeks, officials told reporters.</p></article></body></html>")
SECRET = b"<html><body><p>internal admin page: secret token 1234</p></body></html>"
FETCH = {"read_timeout_s": 1.0, "connect_timeout_s": 0.5, "backoff_base_s": 0.02, "per_host_delay_s": 0.0,
         "max_attempts": 1}


@pytest.fixture
def internal():
    """Site B: an internal service on another loopback port."""
    with serve_site({"/secret.html": Page(SECRET), "/robots.txt": Page(b"", status=404),
                     "/sitemap.xml": Page(b"", content_type="application/xml")}) as server:
        yield server


def hostile_links(internal) -> list[str]:
    port = internal.base_url.rsplit(":", 1)[1]
    return [
        internal.url("/secret.html"),  # 127.0.0.1 on a port the user did not name
        f"http://localhost:{port}/secret.html",  # a name that resolves to loopback
        f"http://2130706433:{port}/secret.html",  # 127.0.0.1 written as one number
        f"http://[::ffff:127.0.0.1]:{port}/secret.html",  # IPv4-mapped IPv6
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local): no connect attempted
        f"http://0.0.0.0:{port}/secret.html",  # unspecified: reaches the local host on Linux
    ]


def q(db, sql):
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_feed_items_pointing_inside_are_rejects_and_never_fetched(internal, tmp_path):
    pages = {"/news/a.html": Page(HTML)}
    with serve_site(pages) as site:
        site.pages["/feed.xml"] = Page(build_rss([site.url("/news/a.html"), *hostile_links(internal)]),
                                       content_type="application/rss+xml")
        db = str(tmp_path / "news.duckdb")
        summary = ingest_flow(feeds=[site.url("/feed.xml")], db=db, workers=1, fetch=FETCH)
    assert internal.requests == []  # not one connection reached the internal service
    assert [k for (k,) in q(db, "select article_key from articles")] == [site.url("/news/a.html")]
    rejects = dict(q(db, "select input, reason from rejects"))
    for url in hostile_links(internal):
        assert "refused to connect" in rejects[url] and "address" in rejects[url], (url, rejects.get(url))
    assert "link-local (cloud metadata)" in rejects["http://169.254.169.254/latest/meta-data/"]
    assert summary["new"] == 1 and summary["rejected"] == len(hostile_links(internal))
    assert "secret token" not in str(q(db, "select * from article_texts"))


@pytest.mark.parametrize("how", ["allow_private", "allowed_hosts"])
def test_the_guard_can_be_opened_in_settings(how, internal, tmp_path, monkeypatch):
    internal.pages["/secret.html"] = Page(HTML)
    with serve_site({}) as site:
        site.pages["/feed.xml"] = Page(build_rss([internal.url("/secret.html")]), content_type="application/rss+xml")
        if how == "allow_private":
            monkeypatch.setenv("NEWSCLAIMS_FETCH_ALLOW_PRIVATE", "1")
        else:
            monkeypatch.setenv("NEWSCLAIMS_FETCH_ALLOWED_HOSTS", f"example.org, {internal.base_url.split('//')[1]}")
        db = str(tmp_path / "news.duckdb")
        summary = ingest_flow(feeds=[site.url("/feed.xml")], db=db, workers=1, fetch=FETCH)
    assert summary["new"] == 1 and internal.count("/secret.html") == 1


def guarded(**changes) -> Fetcher:
    return Fetcher(FetchSettings(**{"connect_timeout_s": 0.5, "read_timeout_s": 1.0, "backoff_base_s": 0.02,
                                    "per_host_delay_s": 0.0, **changes}))


def named(*servers) -> str:
    return named_hosts([s.base_url for s in servers])


def test_a_user_named_loopback_page_is_fetched(internal):
    with guarded(named_hosts=named(internal)) as f:
        assert f.fetch(internal.url("/secret.html")).ok


def test_redirects_into_the_internal_network_are_refused(internal):
    with serve_site({"/moved": Page(status=302, headers={"Location": internal.url("/secret.html")}),
                     "/meta": Page(status=301, headers={"Location": "http://169.254.169.254/latest/"})}) as site:
        with guarded(named_hosts=named(site)) as f:
            moved, meta = f.fetch(site.url("/moved")), f.fetch(site.url("/meta"))
    assert "refused to connect to 127.0.0.1: a loopback address" in moved.error
    assert moved.final_url == internal.url("/secret.html") and moved.attempts == 2
    assert "cloud metadata" in meta.error
    assert internal.requests == []


def test_robots_txt_redirects_are_guarded_too(internal):
    internal.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    with serve_site({"/robots.txt": Page(status=302, headers={"Location": internal.url("/robots.txt")}),
                     "/a.html": Page(HTML)}) as site:
        with guarded(named_hosts=named(site)) as f:
            result = f.fetch(site.url("/a.html"))
    assert result.ok  # robots.txt could not be read: allowed, as for any robots.txt failure
    assert internal.requests == []


def test_sitemap_children_inside_are_refused(internal):
    from tasks.io.discover_web import discover_sitemap

    with serve_site({}) as site:
        site.pages["/index.xml"] = Page(build_sitemap_index([site.url("/s1.xml"), internal.url("/sitemap.xml")]),
                                        content_type="application/xml")
        site.pages["/s1.xml"] = Page(build_urlset([site.url("/a.html")]), content_type="application/xml")
        with guarded(named_hosts=named(site)) as f:
            found = discover_sitemap(f, site.url("/index.xml"))
    assert found.urls == [site.url("/a.html")]
    assert len(found.errors) == 1 and "refused to connect" in found.errors[0]
    assert internal.requests == []


def test_the_connection_goes_to_the_address_that_was_checked():
    """DNS rebinding: a name that answers a checked address first and an internal one later.

    There is no DNS server on loopback to play the attacker, so the resolver is a function that
    changes its answer after the first lookup. The guard must look up once and connect to that
    very address (here 127.0.0.1, allowed as a network), sending the name as Host."""
    answers = []

    def rebinding(host: str, port: int) -> list[str]:
        answers.append(host)
        return ["127.0.0.1"] if len(answers) == 1 else ["10.255.255.1"]

    policy = AddressPolicy.build(allowed="127.0.0.1/32")
    with serve_site({"/a.html": Page(HTML)}) as site:
        port = site.base_url.rsplit(":", 1)[1]
        transport = GuardedTransport(policy, httpx.Limits(max_keepalive_connections=0), resolve=rebinding)
        with httpx.Client(transport=transport, timeout=2.0) as client:
            response = client.get(f"http://rebind.test:{port}/a.html")
            assert response.status_code == 200 and response.content == HTML
            assert site.requests_for("/a.html")[0].headers["host"] == f"rebind.test:{port}"
            assert answers == ["rebind.test"]  # one lookup, and the connection used its answer
            with pytest.raises(AddressBlocked, match="10.255.255.1"):  # the second lookup is checked anew
                client.get(f"http://rebind.test:{port}/a.html")
        assert site.count("/a.html") == 1


def test_a_name_with_one_internal_address_among_public_ones_is_refused():
    policy = AddressPolicy.build()
    transport = GuardedTransport(policy, httpx.Limits(), resolve=lambda h, p: ["93.184.216.34", "127.0.0.1"])
    with httpx.Client(transport=transport) as client, pytest.raises(AddressBlocked, match="loopback"):
        client.get("http://mixed.test/")


@pytest.mark.parametrize("address,kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fd00:ec2::254", "private"),
    ("169.254.169.254", "link-local (cloud metadata)"), ("fe80::1", "link-local"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("100.100.100.200", "non-public"),  # Alibaba Cloud's metadata service, in the shared 100.64/10 range
    ("8.8.8.8", None), ("93.184.216.34", None), ("2606:4700:4700::1111", None),
])
def test_address_kinds(address, kind):
    assert address_kind(ipaddress.ip_address(address)) == kind


def test_policy_trusts_named_hosts_by_port_and_settings_by_host_or_network():
    policy = AddressPolicy.build(allowed="intranet.local, 10.0.0.0/8", named_urls=["http://127.0.0.1:8080/feed"])
    assert policy.refusal("127.0.0.1", 8080, "127.0.0.1") is None
    assert "loopback" in policy.refusal("127.0.0.1", 6379, "127.0.0.1")  # another port: another service
    assert policy.refusal("intranet.local", 443, "192.168.0.5") is None  # named in settings: any address
    assert policy.refusal("wiki.corp", 80, "10.2.3.4") is None  # in an allowed network
    assert "private" in policy.refusal("wiki.corp", 80, "192.168.0.5")
    assert "loopback" in policy.refusal("evil.test", 80, "::ffff:127.0.0.1")
    assert AddressPolicy.build(allow_private=True).refusal("x", 80, "127.0.0.1") is None
    assert named_hosts(["http://[::1]:81/a", "https://Example.org/x", "not a url"]) == "[::1]:81,example.org:443"
