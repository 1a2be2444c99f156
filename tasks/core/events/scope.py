"""What a figure counts and which incident it belongs to, read from its sentence and neighbours.

An article's event is coarser than its figures': a live page or a backgrounder names several
incidents ("the Jabalia strike killed 195 ... the overall toll passed 9,000"). For every figure
of an Extraction this module reads, from the figure's clause (and the sentences before it when
its own clause names nothing):

- kind: `count` (a figure that can dispute another), or why it cannot: `breakdown` (a part of a
  total: "including one dual citizen", "20 of them Copts"), `projection` ("could die"), `rate`
  ("the daily rise", "a year"), `not_people` (a population, a crowd that came to an event filed as
  a casualty count);
- places: the places and targets that narrow it ("in Jabalia", "at Al-Shifa Hospital", "its
  installations", "across the West Bank"); whether a place narrows the figure or just names the
  story's own ground ("in Gaza" in a Gaza story) is decided against the article's event
  (sql/views/figure_facts.sql);
- running: running-toll or cumulative wording ("the death toll rose to", "so far", "since Oct. 7")
  or a calendar date: such figures count the story's own quantity, so they link across reports
  that share no names;
- period: a month ("in September") or a past year or century ("the 2009 crash", "the 14th
  century", "last year") that puts the figure outside the story's own time;
- year: the year the figure is about, when the text says it (else the extractor's event_year).

Pure: reads the claims extractor's output (tasks/core/claims/model.py), never changes it.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex as re

from ..claims.figure_words import count_qualifier_pattern
from .places import is_country

SCOPE_VERSION = "scope-4"
CASUALTY_MEASURES = frozenset({"killed", "wounded", "casualties", "displaced", "detained", "missing"})
NEIGHBOURS = 2  # sentences before a figure read for its place when its own clause names none

_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_ORDINAL_CENTURY = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}


@dataclass(frozen=True)
class FigureScope:
    figure_index: int
    kind: str  # count | breakdown | projection | rate | not_people
    places: tuple[str, ...]  # normalised places/targets in the figure's clause, most specific first
    context_places: tuple[str, ...]  # named places in the sentences just before (for elliptic figures)
    running: bool
    period: str | None  # "month:9", "year:2009", "century:14", "past"
    anchor: str | None  # a day or week relative to publication: yesterday, today, monday, last week, this week
    quantity: str | None  # what within the measure is counted, where the words split it: hostages | prisoners | bodies moved
    year: int | None  # the year the figure is about when the text says so
    reason: str  # what decided kind/period/places, for audits


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern]:
    data = tomllib.loads((Path(__file__).with_name("scope_words.toml")).read_text(encoding="utf-8"))

    def alternation(words: list[str], edge: str = r"\b") -> str:
        return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"

    return {
        "breakdown_before": re.compile(r"(?i)\b" + alternation(data["breakdown_before"])
                                       + rf"\s+(?:(?:{count_qualifier_pattern()}|an?|the)\s+)*$"),
        "breakdown_after": re.compile(r"(?i)^\s*(?:\p{L}+\s+)?" + alternation(data["breakdown_after"]) + r"\b"),
        "running": re.compile(r"(?i)\b" + alternation(data["running"]) + r"\b"),
        "population": re.compile(r"(?i)(?:\b" + alternation(data["population"]) + r"\b)"),
        "attendance": re.compile(r"(?i)\b" + alternation(data["attendance"]) + r"\b"),
        "casualty": re.compile(r"(?i)\b" + alternation(data["casualty"])),
        "projection": re.compile(r"(?i)\b" + alternation(data["projection"]) + r"\b"),
        "rate": re.compile(r"(?i)\b" + alternation(data["rate"]) + r"\b"),
        "historical": re.compile(r"(?i)\b" + alternation(data["historical"]) + r"\b"),
        "facility": re.compile(r"(?i)\b" + alternation(data["facilities"]) + r"\b"),
        "place": re.compile(
            r"\b(?:" + "|".join(data["locative"]) + r"|" + "|".join(w.capitalize() for w in data["locative"])
            + r")\s+(?:the\s+)?(?:(?:wider|greater|northern|southern|eastern|western|central|occupied|nearby)\s+)?"
            r"(?P<p>\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-|de\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3}"
            r"(?:\s+(?:refugee\s+)?(?:" + "|".join(data["facilities"]) + r"))?)"),
        "named_facility": re.compile(
            r"(?P<p>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:refugee\s+)?(?:"
            + "|".join(data["facilities"]) + r"))\b"),
        "target": re.compile(r"(?i)\b(?:at|on|in|near|of|inside|outside|hit|struck|bombed|shelled)\s+"
                             r"(?:(?:its|their|the|an?|\d+)\s+)?(?:\p{Ll}+\s+)?(?P<p>" + "|".join(data["facilities"]) + r")\b"),
        "counting": re.compile(r"(?i)\b(?P<p>" + "|".join(data["counting_scope"]) + r")\b"),
        "own_time": re.compile(r"(?i)\b(?:" + "|".join(data["own_time"]) + r")\b"),
    }


_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_ANCHOR = re.compile(r"(?i)\b(?P<a>yesterday|today|tonight|last night|last week|this week|last weekend|this weekend"
                     r"|(?:on\s+|last\s+|this\s+)(?:" + "|".join(_DAYS) + r"))\b")


def quantity(measure: str, text: str) -> str | None:
    """What within the measure a clause counts, where one measure holds different quantities:
    people held by an armed group (hostages) and people held by authorities (prisoners, arrests);
    bodies recovered and bodies moved ashore."""
    for name, pattern in _quantities().get(measure, {}).items():
        if re.search(r"(?i)\b(?:" + "|".join(pattern) + r")", text):
            return name
    return None


@lru_cache(maxsize=1)
def _quantities() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads((Path(__file__).with_name("scope_words.toml")).read_text(encoding="utf-8"))["quantities"]


def anchor(text: str) -> str | None:
    """The day or week the clause dates its count to, relative to publication ("on Monday",
    "yesterday", "last week"); resolved against published_at in sql/views/figure_facts.sql."""
    m = _ANCHOR.search(text)
    if not m:
        return None
    a = " ".join(m.group("a").casefold().split())
    a = {"tonight": "today", "last night": "yesterday", "last weekend": "last week", "this weekend": "this week"}.get(a, a)
    return a.split()[-1] if a.split()[-1] in _DAYS else a


_STRONG_BREAK = re.compile(r"\s[–—-]\s|;|:\s|\(|\)")
# A year as a year: after a word that introduces one ("in 2015", "the 2009 crash", "between 2010 and
# 2015"), so that "1400 civilians" or "2000 people" are no years.
_YEAR = re.compile(r"(?i)\b(?:in|since|of|the|during|from|between|until|by|and|to|early|late|mid|year|fall|spring|summer|winter)\s+"
                   r"(?P<y>18\d\d|19\d\d|20\d\d)(?![\d-])")
_CENTURY = re.compile(r"(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_CENTURY) + r"))[\s-]+century\b")
_MONTH = re.compile(r"(?i)\b(?:in|during|for|throughout)\s+(" + "|".join(_MONTHS) + r")\b(?!\s+\d)")


def clause(text: str, start: int, end: int) -> tuple[str, str]:
    """(before, after): the words of the figure's clause on each side of its number, cut at
    dashes, semicolons, colons and brackets (commas stay: "bombs fell on X, killing 45")."""
    cut = 0
    for m in _STRONG_BREAK.finditer(text, 0, start):
        cut = m.end()
    after_end = len(text)
    m = _STRONG_BREAK.search(text, end)
    if m:
        after_end = m.start()
    after = text[end:after_end]
    comma = after.find(",")
    return text[cut:start], after if comma < 0 else after[:comma]


def _norm_place(p: str) -> str:
    p = re.sub(r"(?i)^(?:the|wider|greater)\s+", "", p.strip())
    return re.sub(r"[’']s?\b", "", p).casefold().strip()


def _counting(text: str) -> str | None:
    """What the count covers when the text says: the world, a nation, a state ("Globally there are
    97,000 deaths", "the state's death toll")."""
    m = _words()["counting"].search(text)
    if not m:
        return None
    word = m.group("p").casefold()
    for scope, words in _counting_scopes().items():
        if any(re.fullmatch(w, word) for w in words):
            return scope
    return None


@lru_cache(maxsize=1)
def _counting_scopes() -> dict[str, list[str]]:
    return tomllib.loads((Path(__file__).with_name("scope_words.toml")).read_text(encoding="utf-8"))["counting_scopes"]


_DATE = re.compile(r"(?i)\b(?P<d>(?:" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2})(?:st|nd|rd|th)?\b"
                   r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + "|".join(_MONTHS) + r")\b")


