"""Counted offsets: "منذ يومين"، "قبل ثلاثة أيام"، "بعد أسبوعين"، "منذ 10 أيام"، "قبل عامين"،
"قبل نحو شهر"، "خلال الأيام الثلاثة المقبلة"، "بعدها بعشرة أيام".

The language is ``waqai/data/dates/counts.yaml`` (number words, units with their singular, dual
and plural forms, the direction words, the window words), validated by :class:`CountsData`.
:func:`find_counts` reads the phrases of a normalised text; :func:`shift` dates one from its
anchor (the finder chooses the anchor: publication, the next date after "من", or the last date
before "بعد" in a past sentence).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from waqai.data import DataError, load_yaml, surface_index
from waqai.dates.calendars import Range
from waqai.dates.eras import eras
from waqai.dates.lexicon import LETTER, trie_regex
from waqai.text.normalise import norm

Forms = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Unit(_Strict):
    """A calendar unit: its length (hours, days, or months), its surface forms, and how many
    units its plural alone counts (none: the plural alone is vague)."""

    hours: float | None = Field(None, gt=0)
    days: int | None = Field(None, ge=1)
    months: int | None = Field(None, ge=1)
    granularity: Literal["day", "month", "year"]
    singular: Forms = Field(min_length=1)
    dual: Forms = Field(min_length=1)
    plural: Forms = Field(min_length=1)
    some: int | None = Field(None, ge=2)

    @model_validator(mode="after")
    def _one_length(self):
        if [self.hours, self.days, self.months].count(None) != 2:
            raise ValueError("a unit has exactly one of hours / days / months")
        return self


class Directions(_Strict):
    before: Forms = Field(min_length=1)
    since: Forms = Field(min_length=1)  # before, for day-granularity units only
    after: Forms = Field(min_length=1)


class CountsData(_Strict):
    numbers: dict[int, Forms]
    units: dict[str, Unit]
    directions: Directions
    about: Forms = Field(min_length=1)
    about_after: Forms = Field(min_length=1)
    of: Forms = Field(min_length=1)
    referent_suffixes: Forms = Field(min_length=1)
    referent_words: Forms = Field(min_length=1)
    by: Forms = Field(min_length=1)
    windows: Forms = Field(min_length=1)
    last: Forms = Field(min_length=1)


DAY = Unit(days=1, granularity="day", singular=["-"], dual=["-"], plural=["-"])


@dataclass(frozen=True)
class Count:
    """One counted phrase of a normalised text (offsets in that text)."""

    start: int
    end: int
    sign: int  # -1 before the anchor, +1 after it
    n: int
    unit: Unit
    window: bool  # a run of n units next to the anchor, not one point n units away
    of: bool  # followed by "من"/"على": counted from a date that follows
    referred: bool  # "بعدها بعشرة أيام": counted from the last date told before it
    stop: int  # end of the whole phrase ("تقريبا"، "من" included)


@lru_cache(maxsize=None)
def counts_data() -> CountsData:
    try:
        data = CountsData.model_validate(load_yaml("dates/counts.yaml"))
    except ValidationError as exc:
        raise DataError(f"dates/counts.yaml: {exc}") from exc
    forms = {f"{name}.{kind}": getattr(u, kind) for name, u in data.units.items()
             for kind in ("singular", "dual", "plural")}
    surface_index(forms, "dates/counts.yaml")  # a form under two units is an error
    surface_index(data.numbers, "dates/counts.yaml")
    return data


def _key(form: str) -> str:
    return " ".join(norm(form).split())


@dataclass(frozen=True)
class _Tables:
    pattern: re.Pattern
    numbers: dict  # normalised number word -> value
    units: dict  # normalised unit form -> (unit, 'singular' | 'dual' | 'plural')
    signs: dict  # normalised direction word (before/after, or an adjective) -> -1 / +1
    since: frozenset  # direction words that take day-granularity units only


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    data = counts_data()
    numbers = {_key(f): n for n, forms in data.numbers.items() for f in forms}
    units = {_key(f): (u, kind) for u in data.units.values()
             for kind in ("singular", "dual", "plural") for f in getattr(u, kind)}
    signs = {_key(f): -1 for f in data.directions.before + data.directions.since}
    signs |= {_key(f): 1 for f in data.directions.after}
    since = frozenset(_key(f) for f in data.directions.since)
    adjectives = {f: {"past": -1, "future": 1}[role] for f, role in
                  surface_index(load_yaml("dates/directions.yaml"), "directions.yaml").items()
                  if role in ("past", "future")}
    adjectives |= {_key(f): -1 for f in data.last}
    one, two, many = (trie_regex(f for f, (_, k) in units.items() if k == kind)
                      for kind in ("singular", "dual", "plural"))
    some = trie_regex(f for f, (u, k) in units.items() if k == "plural" and u.some)
    number = rf"(?:\d+|{trie_regex(numbers)})"
    end = rf"(?!{LETTER})"
    about = rf"(?:{trie_regex(_key(f) for f in data.about)})\s+"
    about_after = rf"(?:{trie_regex(_key(f) for f in data.about_after)})"
    of = rf"(?:{trie_regex(_key(f) for f in data.of)})"
    referent = (rf"(?P<ref>(?:{trie_regex(_key(f) for f in data.referent_suffixes)}){end}|\s+"
                rf"(?:{trie_regex(_key(f) for f in data.referent_words)}){end})?")
    by = rf"(?(ref)(?:{trie_regex(_key(f) for f in data.by)})\s*)"
    offset = (rf"(?P<dir>{trie_regex(signs)}){referent}\s+{by}(?:{about})?(?:(?P<num>{number})\s+"
              rf"(?P<unit>{many}|{one}){end}|(?P<dual>{two}){end}|"
              rf"(?P<one>{one}){end}(?!\s+\d)|(?P<some>{some}){end})"
              rf"(?:\s+{about_after}{end})?(?P<of>\s+{of}{end})?")
    window = (rf"(?:(?:{trie_regex(_key(f) for f in data.windows)})\s+)?ال(?:(?P<wunit>{many})"
              rf"\s+ال(?P<wnum>{trie_regex(numbers)})|(?P<wdual>{two}))\s+"
              rf"(?P<wdir>{trie_regex(adjectives)}){end}")
    starts = {f[0] for f in signs} | {_key(f)[0] for f in data.windows} | set("وفا")
    first = "".join(sorted(re.escape(c) for c in starts))  # a cheap filter before the regex
    pattern = re.compile(rf"(?=[{first}])(?<!{LETTER})[وف]?(?:{offset}|{window})")
    return _Tables(pattern, numbers, units, signs | adjectives, since)


def find_counts(text: str) -> list[Count]:
    """Every counted phrase of the normalised ``text``, in order."""
    tb = _tables()
    out = []
    for m in tb.pattern.finditer(text):
        if m.group("dir"):
            start, window, sign = m.start("dir"), False, tb.signs[m.group("dir")]
            if m.group("num"):
                raw = m.group("num")
                n = int(raw) if raw.isdigit() else tb.numbers[raw]
                unit = tb.units[_key(m.group("unit"))][0]
                last = "unit"
            else:
                last = next(g for g in ("dual", "one", "some") if m.group(g))
                unit = tb.units[_key(m.group(last))][0]
                n = {"dual": 2, "one": 1, "some": unit.some}[last]
            end, of, referred = m.end(last), bool(m.group("of")), bool(m.group("ref"))
        else:
            start, window, of, referred = m.start(), True, False, False
            sign = tb.signs[_key(m.group("wdir"))]
            if m.group("wdual"):
                unit, n = tb.units[_key(m.group("wdual"))][0], 2
            else:
                unit, n = tb.units[_key(m.group("wunit"))][0], tb.numbers[m.group("wnum")]
            end = m.end()
        if n > 0 and not (m.group("dir") in tb.since and unit.granularity != "day"):
            out.append(Count(start, end, sign, n, unit, window, of, referred, m.end()))
    return out


def _moved(anchor: dt.date, unit: Unit, k: int) -> dt.date | None:
    """``anchor`` moved by ``k`` units (by months: the first day of the month reached)."""
    try:
        if unit.hours is not None:  # the nearest whole number of days
            return anchor + dt.timedelta(days=round(k * unit.hours / 24))
        if unit.days is not None:
            return anchor + dt.timedelta(days=k * unit.days)
        cal = eras().default.calendar
        date = cal.from_gregorian(anchor)
        if date is None:
            return None
        year, month = cal.shift_month(date[0], date[1], k * unit.months)
        return cal.day(year, month, 1)
    except (OverflowError, ValueError):
        return None


def _period(day: dt.date, granularity: str) -> Range | None:
    """The day, month or year (of the default era's calendar) around ``day``."""
    if granularity == "day":
        return day, day
    cal = eras().default.calendar
    date = cal.from_gregorian(day)
    if date is None:
        return None
    return cal.month_range(*date[:2]) if granularity == "month" else cal.year_range(date[0])


def shift(count: Count, anchor: dt.date) -> Range | None:
    """The dated range of ``count`` counted from ``anchor``: the point ``n`` units away, or for a
    window the ``n`` whole units between the anchor and that point (the anchor's own excluded)."""
    far = _moved(anchor, count.unit, count.sign * count.n)
    if far is None:
        return None
    if not count.window:
        return _period(far, count.unit.granularity)
    near = _moved(anchor, count.unit, count.sign) if count.unit.months else _moved(
        anchor, DAY, count.sign)
    if near is None:
        return None
    a, b = sorted((_period(near, count.unit.granularity), _period(far, count.unit.granularity)))
    return a[0], b[1]
