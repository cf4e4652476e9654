"""Events of a visit's programme dated by their place in it (sentences written for these
tests, published Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

STAY = {"من 11 إلى 13 مارس": ("2024-03-11", "2024-03-13", "day")}
MONDAY = {"يوم الإثنين 11 مارس": ("2024-03-11", "2024-03-11", "day")}
TOMORROW = {"غدا": ("2024-03-11", "2024-03-11", "day")}

# (text, dates, expected (type, participants, date_start, date_end) rows)
CASES = [
    # a named day of the stay
    ("يبدأ الرئيس البرازيلي زيارة رسمية إلى الهند تمتد من 11 إلى 13 مارس. "
     "وفي اليوم الثاني، سيجري الرئيس البرازيلي مباحثات مع رئيس الوزراء الهندي.", STAY,
     [("VISIT", ["BRA", "IND"], "2024-03-11", "2024-03-13"),
      ("TALKS", ["BRA", "IND"], "2024-03-12", "2024-03-12")]),
    ("يبدأ الرئيس البرازيلي زيارة رسمية إلى الهند تمتد من 11 إلى 13 مارس. "
     "وفي اليوم الأخير، سيلتقي الرئيس البرازيلي رئيس الوزراء الهندي.", STAY,
     [("VISIT", ["BRA", "IND"], "2024-03-11", "2024-03-13"),
      ("MEETING", ["BRA", "IND"], "2024-03-13", "2024-03-13")]),
    # the next item of the programme, on the day of the one before, is an event of its own (in
    # the visit's sentence too: the programme dates it)
    ("يستهل رئيس الوزراء الياباني زيارته إلى فيتنام يوم الإثنين 11 مارس بحفل استقبال، يليه لقاء "
     "مع الرئيس الفيتنامي.", MONDAY,
     [("VISIT", ["JPN", "VNM"], "2024-03-11", "2024-03-11"),
      ("MEETING", ["JPN", "VNM"], "2024-03-11", "2024-03-11")]),
    ("يستهل رئيس الوزراء الياباني زيارته إلى فيتنام يوم الإثنين 11 مارس بحفل استقبال. ويتوجه "
     "بعد ذلك إلى القصر الرئاسي حيث سيجري مباحثات مع الرئيس الفيتنامي.", MONDAY,
     [("VISIT", ["JPN", "VNM"], "2024-03-11", "2024-03-11"),
      ("TALKS", ["JPN", "VNM"], "2024-03-11", "2024-03-11")]),
    # no order word: the meeting has no date of its own and folds into the visit
    ("يصل رئيس الوزراء الياباني غدا إلى فيتنام. وسيعقد اجتماعا مع الرئيس الفيتنامي.", TOMORROW,
     [("VISIT", ["JPN", "VNM"], "2024-03-11", "2024-03-11")]),
    # an act going along with the dated act before it ("بالإضافة إلى توقيعه") is on its day,
    # with its states
    ("وسيعقد رئيس الوزراء التركي جلسة مباحثات مع رئيس الوزراء المصري غدا، بالإضافة إلى توقيعه "
     "عددا من الاتفاقيات لتوسيع الاستثمارات.", TOMORROW,
     [("AGREEMENT", ["EGY", "TUR"], "2024-03-11", "2024-03-11"),
      ("TALKS", ["EGY", "TUR"], "2024-03-11", "2024-03-11")]),
    # "اليوم الثاني للزيارة" names a day of the visit told, no second visit ("ل": of it, no aim)
    ("يصل الرئيس الإريتري إلى القاهرة غدا. ويرافق الرئيس في الزيارة، التي تستمر يومين، وفد "
     "رفيع المستوى. وفي اليوم الثاني للزيارة من المقرر أن يقوم الرئيس الإريتري بزيارة إلى مصنع "
     "في القاهرة.", {**TOMORROW, "اليوم الثاني": ("2024-03-12", "2024-03-12", "day")},
     [("VISIT", ["EGY", "ERI"], "2024-03-11", "2024-03-12")]),
    # a named day with no dated stay in the document dates nothing
    ("وفي اليوم الثاني، سيجري الرئيس البرازيلي مباحثات مع رئيس الوزراء الهندي.", {}, []),
    # moving on to another state after that is a later stop of a tour, on a day not told
    ("يصل رئيس الوزراء الياباني غدا إلى فيتنام، ثم يتوجه بعد ذلك إلى تايلاند.", TOMORROW,
     [("VISIT", ["JPN", "VNM"], "2024-03-11", "2024-03-11")]),
    # an aim after the order word is a later event, not on the day of the act before it
    ("زار وزير الخارجية الأردني العراق يوم الإثنين 11 مارس حيث التقى نظيره العراقي قبل أن يتوجه "
     "الى الكويت لاستكمال جولته الخليجية.", MONDAY,
     [("VISIT", ["IRQ", "JOR"], "2024-03-11", "2024-03-11")]),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_programme(text, dates, expected):
    rows = run(text, dates)
    got = [(r.event_type, sorted(r.participants), r.date_start and r.date_start.isoformat(),
            r.date_end and r.date_end.isoformat()) for r in rows if r.date_start]
    assert sorted(got) == sorted(expected)


def test_visit_named_after_a_programme_day_is_the_visit_told():
    """"في اليوم الثالث من زيارته" names a day of the visit told: whatever date that day's
    words were given, the visit keeps its arrival's days."""
    text = ("وصل الرئيس الإريتري إلى القاهرة أمس السبت في زيارة تستغرق أربعة أيام. ويأتي ذلك "
            "في اليوم الثالث من زيارته للقاهرة.")
    dates = {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
             "اليوم الثالث": ("2024-03-03", "2024-03-03", "day")}
    visits = [(r.date_start.isoformat(), r.date_end.isoformat())
              for r in run(text, dates) if r.event_type == "VISIT" and r.date_start]
    assert visits == [("2024-03-09", "2024-03-12")]
