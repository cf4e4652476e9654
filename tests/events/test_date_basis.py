"""Which level of the analysis dated an event (``events.date_basis``); sentences written for
these tests, published Sunday 2024-03-10."""
from __future__ import annotations

import pytest

from event_helpers import run

TODAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
STAY = {"من 11 إلى 13 مارس": ("2024-03-11", "2024-03-13", "day")}

CASES = [
    ("التقى وزير الخارجية الأردني نظيره العراقي اليوم الأحد.", TODAY, {"MEETING": "clause"}),
    ("وصل الرئيس الفرنسي اليوم الأحد إلى الجزائر لحضور القمة العربية الأفريقية.", TODAY,
     {"VISIT": "clause", "SUMMIT": "purpose"}),
    ("يبدأ الرئيس البرازيلي زيارة رسمية إلى الهند تمتد من 11 إلى 13 مارس. "
     "وفي اليوم الثاني، سيجري الرئيس البرازيلي مباحثات مع رئيس الوزراء الهندي.", STAY,
     {"VISIT": "clause", "TALKS": "programme"}),
    ("وصل الرئيس الكوري إلى اليابان اليوم الأحد، ووقع البلدان خلال الزيارة اتفاقية للتجارة.",
     TODAY, {"VISIT": "clause", "AGREEMENT": "reference"}),
    # under way at the report: its publication day
    ("يزور رئيس الوزراء اليوناني القاهرة حاليا.", {}, {"VISIT": "ongoing"}),
    ("أشاد الرئيس السوداني بزيارته الحالية إلى مصر.", {}, {"VISIT": "ongoing"}),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_date_basis(text, dates, expected):
    assert {r.event_type: r.date_basis for r in run(text, dates)} == expected


def test_undated_event_has_no_basis():
    rows = run("وكان وزير الخارجية المصري قد زار الأردن.", {})
    assert rows and all(r.date_basis is None and r.date_start is None for r in rows)


@pytest.mark.parametrize("text,expected", [
    ("يزور رئيس الوزراء اليوناني القاهرة حاليا.", ("occurred", "2024-03-10")),
    ("أشاد الرئيس السوداني بزيارته الحالية إلى مصر.", ("occurred", "2024-03-10")),
    # an adjective of the topic, not of the event
    ("يزور وزير الخارجية التركي القاهرة لمناقشة التطورات الإقليمية الحالية.", ("planned", None)),
])
def test_under_way_at_the_report(text, expected):
    [row] = run(text, {})
    assert (row.status, row.date_start and row.date_start.isoformat()) == expected


SINCE = {"يوم الثلاثاء": ("2024-03-05", "2024-03-05", "day")}


@pytest.mark.parametrize("text,expected", [
    # going on since a day: from then to the report (Sunday 10 March)
    ("ويواصل الوفد الوزاري العراقي منذ يوم الثلاثاء مباحثات مع المسؤولين المصريين.",
     ("TALKS", "2024-03-05", "2024-03-10")),
    ("وتتواصل منذ يوم الثلاثاء المحادثات بين السودان وجنوب السودان.",
     ("TALKS", "2024-03-05", "2024-03-10")),
    # a present verb with منذ and a past day before the trigger: under way since then
    ("يجري رئيس الوزراء الفرنسي منذ يوم الثلاثاء زيارة رسمية للجزائر.",
     ("VISIT", "2024-03-05", "2024-03-10")),
    ("يقوم وزير الخارجية المصري منذ يوم الثلاثاء بزيارة إلى الأردن.",
     ("VISIT", "2024-03-05", "2024-03-10")),
    # going on for its Nth day: it began N - 1 days before the report
    ("وتتواصل لليوم الثاني على التوالي المحادثات بين السودان وجنوب السودان.",
     ("TALKS", "2024-03-09", "2024-03-10")),
    # without a continuing verb, منذ is a reference point (after an opening sentence of no event:
    # not the lead act, which the publication day dates)
    ("ارتفعت أسعار النفط في الأسواق العالمية. التقى الرئيس المصري نظيره العراقي لأول مرة منذ يوم "
     "الثلاثاء.", ("MEETING", None, None)),
    ("يزور الرئيس المصري العراق في أول زيارة منذ يوم الثلاثاء.", ("VISIT", None, None)),
])
def test_going_on_since_a_date(text, expected):
    [row] = run(text, SINCE)
    assert (row.event_type, row.date_start and row.date_start.isoformat(),
            row.date_end and row.date_end.isoformat()) == expected


@pytest.mark.parametrize("text,expected", [
    # dated the report's day and going on for its Nth day: it began N - 1 days before
    ("يواصل الرئيس الجزائري اليوم الأحد زيارة الدولة التي يقوم بها إلى إيطاليا لليوم الثالث "
     "والأخير.", ("VISIT", "2024-03-08", "2024-03-10")),
    ("تتواصل اليوم الأحد لليوم الثاني أعمال القمة العربية في الرياض.",
     ("SUMMIT", "2024-03-09", "2024-03-10")),
    # a day of its own other than the report's stays
    ("واصل الرئيس الجزائري أمس السبت زيارته إلى إيطاليا.", ("VISIT", "2024-03-09", "2024-03-09")),
])
def test_going_on_for_its_nth_day_on_the_report_day(text, expected):
    dates = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    [row] = run(text, dates)
    assert (row.event_type, row.date_start.isoformat(), row.date_end.isoformat()) == expected


# a report told after the acts of its sentence ("، حسبما أفادت الوكالة اليوم"، "، كما أعلن
# الكرملين اليوم") dates them as it dates what follows it; a since-clause before it ends there
POSTPOSED_REPORTS = [
    "استقبل الرئيس التونسي وزير الخارجية الجزائري، حسبما أفادت وكالة الأنباء الرسمية اليوم الأحد.",
    ("أشاد الرئيس الروسي، خلال زيارته إلى دمشق، بالتقدم في سوريا التي تشهد نزاعا منذ العام "
     "2011، كما أعلن الكرملين اليوم الأحد."),
]


@pytest.mark.parametrize("text", POSTPOSED_REPORTS)
def test_report_told_after_its_acts(text):
    dates = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "العام 2011": ("2011-01-01", "2011-12-31", "year")}
    assert [(str(e.date_start), e.date_basis) for e in run(text, dates)] == [
        ("2024-03-10", "report")]


