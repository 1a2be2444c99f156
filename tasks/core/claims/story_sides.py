"""The sides a story names, read across the whole story: a state's forces at work in another country.

"US troops have opened fire on protesters ... in the town of Falluja": the story names the US six times, every time as
its troops, convoy, paratroops or officers, and names no American place; it is an Iraqi story, whose hospital official
and dead are Iraqi. A country the opening names mostly by its armed side and never as a place is such a foreign side:
the story's focus (context.story_mentions) and its place (subjects.where_country) leave those mentions out. A state's
forces in its own country's story ("Nigerian troops ... in Borno") are not touched: the story places something there.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .data_files import read_word_list
from .gazetteer import DEMONYMS
from .inflections import noun_set
from .patterns import alt, last_runs, may_hold

# "US 82nd Airborne Division": an ordinal or unit number may come between the nation and the noun
_SIDE_NOUNS = noun_set(read_word_list('armed_side_nouns.tsv'))
_SIDE = re.compile(rf"(?<![\p{{L}}-])(?P<n>{alt(DEMONYMS)})\s+(?:\d+(?:st|nd|rd|th)?\s+)?"
                   rf"(?i:{alt(sorted(_SIDE_NOUNS))})(?![\p{{L}}-])")
# a _SIDE match ends with one of these words: a text with none is left unscanned (the demonyms are tried at every word)
_SIDE_RUNS = last_runs(_SIDE_NOUNS)
# a side named mostly so: at least this share of its mentions
_SHARE = 2 / 3


def side_mentions(text: str, lede: int = 0, names: dict[str, str] | None = None) -> Counter[str]:
    """How often each country is named by its armed side at work in `text` ("US troops", "Israeli warplanes"), the first
    `lede` characters counting twice as in context.country_mentions; `names`: only names of that table (a place table
    counts "US troops" but not "Israeli troops")."""
    counts: Counter[str] = Counter()
    for m in (_SIDE.finditer(text) if may_hold(_SIDE_RUNS, text) else ()):
        n = m.group("n")
        if names is not None and n not in names:
            continue
        counts[DEMONYMS[n]] += 2 if m.start() < lede else 1
    return counts


def foreign_sides(mentions: Counter[str], sides: Counter[str], placed: set[str]) -> frozenset[str]:
    """The countries of `mentions` (a story's weighted mentions) named mostly as an armed side (`sides`), at least
    twice so, and never as a place (`placed`: the countries the story puts something in), while another country is
    named too."""
    out = set()
    for code, n in sides.items():
        if n >= 2 and code not in placed and n >= _SHARE * mentions.get(code, 0) and \
                any(c != code and c != "EU" and k > 0 for c, k in mentions.items()):
            out.add(code)
    return frozenset(out)


@lru_cache(maxsize=8)
def _mentions(head: str, lede: int) -> Counter[str]:
    from .context import country_mentions  # context reads this module; import late
    return country_mentions(head, lede=lede)


@lru_cache(maxsize=8)
def story_foreign_sides(head: str, lede: int) -> frozenset[str]:
    """foreign_sides of a story's opening `head` (its first 6,000 characters, the first paragraph `lede` long)."""
    sides = side_mentions(head, lede)
    if not sides:
        return frozenset()
    return foreign_sides(_mentions(head, lede), sides, placed_countries(head))


def one_side_story(title: str, head: str, lede: int) -> str | None:
    """The one country a story's title and opening name, when any other is named at most a third as often: a story of one
    state at home ("the military said its troops killed at least 23 alleged militants" in North Waziristan), not of
    two sides ("Israel said it killed dozens of militants" beside Gaza's dead)."""
    counts = _mentions(head, lede) + Counter({c: 3 * n for c, n in _mentions(title, 0).items()})  # as focus_of weighs
    counts = Counter({c: n for c, n in counts.items() if c != "EU" and n > 0})
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or len(top) == 2 and 3 * top[1][1] > top[0][1]:
        return None
    return top[0][0]


def placed_countries(text: str) -> set[str]:
    """The countries `text` puts something in: its cities and regions named as places, and countries after a
    locative word ("in Iraq", "across northern Syria")."""
    from .places import place_hits  # places reads the gazetteer this module builds on; import late
    from .subjects import LOCATIONS, LOCATIVE
    return {h[2] for h in place_hits(text)} | {LOCATIONS[m.group("p")] for m in LOCATIVE.finditer(text)}


@lru_cache(maxsize=1)
def _counted_pattern() -> tuple:
    from .numbers import WORDNUM  # the number words a count is written in
    from .patterns import DEMONYM
    nouns = alt(sorted(read_word_list("described_people_nouns.tsv")))
    num = rf"(?P<n>\d{{1,4}}|(?i:{WORDNUM}))"
    # "The two Syrian men", "the three Pakistani nationals"
    before = re.compile(rf"\b[Tt]he\s+{num}\s+(?P<d>{DEMONYM})\s+(?:{nouns})\b")
    # "The five men - identified as Egyptians", "the two suspects, both Tunisians,"
    after = re.compile(rf"\b[Tt]he\s+{num}\s+(?:{nouns})\s*(?:[-–—,(]\s*)?(?:(?:all|both)\s+)?(?:identified\s+as\s+|"
                       rf"described\s+as\s+|(?=(?:all|both)\s))?(?:(?:all|both)\s+)?(?P<d>{DEMONYM})s?(?![\p{{L}}-])")
    return before, after


def counted_nationals(text: str) -> dict[float, str]:
    """The nationality a story gives a group it counts, by the group's number: "The two Syrian men" gives 2 -> SY, so
    "Greek police arrested two suspected people smugglers" (whose sentence names no nation, and whose story is set in
    Greece among migrants of many lands) counts Syrians. A number the story gives two nationalities is left out, and
    so is one person (a lone "one Turkish man" is too common to tie to a count)."""
    from .numbers import parse_value
    found: dict[float, set[str]] = {}
    for rx in _counted_pattern():
        for m in rx.finditer(text):
            value = parse_value(m.group("n"))
            if value is not None and value >= 2 and (code := DEMONYMS.get(m.group("d"))) and code != "EU":
                found.setdefault(value, set()).add(code)
    return {v: next(iter(c)) for v, c in found.items() if len(c) == 1}
