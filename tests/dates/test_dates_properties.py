"""Property tests: rendered dates normalise back to what they were made from; any input is safe."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waqai.dates import find_timexes, infer_published
from waqai.dates.months import month_systems
from waqai.dates.counts import counts_data
from waqai.dates.calendars import calendar as calendar_of

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HIJRI_CALENDAR = calendar_of("hijri")
GREGORIAN_SYSTEMS = [s for s in month_systems() if s.calendar is not HIJRI_CALENDAR]
HIJRI = next(s for s in month_systems() if s.calendar is HIJRI_CALENDAR)
EGYPTIAN = next(s for s in month_systems() if s.name == "egyptian")
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DIGITS = st.sampled_from([str.maketrans("", ""), ARABIC_INDIC, PERSIAN])


def only_timex(text: str, published=None):
    """The single timex of ``text`` (dated ones only when a publication date is given)."""
    timexes = find_timexes(text, published)
    if published is not None:
        timexes = [t for t in timexes if t.value_start is not None]
    assert len(timexes) == 1, [t.text for t in timexes]
    (t,) = timexes
    assert text[t.start:t.end] == t.text
    return t


@st.composite
def gregorian_dates(draw):
    system = draw(st.sampled_from(GREGORIAN_SYSTEMS))
    date = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
    form = draw(st.sampled_from(system.months[date.month]))
    return system, date, form


@given(gregorian_dates(), DIGITS, st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from(["", " ", "، "]))
@SETTINGS
def test_gregorian_dates_in_every_system_round_trip(drawn, digits, glued, paired, weekday, sep):
    system, date, form = drawn
    month = form
    if paired:
        other = EGYPTIAN.months[date.month][0]
        month = f"{form}/{other}" if system.name != "egyptian" else f"{form} ({other})"
    day = str(date.day).translate(digits)
    year = str(date.year).translate(digits)
    text = f"{day}{'' if glued else ' '}{month} {year}"
    if weekday:
        text = f"{WEEKDAYS[date.weekday()]}{sep}{text}"
    t = only_timex(text)
    assert (t.value_start, t.value_end, t.anchor) == (date, date, "explicit")
    assert t.text == text


@given(st.integers(1350, 1499), st.integers(1, 12), st.integers(1, 30), DIGITS, st.booleans(),
       st.sampled_from(["هـ", " هـ", "ه", " هجرية"]))
@SETTINGS
def test_hijri_dates_round_trip(year, month, day, digits, numeric, suffix):
    expected = HIJRI_CALENDAR.day(year, month, day)
    if expected is None:  # day 30 of a 29-day month
        return
    y, d = str(year).translate(digits), str(day).translate(digits)
    if numeric:
        text = f"{d} / {str(month).translate(digits)} / {y}{suffix}"
    else:
        text = f"{d} {HIJRI.months[month][0]} {y}{suffix}"
    t = only_timex(text)
    assert (t.value_start, t.value_end, t.calendar) == (expected, expected, "hijri")


@given(st.integers(1350, 1499), st.integers(1, 12), st.sampled_from(["هـ", " هـ"]))
@SETTINGS
def test_hijri_months_cover_their_gregorian_range(year, month, suffix):
    t = only_timex(f"شهر {HIJRI.months[month][-1]} {year}{suffix}")
    assert (t.value_start, t.value_end) == HIJRI_CALENDAR.month_range(year, month)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), DIGITS,
       st.sampled_from(["/", "-", " / "]), st.booleans())
@SETTINGS
def test_numeric_dates_round_trip(date, digits, sep, year_first):
    parts = [date.year, date.month, date.day] if year_first else [date.day, date.month, date.year]
    text = sep.join(f"{p:02d}".translate(digits) for p in parts)
    if date.day > 12 or year_first or date.day == date.month:
        assert only_timex(text).value_start == date
    else:  # ambiguous: the weekday decides
        weekday = WEEKDAYS[date.weekday()]
        assert only_timex(f"{weekday} {text}").value_start == date


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(-2, 2))
@SETTINGS
def test_relative_days_follow_the_publication_date(published, offset):
    words = {0: "اليوم", -1: "أمس", -2: "أول أمس", 1: "غدا", 2: "بعد غد"}
    t = only_timex(f"وصل الوفد {words[offset]} إلى العاصمة", published)
    assert t.value_start == published + dt.timedelta(days=offset)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_is_safe(text):
    for published in (None, dt.date(2021, 3, 25)):
        for t in find_timexes(text, published):
            assert text[t.start:t.end] == t.text
            assert (t.value_start is None) == (t.value_end is None)
    infer_published(text, None)


ARABIC_BITS = st.sampled_from(["اليوم", "أمس", "غدا", "الأحد", "الماضي", "المقبل", "من", "إلى",
                               "أو", "و", "يومي", "شهر", "الشهر", "هذا", "نفس", "الـ", "12",
                               "٣", "2020", "1440", "هـ", "م", "/", "-", "،", "(", ")", "مارس",
                               "ناصر", "آذار", "رمضان", "الثالث", "مطلع", "صباح", "\n", " ",
                               "منذ", "قبل", "بعد", "يومين", "أيام", "ثلاثة", "الأيام", "الثلاثة",
                               "خلال", "فاتح", "الفاتح", "12th", ",", "March", "الموافق", "عينه",
                               "الربع الأول", "النصف الثاني", "في وقت سابق", "نفسه", "بين",
                               "المقررة", "سيزور", "العام", "عام", "سنوات", "كونا", "الجاري",
                               "قبل الماضي", "الليلة", "الأخيرين", "اليومين", "عامي", "ثورة",
                               "القرار", "الأسبوع الأول", "عشية", "23/3", "2019-2021", "نهاية",
                               "خمسة عشر", "يوما", "طيلة", "/الخميس/"])


@given(st.lists(ARABIC_BITS, max_size=40))
@settings(max_examples=300, deadline=None)
def test_random_arabic_token_soup_is_safe(bits):
    text = " ".join(bits)
    timexes = find_timexes(text, dt.date(2021, 3, 25))
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)
    for t in timexes:
        assert text[t.start:t.end] == t.text
        assert t.value_start is None or t.value_start <= t.value_end


COUNTS = counts_data()
UNITS = sorted(COUNTS.units.items())


def _expected_offset(published: dt.date, sign: int, n: int, unit) -> tuple:
    """The value of a counted offset, computed here from the unit's length."""
    if unit.hours is not None:  # the nearest whole number of days
        d = published + dt.timedelta(days=round(sign * n * unit.hours / 24))
        return d, d
    if unit.days is not None:
        d = published + dt.timedelta(days=sign * n * unit.days)
        return d, d
    k = published.year * 12 + published.month - 1 + sign * n * unit.months
    y, m = k // 12, k % 12 + 1
    if unit.granularity == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


