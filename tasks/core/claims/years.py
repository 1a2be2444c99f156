"""The year a figure is about: "the 2020 war" belongs to 2020, not to the article's event."""
from __future__ import annotations

from datetime import date

import regex as re

from .numbers import parse_value
from .place_words import place_nouns
from .source_words import non_agents, umbrella_events
from .calendar_words import MONTH_ABBRS, MONTHS, MONTHS_BUT_MAY, WEEKDAYS, season_ends
from .patterns import WEEKDAY, lower_words

# compiled once, not looked up in the pattern cache on every call
# (also with the month or day before the year: "since April 2023", "since May 10, 2024": a span's start as well)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|until|before|after)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
                           r"\s+(?:of\s+)?)?(?:(?-i:" + "|".join(MONTHS) + r")\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$")
_SINCE = re.compile(r"(?i)\bsince\b")
_CLAUSE_END = re.compile(r"[.;,:!?]")
_THEN = re.compile(r"(?i)\b(?:then|at the time|that war|during that)\b")
# a sentence that tells the outcome of what the sentence before dated ("Or take the 2011 intervention in Libya. The
# result was ... civil war, with thousands dead"; "the 2012 Benghazi crisis ... Four Americans died as a result of the
# attacks"), unless it gives a time of its own (years._NOW)
_RESULT = re.compile(r"(?i)\b(?:as a (?:direct )?result|the result|in (?:the|its) aftermath)\b")
# "... gravely wounded five years ago this week in a shooting at a supermarket in Tucson. More than a dozen others also
# were shot.": a count of "others" goes on with the people the sentence before counted, at its time
# (the sentence opens with that count: not "AN EARTHQUAKE killed six children and left 14 others trapped", a new event)
_OTHERS = re.compile(r"(?i)(?:[\w-]+\s+){1,4}?others\b")

_YEAR = re.compile(r"(?<![\d-])(?P<y>1[89]\d\d|20\d\d)(?![\d-])")
_SPAN_END = re.compile(r"\s*(?:to|and|through|until|[-–])\s*(?:1[89]\d\d|20\d\d)\b")


# A year named relative to the article's date: "Last year, a quake killed ...", "Last whole year, only 58 dengue deaths
# were reported", "two years ago"; not "the last year" or
# "the past year" (a span that ends now) and not "a year earlier" (relative to another time the text names).
# Any count of years back, in figures or words ("10 years ago", "twenty years ago"), and "N years since" the event a
# date marks ("April 24 marked 101 years since the start of the Armenian genocide, when ... killed 1.5 million"); not
# "the past two years since" (a span up to now), "100 years since its founding" (a body's age, not an event) nor
# "N years after" (counted from another event, not from the article).
_RELATIVE = re.compile(r"(?i)\b(?:(?<!\bthe\s)(?<!\bthe\s\s)last\s+(?:whole\s+|entire\s+|full\s+)?year|"
                       r"(?<!\b(?:the|past|last|first|next|for|in)\s)(?P<n>an?|\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?\s+"
                       r"(?:ago|since\s+the))\b")
# "the 75th anniversary of the bombing of Hiroshima, which killed 140,000": the event is that many years before the story
# (not "its 50th anniversary of operation": a body's age)
_ANNIVERSARY = re.compile(r"(?i)(?<!\b(?:its|their|his|her|our)\s)\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b")
# a relative clause on a place noun: "a region that was devastated by ...", "the province, which was hit in ...", or
# its reduced form "in a region devastated by the quake-triggered tsunami of 2004", "an area hit hard by ... in 2010"
_PLACE_CLAUSE = re.compile(r"(?i)\b(?P<n>[a-z]+)\s*,?\s+(?:that|which|where|(?:(?:already|also|once|badly|worst|hardest|"
                           r"largely)\s+)?(?:[a-z]+ed|hit|struck|stricken|shaken|torn|swept)(?:\s+hard)?\s+(?:by|in)\b)")
# "the quake", "the storm": the event the sentence before named (non_agents.tsv), unless the sentence gives its own time
_NOW = re.compile(r"(?i)\b(?:today|yesterday|tonight|this\s+(?:week|month|year|morning|afternoon|evening)|"
                  rf"(?:on|late|early)\s+{WEEKDAY}|latest|new)\b")
