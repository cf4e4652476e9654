"""Month-naming systems, one YAML file each under ``waqai/data/months/``, loaded once.

A file gives the system's ``calendar`` (a label of the calendar registry,
:mod:`waqai.dates.calendars`: the arithmetic its month numbers follow), the ``label`` its
timexes carry (levantine, maghrebi, ...), a ``priority`` (the lowest wins when one form is
listed by several systems, e.g. أكتوبر in both the Egyptian and the Maghrebi files), optionally
a ``short_year_era`` (an era of ``dates/eras.yaml`` for years written below its ``below`` with
these months: "22 ناصر 1388" is a Libyan year), its months as number -> surface forms, and two
lists of forms that need context:

- ``weak``: also an ordinary word or name (مارس "exerted", رمضان a first name); counts as a month
  after في/خلال/منذ ("في مارس": no verb follows في) or with a day, a year, "شهر", a pairing
  ("آذار/مارس"), a direction word, a part-of-month word or an epithet ("رمضان الكريم").
- ``ambiguous``: counts only with a day, a year, "شهر" or a pairing ("الصيف الماضي" is "last
  summer", not "last June").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from waqai.data import DATA_DIR, DataError, load_yaml, surface_index
from waqai.dates.calendars import Calendar, calendar
from waqai.dates.eras import Era, eras

MONTHS_DIR = "months"
STRENGTHS = ("strong", "weak", "ambiguous")


class _SystemData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str
    calendar: str
    label: str
    priority: int
    short_year_era: str | None = None
    weak: list[str] = []
    ambiguous: list[str] = []
    months: dict[int, list[str]] = Field(min_length=1)


@dataclass(frozen=True, eq=False)
class MonthSystem:
    name: str
    calendar: Calendar
    label: str  # the calendar label of its timexes
    priority: int
    short_era: Era | None
    months: dict  # month number -> tuple of surface forms
    strength: dict  # normalised form -> 'weak' | 'ambiguous' (absent: strong)


@dataclass(frozen=True)
class MonthName:
    """What a normalised month form means once all systems are merged."""

    number: int
    system: MonthSystem
    strength: str  # one of STRENGTHS

    @property
    def calendar(self) -> Calendar:
        return self.system.calendar

    @property
    def label(self) -> str:
        return self.system.label


def _load_system(relpath: str) -> MonthSystem:
    try:
        raw = _SystemData.model_validate(load_yaml(relpath))
    except ValidationError as exc:
        raise DataError(f"{relpath}: {exc}") from exc
    cal = calendar(raw.calendar, f"{relpath}: calendar")
    months = {k: tuple(v) for k, v in raw.months.items()}
    if sorted(months) != list(range(1, cal.months + 1)):
        raise DataError(f"{relpath}: months must be numbered 1..{cal.months} for calendar "
                        f"{raw.calendar!r}, got {sorted(months)}")
    short = None if raw.short_year_era is None else eras().get(
        raw.short_year_era, f"{relpath}: short_year_era")
    index = surface_index(months, relpath)
    strength = {}
    for level in ("weak", "ambiguous"):
        for form in getattr(raw, level):
            key = next(iter(surface_index({0: [form]}, relpath)))
            if key not in index:
                raise DataError(f"{relpath}: {level} form {form!r} is not a month form")
            strength[key] = level
    return MonthSystem(raw.system, cal, raw.label, raw.priority, short, months, strength)


@lru_cache(maxsize=None)
def month_systems() -> tuple[MonthSystem, ...]:
    """Every month system, in priority order."""
    files = sorted(p.name for p in (DATA_DIR / MONTHS_DIR).glob("*.yaml"))
    systems = [_load_system(f"{MONTHS_DIR}/{name}") for name in files]
    return tuple(sorted(systems, key=lambda s: (s.priority, s.name)))


@lru_cache(maxsize=None)
def month_index() -> dict[str, MonthName]:
    """Normalised form -> month, systems merged; a shared form goes to the lowest priority.

    A form shared by systems must name the same month number in each, and it is only as strong
    as its weakest reading (مارس is weak in every file that lists it).
    """
    merged: dict[str, MonthName] = {}
    for system in month_systems():
        for form, number in surface_index(system.months, system.name).items():
            level = system.strength.get(form, "strong")
            if form not in merged:
                merged[form] = MonthName(number, system, level)
                continue
            first = merged[form]
            if first.number != number:
                raise DataError(f"month form {form!r} is month {first.number} in "
                                f"{first.system.name} and {number} in {system.name}")
            if STRENGTHS.index(level) > STRENGTHS.index(first.strength):
                merged[form] = MonthName(first.number, first.system, level)
    return merged
