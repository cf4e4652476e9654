"""The Gregorian calendar (proleptic, years 1-9999, as :mod:`datetime`)."""
from __future__ import annotations

import calendar as _cal
import datetime as dt

from waqai.dates.calendars import Calendar, register


@register
class Gregorian(Calendar):
    label = "gregorian"
    months = 12

    def month_length(self, year: int, month: int) -> int | None:
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return None
        return _cal.monthrange(year, month)[1]

    def to_gregorian(self, year: int, month: int, day: int) -> dt.date | None:
        return dt.date(year, month, day)

    def from_gregorian(self, day: dt.date) -> tuple[int, int, int] | None:
        return day.year, day.month, day.day
