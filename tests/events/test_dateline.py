"""The lead act dated by the article's own dateline, or with none by its publication day
(sentences written for these tests, published Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

DATES = {"الأحد 10 مارس 2024": ("2024-03-10", "2024-03-10", "day"),
         "السبت 9 مارس 2024": ("2024-03-09", "2024-03-09", "day"),
         "10/03/2024": ("2024-03-10", "2024-03-10", "day"),
         "أمس السبت": ("2024-03-09", "2024-03-09", "day"),
         "الجمعة 8 مارس": ("2024-03-08", "2024-03-08", "day"),
         "مايو 2013": ("2013-05-01", "2013-05-31", "month"),
         "صباح اليوم": ("2024-03-10", "2024-03-10", "day"),
         "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "مساء أمس السبت": ("2024-03-09", "2024-03-09", "day")}
LEAD = "التقى الرئيس التركي نظيره الأذربيجاني في مدينة سمرقند الأوزبكية."


def _order(row: tuple) -> tuple:
    return tuple("" if x is None else x for x in row)


def rows(text: str) -> list[tuple]:
    """(type, status, first day, date basis) of each event of ``text``, sorted."""
    return sorted(((e.event_type, e.status, e.date_start and e.date_start.isoformat(),
                    e.date_basis) for e in run(text, DATES)), key=_order)


@pytest.mark.parametrize("text,expected", [
    # a dateline on the publication day dates the done act the article opens with
    ("الأحد 10 مارس 2024\n" + LEAD, [("MEETING", "occurred", "2024-03-10", "dateline")]),
    ("لقاء في سمرقند\nالأحد 10 مارس 2024\n" + LEAD,
     [("MEETING", "occurred", "2024-03-10", "dateline")]),
    # a time stamp before the date makes it a dateline too
    ("07:04 م 10/03/2024 تعديل في 07:24 م\n" + LEAD,
     [("MEETING", "occurred", "2024-03-10", "dateline")]),
    # not the publication day, a plan, or a lead dated by its own sentence: no dateline date
    ("السبت 9 مارس 2024\n" + LEAD, [("MEETING", "occurred", None, None)]),
    ("الأحد 10 مارس 2024\nيزور الرئيس التركي أذربيجان لبحث العلاقات الثنائية.",
     [("VISIT", "planned", None, None)]),
    ("الأحد 10 مارس 2024\nالتقى الرئيس التركي أمس السبت نظيره الأذربيجاني في سمرقند.",
     [("MEETING", "occurred", "2024-03-09", "clause")]),
    # only the lead act: a later one stays undated
    ("الأحد 10 مارس 2024\n" + LEAD + "\nوكان الرئيس التركي قد زار إيران لبحث الملف النووي.",
     [("MEETING", "occurred", "2024-03-10", "dateline"), ("VISIT", "occurred", None, None)]),
    # the acts told after the lead go on from its dateline day
    ("الأحد 10 مارس 2024\n" + LEAD + "\nوفي وقت سابق، وصل الرئيس التركي إلى مدينة سمرقند.",
     [("MEETING", "occurred", "2024-03-10", "dateline"),
      ("VISIT", "occurred", "2024-03-10", "narrative")]),
])
def test_dateline_dates_the_lead_act(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # no dateline: the done act the article opens with is the publication day's news
    (LEAD, [("MEETING", "occurred", "2024-03-10", "publication")]),
    ("أعلنت الرئاسة أن الرئيس التركي التقى نظيره الأذربيجاني.",
     [("MEETING", "occurred", "2024-03-10", "publication")]),
    # ... or a past verb before it in its sentence tells it done
    ("استقبلت إيران السلطان العماني، في أول زيارة يقوم بها زعيم عربي إلى طهران.",
     [("VISIT", "occurred", "2024-03-10", "publication")]),
    # ... or a perfect verb the parse makes it the subject of ("انتهت زيارة ...")
    ("انتهت زيارة وزير الخارجية المغربي إلى موريتانيا.",
     [("VISIT", "occurred", "2024-03-10", "publication")]),
    # ... not a plan, nor when a date comes before it or the act is told again with its date
    ("يلتقي الرئيس التركي نظيره الأذربيجاني في مدينة سمرقند الأوزبكية.",
     [("MEETING", "planned", None, None)]),
    ("قمة في سمرقند أمس السبت\n" + LEAD,
     [("MEETING", "occurred", None, None), ("SUMMIT", "occurred", "2024-03-09", "clause")]),
    (LEAD + "\nوكان اللقاء قد عقد أمس السبت بين الرئيسين التركي والأذربيجاني.",
     [("MEETING", "occurred", "2024-03-09", "clause")]),
    # a date in a relative clause after it dates another event, not the lead act
    ("استقبل الرئيس الجزائري وزير الخارجية المصري والوزراء المشاركين في مؤتمر دول جوار ليبيا، "
     "والذي انطلق أمس السبت.", [("MEETING", "occurred", "2024-03-10", "publication"),
                                ("SUMMIT", "occurred", "2024-03-09", "clause")]),
    # ... or a date of a "منذ ..." clause
    ("استقبلت إيران السلطان العماني، في أول زيارة يقوم بها زعيم دولة منذ تنصيب الرئيس الإيراني "
     "الجمعة 8 مارس.", [("VISIT", "occurred", "2024-03-10", "publication")]),
    # ... but a date right in its sentence is its own
    ("استقبل الرئيس الجزائري أمس السبت وزير الخارجية المصري المشارك في مؤتمر دول جوار ليبيا.",
     [("MEETING", "occurred", "2024-03-09", "clause")]),
    # an event of its type between its states dated long before, told after it, is another
    (LEAD + "\nوفي مايو 2013، التقى الرئيس التركي نظيره الأذربيجاني في باكو.",
     [("MEETING", "occurred", "2013-05-01", "clause"),
      ("MEETING", "occurred", "2024-03-10", "publication")]),
    # a meeting with no date of its own held within a visit of that day is part of the visit
    ("استقبل رئيس الوزراء السوري وزير الخارجية الإيراني والوفد المرافق له.\nوكان الوزير "
     "الإيراني قد وصل صباح اليوم إلى دمشق في زيارة رسمية.",
     [("VISIT", "occurred", "2024-03-10", "clause")]),
    ("الأحد 10 مارس 2024\nاستقبل الرئيس اللبناني وزير الخارجية القطري في قصر بعبدا.\nوكان "
     "الوزير القطري قد وصل صباح اليوم إلى بيروت في زيارة رسمية.",
     [("VISIT", "occurred", "2024-03-10", "clause")]),
    # ... not within a visit of other states
    ("استقبل رئيس الوزراء السوري وزير الخارجية الإيراني.\nوكان وزير الخارجية العراقي قد وصل "
     "صباح اليوم إلى دمشق في زيارة رسمية.",
     [("MEETING", "occurred", "2024-03-10", "publication"),
      ("VISIT", "occurred", "2024-03-10", "clause")]),
])
def test_publication_day_dates_the_lead_act(text, expected):
    assert rows(text) == sorted(expected, key=_order)


CALLS = ("أجرى الرئيس الإيراني اتصالا هاتفيا مع نظيره الروسي.\n"
         "وكان الرئيسان الروسي والإيراني أجريا اتصالا هاتفيا الجمعة 8 مارس.")


@pytest.mark.parametrize("text,expected", [
    # an act told as earlier ("وكان ... أجريا") is not the news the article opens with
    ("الأحد 10 مارس 2024\n" + CALLS, [("PHONE_CALL", "occurred", "2024-03-08", "clause"),
                                      ("PHONE_CALL", "occurred", "2024-03-10", "dateline")]),
    (CALLS, [("PHONE_CALL", "occurred", None, None),
             ("PHONE_CALL", "occurred", "2024-03-08", "clause")]),
    # told again, not as earlier: one call
    ("أجرى الرئيس الإيراني اتصالا هاتفيا مع نظيره الروسي.\n"
     "وجرى الاتصال الجمعة 8 مارس بين الرئيسين الروسي والإيراني.",
     [("PHONE_CALL", "occurred", "2024-03-08", "clause")]),
])
def test_act_told_as_earlier_is_another_event(text, expected):
    assert rows(text) == sorted(expected, key=_order)


@pytest.mark.parametrize("text,expected", [
    # an act told "earlier" or "later" with no date, in a report of the lead act's day: that day
    ("أجرى أمير قطر مباحثات مع الرئيس التركي في الدوحة. ووصل الرئيس التركي في وقت سابق إلى "
     "الدوحة قادما من الكويت.",
     [("TALKS", "occurred", "2024-03-10", "publication"),
      ("VISIT", "occurred", "2024-03-10", "publication")]),
    ("التقى وزير الخارجية الروسي نظيره المصري في القاهرة. وفي وقت لاحق استقبل الرئيس التونسي "
     "وزير الخارجية الأردني.",
     [("MEETING", "occurred", "2024-03-10", "publication"),
      ("MEETING", "occurred", "2024-03-10", "publication")]),
    # the lead act dated another day: "earlier" says nothing of the day
    ("أجرى أمير قطر أمس السبت مباحثات مع الرئيس التركي في الدوحة. وزار الرئيس التركي في وقت "
     "سابق الكويت.",
     [("TALKS", "occurred", "2024-03-09", "clause"), ("VISIT", "occurred", None, None)]),
    # a plan told "later" is no act of the day
    ("أجرى أمير قطر مباحثات مع الرئيس التركي في الدوحة. ويزور الرئيس التركي في وقت لاحق "
     "سلطنة عمان.",
     [("TALKS", "occurred", "2024-03-10", "publication"), ("VISIT", "planned", None, None)]),
    # the lead act the day before: the arrival at its venue "earlier" is of its day
    ("انطلقت أمس السبت القمة الثلاثية حول سوريا في العاصمة الإيرانية طهران بحضور الرئيسين "
     "التركي والروسي. وفي وقت سابق وصل الرئيس التركي إلى طهران قادما من أنقرة.",
     [("SUMMIT", "occurred", "2024-03-09", "clause"),
      ("VISIT", "occurred", "2024-03-09", "publication")]),
    # a part of the day with no date, even told as earlier ("وكان ... وصلا فجرا")
    ("أجرى وزير الخارجية العماني اليوم الأحد اتصالا هاتفيا مع نظيره الإيراني. وكان المبعوث "
     "الأمريكي وصل فجرا إلى العاصمة العمانية.",
     [("PHONE_CALL", "occurred", "2024-03-10", "clause"),
      ("VISIT", "occurred", "2024-03-10", "publication")]),
    # ... but not one with a date of its own
    ("عقد وزير الخارجية العماني اليوم الأحد اجتماعا مع المبعوث الأمريكي في مسقط. وكان المبعوث "
     "الأمريكي قد زار مسقط مساء أمس السبت.",
     [("MEETING", "occurred", "2024-03-10", "clause"),
      ("VISIT", "occurred", "2024-03-09", "clause")]),
], ids=["earlier", "later", "lead-another-day", "plan", "arrival-at-the-venue-the-day-before",
        "dawn", "evening-dated"])
def test_act_told_earlier_or_later_is_of_the_reported_day(text, expected):
    assert rows(text) == sorted(expected, key=_order)