MONDAY = {"الاثنين": ("2024-03-04", "2024-03-04", "day"),
          "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
          "بعد غد الثلاثاء": ("2024-03-12", "2024-03-12", "day"),
          "من 11 إلى 13 مارس": ("2024-03-11", "2024-03-13", "day")}


@pytest.mark.parametrize("text,expected", [
    # the aim of the act itself shares its date
    ("وصل وزير الخارجية السوري الاثنين إلى بيروت للقاء الرئيس اللبناني.",
     [("VISIT", "2024-03-04")]),
    ("يتوجه الرئيس التونسي بعد غد الثلاثاء إلى الجزائر للمشاركة في القمة العربية.",
     [("SUMMIT", "2024-03-12"), ("VISIT", "2024-03-12")]),
    # a visit named as the aim of an arrival by its visitor is the visit the arrival begins
    # (on the day of the report too, when the aim alone would read as a plan)
    ("وصل الرئيس الصيني اليوم الأحد إلى القاهرة للقيام بزيارة دولة إلى مصر.",
     [("VISIT", "2024-03-10")]),
    ("وصل وزير الخارجية العماني إلى طهران اليوم الأحد لإجراء زيارة رسمية تستغرق يومين.",
     [("VISIT", "2024-03-10")]),
    ("يتوجه وزير الخارجية العماني بعد غد الثلاثاء إلى طهران لإجراء زيارة رسمية تستغرق يومين.",
     [("VISIT", "2024-03-12")]),
    # the aim of a noun in between (an invitation, efforts, the preparation) is another event
    ("وصل وزير الخارجية السوري الاثنين إلى بيروت وسلم الرئيس اللبناني دعوة من نظيره السوري "
     "لزيارة دمشق.", [("VISIT", "2024-03-04"), ("VISIT", None)]),
    ("يبدأ الرئيس المصري بعد غد الثلاثاء زيارة إلى إثيوبيا لبحث العلاقات ومتابعة جهود التوصل "
     "للاتفاق الخاص بسد النهضة.", [("VISIT", "2024-03-12")]),
    ("أكد وزير الخارجية الإيطالي خلال لقائه بنظيره الفرنسي التزام البلدين بالتحضير لمؤتمر "
     "ليبيا المقرر من 11 إلى 13 مارس.", [("MEETING", None), ("SUMMIT", "2024-03-11")]),
])
def test_aim_dates(text, expected):
    rows = run(text, MONDAY)
    got = [(r.event_type, r.date_start and r.date_start.isoformat()) for r in rows]
    assert sorted(got, key=str) == sorted(expected, key=str)


CHRONOLOGY = {"مارس 2019": ("2019-03-01", "2019-03-31", "month"),
              "نوفمبر 2021": ("2021-11-01", "2021-11-30", "month")}


@pytest.mark.parametrize("text,expected", [
    # a chronology: a line that is a date and a colon heads the act told on the next line
    ("وجاءت زيارات الرئيس المصري السابقة إلى الأردن على النحو التالي:\n- مارس 2019:\nزار الرئيس "
     "المصري عمان لبحث العلاقات.\n- نوفمبر 2021:\nوقع الرئيس المصري والعاهل الأردني اتفاقية "
     "للطاقة.",
     [("AGREEMENT", "2021-11-01", "heading"), ("VISIT", "2019-03-01", "heading")]),
    ("مارس 2019:\nاستقبل العاهل الأردني وزير الخارجية العراقي في عمان.",
     [("MEETING", "2019-03-01", "heading")]),
    # a line of text between: the heading is not the act's
    ("- مارس 2019:\nأكد الوزير أهمية العلاقات.\nاستقبل العاهل الأردني وزير الخارجية العراقي.",
     [("MEETING", None, None)]),
])
def test_chronology_heading_dates_the_next_line(text, expected):
    got = sorted((r.event_type, r.date_start and r.date_start.isoformat(), r.date_basis)
                 for r in run(text, CHRONOLOGY))
    assert got == sorted(expected)
