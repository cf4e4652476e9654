"""The lead act dated by the article's own dateline, or by its publication day.

A masthead or dateline date ("الخميس, 15 سبتمبر - 2022" alone on its line, "07:04 م 10/03/2026")
dates no event by word order (doc.py blocks it). When it is the publication day, the act the
article opens with, told as done and with no date in its sentence (but one of a "منذ ..." clause,
or one dating another event in a relative clause after it), took place on it ("التقى الرئيس
التركي نظيره الأذربيجاني في مدينة سمرقند"): the report of the day. With no dateline at all, the
publication day dates that act when a past verb tells it or comes before it in its sentence
("استقبلت إيران سلطان عمان، في أول زيارة"), not as earlier ("وكان ... قد"), it names two states,
no date comes before it and no event of its type told with a date near the report's
(``merge.near_report``) shares its states (it may be that event told again; "زار ... في نوفمبر
2012" is another). A lead act so dated that a visit of that day holds (``folds_into``, its
states among the visit's) is part of that visit, as one with no date of its own in the visit's
sentence is.
"""
from __future__ import annotations

from waqai.events.dates import Span
from waqai.events.doc import Doc
from waqai.events.mentions import Mention
from waqai.events.lexicon import Lexicon
from waqai.events.merge import Group, date_of, near_report, primary, status_of
from waqai.events.status import UNKNOWN
from waqai.events.tree import governing_aspect

_SAME_DAY_REACH = 4  # words from a trigger to its "في وقت سابق" on either side
_REPORTED_DAYS = 1  # the lead act reported on the publication day or the day before ("أمس")


def date_by_dateline(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give the undated done event of the lead sentence the dateline's day, or the publication
    day, or fold it into the event of that day that holds it (``folds_into``: "استقبل رئيس
    الوزراء وزير الخارجية الإيراني ... . وكان الوزير قد وصل صباح اليوم إلى دمشق") (in place)."""
    lines = [d for d in doc.dates if d.k in doc.datelines]
    day = next((d for d in lines if d.granularity == "day" and d.start == d.end == doc.published),
               None)
    if day is None and (lines or doc.published is None):
        return
    lead = _lead(doc, day.w1 if day else 0)
    if lead is None or day is None and any(doc.sentence_of[d.w0] < lead for d in doc.dates):
        return
    m, first = min(((m, g) for g in groups for m in g.mentions if m.sentence == lead),
                   key=lambda told: told[0].trig.w0, default=(None, None))
    if first is None or first.dated or status_of(first, doc.published) != "occurred":
        return
    if any(doc.sentence_of[d.w0] == lead and d.k not in doc.blocked | doc.since_dates
           and not _of_relative_after(doc, m, d, groups) for d in doc.dates):
        return
    if day is None and not _the_news(doc, m, first, groups):
        return
    on = day.start if day else doc.published
    host = next((g for g in groups if g.type in lex.types[first.type]["folds_into"] and g.dated
                 and first.codes <= g.codes and date_of(g)[0] <= on <= date_of(g)[1]), None)
    if host is not None:  # held within a visit of that day, with no date of its own: its part
        primary(host).folded.extend(first.mentions)
        groups.remove(first)
        return
    m.span = Span.of(day) if day else Span(doc.published, doc.published, "day", "", ())
    m.date_source = "dateline" if day else "publication"
    m.status = "occurred" if m.status == UNKNOWN else m.status  # told as done (before: "في زيارة")


def _lead(doc: Doc, w0: int = 0) -> int | None:
    """The lead sentence: the first outside the headlines from word ``w0`` on."""
    return next((s for s in range(len(doc.sentences)) if not doc.title[s]
                 and doc.sentences[s][0] >= w0), None)


def date_same_day(doc: Doc, groups: list[Group]) -> None:
    """Give each undated done act told "earlier" or "later" with no date (``same_day``: "ووصل
    أردوغان في وقت سابق إلى الدوحة"), not as earlier news ("كان قد"), or at a part of the day
    with no date, even as earlier (``undated_day_parts``: "وكان المبعوثان وصلا فجرا إلى مسقط"),
    the day of the lead act when that is the publication day, or the day before for an arrival
    at its venue ("انطلقت أمس الجمعة القمة ... في طهران. وفي وقت سابق وصل الرئيسان إلى
    طهران"): the day the article reports (in place)."""
    lead = _lead(doc)
    if lead is None or doc.published is None:
        return
    day = next((m.span.start for g in groups for m in g.dated if m.sentence == lead
                and m.span.granularity == "day" and m.span.start == m.span.end
                and 0 <= (doc.published - m.span.start).days <= _REPORTED_DAYS), None)
    if day is None:
        return
    s0, s1 = doc.sentences[lead]  # the states of the places its sentence names
    venues = {p.code for p in doc.parties if s0 <= p.w0 < s1 and p.code and p.is_place}
    for g in groups:
        if g.dated or status_of(g, doc.published) != "occurred":
            continue
        if day != doc.published and g.destination not in venues:
            continue  # the day before: only the arrival at the lead act's venue is its day
        for m in g.mentions:
            s0, s1 = doc.sentences[m.sentence]
            t0, t1 = m.trig.extent
            lo, hi = max(s0, t0 - _SAME_DAY_REACH), min(s1, t1 + _SAME_DAY_REACH)
            if ((doc.find(lo, hi, "same_day") and not m.earlier
                 or doc.find(lo, hi, "undated_day_parts")) and not m.title
                    and not any(s0 <= d.w0 < s1 and d.k not in doc.blocked for d in doc.dates)):
                m.span = Span(day, day, "day", "", ())
                m.date_source = "publication"
                break


def _the_news(doc: Doc, m: Mention, group: Group, groups: list[Group]) -> bool:
    """Whether the lead mention ``m`` is the news of the publication day, with no dateline to
    say so: a past act (by its cues, a past verb before it in its sentence or the perfect verb
    the parse hangs it on, unless it is another event than the one told), not told as
    earlier, of two states (as an undated event needs), and not told again with a date (no
    dated event of its type near the report shares its states)."""
    past = m.cues.past or any(doc.verb_tense.get(i) == "past"
                              for i in range(doc.sentences[m.sentence][0], m.trig.w0)) or (
        doc.tree is not None and not m.distinct and governing_aspect(  # "انتهى لقاء ..."
            doc.tree, m.trig.w0, lambda w: doc.has(w, "reporting_verbs")) == "past")
    return past and not m.earlier and len(group.codes) >= 2 and not any(
        g.type == group.type and g.dated and g.codes & group.codes
        and near_report(g, doc.published) for g in groups)


def _of_relative_after(doc: Doc, m: Mention, d, groups: list[Group]) -> bool:
    """Whether date ``d`` dates another event in a relative clause after ``m``'s trigger
    ("استقبل ... المشاركين في مؤتمر دول الجوار، والذي انطلق أمس الاثنين"): not the lead act's."""
    t1 = m.trig.extent[1]
    return (d.w0 >= t1 and bool(doc.find(t1, d.w0, "relatives"))
            and any(x is not m and x.span is not None and d.k in x.span.dates
                    for g in groups for x in g.mentions))
