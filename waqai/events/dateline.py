"""The lead act dated by the article's own dateline.

A masthead or dateline date ("الخميس, 15 سبتمبر - 2022" alone on its line, "07:04 م 10/03/2026")
dates no event by word order (doc.py blocks it). When it is the publication day, the act the
article opens with, told as done and with no date in its sentence, took place on it ("التقى
الرئيس التركي نظيره الأذربيجاني في مدينة سمرقند"): the report of the day.
"""
from __future__ import annotations

from waqai.events.dates import Span
from waqai.events.doc import Doc
from waqai.events.merge import Group, status_of


def date_by_dateline(doc: Doc, groups: list[Group]) -> None:
    """Give the undated done event of the lead sentence the dateline's day (in place)."""
    day = next((d for d in doc.dates if d.k in doc.datelines
                and d.granularity == "day" and d.start == d.end == doc.published), None)
    if day is None:
        return
    lead = next((s for s in range(len(doc.sentences)) if not doc.title[s]
                 and doc.sentences[s][0] >= day.w1), None)
    if lead is None or any(doc.sentence_of[d.w0] == lead for d in doc.dates):
        return
    m, first = min(((m, g) for g in groups for m in g.mentions if m.sentence == lead),
                   key=lambda told: told[0].trig.w0, default=(None, None))
    if first is None or first.dated or status_of(first, doc.published) != "occurred":
        return
    m.span = Span.of(day)
    m.date_source = "dateline"
