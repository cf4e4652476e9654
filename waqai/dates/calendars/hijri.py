"""The Hijri calendar through ``hijridate`` (Umm al-Qura, years 1343-1500 AH)."""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri as _Hijri

from waqai.dates.calendars import Calendar, register

_ERRORS = (ValueError, OverflowError)


@register
class Hijri(Calendar):
    label = "hijri"
    months = 12
    sighting_days = 2

    def month_length(self, year: int, month: int) -> int | None:
        try:
            return _Hijri(year, month, 1).month_length()
        except _ERRORS:
            return None

    def to_gregorian(self, year: int, month: int, day: int) -> dt.date | None:
        try:
            g = _Hijri(year, month, day).to_gregorian()
        except _ERRORS:
            return None
        return dt.date(g.year, g.month, g.day)

    def from_gregorian(self, day: dt.date) -> tuple[int, int, int] | None:
        try:
            h = Gregorian(day.year, day.month, day.day).to_hijri()
        except _ERRORS:
            return None
        return h.year, h.month, h.day
