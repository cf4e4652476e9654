"""Eras of written years, from ``waqai/data/dates/eras.yaml``: which calendar a year counts in
and the offset that makes it a year of that calendar ("1369 و.ر" is 2001 Gregorian)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from waqai.data import DataError, load_yaml, surface_index
from waqai.dates.calendars import Calendar, calendar

ERAS_FILE = "dates/eras.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _EraData(_Strict):
    calendar: str
    offset: int
    suffixes: list[str] = Field(min_length=1)


class _ShortYears(_Strict):
    below: int
    numeric: str


class _ErasData(_Strict):
    default: str
    short_years: _ShortYears
    eras: dict[str, _EraData]


@dataclass(frozen=True)
class Era:
    name: str
    calendar: Calendar
    offset: int

    def year(self, written: int) -> int:
        return written + self.offset


@dataclass(frozen=True)
class Eras:
    by_name: dict  # era name -> Era
    suffixes: dict  # normalised suffix form -> era name
    default: Era  # a year with no suffix and nothing else to go by
    short_below: int  # a year below this may be of a short-year era
    numeric: Era  # the era of a short year on a numeric date

    def get(self, name: str, where: str) -> Era:
        if name not in self.by_name:
            raise DataError(f"{where}: unknown era {name!r} (eras: {', '.join(self.by_name)})")
        return self.by_name[name]


@lru_cache(maxsize=None)
def eras() -> Eras:
    try:
        data = _ErasData.model_validate(load_yaml(ERAS_FILE))
    except ValidationError as exc:
        raise DataError(f"{ERAS_FILE}: {exc}") from exc
    by_name = {name: Era(name, calendar(e.calendar, f"{ERAS_FILE}: era {name}"), e.offset)
               for name, e in data.eras.items()}
    suffixes = surface_index({name: e.suffixes for name, e in data.eras.items()}, ERAS_FILE)
    table = Eras(by_name, suffixes, by_name.get(data.default), data.short_years.below,
                 by_name.get(data.short_years.numeric))
    table.get(data.default, f"{ERAS_FILE}: default")
    table.get(data.short_years.numeric, f"{ERAS_FILE}: short_years.numeric")
    return table
