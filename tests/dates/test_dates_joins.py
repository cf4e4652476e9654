"""Range joining in one place: :func:`joined_pairs` over date spans given by their text."""
from __future__ import annotations

import pytest

from waqai.dates import joined_pairs


def _spans(text: str, parts: list[tuple[str, str | None]]) -> list[tuple[int, int, str | None]]:
    out, at = [], 0
    for part, granularity in parts:
        start = text.index(part, at)
        out.append((start, start + len(part), granularity))
        at = start + len(part)
    return out


@pytest.mark.parametrize("text, parts, ranges, expected", [
    ("تعقد الجولة في أيار أو حزيران المقبل", [("أيار", "month"), ("حزيران", "month")], True,
     [(0, 1)]),
    ("تعقد الجولة في أيار أو حزيران أو تموز", [("أيار", "month"), ("حزيران", "month"),
                                              ("تموز", "month")], True, [(0, 1), (1, 2)]),
    ("تستمر المهمة 28 ديسمبر إلى 3 يناير", [("28 ديسمبر", "day"), ("3 يناير", "day")], True,
     [(0, 1)]),
    ("تستمر المهمة 28 ديسمبر حتى 3 يناير", [("28 ديسمبر", "day"), ("3 يناير", "day")], False,
     []),  # after a word that moves a date, إلى/حتى gives the new date
    ("تعقد اللجنة في أيار أو حزيران", [("أيار", "month"), ("حزيران", "month")], False,
     [(0, 1)]),
    ("زار الوفد عمان في 3 أيار ثم عاد في حزيران", [("3 أيار", "day"), ("حزيران", "month")],
     True, []),  # two words between
    ("يلتقيان يوم الأحد أو في مارس", [("الأحد", "day"), ("مارس", "month")], True, []),
    ("بين 2019 و2021 تراجعت التجارة", [("2019", "year"), ("2021", "year")], True, [(0, 1)]),
    ("في 2019 و2021 تراجعت التجارة", [("2019", "year"), ("2021", "year")], True, []),
    ("يصل الوزير الأحد أو الاثنين", [("الأحد", None), ("الاثنين", "day")], True, []),
    ("وصل الوزير في 3 مارس. أو في 4 مارس", [("3 مارس", "day"), ("4 مارس", "day")], True, []),
])
def test_joined_pairs(text, parts, ranges, expected):
    assert joined_pairs(_spans(text, parts), text, ranges=ranges) == expected
