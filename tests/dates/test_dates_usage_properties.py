"""Property tests of the issue-10 forms: counted offsets and following periods dated from the
date before them, day ranges with weekdays and connectors of several words, and any mix of the
new words is safe."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waqai.dates import find_timexes
from waqai.dates.counts import counts_data
from waqai.dates.months import month_systems
from waqai.data import load_yaml

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EGYPTIAN = next(s for s in month_systems() if s.name == "egyptian")
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
RANGE_WORDS = load_yaml("dates/connectors.yaml")["range"]
COUNTS = counts_data()
DATES = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2080, 12, 31))


def dated(text: str, published: dt.date):
    return [t for t in find_timexes(text, published) if t.value_start is not None]


def egyptian(date: dt.date) -> str:
    return f"{date.day} {EGYPTIAN.months[date.month][0]} {date.year}"


def months_later(date: dt.date, k: int) -> tuple[int, int]:
    n = date.year * 12 + date.month - 1 + k
    return n // 12, n % 12 + 1


def month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


@st.composite
def later_counts(draw):
    """(phrase, unit, n): "بعد ..." with a number word or digits, any unit."""
    name, unit = draw(st.sampled_from(sorted(COUNTS.units.items())))
    n = draw(st.integers(1, 9))
    if n == 1:
        count = draw(st.sampled_from(unit.singular))
    elif n == 2:
        count = draw(st.sampled_from(unit.dual))
    else:
        count = f"{draw(st.sampled_from([str(n)] + COUNTS.numbers.get(n, [])))} {unit.plural[0]}"
    return f"بعد {count}", unit, n


def expected_from(anchor: dt.date, unit, n: int) -> tuple[dt.date, dt.date]:
    """The value of "بعد n units" counted from ``anchor``, from the unit's length."""
    if unit.hours is not None:  # the nearest whole number of days
        d = anchor + dt.timedelta(days=round(n * unit.hours / 24))
        return d, d
    if unit.days is not None:
        d = anchor + dt.timedelta(days=n * unit.days)
        return d, d
    y, m = months_later(anchor, n * unit.months)
    return (dt.date(y, 1, 1), dt.date(y, 12, 31)) if unit.granularity == "year" else month_span(y, m)


@given(DATES, later_counts())
@SETTINGS
def test_later_counts_in_a_past_sentence_are_counted_from_the_date_before(anchor, drawn):
    phrase, unit, n = drawn
    published = anchor + dt.timedelta(days=4000)
    text = f"زار الوزير العاصمة في {egyptian(anchor)} ثم عاد إليها {phrase}."
    found = dated(text, published)
    assert [t.text for t in found] == [egyptian(anchor), phrase]
    assert (found[1].value_start, found[1].value_end) == expected_from(anchor, unit, n)


@given(DATES, later_counts(), st.sampled_from(["من", "على"]))
@SETTINGS
def test_counts_of_a_date_that_follows_are_counted_from_it(anchor, drawn, of):
    phrase, unit, n = drawn
    text = f"وصل الوفد {phrase} {of} القمة التي عقدت في {egyptian(anchor)}."
    found = dated(text, anchor + dt.timedelta(days=4000))
    assert [t.text for t in found] == [phrase, egyptian(anchor)]
    assert (found[0].value_start, found[0].value_end) == expected_from(anchor, unit, n)


@given(DATES, later_counts(), st.sampled_from(["من", "على"]))
@SETTINGS
def test_counts_of_an_undated_event_are_no_date(published, drawn, of):
    phrase, _, _ = drawn
    assert dated(f"وصل الوفد {phrase} {of} توقيع الاتفاق.", published) == []


@given(DATES, st.sampled_from(["العام التالي", "السنة التالية", "الشهر التالي", "الشهر الموالي",
                               "العام السابق", "الشهر السابق"]))
@SETTINGS
def test_following_periods_count_from_the_date_before(anchor, period):
    text = f"زار الوزير العاصمة في {egyptian(anchor)}، وفي {period} وقع الاتفاق."
    found = dated(text, anchor + dt.timedelta(days=4000))
    assert [t.text for t in found] == [egyptian(anchor), period]
    step = -1 if "السابق" in period else 1
    if "الشهر" in period:
        want = month_span(*months_later(anchor, step))
    else:
        want = dt.date(anchor.year + step, 1, 1), dt.date(anchor.year + step, 12, 31)
    assert (found[1].value_start, found[1].value_end) == want


@given(DATES, st.integers(1, 20), st.sampled_from(RANGE_WORDS), st.booleans(), st.booleans())
@SETTINGS
def test_weekday_day_ranges_are_one_timex(first, length, word, day_noun, year_named):
    last = first + dt.timedelta(days=length)
    if (last.year, last.month) != (first.year, first.month):
        return
    noun = "يوم " if day_noun else ""
    tail = f"{EGYPTIAN.months[last.month][0]} {last.year}" if year_named else (
        EGYPTIAN.months[last.month][0])
    text = (f"من {noun}{WEEKDAYS[first.weekday()]} {first.day} {word} "
            f"{noun}{WEEKDAYS[last.weekday()]} {last.day} {tail}")
    published = first if year_named else first - dt.timedelta(days=3)
    found = dated(f"تنعقد الدورة {text} في المدينة", published)
    assert [(t.text, t.value_start, t.value_end) for t in found] == [(text, first, last)]


NEW_BITS = st.sampled_from(["إلى غاية", "إلى حدود", "ما بين", "الفارط", "الفارطة", "التالي",
                            "السابقة", "الموالي", "العام", "الشهر", "الأسبوع", "يومه", "يوم",
                            "الأربعاء", "صيف", "الخريف", "نهاية", "وسط", "2019", "28", "4",
                            "أكتوبر", "/", "«", "»", "\"", "(", ")", "،", "بعد يوم غد", "على",
                            "من", "بعد", "شهرين", "عام", "منذ", "أن", "ذكرت", "سيزور",
                            "جمادى الأولى", "1446", "هـ", "تأجيل", "\n", " "])


@given(st.lists(NEW_BITS, max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_mix_of_the_new_words_is_safe(bits):
    text = " ".join(bits)
    for published in (None, dt.date(2024, 10, 16)):
        timexes = find_timexes(text, published)
        assert [t.start for t in timexes] == sorted(t.start for t in timexes)
        for t in timexes:
            assert text[t.start:t.end] == t.text
            assert t.value_start is None or t.value_start <= t.value_end
