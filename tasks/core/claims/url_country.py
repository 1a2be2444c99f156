"""The country a page's address places its outlet in: the country-code top-level domain of its host ("dailymirror.lk"
-> LK, "bbc.co.uk" -> GB). A local paper seldom names its own country ("The Disaster Management Centre said ..."), so
an article that names none is its outlet's country's story (extract.begin_extraction)."""
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
    tld = host.rstrip(".").rpartition(".")[2].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in _generic_domains():
        return None
    if code := _DOMAIN_CODES.get(tld):
        return code
    country = pycountry.countries.get(alpha_2=tld.upper())
    return country.alpha_2 if country else None