@st.composite
def counted_offsets(draw):
    name, unit = draw(st.sampled_from(UNITS))
    n = draw(st.integers(1, 30))
    if n == 1:
        count = draw(st.sampled_from(unit.singular))
    elif n == 2 and draw(st.booleans()):
        count = draw(st.sampled_from(unit.dual))
    elif n in COUNTS.numbers and draw(st.booleans()):  # 3..10 count plurals, 11.. singulars
        nouns = unit.plural if n <= 10 else unit.singular
        count = f"{draw(st.sampled_from(COUNTS.numbers[n]))} {draw(st.sampled_from(nouns))}"
    else:
        count = f"{n} {draw(st.sampled_from(unit.plural))}"
    sign = draw(st.sampled_from([-1, 1]))
    words = COUNTS.directions.after
    if sign < 0:
        since = COUNTS.directions.since if unit.granularity == "day" else []
        words = COUNTS.directions.before + since
    return f"{draw(st.sampled_from(words))} {count}", sign, n, unit


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       counted_offsets(), st.sampled_from(["عاد الوفد", "تغير الوضع", "يعقد الاجتماع"]))
@SETTINGS
def test_counted_offsets_round_trip(published, drawn, lead):
    phrase, sign, n, unit = drawn
    t = only_timex(f"{lead} {phrase} في العاصمة", published)
    assert t.text == phrase
    assert (t.value_start, t.value_end) == _expected_offset(published, sign, n, unit)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(0, 60), st.booleans(), st.booleans())
@SETTINGS
def test_day_ranges_are_one_timex(first, length, between, named_twice):
    last = first + dt.timedelta(days=length)
    if last.year != first.year:
        return
    month_a = EGYPTIAN.months[first.month][0]
    month_b = EGYPTIAN.months[last.month][0]
    head = f"{first.day}" if first.month == last.month and not named_twice else (
        f"{first.day} {month_a}")
    tail = f"{last.day} {month_b} {last.year}"
    text = f"بين {head} و{tail}" if between else f"من {head} إلى {tail}"
    t = only_timex(f"تمتد الدورة {text} في المدينة", dt.date(2021, 3, 25))
    assert (t.text, t.value_start, t.value_end) == (text, first, last)
