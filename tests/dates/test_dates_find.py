"""find_timexes by category: (sentence, publication date, expression, expected range).

Every sentence is written for these tests. The expression must be covered by exactly the
timexes found over it; a None range means "no dated timex there".
"""
from __future__ import annotations

import datetime as dt

import pytest

from waqai.dates import annotate_line, find_timexes, join_alternatives

D = dt.date
THU = D(2021, 3, 25)  # a Thursday
SAT = D(2022, 10, 15)  # a Saturday


def value_of(text, published, expression):
    """The value of the timexes overlapping ``expression`` (joined when they form a range)."""
    s = text.index(expression)
    e = s + len(expression)
    timexes = find_timexes(text, published)
    hits = [i for i, t in enumerate(timexes) if t.start < e and s < t.end and t.value_start]
    if not hits:
        return None
    pairs = set(join_alternatives(timexes, text))
    last = hits[0]
    while (last, last + 1) in pairs:
        last += 1
    return timexes[hits[0]].value_start, timexes[last].value_end


def day(y, m, d):
    return D(y, m, d), D(y, m, d)


def month(y, m):
    import calendar
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


CASES = {
    "month_systems": [
        ("افتتح المعرض في 4 فبراير 2019", THU, "4 فبراير 2019", day(2019, 2, 4)),
        ("أقيم الحفل في 9 يونيه 2012", THU, "9 يونيه 2012", day(2012, 6, 9)),
        ("وصل السفير في 16 كانون الثاني 2018", THU, "16 كانون الثاني 2018", day(2018, 1, 16)),
        ("جرى التصويت في 27 تشرين ثاني 2016", THU, "27 تشرين ثاني 2016", day(2016, 11, 27)),
        ("أعلنت الحكومة في 3 جويلية 2021", THU, "3 جويلية 2021", day(2021, 7, 3)),
        ("افتتحت الدورة في 19 شتنبر 2020", THU, "19 شتنبر 2020", day(2020, 9, 19)),
        ("صدر البلاغ في 11 نونبر 2017", THU, "11 نونبر 2017", day(2017, 11, 11)),
        ("عاد الوفد في 6 التمور 2009", THU, "6 التمور 2009", day(2009, 10, 6)),
        ("أعلن القرار في 12 النوار 1371 و.ر", THU, "12 النوار 1371 و.ر", day(2003, 2, 12)),
        ("تم اللقاء في 4 May 2018", THU, "4 May 2018", day(2018, 5, 4)),
    ],
    "paired_glued_digits": [
        ("افتتح المكتب في 7 نيسان/أبريل 2019", THU, "7 نيسان/أبريل 2019", day(2019, 4, 7)),
        ("وقعت المذكرة في 2 أيلول (سبتمبر) 2015", THU, "2 أيلول (سبتمبر) 2015", day(2015, 9, 2)),
        ("وصل في 11هانيبال/أغسطس 2020", THU, "11هانيبال/أغسطس 2020", day(2020, 8, 11)),
        ("جرى الاجتماع في ٢٣ حزيران ٢٠٢٢", THU, "٢٣ حزيران ٢٠٢٢", day(2022, 6, 23)),
        ("نشر في ۰۳ مارس ۲۰۱۹", THU, "۰۳ مارس ۲۰۱۹", day(2019, 3, 3)),
        # a day number with the article, "and" glued to it
        ("عقدت الجولة يومي الـ 23 والـ 24 من كانون الثاني 2020", THU,
         "يومي الـ 23 والـ 24 من كانون الثاني 2020", (D(2020, 1, 23), D(2020, 1, 24))),
        ("عقدت الجولة يومي الـ23 والـ24 من كانون الثاني 2020", THU,
         "يومي الـ23 والـ24 من كانون الثاني 2020", (D(2020, 1, 23), D(2020, 1, 24))),
    ],
    "numeric_and_hijri": [
        ("تحديث: 2018/11/09 الساعة 10:20", THU, "2018/11/09", day(2018, 11, 9)),
        ("نشر بتاريخ 9-11-2018", THU, "9-11-2018", day(2018, 11, 9)),
        ("الأربعاء 05/06/2019 نشر", THU, "الأربعاء 05/06/2019", day(2019, 6, 5)),
        ("الاثنين 05/06/2019 نشر", THU, "الاثنين 05/06/2019", day(2019, 5, 6)),
        ("صدر في 1 / 9 / 1444هـ", THU, "1 / 9 / 1444هـ", day(2023, 3, 23)),
        ("بدأ الصيام في غرة رمضان 1444 هـ", THU, "غرة رمضان 1444 هـ", day(2023, 3, 23)),
        ("يحل شهر شعبان المقبل", D(2023, 1, 10), "شهر شعبان المقبل",
         (D(2023, 2, 21), D(2023, 3, 22))),
    ],
    "relative_days": [
        ("قال الوزير اليوم إن الوفد سيصل", THU, "اليوم", day(2021, 3, 25)),
        ("التقى الرئيس أمس السفير", THU, "أمس", day(2021, 3, 24)),
        ("يعود الوزير غدًا إلى بلاده", THU, "غدًا", day(2021, 3, 26)),
        ("وقعت الاتفاقية أول من أمس", THU, "أول من أمس", day(2021, 3, 23)),
        ("يصل المبعوث مساء غد الجمعة", THU, "مساء غد الجمعة", day(2021, 3, 26)),
        ("وصل الوزير فجر اليوم إلى الجزائر", THU, "فجر اليوم", day(2021, 3, 25)),
        ("غادر في صباح يوم أمس", THU, "صباح يوم أمس", day(2021, 3, 24)),
    ],
    "weekdays": [
        ("اجتمع المجلس السبت الماضي", THU, "السبت الماضي", day(2021, 3, 20)),
        ("يجتمع المجلس الاثنين القادم", THU, "الاثنين القادم", day(2021, 3, 29)),
        ("يعقد المؤتمر يوم الخميس المقبل", THU, "يوم الخميس المقبل", day(2021, 4, 1)),
        ("أعلن الوزير الاثنين أن المحادثات انتهت", THU, "الاثنين", day(2021, 3, 22)),
        ("سيتوجه الرئيس الاثنين إلى روما", THU, "الاثنين", day(2021, 3, 29)),
        ("تبدأ الزيارة مساء الخميس", THU, "مساء الخميس", day(2021, 3, 25)),
        ("تعقد الجلستان يومي الأحد والاثنين المقبلين", SAT, "يومي الأحد والاثنين المقبلين",
         (D(2022, 10, 16), D(2022, 10, 17))),
    ],
    "units": [
        ("تعقد الجولة الأسبوع القادم", SAT, "الأسبوع القادم", (D(2022, 10, 17), D(2022, 10, 23))),
        ("جرت المحادثات الأسبوع الماضي", SAT, "الأسبوع الماضي", (D(2022, 10, 3), D(2022, 10, 9))),
        ("تنتهي المهلة الشهر القادم", SAT, "الشهر القادم", month(2022, 11)),
        ("انتهى العقد في السنة الماضية", SAT, "السنة الماضية", (D(2021, 1, 1), D(2021, 12, 31))),
        ("وضعت الخطة منذ عام 2011", SAT, "عام 2011", (D(2011, 1, 1), D(2011, 12, 31))),
        ("تراجع النمو خلال العام الحالي", SAT, "العام الحالي", (D(2022, 1, 1), D(2022, 12, 31))),
    ],
    "months_and_parts": [
        ("وقع الطرفان الاتفاق في أغسطس الماضي", SAT, "أغسطس الماضي", month(2022, 8)),
        ("تعقد الانتخابات في أكتوبر المقبل", SAT, "أكتوبر المقبل", month(2023, 10)),
        ("تعقد الدورة في أكتوبر الجاري", SAT, "أكتوبر الجاري", month(2022, 10)),
        ("تبدأ الأشغال أواسط نوفمبر المقبل", SAT, "أواسط نوفمبر المقبل", month(2022, 11)),
        ("تنتهي البعثة في نهاية شهر آذار 2024", SAT, "نهاية شهر آذار 2024", month(2024, 3)),
        ("زار الوفد الجزائر في 2 أكتوبر الماضي", SAT, "2 أكتوبر الماضي", day(2022, 10, 2)),
        ("يحل الموعد في 9 يناير المقبل", SAT, "9 يناير المقبل", day(2023, 1, 9)),
    ],
    "ordinals_ranges_context": [
        ("تعقد القمة في الثامن عشر من الشهر الجاري", SAT, "الثامن عشر من الشهر الجاري",
         day(2022, 10, 18)),
        ("زار الوزير بكين في 3 أغسطس 2021 وعاد في السابع من الشهر نفسه", SAT,
         "السابع من الشهر نفسه", day(2021, 8, 7)),
        ("يمتد المنتدى من 20 إلى 22 نوفمبر المقبل", SAT, "20 إلى 22 نوفمبر المقبل",
         (D(2022, 11, 20), D(2022, 11, 22))),
        ("تعقد الجلسات أيام 5 و6 و7 ديسمبر 2022", SAT, "5 و6 و7 ديسمبر 2022",
         (D(2022, 12, 5), D(2022, 12, 7))),
        ("أبرز الأحداث في سنة 2017\nالتقى الوزيران في 14 مايو", SAT, "14 مايو",
         day(2017, 5, 14)),
        ("أجرى الطرفان مفاوضات قبل يومين من القمة التي عقدت في 10 أكتوبر 2022", SAT,
         "قبل يومين", day(2022, 10, 8)),
    ],
    "not_timexes": [
        ("يتعين حل الأزمة في أسرع وقت ممكن", SAT, "في أسرع وقت ممكن", None),
        ("ستتواصل الجهود خلال الفترة المقبلة", SAT, "خلال الفترة المقبلة", None),
        ("ناقش المؤتمر في يومه الثاني ملفات الطاقة", SAT, "يومه الثاني", None),
        ("انتهى اليوم الثاني من المفاوضات", SAT, "اليوم الثاني", None),
        ("شهد الربيع الماضي أمطارا غزيرة", SAT, "الربيع الماضي", None),
        ("عاد في ذلك اليوم إلى بلاده", SAT, "ذلك اليوم", None),
        ("صدر القرار رقم 2254 بالإجماع", SAT, "2254", None),
        # a month name after a surname particle is part of the name
        ("استقبل الرئيس الوزير الإيطالي ماركو دي مايو في قصره", SAT, "مايو", None),
        ("التقى السفير لوكا دا أبريل بوفد رسمي", SAT, "أبريل", None),
    ],
    "no_publication_date": [
        ("التقى الرئيس أمس السفير", None, "أمس", None),
        ("يعقد الاجتماع الخميس المقبل", None, "الخميس المقبل", None),
        ("يعقد الاجتماع في 12 مايو", None, "12 مايو", None),
        ("عقد الاجتماع في 12 مايو 2019", None, "12 مايو 2019", day(2019, 5, 12)),
    ],
}


