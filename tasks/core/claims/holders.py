"""A country's office named before its holder: "Germany's health minister is stressing ... Health Minister Jens Spahn
noted" are one person, as CLAIMS.md resolves a title with its country to the person who holds it ("The Prime Minister
of Armenia" -> Nikol Pashinyan). The story's later titled name is the holder only when nothing says it may be another:
a title of the same office (not another office, nor a vice or deputy), no other country for that person, one holder
of the office in the whole story, and no former or outgoing one ("former interior minister Herbert Kickl").
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import NOT_NAME
from .context import country_mentions
from .gazetteer import PEOPLE
from .people_words import role_nouns
from .memory import ActorMemory, norm_title
from .model import Actor
from .phrase_country import PLACE_FULL, country_in

# another holder than the present one ("former", "then-", "outgoing", "his predecessor as"): the office had two
_OTHER_HOLDER = r"(?:former|ex-?|then-?|outgoing|incoming|previous|erstwhile|one-time|onetime|late)\s+(?:\S+\s+){0,2}?"
_SUCCESSION = re.compile(r"(?i)\b(?:predecessor|successor)s?\b")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` around the span start..end."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)), default=max(0, start - 600))
    after = _SENTENCE_END.search(text, end)
    return text[before: after.start() + 1 if after else len(text)]


def holder_of_office(t: str, code: str, mem: ActorMemory) -> Actor | None:
    """Office `t` of country `code` ("interior minister", "AT"), not yet tied to a name: the one person the rest of the
    story names with that title ("Interior Minister Gerhard Karner"), or the next sentence with the title's bare head
    ("Minister Jens Spahn"); None when the story names two holders or a former one, or places the named one in
    another country (by the title, a known name, or the countries of the sentence naming them)."""
    from .people import TITLED
    text = mem.text
    cls = role_nouns().get(t, {t})
    titles = "|".join(re.escape(c).replace(r"\ ", r"[\s-]+") for c in sorted(cls, key=len, reverse=True))
    if re.search(rf"(?i)\b{_OTHER_HOLDER}(?:{titles})\b", text) or (_SUCCESSION.search(text) and
                                                                   re.search(rf"(?i)\b(?:{titles})\b", text)):
        return None
    head = t.rsplit(None, 1)[-1]
    nxt = _SENTENCE_END.search(text, mem.upto + 1)
    next_end = nxt.end() if nxt else len(text)
    found: dict[str, tuple[str, str]] = {}  # surname -> (name, title) of every holder the story names
    for m in TITLED.finditer(text):
        title = norm_title(m.group("t"))
        bare = title == head and title not in cls
        if title not in cls and not (bare and mem.upto <= m.start() < next_end):
            continue  # another office ("Finance Minister", "Vice President"); a bare "Minister" only right after
        name = m.group("n")
        if NOT_NAME.search(name) or PLACE_FULL.fullmatch(name):
            continue
        country = country_in(f"{text[max(0, m.start() - 40): m.start()]} {m.group('t')}") or PEOPLE.get(name) or None
        if country not in (None, code):
            continue  # "Italian Foreign Minister Luigi Di Maio": the office of another country
        if m.start() >= mem.upto and country is None:
            where = country_mentions(_sentence_at(text, m.start(), m.end()))
            if where and code not in where:
                continue  # "Foreign Minister Dmytro Kuleba said Kyiv would not yield": another country's, most likely
        found.setdefault(name.split()[-1], (name, m.group("t")) if m.start() >= mem.upto else ("", ""))
    if len(found) != 1:
        return None
    name, title = next(iter(found.values()))
    return mem.person(name, code, title) if name else None
