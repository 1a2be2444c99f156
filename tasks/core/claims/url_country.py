"""The country a page's address places its outlet in: the country-code top-level domain of its host ("dailymirror.lk"
-> LK, "bbc.co.uk" -> GB), else a country its generic-domain host is named for ("jamaicaobserver.com" -> JM,
"faceofmalawi.com" -> MW, "irishtimes.com" -> IE). A local paper seldom names its own country ("The Disaster
Management Centre said ..."), so an article that names none is its outlet's country's story
(extract.begin_extraction)."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from .data_files import read_words

# ISO 3166-1 codes whose domain differs: the United Kingdom's is .uk (GB's .gb is unused)
_DOMAIN_CODES = {"uk": "GB"}


@lru_cache(maxsize=None)
def _generic_domains() -> frozenset[str]:
    """Country domains used as generic ones (.io, .tv, .co): data/generic_country_domains.tsv."""
    return read_words("generic_country_domains.tsv")


def url_country(url: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country whose domain the URL's host is under, else None (a generic domain,
    .com, .org, an address that is no URL)."""
    try:
        host = urlsplit((url or "").strip()).hostname or ""
    except ValueError:
        return None
    labels = host.rstrip(".").lower().split(".")
    tld = labels[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in _generic_domains():
        return host_name_country(labels[-2]) if len(labels) >= 2 else None
    if code := _DOMAIN_CODES.get(tld):
        return code
    country = pycountry.countries.get(alpha_2=tld.upper())
    return country.alpha_2 if country else None


# Shorter names are too often a piece of another word in a run-together host name ("woman" holds "oman", "peru" opens
# "perusall"); names of five letters or more stand ("ghanaweb", "faceofmalawi").
_MIN_NAME = 5


@lru_cache(maxsize=1)
def _host_names() -> tuple[tuple[str, str], ...]:
    """Country names and demonyms as a host name runs them together ("newzealand", "irish") -> code, longest first,
    with the top-level subdivisions' names mapped to no country: a state named for a country ("newmexico",
    "newsouthwales") is no country's outlet."""
    from .gazetteer import COUNTRY_NAMES, DEMONYMS, subdivisions  # the gazetteer is heavy: only for a generic host
    out: dict[str, str] = {}
    for table in (COUNTRY_NAMES, DEMONYMS):
        for name, code in table.items():
            key = "".join(ch for ch in name.lower().removeprefix("the ") if ch.isalpha())
            if len(key) >= _MIN_NAME and code != "EU" and name.isascii():
                out.setdefault(key, code)
    for name in subdivisions()[0]:
        key = "".join(ch for ch in name.lower() if ch.isalpha())
        # (and its people's word as a paper's name runs it, "santafenewmexican": New Mexico's, not Mexico's)
        for form in (key, key + "n", key[:-1] + "an"):
            if len(key) > _MIN_NAME and name.isascii() and form not in out:
                out[form] = ""
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def host_name_country(label: str) -> str | None:
    """The country a host name opens or closes with ("jamaicaobserver" -> JM, "faceofmalawi" -> MW, "the-irish-news"
    -> IE); None for a name no country opens or closes, or one a subdivision named for a country does
    ("santafenewmexican")."""
    words = [w for w in label.split("-") if w]
    joined = "".join(words).removeprefix("the")
    ranks, lengths = _host_index()
    for n in lengths:  # longest first, as _host_names orders them; a dict lookup per length, not a scan of every name
        if n > len(joined):
            continue
        found = [ranks[k] for k in (joined[:n], joined[-n:]) if k in ranks]
        if found:
            return _host_names()[min(found)][1] or None
    return None


@lru_cache(maxsize=1)
def _host_index() -> tuple[dict[str, int], tuple[int, ...]]:
    """Each host name's place in _host_names (the first of equal length wins there), and the names' lengths, longest
    first."""
    names = _host_names()
    return {key: i for i, (key, _) in reversed(list(enumerate(names)))}, tuple(sorted({len(k) for k, _ in names}, reverse=True))


def outlet_country(outlet: str | None) -> str | None:
    """The country an outlet's own name places it in, by name, demonym or capital ("Sri Lanka News Wave" -> LK, "The
    Times of India" -> IN, "Malawi Voice" -> MW): like the address's, it settles only a story that names no country but
    this one ("experts at the Health Ministry's Epidemiology Unit said" on a Sri Lankan blog with a .com address)."""
    from .phrase_country import country_in  # the gazetteer is heavy: only when the address gave no country
    return country_in(outlet) if outlet and outlet.strip() else None