@pytest.mark.parametrize(
    "text, published, expression, expected",
    [case for cases in CASES.values() for case in cases],
    ids=[f"{cat}-{i}" for cat, cases in CASES.items() for i in range(len(cases))])
def test_value(text, published, expression, expected):
    assert value_of(text, published, expression) == expected


def test_spans_index_the_original_text_and_are_sorted():
    text = "أعلنت الوزارة، اليوم الأربعاء، أن الوزيرَ سيصلُ غداً الخميس، بعد زيارة في ٢٠ أيلول ٢٠٢٢"
    timexes = find_timexes(text, D(2022, 10, 12))
    assert [t.text for t in timexes] == ["اليوم الأربعاء", "غداً الخميس", "٢٠ أيلول ٢٠٢٢"]
    assert all(text[t.start:t.end] == t.text for t in timexes)
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)


def test_anchor_labels():
    text = "وصل الوزير أمس بعد زيارة في 3 مايو 2020 وقبل القمة في 9 يونيو"
    with_pub = {t.text: t.anchor for t in find_timexes(text, D(2021, 3, 25))}
    assert with_pub == {"أمس": "publication", "3 مايو 2020": "explicit",
                        "9 يونيو": "publication"}
    without = {t.text: (t.anchor, t.value_start) for t in find_timexes(text, None)}
    assert without["أمس"] == ("missing", None) and without["9 يونيو"] == ("missing", None)
    assert without["3 مايو 2020"] == ("explicit", D(2020, 5, 3))


