"""A person the article calls by a title and surname alone before (or apart from) the full name it gives them ("Col.
Malki also claims 1,500 Houthis killed" over "Col. Turki al-Malki, a spokesman for the Saudi-led coalition, ...";
"Malki suggested ..." after it): the rows are that person's. The resolver, reading in order, meets the short form first
and keeps it as a person of its own, with no country of its own or the story's; and an Arabic surname written with its
article ("al-Malki", "el-Sisi") is not the bare "Malki" a later sentence writes."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from .inflections import word_lemmas
from .model import Actor, Extraction
from .name_words import first_name_genders, name_particles, title_genders, title_pattern

# the titles a short form opens with ("Col.", "Gen.", "Mr", "President"), any kind: the rest is the surname
_TITLES = re.compile(rf"^(?:(?:{title_pattern()})\s+)+", re.IGNORECASE)
_SURNAME = re.compile(r"^\p{Lu}[\p{L}'’-]+$")


def name_surnamed_first(ex: Extraction, actors: dict[str, Actor]) -> None:
    """Re-key every claim (and its figures) of a person known only by a surname (after its titles) to the one other
    person of the article whose full name ends with that surname (or with it after a particle: "al-Malki"), in place;
    left alone when no one or two people carry it."""
    people = [a for a in actors.values() if a.kind == "person" and len(a.name.split()) > 1 and
              not _TITLES.match(a.name + " ")]
    for a in [a for a in actors.values() if a.kind == "person"]:
        short = _short_surname(a.name)
        if short is None:
            continue
        gender = _title_gender(a.name)
        holders = {p.key: p for p in people if p.key != a.key and _ends_with(p.name, short) and
                   (a.country is None or p.country in (None, a.country) or _TITLES.match(a.name + " ")) and
                   gender in (None, first_name_genders().get(p.name.split()[0].lower(), gender))}
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        ex.hand_over(a.key, holder.key, "surname, the person named in full elsewhere in the article")
        ex.figures = [replace(f, claimant_key=holder.key) if f.claimant_key == a.key else f for f in ex.figures]
        actors.pop(a.key, None)


def _short_surname(name: str) -> str | None:
    """The surname of a name that is a surname alone after its titles ("Col. Malki" -> "Malki", "Malki" -> "Malki");
    None for a full name or a title alone."""
    rest = _TITLES.sub("", name + " ").strip()
    if not _SURNAME.match(rest) or " " in rest or len(rest) <= 2:
        return None
    # an English word alone ("Airport" for "the airport") names a thing more often than a person: only with a title
    return rest if rest != name or not word_lemmas(rest.lower()) else None


def _ends_with(full: str, surname: str) -> bool:
    last = full.split()[-1]
    if last == surname:
        return True
    head, dash, tail = last.partition("-")
    return bool(dash) and tail == surname and head.lower() in name_particles()


def _title_gender(name: str) -> str | None:
    """The gender an honorific of the short form tells ("Mrs Smith": f), for a holder whose given name tells another."""
    m = _TITLES.match(name + " ")
    if m is None:
        return None
    return next((g for w in m.group(0).split() if (g := title_genders().get(w.rstrip(".").lower()))), None)
