"""Attachment across appositions and dates (sentences written for these tests, published
Sunday 2024-03-10): a date or a named person between a trigger and its destination or object
counts as one step, and two clauses are two events."""
from __future__ import annotations

import pytest

from event_helpers import run

WED = {"الأربعاء 6 مارس": ("2024-03-06", "2024-03-06", "day")}
TODAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
MONTHS = {"أيلول": ("2023-09-01", "2023-09-30", "month"),
          "نيسان الماضي": ("2023-04-01", "2023-04-30", "month")}

# (text, dates, expected (type, participants, date_start) rows)
CASES = [
    # a destination after the subject's apposition and the date
    ("وصل وزير الخارجية الأردني، أيمن الصفدي، الأربعاء 6 مارس، بغداد.", WED,
     [("VISIT", ["IRQ", "JOR"], "2024-03-06")]),
    ("وصل الرئيس الكيني الأربعاء 6 مارس العاصمة أديس أبابا في زيارة رسمية.", WED,
     [("VISIT", ["ETH", "KEN"], "2024-03-06")]),
    # (the subject named after a pronoun: "فور وصوله ... التقى الوزير"; the meeting folds in)
    ("فور وصوله مطار القاهرة الأربعاء 6 مارس، التقى الوزير السعودي نظيره المصري.", WED,
     [("VISIT", ["EGY", "SAU"], "2024-03-06")]),
    # a signing verb far from what is signed
    ("وقع وزير الخارجية المغربي ونظيره الإسباني، اليوم الأحد، بمدينة الرباط، اتفاقا للتعاون.",
     TODAY, [("AGREEMENT", ["ESP", "MAR"], "2024-03-10")]),
    # وقع meaning "happened" stays no agreement
    ("وقع الحادث اليوم الأحد قرب الحدود بين مصر وليبيا.", TODAY, []),
    # two visits in two clauses of one sentence, each with its own date
    ("زار وزير الخارجية الليبي تونس في أيلول، وكانت الزيارة الثانية إلى تونس في نيسان الماضي.",
     MONTHS, [("VISIT", ["LBY", "TUN"], "2023-09-01"), ("VISIT", ["LBY", "TUN"], "2023-04-01")]),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_attachment(text, dates, expected):
    rows = run(text, dates)
    got = [(r.event_type, sorted(r.participants), r.date_start and r.date_start.isoformat())
           for r in rows]
    assert sorted(got) == sorted(expected)
