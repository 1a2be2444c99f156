"""The days of the week and the months as news English writes them."""
from __future__ import annotations

import calendar

# The standard library's names (English under the C locale, which nothing here changes). "May" is also a name and a
# modal verb, so the lists of words that open or make no name leave it out (MONTHS_BUT_MAY).
WEEKDAYS = tuple(calendar.day_name)
MONTHS = tuple(calendar.month_name[1:])
MONTHS_BUT_MAY = tuple(m for m in MONTHS if m != "May")
