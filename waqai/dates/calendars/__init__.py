"""Calendars: the arithmetic behind month and year numbers, one class per calendar.

A calendar is a :class:`Calendar` subclass in a module of this package, registered under the
label the data uses (``calendar:`` in ``waqai/data/months/*.yaml`` and ``waqai/data/dates/
eras.yaml``) with :func:`register`. It gives four facts -- how many months a year has, how long
a month is, and the conversion of a day to and from the Gregorian calendar -- and inherits the
rest (month and year ranges, month shifts). Every method returns None rather than raising when
a date is invalid or out of range, so a malformed date in a text never stops a run.

:func:`calendar` looks a label up; every module of the package is imported on first use, so a
new calendar is one new module here (see docs/extending.md, "Adding a calendar").
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from abc import ABC, abstractmethod
from typing import ClassVar

from waqai.data import DataError

Range = tuple[dt.date, dt.date]
FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}  # a granularity's rank, finer first


class Calendar(ABC):
    """A calendar's arithmetic; a date is ``(year, month, day)`` with months numbered from 1."""

    label: ClassVar[str]  # the registry key, as the data files write it
    months: ClassVar[int]  # months in a year
    # days an observed date may lie from the arithmetic's (months begun by a local sighting):
    # a weekday named with the date then settles it
    sighting_days: ClassVar[int] = 0

    @abstractmethod
    def month_length(self, year: int, month: int) -> int | None:
        """Days in a month (None outside the calendar's range)."""

    @abstractmethod
    def to_gregorian(self, year: int, month: int, day: int) -> dt.date | None:
        """The Gregorian day of a valid date of this calendar."""

    @abstractmethod
    def from_gregorian(self, day: dt.date) -> tuple[int, int, int] | None:
        """``(year, month, day)`` of a Gregorian day in this calendar."""

    def day(self, year: int, month: int, day: int) -> dt.date | None:
        """A date of this calendar as a Gregorian day; None when there is no such date."""
        if not 1 <= month <= self.months:
            return None
        length = self.month_length(year, month)
        if length is None or not 1 <= day <= length:
            return None
        return self.to_gregorian(year, month, day)

    def month_range(self, year: int, month: int) -> Range | None:
        """First and last Gregorian day of a month."""
        length = self.month_length(year, month) if 1 <= month <= self.months else None
        if length is None:
            return None
        first, last = self.to_gregorian(year, month, 1), self.to_gregorian(year, month, length)
        return None if first is None or last is None else (first, last)

    def span(self, year: int, first: int, last: int) -> Range | None:
        """First Gregorian day of month ``first`` to last of month ``last`` of one year."""
        a, b = self.month_range(year, first), self.month_range(year, last)
        return None if a is None or b is None else (a[0], b[1])

    def year_range(self, year: int) -> Range | None:
        return self.span(year, 1, self.months)

    def year_of(self, day: dt.date) -> int | None:
        date = self.from_gregorian(day)
        return None if date is None else date[0]

    def shift_month(self, year: int, month: int, k: int) -> tuple[int, int]:
        """The month ``k`` months after (before, when negative) ``year``/``month``."""
        n = year * self.months + month - 1 + k
        return n // self.months, n % self.months + 1


_REGISTRY: dict[str, type[Calendar]] = {}
_INSTANCES: dict[str, Calendar] = {}


def register(cls: type[Calendar]) -> type[Calendar]:
    """Class decorator: make ``cls`` the calendar of its ``label``."""
    known = _REGISTRY.get(cls.label)
    if known is not None and known is not cls:
        raise ValueError(f"calendar {cls.label!r} is registered twice: {known} and {cls}")
    _REGISTRY[cls.label] = cls
    return cls


def unregister(label: str) -> None:
    _REGISTRY.pop(label, None)
    _INSTANCES.pop(label, None)


def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def calendar(label: str, where: str = "") -> Calendar:
    """The calendar registered as ``label``; an unknown label is a :class:`DataError` naming
    ``where`` (the data file and entry that used it)."""
    if label not in _INSTANCES:
        if label not in _REGISTRY:
            _discover()
        if label not in _REGISTRY:
            raise DataError(f"{where}: unknown calendar {label!r} "
                            f"(registered: {', '.join(sorted(_REGISTRY))})")
        _INSTANCES[label] = _REGISTRY[label]()
    return _INSTANCES[label]


__all__ = ["FINENESS", "Calendar", "Range", "calendar", "register", "unregister"]