def test_weekday_prefix_belongs_to_the_date_span():
    text = "الجمعة، 14 أكتوبر 2022"
    (t,) = find_timexes(text, None)
    assert (t.text, t.value_start) == (text, D(2022, 10, 14))


def test_alternatives_are_atomic_and_joined():
    text = "تعقد الجولة في ناصر/يوليو المقبل أو هانيبال/أغسطس المقبل"
    timexes = find_timexes(text, D(2022, 6, 1))
    assert [t.text for t in timexes] == ["ناصر/يوليو المقبل", "هانيبال/أغسطس المقبل"]
    assert [t.calendar for t in timexes] == ["libyan", "libyan"]
    assert join_alternatives(timexes, text) == [(0, 1)]


def test_lists_joined_by_and_are_not_ranges_unless_between():
    text = "زار الوزير دمشق في 3 مايو 2020 و 9 يونيو 2020"
    assert len(find_timexes(text, None)) == 2
    assert join_alternatives(find_timexes(text, None), text) == []
    text = "تجرى الانتخابات بين 3 مايو 2020 و 9 يونيو 2020"
    (t,) = find_timexes(text, None)  # a range is one timex, its span from بين
    assert (t.text, t.value_start, t.value_end) == (
        "بين 3 مايو 2020 و 9 يونيو 2020", D(2020, 5, 3), D(2020, 6, 9))