_INCIDENT = re.compile(r"(?i)^\W*(?:\p{L}+\s+){0,2}?(?:attack|strike|air ?strike|raid|bombing|blast|explosion|shelling"
                       r"|assault|shooting|crash|ambush)s?\b")


def _dates(text: str) -> list[str]:
    """Incident days named in the text, as "nov 6": a date right before an incident noun ("a
    November 6 attack") or opening the sentence ("But on October 7, ..."). Other dates (a
    dateline, "a hike in fuel prices on 15 November") say when something else happened."""
    out = []
    for m in _DATE.finditer(text):
        # a date before an incident noun, or a sentence-opening time ("But on October 7, ...")
        if not (_INCIDENT.match(text[m.end():m.end() + 40]) or re.fullmatch(r"(?i)\W*(?:\p{L}+\s+)?(?:on|in)\s+", text[:m.start()])):
            continue
        if m.group("d"):
            month, day = m.group("d").replace(".", " ").split()[0], m.group("d").split()[-1]
        else:
            month, day = m.group("m2"), m.group("d2")
        out.append(f"{month[:3].casefold()} {int(day)}")
    return out


def _places(text: str, targets: bool = True) -> list[str]:
    """Places named in the text (after a locative word, or a named facility) and, with `targets`,
    facilities hit ("its installations", "at a school"). Countries, calendar words and adjectives
    ("the Israeli side", "Indonesian authorities") are no places here."""
    w = _words()
    found: list[str] = []
    for pat in ("named_facility", "place"):
        for m in w[pat].finditer(text):
            p = _norm_place(m.group("p"))
            if " " not in p and re.match(r"\s+\p{Ll}", text[m.end():m.end() + 3]) and pat == "place":
                continue  # "on the Israeli side", "in South Korean capital": an adjective, not a place
            if (len(p) < 3 or p in found or any(p in f for f in found) or is_country(p)
                    or p.split()[0] in _not_places()):
                continue
            found.append(p)
    if targets:
        for m in w["target"].finditer(text):
            p = m.group("p").casefold()
            p = p[:-1] if p.endswith("s") and not p.endswith("ss") else p
            if p not in found and not any(p in f for f in found):
                found.append(p)
    return found


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    """Calendar words and title words that follow a locative without naming a place."""
    import calendar

    words = {w.casefold() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                     *calendar.day_abbr) if w}
    return frozenset(words | {"sept", "mr", "mrs", "ms", "dr", "pm", "am", "us", "uk", "un"})


