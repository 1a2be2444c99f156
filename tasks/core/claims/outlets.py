"""The news outlet a noun phrase names: a wire by its name, a journalist's outlet, a local or national medium, a
paper by its short name or by its name and kind ("the Daily Nation newspaper").
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import (JOURNALIST_HINT, MEDIA_RX, NAMED_OUTLET, NATIONAL_MEDIA, OUTLET_LAST, ends_last,
                             full_match)
from .context import PLACE_NAMES
from .gazetteer import COUNTRY_NAMES, DEMONYMS, MEDIA, STATE_MEDIA
from .groups import demonym_of
from .memory import ActorMemory
from .model import Actor
from .phrase_country import country_in, match_country
from .patterns import APOS, DEMONYM, PLACE
from .places import city_countries
from .sources import (JOURNALIST, SHORT_OUTLET, SHORT_OUTLET_WORDS, local_media, media_by_shape, outlet_named_in,
                      unnamed_paper)


# cheap tests on a phrase's last word before the patterns, which end with a fixed word or a name of the table
MEDIA_LAST = ends_last("national_media")
MEDIA_LAST_NAME = frozenset(n.rsplit(None, 1)[-1] for n in MEDIA)


def _outlet(s: str) -> Actor | None:
    """The outlet a name is: a wire or paper of the media table, a nation's state media, else one by its shape."""
    if m := MEDIA_RX.fullmatch(s):
        name = MEDIA[m.group("n")]
        return Actor(f"media:{name.lower()}", name, "media", STATE_MEDIA.get(name))
    if m := NATIONAL_MEDIA.fullmatch(s):  # "A Syrian state television correspondent"
        code = match_country(m, "c", "d")
        name = f"{m.group('d') or demonym_of(code)} {(m.group('mod') or '').lower()}{m.group('w')}"
        return Actor(f"media:{name.lower()}", name, "media", code)
    return media_by_shape(s)


# the words both state-outlet readers share: who runs it, and a broadcast medium
_STATE_RUN = r"state|state-run|state-owned|government-run|government-owned"
_BROADCASTER = r"(?:broadcaster|(?:television|TV|radio)\s+(?:broadcaster|channel|station|network))"

# A state outlet named after its kind: "state broadcaster ORTB", "state Radio Mocambique", "the state-run daily La Nation".
# The state's own media are of the country their name gives, else of the story's (as "state media" is, local_media).
# A public or national broadcaster ("public broadcaster FBC", "national broadcaster NHK") is the state's too; a
# "national daily" is no state paper, so only a broadcast medium follows those two words.
_STATE_OUTLET = re.compile(rf"(?:(?i:the)\s+)?(?:(?i:{_STATE_RUN})\s+"
                           # (the medium in lower case: "state Radio Mocambique" is the station's own name; a medium
                           # must be named: "State Sen. Michael Doherty", "State Department" are no outlets)
                           # ("State TV channel Khabar 24": a medium and its kind; a channel's number ends its name)
                           r"(?:news\s+agency|(?:television|TV|radio)(?:\s+(?:channel|station|network))?|broadcaster|"
                           r"daily|newspaper|channel)|"
                           rf"(?i:public|national)\s+{_BROADCASTER})\s+"
                           r"(?P<n>[A-Z][\p{L}.&'’-]*(?:\s+[A-Z][\p{L}.&'’-]*){0,3}(?:\s+\d{1,3})?)")


# A station named by its medium right after "state", which the rules may leave outside the speaker's words ("state Radio
# Mocambique said"): the state's station, of the country its name gives, else of the story's. Without "state" a station
# is an outlet like any other, of no country.
_STATION = re.compile(r"(?:(?i:the)\s+)?(?P<n>(?:Radio|Television|Télévision|Radiodiffusion)(?:\s+[A-Z][\p{L}.&'’-]*){1,3})")
_STATE_BEFORE = re.compile(r"(?i)\bstate(?:-run|-owned)?\s+$")


def _state_outlet(s: str, mem: ActorMemory) -> Actor | None:
    focus = mem.focus
    if ("Radio" in s or "Tél" in s or "Tel" in s) and (m := _STATION.fullmatch(s)) and (at := mem.sentence.find(s)) > 0 and \
            _STATE_BEFORE.search(mem.sentence, max(0, at - 12), at):
        n = m.group("n")
        name = MEDIA.get(n, n)
        return Actor(f"media:{name.lower()}", name, "media", STATE_MEDIA.get(name) or country_in(n) or focus)
    if "tate" not in s and "overnment" not in s and "ublic" not in s and "ational" not in s or \
            (m := _STATE_OUTLET.fullmatch(s)) is None:
        return None
    n = m.group("n")
    if n in COUNTRY_NAMES or n in DEMONYMS:
        return None  # "state Television" is no name; "the state Kenya" none either
    name = MEDIA.get(n, n)
    return Actor(f"media:{name.lower()}", name, "media", STATE_MEDIA.get(name) or country_in(n) or focus)