def test_parser_tense_overrides_the_surface_guess():
    text = "يلتقي الوزيران الثلاثاء"
    past = find_timexes(text, THU, tense=lambda s, e: "past")
    future = find_timexes(text, THU, tense=lambda s, e: "future")
    assert past[0].value_start == D(2021, 3, 23) and future[0].value_start == D(2021, 3, 30)


@pytest.mark.parametrize("text, tense, expected", [
    ("يلتقي الوزيران الاثنين في عمان", "present", D(2021, 3, 29)),  # imperfect: coming
    ("يلتقي الوزيران الاثنين في عمان", None, D(2021, 3, 22)),  # no verb found: nearest
    ("التقى الوزيران الاثنين في عمان", "past", D(2021, 3, 22)),
    ("يبحث الوزيران الخميس الأزمة", "present", D(2021, 3, 25)),  # the publication's weekday
])
def test_a_present_verb_puts_another_weekday_ahead(text, tense, expected):
    (t,) = find_timexes(text, THU, tense=lambda s, e: tense)
    assert t.value_start == expected


@pytest.mark.parametrize("text, expected", [
    ("وفي يوم الاثنين، قال الوزير إن المحادثات مستمرة", D(2021, 3, 22)),  # past cue after
    ("وفي يوم الاثنين، سيصل الوزير إلى عمان", D(2021, 3, 29)),  # future verb after
    ("أعلن الوزيران، الاثنين، عن اتفاق", D(2021, 3, 22)),  # past cue before
    ("في منتصف مايو، أكد الرئيس دعمه", D(2020, 5, 1)),  # a past month
])
def test_the_surface_cues_decide_without_a_parse(text, expected):
    (t,) = find_timexes(text, THU)
    assert t.value_start == expected


def test_a_parse_without_a_verb_leaves_the_nearest_day():
    """A past cue after the timex (another clause's reporting verb) does not decide."""
    (t,) = find_timexes("يختتم الأمير جولته بزيارة للجزائر، الجمعة، وهي الزيارة التي قالت الوكالة",
                        THU, tense=lambda s, e: None)
    assert t.value_start == D(2021, 3, 26)


def test_annotate_line_is_json_ready():
    out = annotate_line("وصل الوفد أمس", D(2021, 3, 25))
    assert out["timexes"] == [{"start": 10, "end": 13, "text": "أمس", "value_start": "2021-03-24",
                               "value_end": "2021-03-24", "granularity": "day",
                               "calendar": "relative", "rule": "relative_day"}]