# (or "that <event>", "this <event>": "... the 2009 crash of Flight 447. That crash killed all 228 on board")
_THE_NOUN = re.compile(r"(?i)\b(?:the|that|this)\s+(?:[\w.-]+\s+){0,2}?(?P<n>[a-z]+)\b")


# A month named with no year of its own, as a past time ("in September", "an October landslide", "on March 17", "last
# October"): in a story published before that month of the year, it is last year's month. "May" only after "in"/"last"
# (not the verb); no month of a sentence that looks ahead ("is scheduled for November", "will vote in October") unless
# "last" names it.
_LONE_MONTH = re.compile(r"\b(?:(?i:in|on|last|during|an?|the)\s+(?:(?:early|late|mid)[- ])?)(?P<m>"
                         + "|".join(MONTHS_BUT_MAY) + r"|(?<=(?i:in|last)\s)May)\b"
                         r"(?!\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[89]\d\d|20\d\d)\b)(?!\s*,?\s*(?:1[89]\d\d|20\d\d)\b)")
# "last summer" (season_ends.tsv): the season before the article's date, last year's when the story comes out before
# that season's end ("three people were fatally shot last summer" in a January story); not "the last summer" (a span)
_LAST_SEASON = re.compile(r"(?i)(?<!\bthe\s)\blast\s+(?P<s>" + "|".join(sorted(season_ends())) + r")\b")
_ANY_MONTH = re.compile("|".join(MONTHS))  # a quick test before _years reads a sentence for months
_AHEAD = re.compile(r"(?i)\b(?:will|would|shall|scheduled|planned|plans? to|expected|due|upcoming|next|coming|set to)\b")


def _years(sent: str, published_year: int | None, published_month: int | None = None, fig_start: int | None = None):
    """(start, end, year) of every year the sentence names: written out, or relative to the article's year (and to
    its month: "in September" in a January story). `fig_start`: where the figure the year is read for begins."""
    out = [(m.start("y"), m.end("y"), int(m.group("y"))) for m in _YEAR.finditer(sent)]
    if published_year and ("year" in sent or "Year" in sent):
        for m in _RELATIVE.finditer(sent):
            n = m.group("n")
            back = 1 if n is None or n.lower() in ("a", "an") else parse_value(n)
            if back and back == int(back) and 0 < back < published_year:  # "many years ago", "years since": no count
                out.append((m.start(), m.end(), published_year - int(back)))
    if published_year and "anniversary" in sent:
        out += [(m.start(), m.end(), published_year - int(m.group("n"))) for m in _ANNIVERSARY.finditer(sent)
                if 0 < int(m.group("n")) < published_year]
    if published_year and published_month and published_month < 12:
        ahead = _AHEAD.search(sent) is not None
        for m in _LONE_MONTH.finditer(sent):
            if ahead and m.group(0)[:4].lower() != "last":
                continue  # a month to come; but "last November" is past in any sentence ("the state of emergency,
                # imposed after militants killed 130 people in Paris last November, would be extended")
            # "Since fighting began in July, hundreds have fled": a count up to now, the article's year
            # but "Since the assaults that killed 130 in Paris last November, ...": a count inside the clause "since"
            # opens is of the event it dates
            since = _SINCE.search(sent, 0, m.start())
            if MONTHS.index(m.group("m")) + 1 > published_month and \
                    (since is None or fig_start is not None and since.end() <= fig_start < m.start()):
                out.append((m.start("m"), m.end("m"), published_year - 1))
    if published_year and published_month and "last " in sent:
        for m in _LAST_SEASON.finditer(sent):
            if published_month <= season_ends()[m.group("s").lower()]:
                out.append((m.start(), m.end(), published_year - 1))
    return sorted(out)


# A comma that ends a clause; not the thousands separator inside "168,000".
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3})")


