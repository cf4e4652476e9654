"""Events dated by a counted offset from another event of their sentence.

"وتأتي الزيارة بعد أسبوع واحد من زيارة الوزير إلى جدة": the visit named after "من" took place a
week before the dated visit the sentence is about; "قبل يومين من القمة" two days after. The
counted phrase is read by the dates' own grammar (:func:`waqai.dates.counts.find_counts`, whose
``of`` marks the "من" after it); the anchor is the nearest dated event named before the phrase
in the sentence. The borrowed date has the unit's granularity, counted from the anchor's first
day; it dates only an event of no date of its own.
"""
from __future__ import annotations

import dataclasses

from waqai.dates.counts import shift
from waqai.events.dates import Span, counted_before
from waqai.events.doc import Doc
from waqai.events.merge import FINENESS, Group, date_of
from waqai.events.status import UNKNOWN


def date_by_offset(doc: Doc, groups: list[Group]) -> None:
    """Give each undated event named right after "بعد/قبل + count + من" the date counted from
    the dated event named before that phrase in its sentence (in place)."""
    group_of = {id(m): g for g in groups for m in g.mentions}
    for g in groups:
        if g.dated:
            continue
        for m in g.mentions:
            s0 = doc.sentences[m.sentence][0]
            t0 = m.trig.extent[0]
            count = counted_before(doc, s0, t0)
            if count is None:
                continue
            at = doc.words[s0].nstart + count.start  # where the counted phrase starts
            anchor = _anchor(doc, m, groups, group_of, at)
            if anchor is None:
                continue
            start, _, granularity, _ = date_of(anchor)
            if FINENESS.get(granularity, 9) > FINENESS.get(count.unit.granularity, 9):
                continue  # a month is no base for "بعد يومين"
            value = shift(dataclasses.replace(count, sign=-count.sign, window=False), start)
            if value is None:
                continue
            w0 = next(i for i in range(s0, t0) if doc.words[i].nend > at)
            m.span = Span(value[0], value[1], count.unit.granularity,
                          doc.span_text(w0, t0), ())
            m.date_source = "offset"
            if m.status == UNKNOWN and doc.published is not None:
                m.status = "occurred" if value[1] < doc.published else "planned"
            break


def _anchor(doc: Doc, m, groups: list[Group], group_of, before: int) -> Group | None:
    """The dated event of the nearest mention of ``m``'s sentence before normalised offset
    ``before``, not ``m``'s own event."""
    own = group_of.get(id(m))
    cands = [x for g in groups if g is not own and g.dated for x in g.mentions
             if x.sentence == m.sentence and doc.words[x.trig.extent[1] - 1].nend <= before]
    if not cands:
        return None
    nearest = max(cands, key=lambda x: x.trig.extent[0])
    return group_of[id(nearest)]