def _period(before: str, after: str, year: int | None) -> tuple[str | None, int | None]:
    """A past year, a century or a month named next to the figure: (period, year). The nearest
    one wins ("34 deaths in September compared to four in August": four is August's)."""
    text = before + " " + after
    c = _CENTURY.search(text)
    if c:
        n = int(c.group(1)) if c.group(1) else _ORDINAL_CENTURY[c.group(2).casefold()]
        return f"century:{n}", (n - 1) * 100
    since = {int(m.group(1)) for m in re.finditer(r"(?i)\bsince\s+(\d{4})", text)}
    near = _nearest([(m.start(), int(m.group("y"))) for m in _YEAR.finditer(before) if int(m.group("y")) not in since],
                    [(m.start(), int(m.group("y"))) for m in _YEAR.finditer(after) if int(m.group("y")) not in since],
                    len(before))
    if near is not None and year is not None and near < year:
        return f"year:{near}", near
    month = _nearest([(m.start(), m.group(1)) for m in _MONTH.finditer(before)],
                     [(m.start(), m.group(1)) for m in _MONTH.finditer(after)], len(before))
    if month:
        return f"month:{_MONTHS.index(month.casefold()) + 1}", None
    if _words()["historical"].search(text):
        return "past", None
    return None, None


def _nearest(before: list[tuple[int, object]], after: list[tuple[int, object]], width: int):
    """The value found closest to the figure: the last one before it or the first one after it."""
    options = [(width - before[-1][0], before[-1][1])] if before else []
    if after:
        options.append((after[0][0] + 1, after[0][1]))
    return min(options, key=lambda o: o[0])[1] if options else None


