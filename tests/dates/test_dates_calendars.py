"""Calendars behind one protocol: the registry, data that names an unknown calendar, a toy
calendar added through the protocol alone, and the grammar's rule -> handler check."""
from __future__ import annotations

import datetime as dt
import shutil
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import waqai.data
from waqai.data import DataError
from waqai.dates import calendars
from waqai.dates.calendars import Calendar, calendar, register
from waqai.dates.grammar import RULES, check_handlers

TOY_MONTHS = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
              "juliett", "kilo", "lima", "mike"]


class Thirteen(Calendar):
    """A toy: 13 months of 28 days from 1 January; the 13th also takes the year's last days."""

    label = "thirteen"
    months = 13

    def month_length(self, year, month):
        if not 1 <= year <= 9998:
            return None
        return 28 if month < 13 else (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days - 336

    def to_gregorian(self, year, month, day):
        return dt.date(year, 1, 1) + dt.timedelta(days=(month - 1) * 28 + day - 1)

    def from_gregorian(self, day):
        n = day.timetuple().tm_yday - 1
        month = min(n // 28, 12) + 1
        return day.year, month, n - (month - 1) * 28 + 1


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith(("waqai.dates", "waqai.data")):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of waqai/data that a test may add files to, in use until the test ends."""
    copy = tmp_path / "data"
    shutil.copytree(waqai.data.DATA_DIR, copy)
    monkeypatch.setattr(waqai.data, "DATA_DIR", copy)
    monkeypatch.setattr("waqai.dates.months.DATA_DIR", copy)
    _clear_caches()
    yield copy
    calendars.unregister(Thirteen.label)
    monkeypatch.undo()
    _clear_caches()


def _months_file(label: str, forms: list[str]) -> str:
    months = "\n".join(f"  {k}: [{form}]" for k, form in enumerate(forms, 1))
    return (f"system: toy\ncalendar: {label}\nlabel: toy\npriority: 9\nweak: []\n"
            f"ambiguous: []\nmonths:\n{months}\n")


@pytest.mark.parametrize("text, expression, expected", [
    ("وصل الوفد في 3 kilo 2021 إلى العاصمة", "3 kilo 2021",
     (dt.date(2021, 10, 10), dt.date(2021, 10, 10))),
    ("عقدت القمة خلال شهر mike 2020 في جنيف", "شهر mike 2020",
     (dt.date(2020, 12, 2), dt.date(2020, 12, 31))),
    ("انتهت المهلة في 29 mike 2021", "29 mike 2021",
     (dt.date(2021, 12, 31), dt.date(2021, 12, 31))),
    ("اجتمع الطرفان في 29 alfa 2021", "29 alfa 2021", None),  # alfa has 28 days
])
def test_a_toy_calendar_added_through_the_protocol_resolves_dates(data_dir, text, expression,
                                                                    expected):
    from waqai.dates import find_timexes

    register(Thirteen)
    (data_dir / "months" / "toy.yaml").write_text(_months_file("thirteen", TOY_MONTHS))
    got = [(t.value_start, t.value_end) for t in find_timexes(text, dt.date(2022, 1, 5))
           if t.text == expression and t.value_start is not None]
    assert got == ([] if expected is None else [expected])
    if expected is not None:
        assert next(t for t in find_timexes(text, None) if t.text == expression).calendar == "toy"


@pytest.mark.parametrize("path, content, named", [
    ("months/julian.yaml", _months_file("julian", TOY_MONTHS[:12]), "months/julian.yaml"),
    ("months/toy.yaml", _months_file("thirteen", TOY_MONTHS[:12]), "months/toy.yaml"),
])
def test_a_month_system_naming_an_unknown_calendar_fails_at_load(data_dir, path, content,
                                                                   named):
    from waqai.dates.months import month_systems

    (data_dir / path).write_text(content)
    with pytest.raises(DataError, match=named):
        month_systems()


def test_an_era_naming_an_unknown_calendar_fails_at_load(data_dir):
    from waqai.dates.eras import eras

    path = data_dir / "dates" / "eras.yaml"
    path.write_text(path.read_text().replace("calendar: hijri", "calendar: hijra"))
    with pytest.raises(DataError, match=r"dates/eras.yaml: era hijri: unknown calendar 'hijra'"):
        eras()


@pytest.mark.parametrize("spoil", [
    lambda t: t.replace("offset: 632", "offset: 632\n    start: 1"),  # an unknown key
    lambda t: t.replace("default: gregorian", "default: coptic"),  # an era that is not there
    lambda t: t.replace("  numeric: hijri", "  numeric: [hijri]"),
])
def test_eras_schema_rejects_malformed_data(data_dir, spoil):
    from waqai.dates.eras import eras

    path = data_dir / "dates" / "eras.yaml"
    path.write_text(spoil(path.read_text()))
    with pytest.raises(DataError, match="dates/eras.yaml"):
        eras()


def test_a_short_year_era_must_be_an_era(data_dir):
    from waqai.dates.months import month_systems

    path = data_dir / "months" / "libyan.yaml"
    path.write_text(path.read_text().replace("short_year_era: libyan", "short_year_era: lybian"))
    with pytest.raises(DataError, match="months/libyan.yaml: short_year_era: unknown era"):
        month_systems()


@pytest.mark.parametrize("label", ["gregorian", "hijri"])
@given(day=st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2075, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_every_shipped_calendar_converts_both_ways(label, day):
    cal = calendar(label)
    year, month, mday = cal.from_gregorian(day)
    assert cal.day(year, month, mday) == day
    first, last = cal.month_range(year, month)
    assert first <= day <= last and (last - first).days + 1 == cal.month_length(year, month)
    assert cal.year_range(year)[0] <= day <= cal.year_range(year)[1]


@pytest.mark.parametrize("label, date, expected", [
    ("gregorian", (2021, 2, 29), None),
    ("gregorian", (2020, 2, 29), dt.date(2020, 2, 29)),
    ("gregorian", (2020, 13, 1), None),
    ("hijri", (1440, 9, 1), dt.date(2019, 5, 6)),
    ("hijri", (1200, 1, 1), None),  # outside the Umm al-Qura table
])
def test_calendar_days_are_none_when_there_is_no_such_date(label, date, expected):
    assert calendar(label).day(*date) == expected


@pytest.mark.parametrize("label, start, k, expected", [
    ("gregorian", (2021, 11), 3, (2022, 2)),
    ("gregorian", (2021, 1), -1, (2020, 12)),
    ("hijri", (1442, 12), 1, (1443, 1)),
])
def test_month_shifts_wrap_at_the_calendars_year(label, start, k, expected):
    assert calendar(label).shift_month(*start, k) == expected


def test_an_unknown_label_names_where_it_was_used():
    with pytest.raises(DataError, match=r"somewhere.yaml: unknown calendar 'julian'"):
        calendar("julian", "somewhere.yaml")


def test_every_rule_has_a_handler_and_a_missing_one_fails():
    from waqai.dates.finder import HANDLERS

    assert set(HANDLERS) == {name for name, _ in RULES}
    with pytest.raises(RuntimeError, match="weekday"):
        check_handlers({k: v for k, v in HANDLERS.items() if k != "weekday"})
    with pytest.raises(RuntimeError, match="fortnight"):
        check_handlers({**HANDLERS, "fortnight": HANDLERS["week"]})
