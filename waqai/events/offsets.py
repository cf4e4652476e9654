"""Events dated by a counted offset from another event of their sentence, or held with it.

"وتأتي الزيارة بعد أسبوع واحد من زيارة الوزير إلى جدة": the visit named after "من" took place a
week before the dated visit the sentence is about; "قبل يومين من القمة" two days after. The
counted phrase is read by the dates' own grammar (:func:`waqai.dates.counts.find_counts`, whose
``of`` marks the "من" after it); the anchor is the nearest dated event named before the phrase
in the sentence (in the sentence before when a demonstrative before the phrase stands for its
act: "ويأتي ذلك بعد يوم من زيارة ..."), else the nearest date before it (of an act that is no
event: "أعلنت الخارجية أمس الجمعة، قبل يومين من زيارة الوزير"). The borrowed date has the
unit's granularity, counted from the anchor's first day; it dates only an event of no date of
its own. An event named right after a ``simultaneous`` phrase ("بالتزامن مع وصول ..."، "قبيل
مباحثات ...") takes the anchor's date as it is, unless another event of its type is dated (it
may be that one told again).
"""
from __future__ import annotations

import dataclasses

from waqai.dates.calendars import FINENESS
from waqai.dates.counts import shift
from waqai.events.dates import Span
from waqai.events.doc import Doc
from waqai.events.merge import CHANGES, Group, date_of, join_told, status_of
from waqai.events.status import UNKNOWN


def date_by_offset(doc: Doc, groups: list[Group]) -> None:
    """Give each undated event named right after "بعد/قبل + count + من" the date counted from
    the dated event (else the date) named before that phrase in its sentence, and one named
    right after "بالتزامن مع" that event's date, unless that event was postponed or cancelled
    (in place)."""
    group_of = {id(m): g for g in groups for m in g.mentions}
    told: list[Group] = []
    for g in groups:
        if g.dated:
            continue
        for m in g.mentions:
            if m.offset is None:
                continue
            t0 = m.trig.extent[0]
            w0, count = m.offset
            anchor = _anchor(doc, m, groups, group_of, w0)
            if anchor is not None and status_of(anchor, doc.published) in CHANGES:
                continue  # a plan moved or dropped dates nothing else
            said = None if anchor is not None else _date_before(doc, m, w0)
            if anchor is None and said is None:
                continue
            start, end, granularity, text = date_of(anchor) if anchor else said
            if count is None and _other_dated(g, anchor, groups):
                continue  # "وصل ... الاثنين، قبيل قمة ..." told with its Friday before
            if count is None:
                m.span = Span(start, end, granularity, text, ())
            elif FINENESS.get(granularity, 9) > FINENESS.get(count.unit.granularity, 9):
                continue  # a month is no base for "بعد يومين"
            else:
                value = shift(dataclasses.replace(count, sign=-count.sign, window=False), start)
                if value is None:
                    continue
                m.span = Span(value[0], value[1], count.unit.granularity, doc.span_text(w0, t0), ())
            m.date_source = "offset"
            pub = doc.published
            if m.status == "occurred" and pub is not None and m.span.start > pub:
                m.status = UNKNOWN  # (the tense of the act it is counted from: "عقد قبل أسبوع من")
            if m.status == UNKNOWN and pub is not None:
                if m.span.end < pub:
                    m.status = "occurred"
                elif m.span.start > pub:
                    m.status = "planned"
                elif count is None and m.span.start == pub and doc.has(w0, "just_before"):
                    m.status = "planned"
                elif anchor is not None:
                    m.status = status_of(anchor, pub)
            if join_told(g, groups, doc.published):
                told.append(g)
            break
    for g in told:  # "... أي قبل يوم واحد من لقاء لافروف بوزير الخارجية الأمريكي" told dated
        groups.remove(g)


def _other_dated(g: Group, anchor: Group | None, groups: list[Group]) -> bool:
    """Another event of ``g``'s type than the anchor is dated: ``g`` may be it told again."""
    return any(h is not g and h is not anchor and h.type == g.type and h.dated for h in groups)


def _anchor(doc: Doc, m, groups: list[Group], group_of, before: int) -> Group | None:
    """The dated event of the nearest mention of ``m``'s sentence ending before word ``before``,
    not ``m``'s own event; with none, and a demonstrative before the phrase standing for the
    act told before ("ويأتي ذلك بعد يوم من زيارة ..."), that of the sentence before."""
    own = group_of.get(id(m))
    told = [x for g in groups if g is not own and g.dated for x in g.mentions
            if x.trig.extent[1] <= before]
    cands = [x for x in told if x.sentence == m.sentence]
    if not cands and doc.find(doc.sentences[m.sentence][0], before, "demonstratives"):
        cands = [x for x in told if x.sentence == m.sentence - 1]
    if not cands:
        return None
    nearest = max(cands, key=lambda x: x.trig.extent[0])
    return group_of[id(nearest)]


def _date_before(doc: Doc, m, before: int) -> tuple | None:
    """(start, end, granularity, text) of the nearest date of ``m``'s sentence ending before
    word ``before``, for an act that is no event ("أعلنت الخارجية أمس الجمعة، قبل يومين من
    زيارة الوزير": the visit two days after the announcement); none in its sentence, none."""
    s0 = doc.sentences[m.sentence][0]
    near = [d for d in doc.dates if s0 <= d.w0 and d.w1 <= before and d.k not in doc.blocked]
    if not near:
        return None
    d = max(near, key=lambda d: d.w0)
    return d.start, d.end, d.granularity, d.text