# a place set off by commas inside the clause: "Another 19 died, also in Yiliang, in an October landslide"
_PLACE_INSERT = re.compile(r",\s+(?:also\s+|mostly\s+|all\s+)?(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},")
# a place's state or country set off by commas after it: "killed 14 people in San Bernardino, California, in December",
# "in Paris, France, in 2015" (the year is still the killing's)
_PLACE_APPOSITION = re.compile(r"(?<=\p{Lu}[\p{L}.'’-]*),\s+\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2},")


def _clause_cut(sent: str, a: int, b: int) -> bool:
    """A clause comma between a and b; not the comma of a breakdown ("killing four people, including a judge, in 2005":
    the year is the killing's), nor the commas around a place ("19 died, also in Yiliang, in an October landslide") or
    around a place's state or country ("in San Bernardino, California, in December")."""
    inserts = [(m.start(), m.end() - 1) for rx in (_PLACE_INSERT, _PLACE_APPOSITION) for m in rx.finditer(sent, a, b)]
    return any(not sent.startswith("including", m.end() + 1) and m.start() not in {i for pair in inserts for i in pair}
               for m in _CLAUSE_COMMA.finditer(sent, a, b))


def _on_place(sent: str, a: int, b: int) -> bool:
    """A relative clause on a place noun opens between a and b: the year after it dates the place's past."""
    return any(m.group("n").lower() in place_nouns() for m in _PLACE_CLAUSE.finditer(sent, a, b))


def event_nouns(sent: str) -> frozenset[str]:
    """The event nouns (non_agents.tsv) a sentence names: 'quake' in "an 8.6-magnitude quake struck ..."."""
    table = non_agents()
    return frozenset(w for w in lower_words(sent) if w in table)


def _names_event(sent: str, events: frozenset[str]) -> bool:
    """The sentence names "the <event>" the sentence before dated, and no time of its own ("Five people died in the
    quake" after "In April last year an 8.6-magnitude quake struck ..."), or names it by what it did ("the disaster",
    umbrella_events.tsv)."""
    if _NOW.search(sent):
        return False
    # "the disaster" in a sentence that tells an event of its own kind ("AN EARTHQUAKE killed six ..., bringing the
    # toll from the disaster to 11") is that event, not the one the sentence before dated
    umbrella = bool(events) and not (event_nouns(sent) - umbrella_events())
    return any((n := m.group("n").lower()) in events or umbrella and n in umbrella_events()
               for m in _THE_NOUN.finditer(sent))


def event_year(sent: str, fig_start: int, prev_year: int | None, published_year: int | None,
               prev_event: frozenset[str] = frozenset(), published_month: int | None = None,
               fig_end: int | None = None) -> int | None:
    """The year the figure is about: a year named in the figure's own clause (before it, or right after it), else an
    earlier year named before it in the sentence, else 'then' or "the <event>" the sentence before dated (`prev_event`:
    its event nouns, with `prev_year`). "quakes that hit Manokwari in 2002, as well as the
    tsunami that killed 168,000 people ... in 2004": the toll is 2004's."""
    best = None
    same = None  # a year in the figure's clause: no clause comma between it and the figure
    for start, end, y in _years(sent, published_year, published_month, fig_start):
        if published_year and y >= published_year:
            continue
        if _SINCE_BEFORE.search(sent[max(0, start - 30): start]):
            continue
        if start > fig_start and _SINCE.search(sent[fig_start:start]):
            continue  # "4,634 deaths since the virus was first detected ... late last year": a count up to now
        if start < fig_start and _CLAUSE_COMMA.search(sent, end, fig_start) and \
                _SINCE.search(_CLAUSE_END.split(sent[max(0, start - 80): start])[-1]):
            continue  # "Since the outbreak began in March 2022, a total of 825 ... have lost their lives": the same
            # count up to now, its main clause after the "since" clause's (not "Since the 2015 attack that killed 130")
        if _SPAN_END.match(sent, end):
            continue  # "from 1999 to 2021", "between 2010 and 2015": a span counts to its last year
        if start < fig_start:
            best = y
            if not _CLAUSE_COMMA.search(sent, end, fig_start):
                same = y
        elif not _clause_cut(sent, fig_start, start) and start - max(fig_start, fig_end or 0) < 100 and same is None and \
                not _on_place(sent, fig_start, start):
            same = y
    best = same if same is not None else best
    if best is None and prev_year and (_THEN.search(sent) or
                                       (_RESULT.search(sent) or fig_start == 0 and _OTHERS.match(sent)) and not _NOW.search(sent) or
                                       prev_event and _names_event(sent, prev_event)):
        best = prev_year
    return best if best is not None else published_year


