"""The rows gazetteer.py builds its tables from, for what pycountry does not carry: everyday country names, capitals,
demonyms, international bodies, office holders (countries.tsv, capitals.tsv, ...) and the media claimants."""
from __future__ import annotations

from functools import lru_cache

from ..media import claimant_names
from .data_files import read_pair_list, read_rows


@lru_cache(maxsize=None)
def country_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, everyday name or '', other names) in file order: what ISO 3166-1 does not give (countries.tsv)."""
    return tuple((r[0], r[1], tuple(a for a in r[2].split("|") if a)) for r in read_rows("countries.tsv"))


def capital_rows() -> list[tuple[str, str]]:
    """(surface, country code) in file order: seats of government that stand for a country (capitals.tsv)."""
    return read_pair_list("capitals.tsv")


def demonym_rows() -> list[tuple[str, str]]:
    """(country code, demonym) in file order, for the demonyms no rule derives from the name (demonyms.tsv)."""
    return read_pair_list("demonyms.tsv")


def national_noun_rows() -> list[tuple[str, str]]:
    """(country code, noun) in file order: nouns for a nation's people that no demonym gives (national_nouns.tsv)."""
    return read_pair_list("national_nouns.tsv")


def org_rows() -> list[tuple[str, str, str | None]]:
    """(surface, canonical name, country code or None) in file order: international bodies, armed groups and
    national agencies named without their country (orgs.tsv)."""
    return [(r[0], r[1], r[2] or None) for r in read_rows("orgs.tsv")] + \
        [(surface, name, code) for code, (name, others) in national_police().items() for surface in (name,) + others]


@lru_cache(maxsize=None)
def national_police() -> dict[str, tuple[str, tuple[str, ...]]]:
    """country code -> (its one national police force's name, other names the text may write) (national_police.tsv)."""
    return {r[0]: (r[1], tuple(a for a in (r[2] if len(r) > 2 else "").split(",") if a)) for r in read_rows("national_police.tsv")}


def state_media_rows() -> list[tuple[str, str]]:
    """(media claimant name, country code): agencies a state runs, which speak with its voice (state_media.tsv)."""
    return read_pair_list("state_media.tsv")


def people_rows() -> list[tuple[str, str]]:
    """(full name, country code or '') in file order: well-known office holders (people.tsv)."""
    return read_pair_list("people.tsv")


def media_claimants() -> dict[str, str]:
    """News agencies and outlets as running text names them -> their name as a claimant ('AP' ->
    'Associated Press'), from the one media table the cleaner and wire detection share (tasks/core/data/media.tsv)."""
    return claimant_names()
