"""Hijri <-> Gregorian conversion through ``hijridate`` (Umm al-Qura, years 1343-1500 AH).

Every function returns None instead of raising when a date is invalid or out of the table's
range, so a malformed date in a text never stops a run.
"""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

_ERRORS = (ValueError, OverflowError)


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except _ERRORS:
        return None
    return dt.date(g.year, g.month, g.day)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        first = Hijri(year, month, 1)
        start = first.to_gregorian()
        length = first.month_length()
    except _ERRORS:
        return None
    start = dt.date(start.year, start.month, start.day)
    return start, start + dt.timedelta(days=length - 1)


def year_range(year: int) -> tuple[dt.date, dt.date] | None:
    first, last = month_range(year, 1), month_range(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def from_gregorian(day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) of the Hijri date of a Gregorian day."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except _ERRORS:
        return None
    return h.year, h.month, h.day