# "the three deaths", "those 228 victims": a count told again with a definite word, of the people an earlier figure counted
_TOLD_AGAIN = re.compile(r"(?i)\b(?:the|those|these)\s+$")


def told_again(sent: str, amount_start: int) -> bool:
    """The figure's amount follows a definite word ("the three deaths of detained children ..."): it counts again the
    people a figure before it counted ("the deaths of at least three children ... during the 2018 flu season"), so it
    is of that figure's year when its own sentence names none."""
    return _TOLD_AGAIN.search(sent, max(0, amount_start - 8), amount_start) is not None


def sentence_year(sent: str, published_year: int | None, published_month: int | None = None) -> int | None:
    if "20" not in sent and "19" not in sent and "18" not in sent and "year" not in sent and "Year" not in sent and \
            "anniversary" not in sent and not (published_month and (_ANY_MONTH.search(sent) or "last " in sent)):
        return None  # every _YEAR, _RELATIVE and _ANNIVERSARY match holds one of these, every _LONE_MONTH match a month's name, every
    # _LAST_SEASON match "last "
    # not a year that opens a span up to now ("the conflict that has been ravaging Sudan since April 2023"): the next
    # sentence's "over 29,683 lives have been lost in the conflict" is a toll to the story's day, not of 2023
    ys = [y for start, _, y in _years(sent, published_year, published_month)
          if not _SINCE_BEFORE.search(sent[max(0, start - 30): start])]
    ys = [y for y in ys if not published_year or y < published_year]
    return ys[-1] if ys else None


# A sentence about a trial or a verdict: the harm it counts was done before, at the crime ("a guilty verdict ... for the
# murder of Zurana Horton and the injury of two others", told in 2013 of a 2011 shooting)
_COURT = re.compile(r"(?i)\b(?:verdicts?|convicted|convictions?|guilty|acquitted|acquittal|trials?|jur(?:y|ors)|sentenced|"
                    r"sentencing|testified|prosecutors?)\b")


def court_year(sent: str, text: str, published_year: int | None) -> int | None:
    """The year of the crime a trial sentence with no year of its own counts the harm of: the first past year the story
    names ("In October 2011, Lopez ... were arrested"), or None (no court words, a year in the sentence, none in the
    story). An undated story's first year is taken as past: a trial story names the crime's year, rarely its own
    ("... the man who killed four people ... was sentenced Saturday" / "... in the March 2005 rampage")."""
    if not _COURT.search(sent) or _years(sent, published_year):
        return None
    for m in _YEAR.finditer(text):
        y = int(m.group("y"))
        if (not published_year or y < published_year) and not _SINCE_BEFORE.search(text[max(0, m.start() - 30): m.start()]) \
                and not _SPAN_END.match(text, m.end()) and \
                not _SINCE.search(_CLAUSE_END.split(text[max(0, m.start() - 80): m.start()])[-1]):
            return y  # (not a "since" clause's year, which opens a span up to now: "since the drug war began in 2006")
    return None


# A full date ("December 13 2008", "Dec. 13, 2008", "13 December 2008"): the day the lead tells of, so its year is the
# story's when the text carries no date of its own
_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
           r"Sep(?:tember|t?\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_FULL_DATE = re.compile(rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+{_MONTHS}\s+)(?P<y>1[89]\d\d|20\d\d)\b")
# words that tell of another, earlier event than the one just told ("similar deadly quakes that hit the town in 2002",
# "a repeat of the 2004 tsunami")
_OTHER_EVENT = re.compile(r"(?i)\b(?:similar|previous|earlier|another|memor(?:y|ies)|recall\w*|reminiscent|since|worst|"
                          r"deadliest|repeat|anniversary|ago)\b")