# A state's outlet named with its description: "Fiji's public broadcaster FBC News", "Russia's state-owned RIA Novosti
# news agency", "the state-run Al-Ahram newspaper". The description (in the claimant's words or right before them)
# makes the outlet the state's voice, of the country it names, else of the story's (as "state media" is, local_media).
_STATE_DESCRIPTION = re.compile(rf"(?:(?P<c>{PLACE}){APOS}\s+|(?P<d>{DEMONYM})\s+|(?i:the)\s+)?"
                                rf"(?:(?i:{_STATE_RUN}|state-controlled|government-controlled|semi-official|official)\s+"
                                r"(?:(?i:news\s+agency|broadcaster|television|TV|radio|newspaper|daily)\s+)?|"
                                # (a public broadcaster only: "public radio" alone is no state's, as _STATE_OUTLET has it)
                                rf"(?i:public)\s+(?i:{_BROADCASTER})\s+)$")
_STATE_HINT = re.compile(r"(?i)\b(?:state|government|official|public)")


def state_described(actor: Actor | None, s: str, mem: ActorMemory) -> Actor | None:
    """`actor`, an outlet of no country, as the state's outlet where the words before its name describe it so."""
    if actor is None or actor.kind != "media" or actor.country or not _STATE_HINT.search(mem.sentence or ""):
        return actor
    sentence = mem.sentence
    at = s.find(actor.name)
    before = s[:at] if at > 0 else ""
    if not before and (at := sentence.find(s)) > 0:
        before = sentence[max(0, at - 80):at]
    if not before or (m := _STATE_DESCRIPTION.search(before)) is None:
        return actor
    code = match_country(m, "c", "d") or country_in(actor.name) or mem.focus
    return Actor(f"{actor.key}@{code.lower()}", actor.name, actor.kind, code) if code else actor


def outlet_named(s: str, last: str, last_low: str, mem: ActorMemory) -> Actor | None:
    """The outlet phrase `s` names whole (`last`: its last word, `last_low` in lower case), or None."""
    return state_described(_outlet_named(s, last, last_low, mem), s, mem)


def _outlet_named(s: str, last: str, last_low: str, mem: ActorMemory) -> Actor | None:
    if s == last and last[:1].isupper() and (known := mem.last(lambda a: a.kind == "media" and a.name == s)) is not None:
        return known  # "state news agency MAP reported ... MAP reported": the outlet as the story first described it
    if (last in MEDIA_LAST_NAME or not last.isascii() or last_low == "agency") and (m := full_match(MEDIA_RX, s)):
        name = MEDIA[m.group("n")]
        return Actor(f"media:{name.lower()}", name, "media", STATE_MEDIA.get(name))
    if JOURNALIST_HINT.search(s) and (m := full_match(JOURNALIST, s)) and (outlet := _outlet(m.group("n"))):
        return outlet  # "an Associated Press journalist in the area reported"
    if hit := local_media(s, mem.focus) or unnamed_paper(s, mem.focus, mem.text) or _state_outlet(s, mem):
        return hit
    if last in SHORT_OUTLET_WORDS and mem.text and (m := SHORT_OUTLET.fullmatch(s)) and \
            (full := outlet_named_in(m.group("w"), mem.text)) and (hit := _outlet(full)):
        return hit  # "told the Wall Street Journal ... per the Journal": the outlet the article named in full
    if last_low in OUTLET_LAST and (m := NAMED_OUTLET.fullmatch(s)):
        # "the Daily Nation newspaper", "the Kompas daily", "Kenya's Citizen TV channel": the outlet by its name
        n = m.group("n")
        if hit := _outlet(n):
            return hit
        if n in PLACE_NAMES or max(city_countries(n).values(), default=0) >= 100_000:
            # "New York magazine", "Jakarta daily": a place is no outlet's name; with its kind it is the outlet's
            n = f"{n} {last}"
        if n not in DEMONYMS and n not in COUNTRY_NAMES and not country_in(n):
            return Actor(f"media:{n.lower()}", n, "media", None)
    if last_low in MEDIA_LAST and (m := full_match(NATIONAL_MEDIA, s)):
        code = match_country(m, "c", "d")
        # as the text calls it ("Syrian state television", "Iranian state media", "Azerbaijani media"), by a demonym
        name = f"{m.group('d') or demonym_of(code)} {(m.group('mod') or '').lower()}{m.group('w')}"
        return Actor(f"media:{name.lower()}", name, "media", code)
    return None