def figure_scopes(ex) -> list[FigureScope]:
    """One FigureScope per figure of the Extraction `ex` (sentences with texts, figures with spans)."""
    w = _words()
    sentences = {s.index: s for s in ex.sentences}
    out = []
    for f in ex.figures:
        s = sentences.get(f.sentence_index)
        if s is None:
            continue
        start, end = max(0, f.start - s.start), max(0, f.end - s.start)
        before, after = clause(s.text, start, end)
        around = before + " " + after
        reasons = []
        kind = "count"
        if w["breakdown_before"].search(before[-60:]) or w["breakdown_after"].search(after):
            kind, reasons = "breakdown", ["part of a total"]
        elif w["projection"].search(around):
            kind, reasons = "projection", ["could happen, not did"]
        elif w["rate"].search(around):
            kind, reasons = "rate", ["a count per period"]
        elif f.measure in CASUALTY_MEASURES and (
                w["population"].search(around) or w["attendance"].search(before[-40:] + " " + after[:30])
                or (re.search(r"[—–(-]\s*$", s.text[:start]) and w["population"].search(s.text[:start]))):
            kind, reasons = "not_people", ["a population or an attendance"]
        elif f.measure in ("killed", "wounded", "casualties") and not w["casualty"].search(s.text):
            kind, reasons = "not_people", ["no casualty word in the sentence"]
        running = bool(w["running"].search(around)) or bool(re.search(
            r"(?i)\b(?:" + "|".join(_MONTHS) + r"|" + "|".join(_MONTH_ABBR) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:"
            + "|".join(_MONTHS) + r")\b", around))
        period, year = _period(before, after, f.event_year)
        if period == "past" or (period is None and re.search(r"(?i)\b(?:then|that (?:crash|war|attack|disaster))\b", around)):
            for k in range(f.sentence_index - 1, f.sentence_index - 1 - NEIGHBOURS, -1):
                prev = sentences.get(k)
                if prev is not None and prev.section == s.section:
                    p_period, p_year = _period(prev.text, "", f.event_year)
                    if p_period and p_period != "past":
                        period, year = p_period, p_year
                        break
        places = _places(around)
        counting = _counting(around)
        if counting:
            places.insert(0, counting)
        context: list[str] = []
        if not running and not places and not w["own_time"].search(around):
            # "The Health Ministry in Gaza said at least 195 people were killed." after a sentence
            # about strikes at Jabalia: when the figure's own places are only the story's own
            # ground, it belongs to the incident its neighbours name (decided in figure_facts).
            for k in range(f.sentence_index - 1, f.sentence_index - 1 - NEIGHBOURS, -1):
                prev = sentences.get(k)
                if prev is None or prev.section != s.section:
                    break
                context = _places(prev.text, targets=False) + _dates(prev.text)
                if context:
                    break
        if period:
            reasons.append(f"period {period}")
        if running:
            reasons.append("running or dated")
        # a running count has no day of its own ("18 soldiers since ground operations expanded on Friday")
        out.append(FigureScope(f.index, kind, tuple(places), tuple(context), running, period,
                               None if running else anchor(around),
                               quantity(f.measure, before + s.text[start:end] + after), year,
                               "; ".join(reasons)))
    return out


def scope_rows(article_id: str, ex, figure_id) -> list[dict]:
    """Rows of the figure_scopes table for one article's extraction; `figure_id(article_id, index)`
    names figures as claim_figures does."""
    return [
        {"figure_id": figure_id(article_id, s.figure_index), "article_id": article_id, "kind": s.kind,
         "places": list(s.places), "context_places": list(s.context_places), "running": s.running,
         "period": s.period, "anchor": s.anchor, "quantity": s.quantity, "year": s.year, "reason": s.reason, "scope_version": SCOPE_VERSION}
        for s in figure_scopes(ex)
    ]
