"""infer_published: metadata first, else a dateline checked against the text's own weekday."""
from __future__ import annotations

import datetime as dt

import pytest

from waqai.dates import infer_published

D = dt.date


@pytest.mark.parametrize("text, metadata, expected", [
    # metadata wins, whatever the text says
    ("الأحد 5 مارس 2023\nوصل الوفد اليوم الأحد", D(2023, 3, 7), (D(2023, 3, 7), "metadata")),
    # a dateline on its own line
    ("أخبار العالم\nالخميس 2 نوفمبر 2023\nوصل الوزير إلى عمان", None,
     (D(2023, 11, 2), "dateline")),
    # a numeric dateline with a clock time
    ("سياسة | 9-7-2022 | 10:15\nالتقى الوزير نظيره", None, (D(2022, 7, 9), "dateline")),
    # 04/05/2022 read month/day because the text says today is a Tuesday (5 April 2022)
    ("04/05/2022 | 09:30\nأعلنت الوزارة اليوم الثلاثاء أن الوفد وصل", None,
     (D(2022, 4, 5), "dateline")),
    # a masthead crawl date (a Friday) contradicted by "أمس الأحد": the next dateline is used
    ("الجمعة 22 نوفمبر 2024\nالقسم الدولي\n• 6-3-2023 | 11:00\nاستقبل الرئيس أمس الأحد الوفد",
     None, (D(2023, 3, 6), "dateline")),
    # only a contradicted crawl date: no publication date rather than a wrong one
    ("الجمعة 22 نوفمبر 2024\nأعلن الوزير اليوم الأحد عن زيارة", None, (None, "none")),
    # a date inside running text is an event date, not a dateline
    ("قررت الشركة دعوة الجمعية العمومية للانعقاد بتاريخ 12 أبريل 2022 للنظر في الأرباح", None,
     (None, "none")),
    ("لا تاريخ في هذا النص", None, (None, "none")),
    # the body states its own date: "اليوم <weekday> <full date>" with an agreeing weekday
    ("الجزائر تعلن جولة إقليمية\nأعلنت الرئاسة في بيان أصدرته اليوم السبت 5 يوليو 2025 أن الرئيس "
     "سيسافر إلى نواكشوط في زيارة رسمية تستمر يومين، يبحث خلالها ملفات التعاون والهجرة والأمن.",
     None, (D(2025, 7, 5), "dateline")),
    # ... but not when the weekday contradicts the date (5 July 2025 was a Saturday)
    ("الجزائر تعلن جولة إقليمية\nأعلنت الرئاسة في بيان أصدرته اليوم الأحد 5 يوليو 2025 أن الرئيس "
     "سيسافر إلى نواكشوط في زيارة رسمية تستمر يومين، يبحث خلالها ملفات التعاون والهجرة والأمن.",
     None, (None, "none")),
])
def test_infer_published(text, metadata, expected):
    assert infer_published(text, metadata) == expected
