"""Candidate dates and months around a publication date, and how a mode
(a direction word or the sentence's tense) picks one.

Modes, for a day: ``past`` (on/before publication), ``future`` (on/after), ``current`` (in the
publication month), None (nearest). For a month, also ``before``/``after`` (a whole month
strictly before/after the publication day, as "الماضي"/"المقبل" mean for a month name).

A mode that comes from the sentence's tense (not from a direction word) is a guess: when it
would put a date written without its year more than :data:`TENSE_REACH_DAYS` away, the nearest
candidate is taken instead (a reporting verb in the past often governs a coming date).
"""
from __future__ import annotations

import datetime as dt

from waqai.dates.calendars import Calendar, Range


def week_range(day: dt.date) -> Range:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _distance(r: Range, pub: dt.date) -> int:
    if r[0] <= pub <= r[1]:
        return 0
    return min(abs((r[0] - pub).days), abs((r[1] - pub).days))


def pick(candidates: list[Range], pub: dt.date, mode: str | None) -> Range | None:
    """The candidate range a mode selects (candidates in chronological order)."""
    if not candidates:
        return None
    if mode == "past":
        options = [r for r in candidates if r[0] <= pub]
        return options[-1] if options else None
    if mode == "future":
        options = [r for r in candidates if r[1] >= pub]
        return options[0] if options else None
    if mode == "before":
        options = [r for r in candidates if r[1] < pub]
        return options[-1] if options else None
    if mode == "after":
        options = [r for r in candidates if r[0] > pub]
        return options[0] if options else None
    if mode == "current":
        options = [r for r in candidates if r[0] <= pub <= r[1]]
        if options:
            return options[0]
    return min(candidates, key=lambda r: (_distance(r, pub), r[0] > pub))


TENSE_REACH_DAYS = 300


def pick_by_tense(candidates: list[Range], pub: dt.date, tense: str | None) -> Range | None:
    """:func:`pick` with a tense guess, falling back to the nearest candidate when far."""
    chosen = pick(candidates, pub, tense)
    if chosen is None or _distance(chosen, pub) > TENSE_REACH_DAYS:
        return pick(candidates, pub, None)
    return chosen


def candidate_days(cal: Calendar, month: int, day: int, pub: dt.date) -> list[Range]:
    """The day ``day`` of ``month`` in the calendar years around ``pub``."""
    year = cal.year_of(pub)
    if year is None:
        return []
    days = (cal.day(y, month, day) for y in (year - 1, year, year + 1))
    return [(d, d) for d in days if d is not None]


def candidate_months(cal: Calendar, month: int, pub: dt.date) -> list[Range]:
    year = cal.year_of(pub)
    if year is None:
        return []
    ranges = (cal.month_range(y, month) for y in (year - 1, year, year + 1))
    return [r for r in ranges if r is not None]


def weekday_date(weekday: int, pub: dt.date, mode: str | None) -> dt.date:
    """The date of a weekday named around ``pub``.

    ``before``/``after`` (الماضي/المقبل) exclude the publication day itself; otherwise a weekday
    equal to the publication's is that day, then ``past``/``future``/None (nearest) decide.
    """
    back = (pub.weekday() - weekday) % 7 or (7 if mode == "before" else 0)
    ahead = (weekday - pub.weekday()) % 7 or (7 if mode == "after" else 0)
    if mode in ("before", "past"):
        return pub - dt.timedelta(days=back)
    if mode in ("after", "future") or back == 0 and ahead == 0:
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back) if back <= ahead else pub + dt.timedelta(days=ahead)
