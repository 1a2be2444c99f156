"""Names of countries, their demonyms, capital metonyms, media and international bodies.

Country names come from pycountry (ISO 3166-1). What ISO does not carry is data read through lexicon:
everyday short names and aliases (data/countries.tsv), seats of government used as metonyms
(capitals.tsv), international bodies (orgs.tsv), office holders (people.tsv) and the demonyms that no
rule derives (demonyms.tsv); media come from the one media table the cleaner and wire detection share
(tasks/core/data/media.tsv).
"""
from __future__ import annotations

import pycountry

from .lexicon import capital_rows, country_rows, demonym_rows, media_claimants, org_rows, people_rows

# Everyday names news copy uses where ISO has a formal one (also display names for claimants), and
# other names for a country (data/countries.tsv).
_COMMON = {code: name for code, name, _ in country_rows() if name}
_ALIASES = {code: aliases for code, _, aliases in country_rows() if aliases}
# Seats of government and buildings that stand for a country or the EU in news copy (data/capitals.tsv).
CAPITALS = dict(capital_rows())
# News agencies and media: surface -> canonical name, from the one media table the cleaner and wire
# detection read too (tasks/core/data/media.tsv).
MEDIA = media_claimants()
# International organisations: surface -> (canonical name, country code or None) (data/orgs.tsv).
ORGS = {surface: (name, code) for surface, name, code in org_rows()}
# Well-known office holders, so "President Emmanuel Macron" resolves without a demonym in the text (data/people.tsv).
PEOPLE = dict(people_rows())


# ISO names that are more often something else in English copy (a state, a first name, a bird).
_AMBIGUOUS = {"Jersey", "Chad", "Guinea", "Niger", "Dominica", "Georgia", "Man"}


def _derive(name: str) -> set[str]:
    """Regular English demonyms: Armenia -> Armenian, Azerbaijan -> Azerbaijani, Ukraine -> Ukrainian."""
    out = set()
    if name.endswith("ia") or name.endswith("a"):
        out.add(name + "n")
    if name.endswith("stan") or name.endswith("an") and not name.endswith("ian"):
        out.add(name + "i")
    if name.endswith("e"):
        out.add(name[:-1] + "ian")
    return out


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    display: dict[str, str] = {"EU": "European Union", "XK": "Kosovo"}
    for c in pycountry.countries:
        code = c.alpha_2
        nice = _COMMON.get(code) or getattr(c, "common_name", None) or c.name
        display[code] = nice
        for n in {c.name, nice, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if n and "," not in n and n not in _AMBIGUOUS:
                names.setdefault(n, code)
    for code, al in _ALIASES.items():
        for n in al:
            names.setdefault(n, code)
    demonyms: dict[str, str] = {}
    for code, word in demonym_rows():
        demonyms.setdefault(word, code)
    for n, code in names.items():
        if " " not in n:
            for d in _derive(n):
                demonyms.setdefault(d, code)
    return names, demonyms, display


COUNTRY_NAMES, DEMONYMS, COUNTRY_DISPLAY = _build()


def country_display(code: str) -> str:
    return COUNTRY_DISPLAY.get(code, code)
