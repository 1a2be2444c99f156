"""The year a figure is about: "the 2020 war" belongs to 2020, not to the article's event."""
from __future__ import annotations

import regex as re

_YEAR = re.compile(r"(?<![\d-])(?P<y>1[89]\d\d|20\d\d)(?![\d-])")
_SPAN_END = re.compile(r"\s*(?:to|and|through|until|[-–])\s*(?:1[89]\d\d|20\d\d)\b")


# A comma that ends a clause; not the thousands separator inside "168,000".
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3})")


def event_year(sent: str, fig_start: int, prev_year: int | None, published_year: int | None) -> int | None:
    """The year the figure is about: a year named in the figure's own clause (before it, or right after it), else an
    earlier year named before it in the sentence, else 'then'. "quakes that hit Manokwari in 2002, as well as the
    tsunami that killed 168,000 people ... in 2004": the toll is 2004's."""
    best = None
    same = None  # a year in the figure's clause: no clause comma between it and the figure
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
            if not _CLAUSE_COMMA.search(sent, m.end(), fig_start):
                same = y
        elif not _CLAUSE_COMMA.search(sent, fig_start, m.start()) and m.start() - fig_start < 100 and same is None:
            same = y
    best = same if same is not None else best
    if best is None and prev_year and re.search(r"(?i)\b(?:then|at the time|that war|during that)\b", sent):
        best = prev_year
    return best if best is not None else published_year


def sentence_year(sent: str, published_year: int | None) -> int | None:
    if "20" not in sent and "19" not in sent and "18" not in sent:  # every _YEAR match holds one of these
        return None
    ys = [int(m.group("y")) for m in _YEAR.finditer(sent)]
    ys = [y for y in ys if not published_year or y < published_year]
    return ys[-1] if ys else None
