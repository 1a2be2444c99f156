"""The days of the week, the months and the seasons as news English writes them."""
from __future__ import annotations

import calendar
from functools import lru_cache

from .data_files import read_rows

# The standard library's names (English under the C locale, which nothing here changes). "May" is also a name and a
# modal verb, so the lists of words that open or make no name leave it out (MONTHS_BUT_MAY).
WEEKDAYS = tuple(calendar.day_name)
MONTHS = tuple(calendar.month_name[1:])
MONTHS_BUT_MAY = tuple(m for m in MONTHS if m != "May")
MONTH_ABBRS = tuple(calendar.month_abbr[1:])  # "Jan" ... "Dec"


@lru_cache(maxsize=None)
def season_ends() -> dict[str, int]:
    """Season name -> the number of the month it ends in (data/season_ends.tsv): "summer" -> 8."""
    return {season: int(month) for season, month in read_rows("season_ends.tsv")}
