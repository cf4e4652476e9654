"""Events of a programme dated by their place in it.

A visit's programme names its events by day ("وفي اليوم الثاني، سيجري ماكرون لقاءات") or by
order ("يليه لقاء قمة"، "يتوجه بعد ذلك إلى ... حيث سيجري لقاء"): an undated event takes the
named day of the document's dated multi-day event, or the day of the dated mention before it
(in its sentence or the one before) when an order word stands between them; such an item is an
event of its own, neither folded into the visit of its sentence nor merged into another event
(``Mention.ordered``). The phrases are data (``programme.yaml``).
"""
from __future__ import annotations

import datetime as dt

from waqai.events.dates import Span
from waqai.events.doc import Doc
from waqai.events.lexicon import Lexicon
from waqai.events.mentions import Mention
from waqai.events.merge import Group, date_of

ORDER_REACH = 1  # sentences back to the dated mention an order word continues


def date_by_programme(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Date each undated event that a programme places on a day (in place)."""
    mentions = sorted((m for g in groups for m in g.mentions), key=lambda m: m.trig.extent[0])
    stays = [d for d in (date_of(g) for g in groups if g.dated)
             if d[2] == "day" and d[1] > d[0]]
    for g in groups:
        if g.dated:
            continue
        for m in g.mentions:
            along = _goes_along(doc, m, lex, mentions)
            if len(g.codes) < 2 and along is None:
                continue  # a programme item with one state is no exchange
            span = _named_day(doc, m, lex, stays) or _next_in_order(doc, m, lex, mentions)
            if span is None and along is not None:
                span = _day_of(along)
                if len(set(m.codes)) < 2:
                    m.codes = list(dict.fromkeys(m.codes + along.codes))
            if span is not None:
                m.span, m.date_source = span, "programme"
                break


def _named_day(doc: Doc, m: Mention, lex: Lexicon, stays) -> Span | None:
    """"اليوم الثاني" before the trigger in its sentence: that day of the one dated stay."""
    if len({(s[0], s[1]) for s in stays}) != 1:
        return None
    start, end = stays[0][:2]
    s0 = doc.sentences[m.sentence][0]
    found = None
    for i in range(s0, m.trig.w0):
        hit = lex.programme_days.match(doc.words, i)
        if hit is not None:
            found = hit
    if found is None:
        return None
    n = found.value
    day = end if n < 0 else start + dt.timedelta(days=n - 1)
    if day > end:
        return None
    return Span(day, day, "day", doc.span_text(found.w0, found.w1), ())


def _last_dated_before(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The last dated mention, of one day, before ``m`` in its sentence or the one before."""
    dated = [p for p in mentions if p.trig.extent[1] <= m.trig.w0 and p.span is not None
             and m.sentence - ORDER_REACH <= p.sentence <= m.sentence]
    return dated[-1] if dated and dated[-1].span.start == dated[-1].span.end else None


def _next_in_order(doc: Doc, m: Mention, lex: Lexicon, mentions: list[Mention]) -> Span | None:
    """The day of the dated mention before ``m`` when an order word stands between them;
    not for a move on to another place ("تبدأ زيارته إلى مصر اليوم، ثم يتوجه بعد ذلك إلى
    ألمانيا"): a later stop of a tour, on a day not told."""
    if m.cues.purpose:  # an aim ("قبل أن يتوجه الى الجزائر لاستكمال جولته") is a later event
        return None
    p = _last_dated_before(m, mentions)
    moves_on = (lex.types[m.type]["has_destinations"] and m.destination is not None
                and p is not None and m.destination != p.destination)
    if p is None or moves_on or not any(lex.programme_next.match(doc.words, i) is not None
                            for i in range(p.trig.extent[1], m.trig.w0)):
        return None
    return _day_of(p)


def _day_of(p: Mention) -> Span:
    """The one day of dated mention ``p``, as a span of another mention."""
    return Span(p.span.start, p.span.end, "day", p.span.text, p.span.dates)


def _goes_along(doc: Doc, m: Mention, lex: Lexicon, mentions: list[Mention]) -> Mention | None:
    """The dated act of two states, before ``m`` in its sentence, that ``m`` goes along with:
    an ``along`` phrase ends right before ``m``'s trigger or its light verb."""
    p = _last_dated_before(m, mentions)
    if p is None or p.sentence != m.sentence or len(set(p.codes)) < 2:
        return None
    t0 = m.trig.extent[0]
    for i in range(max(p.trig.extent[1], t0 - 4), t0):
        hit = lex.programme_along.match(doc.words, i)
        if hit is not None and hit.w1 in (t0, m.anchor.g0):
            return p
    return None