def lead_date_year(lead: str) -> int | None:
    """The year of a full date the lead (the first body sentence) gives, for a text with no date of its own: "Fresh
    riots were reported in Greece on Saturday December 13 2008 ..." is a story of 2008."""
    m = _FULL_DATE.search(lead) if "19" in lead or "20" in lead else None
    return int(m.group("y")) if m else None


# A full date with its day of the week ("on Tuesday, December 9, 2008", "Sunday, February 1, 2009", "Friday 3 May 2013")
_WEEKDAY_DATE = re.compile(rf"\b(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?(?:(?P<m>{_MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+|"
                           rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS}),?\s+)(?P<y>1[89]\d\d|20\d\d)\b")


def weekday_date_year(sentences: list[str]) -> int | None:
    """The year of an undated story that names a day of its own week by its full date: news gives a day's weekday only
    for a day near the story's ("Reid checked herself in on Tuesday, December 9, 2008"), a past day stands without one
    ("the rampage on March 11, 2005"). The weekday must be the date's (a calendar check, so a misread is no date), its
    sentence must tell of no earlier event ("the attacks on Tuesday, September 11, 2001, ... the anniversary"). The
    first such date when several appear (a list of meetings to come runs into next year)."""
    for sent in sentences:
        if not ("19" in sent or "20" in sent) or _OTHER_EVENT.search(sent):
            continue
        for m in _WEEKDAY_DATE.finditer(sent):
            month = MONTH_ABBRS.index((m.group("m") or m.group("m2"))[:3]) + 1  # "Sept.", "September" -> "Sep" -> 9
            try:
                day = date(int(m.group("y")), month, int(m.group("d") or m.group("d2")))
            except ValueError:
                continue
            if WEEKDAYS[day.weekday()] == m.group("wd"):
                return day.year
    return None


def lead_event_year(sentences: list[str]) -> tuple[int, int] | None:
    """(sentence, year) for an undated text whose lead tells of an event and whose next sentence dates it ("A judge
    sentenced the man who killed four people in a courthouse escape ..." / "... the March 2005 rampage that ..."):
    the year of the first sentence among the first three that names one, for the sentence before it, unless it
    names several years or tells of another event."""
    for k, sent in enumerate(sentences[:3]):
        found = _years(sent, None)
        years = {y for _, _, y in found}
        if not years:
            continue
        if k == 0 or len(years) > 1 or _OTHER_EVENT.search(sent) or _on_place(sent, 0, found[0][0]):
            return None  # (a place's past: "... sparking panic in a region devastated by the tsunami of 2004")
        return k - 1, years.pop()
    return None


# A year named in the clause of a day of this week: "He won the 2019 Nobel Peace Prize on Friday", "On Monday the 2024
# budget was passed": an act of the story's own week, so the story's year (a past event recalled this week is another's:
# _OTHER_EVENT). Only a year that names a definite thing ("the 2016 presidential election", "Canada's 2024 budget"):
# not a time ("he would release his information for 2014 on Friday", "influence in 2016 as the field gathers on
# Tuesday"), "a 2013 memo" cited this week (one of that year), nor a tag ("#Trump2016").
_THE_YEAR = r"(?:\b(?:[Tt]he|[Tt]his|its|his|her|their|our)|\p{L}['’]s)\s+"
_WEEK_YEAR = re.compile(rf"{_THE_YEAR}(?P<y>(?:19|20)\d\d)(?![\w-])\s+\p{{L}}[^.;:,]{{0,60}}?\b(?:on|late|early|last)\s+{WEEKDAY}\b|"
                        rf"\b(?:on|late|early|last)\s+{WEEKDAY}\b[^.;:,]{{0,60}}?{_THE_YEAR}(?P<y2>(?:19|20)\d\d)(?![\w-])\s+\p{{L}}")


def week_year(sentences: list[str]) -> int | None:
    """The year of an undated story that one of its sentences names beside a day of this week, if only one such year
    appears and its sentence names no other year and tells of no earlier event."""
    found = set()
    for sent in sentences:
        if not (m := _WEEK_YEAR.search(sent)):
            continue
        if len({y for _, _, y in _years(sent, None)}) > 1 or _OTHER_EVENT.search(sent):
            continue
        found.add(int(m.group("y") or m.group("y2")))
    return found.pop() if len(found) == 1 else None
