"""Month-naming systems, one YAML file each under ``waqai/data/months/``, loaded once.

A file gives the system's ``calendar`` label, a ``priority`` (the lowest wins when one form is
listed by several systems, e.g. أكتوبر in both the Egyptian and the Maghrebi files), its twelve
months as number -> surface forms, and two lists of forms that need context:

- ``weak``: also an ordinary word or name (مارس "exerted", رمضان a first name); counts as a month
  with a day, a year, "شهر", a pairing ("آذار/مارس"), a direction word, a part-of-month word or
  an epithet ("رمضان الكريم").
- ``ambiguous``: counts only with a day, a year, "شهر" or a pairing ("الصيف الماضي" is "last
  summer", not "last June").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from waqai.data import DATA_DIR, DataError, load_yaml, surface_index

MONTHS_DIR = "months"
STRENGTHS = ("strong", "weak", "ambiguous")


@dataclass(frozen=True)
class MonthSystem:
    name: str
    calendar: str
    priority: int
    months: dict  # month number -> tuple of surface forms
    strength: dict  # normalised form -> 'weak' | 'ambiguous' (absent: strong)


@dataclass(frozen=True)
class MonthName:
    """What a normalised month form means once all systems are merged."""

    number: int
    calendar: str
    system: str
    strength: str  # one of STRENGTHS


def _load_system(relpath: str) -> MonthSystem:
    raw = load_yaml(relpath)
    months = {int(k): tuple(v) for k, v in raw["months"].items()}
    if sorted(months) != list(range(1, 13)):
        raise DataError(f"{relpath}: months must be numbered 1..12, got {sorted(months)}")
    index = surface_index(months, relpath)
    strength = {}
    for level in ("weak", "ambiguous"):
        for form in raw.get(level) or []:
            key = next(iter(surface_index({0: [form]}, relpath)))
            if key not in index:
                raise DataError(f"{relpath}: {level} form {form!r} is not a month form")
            strength[key] = level
    return MonthSystem(raw["system"], raw["calendar"], int(raw["priority"]), months, strength)


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
                merged[form] = MonthName(number, system.calendar, system.name, level)
                continue
            first = merged[form]
            if first.number != number:
                raise DataError(f"month form {form!r} is month {first.number} in {first.system} "
                                f"and {number} in {system.name}")
            if STRENGTHS.index(level) > STRENGTHS.index(first.strength):
                merged[form] = MonthName(first.number, first.calendar, first.system, level)
    return merged
