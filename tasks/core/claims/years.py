"""The year a figure is about: "the 2020 war" belongs to 2020, not to the article's event."""
from __future__ import annotations

import regex as re

_YEAR = re.compile(r"(?<![\d-])(?P<y>1[89]\d\d|20\d\d)(?![\d-])")
_SPAN_END = re.compile(r"\s*(?:to|and|through|until|[-–])\s*(?:1[89]\d\d|20\d\d)\b")


def event_year(sent: str, fig_start: int, prev_year: int | None, published_year: int | None) -> int | None:
    """The year the figure is about: an earlier year named before it (or right after, same clause), else 'then'."""
    best = None
    for m in _YEAR.finditer(sent):
        y = int(m.group("y"))
        if published_year and y >= published_year:
            continue
        if re.search(r"(?i)\b(?:since|until|before|after)\s+$", sent[max(0, m.start() - 8): m.start()]):
            continue
        if _SPAN_END.match(sent, m.end()):
            continue  # "from 1999 to 2021", "between 2010 and 2015": a span counts to its last year
        if m.start() < fig_start:
            best = y
        elif "," not in sent[fig_start: m.start()] and m.start() - fig_start < 100 and best is None:
            best = y
    if best is None and prev_year and re.search(r"(?i)\b(?:then|at the time|that war|during that)\b", sent):
        best = prev_year
    return best if best is not None else published_year


def sentence_year(sent: str, published_year: int | None) -> int | None:
    if "20" not in sent and "19" not in sent and "18" not in sent:  # every _YEAR match holds one of these
        return None
    ys = [int(m.group("y")) for m in _YEAR.finditer(sent)]
    ys = [y for y in ys if not published_year or y < published_year]
    return ys[-1] if ys else None
