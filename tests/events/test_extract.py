"""Event extraction on sentences written for these tests (publication date: Sunday 2024-03-10).

Dates are given per case as ``{phrase: (start, end, granularity)}`` so that the tests exercise
attachment, not the timex finder.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from event_helpers import PUBLISHED, parse, run, timex_rows
from waqai.events import extract_events

D = dt.date.fromisoformat
SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}

# (text, dates, type, status, participants, date_start, date_end)
TYPE_BY_STATUS = [
    # VISIT
    ("وصل وزير الخارجية المصري إلى أنقرة أمس السبت في زيارة رسمية.", SAT,
     "VISIT", "occurred", {"EGY", "TUR"}, "2024-03-09", "2024-03-09"),
    ("يزور رئيس الوزراء الياباني الهند يوم الثلاثاء المقبل.",
     {"يوم الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day")},
     "VISIT", "planned", {"JPN", "IND"}, "2024-03-12", "2024-03-12"),
    ("أعلنت الرئاسة الجزائرية تأجيل زيارة الرئيس التونسي إلى الجزائر التي كانت مقررة يوم "
     "الخميس المقبل.", {"يوم الخميس المقبل": ("2024-03-14", "2024-03-14", "day")},
     "VISIT", "postponed", {"DZA", "TUN"}, "2024-03-14", "2024-03-14"),
    ("ألغى رئيس الوزراء الكندي زيارته إلى المكسيك التي كانت مقررة في 20 مارس.",
     {"20 مارس": ("2024-03-20", "2024-03-20", "day")},
     "VISIT", "cancelled", {"CAN", "MEX"}, "2024-03-20", "2024-03-20"),
    # MEETING
    ("التقى وزير الخارجية الأردني نظيره العراقي في بغداد اليوم الأحد.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")},
     "MEETING", "occurred", {"JOR", "IRQ"}, "2024-03-10", "2024-03-10"),
    ("يلتقي الرئيس الفرنسي نظيره الألماني في برلين الأربعاء المقبل.",
     {"الأربعاء المقبل": ("2024-03-13", "2024-03-13", "day")},
     "MEETING", "planned", {"FRA", "DEU"}, "2024-03-13", "2024-03-13"),
    ("أرجأت الحكومتان السودانية والإثيوبية اجتماع وزيري الخارجية الذي كان مقررا في 15 مارس.",
     {"15 مارس": ("2024-03-15", "2024-03-15", "day")},
     "MEETING", "postponed", {"SDN", "ETH"}, "2024-03-15", "2024-03-15"),
    ("ألغي الاجتماع المقرر بين وزيري خارجية قطر والبحرين يوم 18 مارس.",
     {"يوم 18 مارس": ("2024-03-18", "2024-03-18", "day")},
     "MEETING", "cancelled", {"QAT", "BHR"}, "2024-03-18", "2024-03-18"),
    # PHONE_CALL
    ("تلقى العاهل الأردني اتصالا هاتفيا من الرئيس المصري أمس السبت.", SAT,
     "PHONE_CALL", "occurred", {"JOR", "EGY"}, "2024-03-09", "2024-03-09"),
    ("من المقرر أن يجري الرئيس الأمريكي اتصالا هاتفيا مع نظيره الصيني يوم الثلاثاء المقبل.",
     {"يوم الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day")},
     "PHONE_CALL", "planned", {"USA", "CHN"}, "2024-03-12", "2024-03-12"),
    ("تأجل الاتصال الهاتفي بين الرئيسين الروسي والأوكراني الذي كان مقررا اليوم الأحد.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")},
     "PHONE_CALL", "postponed", {"RUS", "UKR"}, "2024-03-10", "2024-03-10"),
    ("ألغت الرئاسة الفرنسية المكالمة الهاتفية التي كانت مقررة غدا بين الرئيس الفرنسي ونظيره "
     "الإيراني.", {"غدا": ("2024-03-11", "2024-03-11", "day")},
     "PHONE_CALL", "cancelled", {"FRA", "IRN"}, "2024-03-11", "2024-03-11"),
    # TALKS
    ("أجرى وزير الخارجية السعودي مباحثات مع نظيره الإيراني في الرياض يوم الخميس الماضي.",
     {"يوم الخميس الماضي": ("2024-03-07", "2024-03-07", "day")},
     "TALKS", "occurred", {"SAU", "IRN"}, "2024-03-07", "2024-03-07"),
    ("ومن المنتظر أن تعقد الجولة الثانية من المفاوضات بين الجانبين السوداني والتشادي مطلع "
     "الشهر المقبل.", {"مطلع الشهر المقبل": ("2024-04-01", "2024-04-30", "month")},
     "TALKS", "planned", {"SDN", "TCD"}, "2024-04-01", "2024-04-30"),
    ("أعلنت الخارجية الكويتية تأجيل المشاورات السياسية مع العراق، التي كانت مقررة في 25 مارس، "
     "إلى موعد لاحق.", {"25 مارس": ("2024-03-25", "2024-03-25", "day")},
     "TALKS", "postponed", {"KWT", "IRQ"}, "2024-03-25", "2024-03-25"),
    ("قررت الحكومة الليبية إلغاء مفاوضات الحدود مع تونس التي كانت مقررة الأسبوع المقبل.",
     {"الأسبوع المقبل": ("2024-03-11", "2024-03-17", "week")},
     "TALKS", "cancelled", {"LBY", "TUN"}, "2024-03-11", "2024-03-17"),
    # SUMMIT
    ("اختتمت في القاهرة أمس السبت قمة مصرية أردنية عراقية.", SAT,
     "SUMMIT", "occurred", {"EGY", "JOR", "IRQ"}, "2024-03-09", "2024-03-09"),
    ("تنطلق في الرياض يوم 20 مارس القمة العربية الصينية بمشاركة الرئيس الصيني.",
     {"يوم 20 مارس": ("2024-03-20", "2024-03-20", "day")},
     "SUMMIT", "planned", {"SAU", "CHN"}, "2024-03-20", "2024-03-20"),
    ("تقرر تأجيل قمة رؤساء مصر والسودان وإثيوبيا التي كانت ستعقد في أديس أبابا يوم 15 مارس.",
     {"يوم 15 مارس": ("2024-03-15", "2024-03-15", "day")},
     "SUMMIT", "postponed", {"EGY", "SDN", "ETH"}, "2024-03-15", "2024-03-15"),
    ("ألغت تركيا القمة الثلاثية مع روسيا وإيران التي كانت مقررة في أنقرة يوم 22 مارس.",
     {"يوم 22 مارس": ("2024-03-22", "2024-03-22", "day")},
     "SUMMIT", "cancelled", {"TUR", "RUS", "IRN"}, "2024-03-22", "2024-03-22"),
    # AGREEMENT
    ("وقع وزيرا خارجية المغرب وموريتانيا أمس السبت اتفاقية للتعاون الأمني.", SAT,
     "AGREEMENT", "occurred", {"MAR", "MRT"}, "2024-03-09", "2024-03-09"),
    ("من المرتقب أن يوقع الرئيسان الكيني والإثيوبي مذكرة تفاهم في نيروبي يوم الاثنين المقبل.",
     {"يوم الاثنين المقبل": ("2024-03-11", "2024-03-11", "day")},
     "AGREEMENT", "planned", {"KEN", "ETH"}, "2024-03-11", "2024-03-11"),
    ("أرجأت اليونان وقبرص توقيع اتفاقية ترسيم الحدود البحرية التي كانت مقررة في 28 مارس.",
     {"28 مارس": ("2024-03-28", "2024-03-28", "day")},
     "AGREEMENT", "postponed", {"GRC", "CYP"}, "2024-03-28", "2024-03-28"),
    ("ألغت الأرجنتين توقيع اتفاق تجاري مع البرازيل كان مقررا يوم الجمعة المقبل.",
     {"يوم الجمعة المقبل": ("2024-03-15", "2024-03-15", "day")},
     "AGREEMENT", "cancelled", {"ARG", "BRA"}, "2024-03-15", "2024-03-15"),
]


def _only(events, etype):
    found = [e for e in events if e.event_type == etype]
    assert len(found) == 1, [(e.event_type, e.trigger_text) for e in events]
    return found[0]


@pytest.mark.parametrize("text,dates,etype,status,parties,d0,d1", TYPE_BY_STATUS,
                         ids=[f"{c[2]}-{c[3]}" for c in TYPE_BY_STATUS])
def test_type_and_status(text, dates, etype, status, parties, d0, d1):
    e = _only(run(text, dates), etype)
    assert e.status == status
    assert set(e.participants) == parties
    assert (e.date_start, e.date_end) == (D(d0), D(d1))


@pytest.mark.parametrize("text,dates,etype,status", [
    # a change of plan told late in the event's clause
    ("أكدت مصادر دبلوماسية أن القمة الثلاثية بين مصر والأردن والعراق التي كان من المقرر "
     "عقدها في بغداد نهاية الشهر الجاري قد تأجلت إلى موعد لم يحدد.",
     {"نهاية الشهر الجاري": ("2024-03-01", "2024-03-31", "month")}, "SUMMIT", "postponed"),
    # rescheduling is a postponement, told as a predicate or as a verbal noun
    ("قالت الخارجية إن جولة الوزير الأمريكي التي كانت ستقوده نهاية الشهر الجاري إلى أوكرانيا "
     "ستعاد جدولتها.",
     {"نهاية الشهر الجاري": ("2024-03-01", "2024-03-31", "month")}, "VISIT", "postponed"),
    ("قررت الحكومة إعادة جدولة زيارة الرئيس الفرنسي إلى الجزائر التي كانت مقررة نهاية الشهر "
     "الجاري.",
     {"نهاية الشهر الجاري": ("2024-03-01", "2024-03-31", "month")}, "VISIT", "postponed"),
    # the tense of the clause's verb dates a same-day nominal trigger
    ("بحث وزيرا خارجية تونس والجزائر، خلال لقائهما في الجزائر اليوم، أوضاع المنطقة.",
     {"اليوم": ("2024-03-10", "2024-03-10", "day")}, "MEETING", "occurred"),
    ("يبحث وزيرا خارجية تونس والجزائر، خلال لقائهما في الجزائر اليوم، أوضاع المنطقة.",
     {"اليوم": ("2024-03-10", "2024-03-10", "day")}, "MEETING", "planned"),
    # a purpose (لـ) is a plan; "سبق أن" a past act
    ("يتوجه الوزير التركي إلى بغداد غدا للقاء نظيره العراقي.",
     {"غدا": ("2024-03-11", "2024-03-11", "day")}, "VISIT", "planned"),
    ("سبق أن زار الرئيس الألماني الأردن في يناير الماضي.",
     {"يناير الماضي": ("2024-01-01", "2024-01-31", "month")}, "VISIT", "occurred"),
    # a scheduled event that cannot take place is called off; a dropped plan too
    ("لن يتمكن الرئيس البرازيلي من زيارة الأرجنتين يوم الخميس المقبل كما كان مقررا.",
     {"يوم الخميس المقبل": ("2024-03-14", "2024-03-14", "day")}, "VISIT", "cancelled"),
    ("قررت الحكومة الكينية صرف النظر عن استضافة اجتماع وزيري خارجية كينيا وأوغندا يوم 20 مارس.",
     {"يوم 20 مارس": ("2024-03-20", "2024-03-20", "day")}, "MEETING", "cancelled"),
    # declining a planned visit calls it off
    ("اعتذر الرئيس البرازيلي عن زيارة الصين التي كانت مقررة يوم الخميس المقبل.",
     {"يوم الخميس المقبل": ("2024-03-14", "2024-03-14", "day")}, "VISIT", "cancelled"),
    # a visit under way since before the report has occurred
    ("يواصل الرئيس الكوري الجنوبي زيارته إلى فيتنام التي تستمر من 8 إلى 12 مارس.",
     {"من 8 إلى 12 مارس": ("2024-03-08", "2024-03-12", "day")}, "VISIT", "occurred"),
    # a change of plan that governs the next trigger is not this trigger's
    ("أجرى وزير الخارجية الهولندي أمس السبت مكالمة هاتفية مع نظيره المغربي أبلغه خلالها بقرار "
     "إلغاء الزيارة.", SAT, "PHONE_CALL", "occurred"),
], ids=["late-change", "rescheduled", "rescheduling", "past-clause", "present-clause", "purpose", "sabaqa", "cannot",
        "dropped", "declined", "under-way", "change-of-next"])
def test_status_from_context(text, dates, etype, status):
    assert _only(run(text, dates), etype).status == status


@pytest.mark.parametrize("text,dates", [
    ("وصل المنتخب المصري لكرة القدم إلى الدوحة أمس السبت استعدادا لمباراة ودية أمام المنتخب "
     "القطري.", SAT),
    ("عقد مجلس إدارة الشركة السعودية اجتماعا مع شركة إماراتية أمس السبت لمناقشة الأرباح.", SAT),
    ("تترقب الجماهير قمة الفريقين المصري والتونسي في البطولة الأفريقية يوم الجمعة.",
     {"يوم الجمعة": ("2024-03-15", "2024-03-15", "day")}),
    ("عقد وزير الخارجية الروسي مؤتمرا صحفيا مع نظيره الصيني في موسكو اليوم الأحد.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}),
    ("اجتمع وزير الخارجية المغربي مع سفراء المملكة في الخارج اليوم الأحد.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}),
    ("قال الكرملين إن الرئيس الروسي لن يزور جنوب أفريقيا الشهر المقبل.",
     {"الشهر المقبل": ("2024-04-01", "2024-04-30", "month")}),
    ("ارتفع عدد الضحايا ووصل إلى مئة شخص في الانفجار الذي وقع أمس السبت في ميناء تونس.", SAT),
    ("نظمت السفارة الفرنسية زيارة لفرقة موسيقية مغربية إلى باريس أمس السبت.", SAT),
    ("عقدت لجنة الشؤون الخارجية بالبرلمان الأردني اجتماعا مع السفير العراقي أمس السبت.", SAT),
    ("زار الطلاب الكويتيون متحف القاهرة أمس السبت.", SAT),
], ids=["football-team", "company-board", "sports-summit", "press-conference",
        "own-ambassadors", "negated", "look-alike-verbs", "music-troupe", "parliament-committee",
        "students-museum"])
def test_no_event(text, dates):
    assert run(text, dates) == []


def test_undated_meeting_has_no_date():
    e = _only(run("وكان وزير الخارجية التونسي قد التقى نظيره الليبي وبحثا العلاقات الثنائية."),
              "MEETING")
    assert set(e.participants) == {"TUN", "LBY"}
    assert (e.date_start, e.date_end, e.date_granularity, e.date_text) == (None,) * 4


@pytest.mark.parametrize("text,dates,etype,status,dated", [
    # a signing announced on a day is dated by the announcement
    ("أعلنت الرئاسة اللبنانية اليوم الأحد توقيع اتفاقية بين لبنان وقبرص.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "AGREEMENT", "occurred", True),
    # a planned meeting announced on a day stays undated
    ("أعلنت الخارجية التركية أمس السبت عن اجتماع مرتقب بين وزيري خارجية تركيا واليونان.", SAT,
     "MEETING", "planned", False),
    # the decision date of a postponement is not the event's, nor the new date after إلى
    ("قررت ماليزيا وإندونيسيا أمس السبت تأجيل الاجتماع الوزاري إلى أبريل المقبل.",
     SAT | {"أبريل المقبل": ("2024-04-01", "2024-04-30", "month")}, "MEETING", "postponed",
     False),
    # a date after "منذ" dates another clause
    # (after an opening sentence of no event: not the lead act, which the publication day dates)
    ("ارتفعت أسعار النفط في الأسواق العالمية. زار الرئيس الغاني نيجيريا للمرة الثانية منذ توليه "
     "الحكم في 3 يناير الماضي.",
     {"3 يناير الماضي": ("2024-01-03", "2024-01-03", "day")}, "VISIT", "occurred", False),
    # the start of an event reported on a day: begun that day; not a start told as a plan
    ("أعلن المتحدث باسم الخارجية القطرية اليوم الأحد عن انطلاق المفاوضات بين السودان وجنوب "
     "السودان في الدوحة.", {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "TALKS",
     "occurred", True),
    ("أفادت مراسلة قناة روسيا اليوم، اليوم الأحد، بافتتاح الاجتماع الذي يضم وزراء خارجية الأردن "
     "ومصر.", {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "MEETING", "occurred", True),
], ids=["signing-announced", "plan-announced", "postponement-decision", "since-clause",
        "start-reported", "opening-reported"])
def test_report_and_reference_dates(text, dates, etype, status, dated):
    e = _only(run(text, dates), etype)
    assert e.status == status
    assert (e.date_start is not None) == dated


def test_start_in_a_reported_clause_is_not_the_report_day():
    """"أعلن ... أن انطلاق المفاوضات سيكون في الدوحة": the start is the clause's subject."""
    text = "أعلن المتحدث اليوم الأحد أن انطلاق المفاوضات بين السودان وجنوب السودان سيكون في الدوحة."
    e = _only(run(text, {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}), "TALKS")
    assert e.date_start is None


@pytest.mark.parametrize("text,dates,d0,d1", [
    ("يبدأ الرئيس الإندونيسي زيارة رسمية إلى ماليزيا تستغرق ثلاثة أيام يوم الثلاثاء المقبل.",
     {"يوم الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day")}, "2024-03-12", "2024-03-14"),
    ("يتوجه وزير الدفاع الأمريكي إلى إسرائيل غدا في زيارة رسمية لمدة يومين.",
     {"غدا": ("2024-03-11", "2024-03-11", "day")}, "2024-03-11", "2024-03-12"),
    ("يصل الرئيس الفيتنامي إلى اليابان اليوم الأحد. وتستمر الزيارة ثلاثة أيام.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-10", "2024-03-12"),
    ("يصل الرئيس الفيتنامي إلى اليابان اليوم الأحد، وتستمر الزيارة مدة يومين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-10", "2024-03-11"),
    ("أفادت الخارجية الروسية بأن زيارة وزير الخارجية الروسي إلى مصر يوم 12 مارس قد تأجلت "
     "لمدة أسبوع.", {"يوم 12 مارس": ("2024-03-12", "2024-03-12", "day")},
     "2024-03-12", "2024-03-12"),
    ("يقوم رئيس الوزراء الماليزي بزيارة إلى تايلاند تستغرق ثلاثة أيام تبدأ الثلاثاء 12 مارس.",
     {"الثلاثاء 12 مارس": ("2024-03-12", "2024-03-12", "day")}, "2024-03-12", "2024-03-14"),
    ("بدأ الرئيس الفنلندي اليوم الأحد زيارة رسمية إلى مصر، تلبية لدعوة من نظيره المصري، تستمر "
     "ليومين.", {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-10", "2024-03-11"),
    # a visit that ended on its date: the duration runs back from it
    ("اختتم الرئيس الفرنسي أمس السبت زيارة إلى المغرب استمرت ثلاثة أيام.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}, "2024-03-07", "2024-03-09"),
    ("عاد رئيس الوزراء العراقي اليوم الأحد من زيارة إلى إيران استغرقت يومين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-09", "2024-03-10"),
    ("ينهي وزير الخارجية الياباني غدا زيارته إلى مصر التي تدوم ثلاثة أيام.",
     {"غدا": ("2024-03-11", "2024-03-11", "day")}, "2024-03-09", "2024-03-11"),
    ("غادر الرئيس البرازيلي مصر، اليوم الأحد، بعد زيارة للقاهرة استمرت يومين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-09", "2024-03-10"),
    ("غادر الرئيس البرازيلي مصر، اليوم الأحد، بعد زيارة للمملكة استمرت يومين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-09", "2024-03-10"),
    ("غادر الرئيس البرازيلي الرياض اليوم الأحد متوجها إلى القاهرة في زيارة تستمر يومين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-10", "2024-03-11"),
    # ended on its date, begun on the date told after it: from one to the other
    ("يختتم الرئيس الإندونيسي اليوم الأحد زيارته إلى الصين التي بدأها الخميس الماضي.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "الخميس الماضي": ("2024-03-07", "2024-03-07", "day")}, "2024-03-07", "2024-03-10"),
    ("اختتم وزير الخارجية الهندي أمس السبت زيارة إلى اليابان بدأها في 4 مارس.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
      "في 4 مارس": ("2024-03-04", "2024-03-04", "day")}, "2024-03-04", "2024-03-09"),
    # ended on its date after an arrival told before the visit's noun: from the arrival on
    ("غادر الرئيس الكيني العاصمة الإثيوبية اليوم الأحد، بعد وصوله أمس السبت في زيارة رسمية.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "أمس السبت": ("2024-03-09", "2024-03-09", "day")}, "2024-03-09", "2024-03-10"),
    ("غادرت رئيسة الوزراء الإيطالية تونس اليوم الأحد بعد قدومها الخميس الماضي في زيارة عمل.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "الخميس الماضي": ("2024-03-07", "2024-03-07", "day")}, "2024-03-07", "2024-03-10"),
    # lasting until a date: it ends on that date
    ("يصل الرئيس الفيتنامي إلى اليابان اليوم الأحد في زيارة تستمر حتى الأربعاء 13 مارس.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "الأربعاء 13 مارس": ("2024-03-13", "2024-03-13", "day")}, "2024-03-10", "2024-03-13"),
    # ... or told of the event named again in a later sentence, as planned or not
    ("يصل الرئيس اللبناني إلى الدوحة اليوم الأحد في زيارة رسمية. وتستمر الزيارة حتى الثلاثاء 12 "
     "مارس.", {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
               "الثلاثاء 12 مارس": ("2024-03-12", "2024-03-12", "day")}, "2024-03-10", "2024-03-12"),
    ("غادر الرئيس اللبناني صباح اليوم الأحد إلى الدوحة في زيارة رسمية إلى قطر. ومن المقرر أن "
     "تستمر الزيارة حتى بعد ظهر يوم غد الاثنين.",
     {"صباح اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "بعد ظهر يوم غد الاثنين": ("2024-03-11", "2024-03-11", "day")}, "2024-03-10", "2024-03-11"),
    # a duration, then its end on the date told after the trigger: back from that date
    ("يلتقي الوزير الياباني خلال زيارته إلى مصر التي تستمر ثلاثة أيام وتنتهي الثلاثاء، الرئيس "
     "المصري.", {"الثلاثاء": ("2024-03-12", "2024-03-12", "day")}, "2024-03-10", "2024-03-12"),
    # told after it, begun on one date and ending on a later one: from one to the other
    ("وقع الجانبان اتفاقية خلال زيارة يقوم بها الرئيس السنغالي لموريتانيا، تلبية لدعوة من "
     "نظيره، بدأت أمس السبت وتنتهي اليوم الأحد.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
      "اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "2024-03-09", "2024-03-10"),
    # going on now ("حاليا") since its day: to the publication day
    ("ألقى الرئيس الجيبوتي، الذي يزور إثيوبيا حاليا، خطابا مساء أمس السبت أمام البرلمان.",
     {"مساء أمس السبت": ("2024-03-09", "2024-03-09", "day")}, "2024-03-09", "2024-03-10"),
], ids=["tastaghriq", "li-muddat", "next-sentence", "muddat", "postponement-delay", "duration-first",
        "li-yawmayn-after-a-clause", "concluded", "returned-from", "will-conclude",
        "departed-after", "departed-after-its-visit", "departed-to",
        "ends-what-began", "ended-what-began", "left-after-arriving", "left-after-coming",
        "lasts-until", "lasts-until-told-after", "planned-to-last-until", "ends-on-its-date",
        "begins-then-ends", "going-on-now"])
def test_duration_extends_end(text, dates, d0, d1):
    e = _only(run(text, dates), "VISIT")
    assert (e.date_start, e.date_end) == (D(d0), D(d1))


def test_lasting_until_a_weekday_read_after_its_start():
    """"تستمر حتى الجمعة" after a start on a later Wednesday: the Friday after that start, not
    the Friday the report's day gives the bare weekday."""
    text = "يبدأ الرئيس التونسي يوم الأربعاء المقبل زيارة رسمية إلى الجزائر تستمر حتى الجمعة."
    rows = timex_rows("t", text, {"يوم الأربعاء المقبل": ("2024-03-13", "2024-03-13", "day"),
                                  "الجمعة": ("2024-03-15", "2024-03-15", "day")})
    parsed = parse(text)
    for friday, rule in (("2024-03-15", "test"), ("2024-03-08", "weekday_tense")):
        rows = [dataclasses.replace(r, value_start=D(friday), value_end=D(friday), rule=rule)
                if r.text == "الجمعة" else r for r in rows]
        e = _only(extract_events("t", text, PUBLISHED, parsed.sentences, parsed.tokens, rows),
                  "VISIT")
        assert (e.date_start, e.date_end) == (D("2024-03-13"), D("2024-03-15")), rule


@pytest.mark.parametrize("text", [
    "قررت الحكومة الأردنية تأجيل اجتماع وزراء الخارجية العرب المقرر في عمان هذا الأسبوع، إلى يوم "
    "الخميس بدلا من يوم الأربعاء.",
    "أجلت تونس والجزائر اجتماع اللجنة المشتركة إلى يوم الخميس عوضا عن يوم الأربعاء.",
])
def test_postponed_keeps_the_day_it_replaced(text):
    """After a postponement, the date "بدلا من/عوضا عن" names is the day that was planned."""
    dates = {"هذا الأسبوع": ("2024-03-04", "2024-03-10", "week"),
             "يوم الخميس": ("2024-03-14", "2024-03-14", "day"),
             "يوم الأربعاء": ("2024-03-13", "2024-03-13", "day")}
    e = _only(run(text, dates), "MEETING")
    assert (e.status, e.date_start.isoformat(), e.date_end.isoformat()) == (
        "postponed", "2024-03-13", "2024-03-13")


@pytest.mark.parametrize("text,dates,key,expected", [
    ("أجرى الرئيس الإيطالي مباحثات مع نظيره التركي أمس السبت.", SAT, "participants",
     ["ITA", "TUR"]),
    ("التقى المسؤولون الأتراك والروس في جنيف أمس السبت لبحث الأزمة السورية.", SAT,
     "participants", ["RUS", "TUR"]),
    ("التقى الأمين العام للأمم المتحدة وزير الخارجية السوري في نيويورك أمس السبت.", SAT,
     "participants", ["SYR", "UNO"]),
    ("وقع الاتحاد الأوروبي ومصر اتفاقية شراكة في القاهرة أمس السبت.", SAT, "participants",
     ["EGY", "EUR"]),
    ("يلتقي الرئيس الفرنسي نظيره الألماني في برلين الأربعاء المقبل.",
     {"الأربعاء المقبل": ("2024-03-13", "2024-03-13", "day")}, "location",
     ("برلين", "DEU")),
    ("وصل الرئيس التونسي إلى مدينة إسطنبول التركية أمس السبت.", SAT, "location",
     ("إسطنبول التركية", "TUR")),
    ("استقبل الرئيس المصري بقصر الاتحادية اليوم الأحد الرئيس الكيني.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, "location", ("قصر الاتحادية", "EGY")),
    ("تلقى العاهل الأردني اتصالا هاتفيا من الرئيس المصري أمس السبت.", SAT, "actors",
     ("EGY", "JOR")),
    ("استقبل الرئيس السنغالي في داكار أمس السبت وزير الخارجية الغاني.", SAT, "actors",
     ("GHA", "SEN")),
    ("قال المتحدث باسم الخارجية الإيرانية إن الوزير سيزور بغداد غدا.",
     {"غدا": ("2024-03-11", "2024-03-11", "day")}, "actors", ("IRN", "IRQ")),
    ("بحثت الصين والهند في اجتماع عقد في نيودلهي أمس السبت ملف الحدود مع باكستان.", SAT,
     "participants", ["CHN", "IND"]),
    ("تلقى سيادة الرئيس العراقي أمس السبت دعوة من الرئيس التركي لحضور القمة التي تعقد في "
     "أبريل المقبل.", dict(SAT, **{"أبريل المقبل": ("2024-04-01", "2024-04-30", "month")}),
     "participants", ["IRQ", "TUR"]),
    ("استقبل سيادة رئيس الجمهورية الجزائري أمس السبت وزير الخارجية الإيطالي.", SAT,
     "actors", ("ITA", "DZA")),
    ("التقى الرئيس المصري نظيره الفرنسي في باريس أمس السبت لبحث دعم سيادة ليبيا.", SAT,
     "participants", ["EGY", "FRA"]),
], ids=["counterpart", "demonym-plurals", "un", "eu", "capital-venue", "city-demonym",
        "palace-venue",
        "caller-first", "host-second", "bare-title", "topic-dropped", "honorific-not-topic",
        "honorific-host", "sovereignty-topic"])
def test_actors(text, dates, key, expected):
    events = run(text, dates)
    assert len(events) == 1
    e = events[0]
    got = {"participants": e.participants, "location": (e.location_text, e.location_country),
           "actors": (e.actor1_country, e.actor2_country)}[key]
    assert got == expected


def test_relative_clause_subject_is_the_party_before_the_pronoun():
    events = run("عقد الرئيس الكيني أمس السبت محادثات مع رئيس الوزراء الهندي، الذي يقوم بزيارة "
                 "إلى كينيا من 9 إلى 11 مارس.",
                 {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
                  "من 9 إلى 11 مارس": ("2024-03-09", "2024-03-11", "day")})
    visit = _only(events, "VISIT")
    assert set(visit.participants) == {"IND", "KEN"}
    assert visit.actor1_country == "IND"


@pytest.mark.parametrize("text,visitor", [
    # the venue's owner after a building word is not the one the pronoun names
    ("استقبل وزير الخارجية المغربي نظيره اليمني أمس السبت بمقر وزارة الخارجية، والذي يقوم "
     "بزيارة إلى المغرب من 9 إلى 11 مارس.", "YEM"),
    ("استقبل الرئيس المصري رئيس الوزراء الهندي أمس السبت في قصر الرئاسة المصرية، الذي يقوم "
     "بزيارة إلى مصر من 9 إلى 11 مارس.", "IND"),
    # ... a person named last still is
    ("استقبل وزير الخارجية المغربي أمس السبت بمقر الوزارة نظيره اليمني، الذي يقوم بزيارة إلى "
     "المغرب من 9 إلى 11 مارس.", "YEM"),
], ids=["ministry-venue", "palace-venue", "person-last"])
def test_relative_clause_subject_is_no_venue(text, visitor):
    events = run(text, {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
                        "من 9 إلى 11 مارس": ("2024-03-09", "2024-03-11", "day")})
    visit = _only(events, "VISIT")
    assert visit.actor1_country == visitor


def test_headline_and_body_merge_into_one_event():
    text = ("وزير الخارجية الهندي يزور سريلانكا\n"
            "يبدأ وزير الخارجية الهندي غدا الاثنين زيارة إلى سريلانكا. وتستمر الزيارة يومين.")
    events = run(text, {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")})
    assert len(events) == 1
    e = events[0]
    assert (e.status, e.date_start, e.date_end) == ("planned", D("2024-03-11"), D("2024-03-12"))
    assert len(e.mentions) == 3
    assert e.trigger_text == "زيارة" and e.trigger_start > text.index("\n")  # body, not headline


def test_body_status_wins_over_headline():
    text = ("إلغاء زيارة الرئيس التشادي إلى النيجر\n"
            "أعلنت تشاد تأجيل زيارة الرئيس التشادي إلى النيجر التي كانت مقررة يوم الثلاثاء.")
    events = run(text, {"يوم الثلاثاء": ("2024-03-12", "2024-03-12", "day")})
    assert [(e.event_type, e.status, len(e.mentions)) for e in events] == [
        ("VISIT", "postponed", 2)]


def test_plan_reported_later_as_changed():
    text = ("ألغت بولندا زيارة رئيس الوزراء البولندي إلى أوكرانيا.\n"
            "وكان من المقرر أن يزور رئيس الوزراء البولندي أوكرانيا يوم 14 مارس.")
    e = _only(run(text, {"يوم 14 مارس": ("2024-03-14", "2024-03-14", "day")}), "VISIT")
    assert (e.status, e.date_start) == ("cancelled", D("2024-03-14"))


def test_tour_gives_one_visit_per_destination():
    text = ("يبدأ أمير الكويت اليوم الأحد جولة خليجية يستهلها بزيارة الإمارات ثم قطر. وسيزور "
            "قطر يوم 12 مارس.")
    events = run(text, {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
                        "يوم 12 مارس": ("2024-03-12", "2024-03-12", "day")})
    got = sorted((e.location_country, e.date_start) for e in events)
    assert got == [("ARE", D("2024-03-10")), ("QAT", D("2024-03-12"))]
    assert all(e.participants == sorted({"KWT", e.location_country}) for e in events)
    assert len({e.event_id for e in events}) == 2


def test_two_destinations_share_the_date():
    text = "كان من المقرر أن يزور وزير الخارجية الإيراني روسيا وأرمينيا يومي 11 و12 مارس."
    events = run(text, {"يومي 11 و12 مارس": ("2024-03-11", "2024-03-12", "day")})
    assert sorted((e.location_text, e.location_country, e.date_start, e.date_end)
                  for e in events) == [
        ("أرمينيا", "ARM", D("2024-03-11"), D("2024-03-12")),
        ("روسيا", "RUS", D("2024-03-11"), D("2024-03-12"))]
    assert len({e.event_id for e in events}) == 2


@pytest.mark.parametrize("text,dates,expected", [
    # talks held during a visit fold into it
    ("يبدأ رئيس الوزراء الإثيوبي اليوم الأحد زيارة لمصر يجري خلالها محادثات مع الرئيس المصري.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, ["VISIT"]),
    # a meeting with its own date stays a separate event
    ("وصل وزير الخارجية الإيراني إلى دمشق أمس السبت، واستقبله الرئيس السوري اليوم الأحد.",
     SAT | {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}, ["MEETING", "VISIT"]),
    # "اتصال هاتفي" and the consultation verb around it are one call
    ("بحث وزير الخارجية الأمريكي مع نظيره السعودي في اتصال هاتفي أمس السبت الوضع في اليمن.",
     SAT, ["PHONE_CALL"]),
], ids=["talks-in-visit", "meeting-own-date", "call-with-consultation-verb"])
def test_one_event_per_happening(text, dates, expected):
    assert sorted(e.event_type for e in run(text, dates)) == expected


FIXTURES = [c[0] for c in TYPE_BY_STATUS] + [
    "وزير الخارجية الهندي يزور سريلانكا\nيبدأ وزير الخارجية الهندي غدا زيارة إلى سريلانكا.",
    "التقى وزير الخارجية التونسي نظيره الليبي وبحثا العلاقات الثنائية.",
    "قمة مصرية برازيلية في القاهرة اليوم.. وتفاصيل زيارة الرئيس البرازيلي لمصر",
]
SEPARATORS = ["\n", " ", "\n\n", ". ", "، "]


def check_invariants(text: str, events) -> None:
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    for e in events:
        assert text[e.trigger_start:e.trigger_end] == e.trigger_text and e.trigger_text
        assert text[e.evidence_start:e.evidence_end] == e.evidence_text
        assert e.evidence_start <= e.trigger_start < e.trigger_end <= e.evidence_end
        assert all(0 <= m["start"] < m["end"] <= len(text) for m in e.mentions)
        assert {"start": e.trigger_start, "end": e.trigger_end} in e.mentions
        assert e.participants == sorted(set(e.participants))
        assert len(e.participants) >= (1 if e.date_start else 2)  # one state only when dated
        assert {e.actor1_country, e.actor2_country} - {None} <= set(e.participants)
        assert 0.0 <= e.confidence <= 1.0
        assert (e.date_start is None) == (e.date_end is None) == (e.date_granularity is None)
        assert e.date_start is None or e.date_start <= e.date_end
        assert e.status in ("occurred", "planned", "postponed", "cancelled")


@pytest.mark.parametrize("text", FIXTURES)
def test_invariants_on_fixtures(text):
    check_invariants(text, run(text))


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.sampled_from(FIXTURES), min_size=1, max_size=5),
       seps=st.lists(st.sampled_from(SEPARATORS), min_size=5, max_size=5),
       shift=st.integers(min_value=-400, max_value=400),
       noise=st.sampled_from(["", "\u0651", "\u200f", "ـ", "  "]))
def test_invariants_on_random_documents(parts, seps, shift, noise):
    text = "".join(p.replace("ي", "ي" + noise, 1) + s for p, s in zip(parts, seps))
    check_invariants(text, run(text, published=PUBLISHED + dt.timedelta(days=shift)))


VOCABULARY = ["زيارة", "زار", "وصل", "إلى", "الى", "مصر", "تركيا", "الروسي", "نظيره", "التقى",
              "اتصالا", "هاتفيا", "بحث", "مع", "بين", "قمة", "اتفاقية", "وقع", "تأجيل", "ألغى",
              "سيزور", "التي", "كانت", "مقررة", "أمس", "الرئيس", "وزير", "الخارجية", "في",
              "بشأن", "ليبيا", "لمدة", "يومين", "ثم", "قطر", "البلاد", "،", ".", "\n", ":", "أن",
              "أعلن", "منذ", "بعد", "الاجتماع", "المرتقب", "لن", "للبحرين", "واشنطن", "وفد"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(VOCABULARY), max_size=40),
       dated=st.lists(st.integers(min_value=0, max_value=39), max_size=3))
def test_invariants_on_random_word_salad(words, dated):
    text = " ".join(words)
    dates = {w: ("2024-03-09", "2024-03-09", "day") for k, w in enumerate(words) if k in dated
             and w not in "،.:\n"}
    check_invariants(text, run(text, dates))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "،.", "123"])
def test_degenerate_texts(text):
    assert run(text) == []
