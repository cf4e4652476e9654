"""Events dated by another event of the document they refer to.

An undated signing "خلال الزيارة"، "عقب المباحثات"، "في ختام الاجتماع"، "وتشهد القمة توقيع",
or a meeting "على هامش القمة"/"على هامشها", happens at the time of the event it names: it
takes that event's dates (a visit's whole stay) and, when its own clause gives none, its
status. The link is a word of ``event_links`` (context.yaml) right before the referenced
event's trigger (a ``link_fillers`` word such as "جلسة" may stand between), which must name a
known event: definite ("الزيارة"، "زيارته"), followed by its owner ("زيارة الرئيس") or by a
construct chain ("خلال اجتماع مجلس التنسيق"). A
pronoun link ("خلالها"، "على هامشها") names the nearest event before it in its sentence or
the one before; a witnessing verb (``subject_links``: "زيارة ... ستشهد توقيع") its subject, the
nearest event before it in its sentence. Link and borrower stand in one sentence, a few words apart (any distance when
the link opens the sentence: "وخلال زيارته ...، ووقع الطرفان"), with no other event between
them; a link after the borrower follows it without a comma, and one between the parts of the
borrower's phrase counts ("وقع الجانبان خلال الزيارة عددا من الاتفاقيات").

Which types borrow from which, and what they take of the referenced event's parties, is set
per type in event_types.yaml (``dated_by``, ``parties_from_reference``). Talks or a meeting
named without a date of their own ("عقب المباحثات" held during a visit) stand for the dated
event of one of their ``held_within`` types named before them that shares a state.

An undated visit named with no link ("نرحب بزيارة الوزير إلى بغداد") is dated by the events held
at its destination with the visitor's state (``dated_by_venue``): it takes their date and, when
silent, their status, provided they all fall on one date of the same status and no other
day-granular date of the document contradicts it.

An indefinite event of stated days named right after an "after" link opening its sentence
("بعد زيارة ناجحة لباريس استمرت يومين، وصل مودي إلى أبوظبي") was over by the first dated act its
sentence tells after it: it takes the days right before that act's day.

A dated event with no place of its own takes the place of the dated event of its
``located_by`` types that holds it: same days, same states (talks during a visit).
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from typing import NamedTuple

from waqai.events.dates import FRONTED_LEAD, Span
from waqai.events.doc import Doc
from waqai.events.lexicon import Lexicon
from waqai.events.mentions import Mention, add_party, chained, told_earlier
from waqai.events.merge import (CHANGES, Group, date_of, join_told, near_report, primary,
                                status_of)
from waqai.events.status import UNKNOWN

LINK_REACH = 12  # words (a party counting as one) between a link and the event borrowing
NARRATIVE_REACH = 2  # sentences from an act to the one going on with it
PAIR_NARRATIVE_REACH = 5  # ... when "the two sides" do it ("ووقع الرئيسان ...")
SERIES_REACH = 4  # sentences from an item of a series to the next (each told with its content)
FILLER_REACH = 4  # link fillers, ordinals and من between a link and its event
EXTEND_DAYS = 1  # days after a visit's last one that an event at its destination extends it to
PAIR_REACH = 4  # words from a trigger to "the two sides" naming its parties ("بين الطرفين")


class _Link(NamedTuple):
    w0: int  # first word of the link phrase
    w1: int  # end of the link phrase, with the referenced trigger when it follows
    refs: tuple[Mention, ...]  # the event named; for a pronoun, the events before, nearest first


def date_by_reference(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give each undated event that refers to a dated one that event's dates (in place)."""
    group_of: dict[int, Group] = {}
    for g in groups:
        for m in g.mentions:
            group_of[id(m)] = g
            for f in m.folded:
                group_of[id(f)] = g
    order = sorted((m for g in groups for m in g.mentions), key=lambda m: m.trig.extent[0])
    links = _links(doc, order)
    if not links:
        return
    told = []
    for g in groups:
        cfg = lex.types[g.type]
        sources = cfg.get("dated_by") or ()
        if g.dated or not sources:
            continue
        for m in g.mentions:
            ref = _reference(doc, m, links, order, group_of, sources)
            source = _dated_source(doc, ref, g, order, groups, group_of, lex) if ref else None
            if source is not None:
                _borrow(m, source, doc, cfg.get("parties_from_reference"))
                if join_told(g, groups, doc.published):  # "وشهد الزعيمان توقيع ... في أعقاب
                    told.append(g)                       # محادثاتهما" after "وقعت ... الأربعاء"
                break
    for g in told:
        groups.remove(g)


def date_under_way(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give an undated event named after a link ("خلال زيارة يقوم بها مودي"، "وذلك خلال زيارة
    العاهل السعودي إلى إندونيسيا") the day of the dated act its sentence tells before the link
    ("وقعت الهند وإسبانيا اليوم سبع اتفاقيات خلال زيارة ..."), or after it when the link opens
    the sentence: the act's day is one of its days, and when the act is done, it has begun;
    unless an event of its type between its states is dated (in place)."""
    group_of = {id(m): g for g in groups for m in g.mentions}
    order = sorted((m for g in groups for m in g.mentions), key=lambda m: m.trig.extent[0])
    for link in _links(doc, order):
        m = link.refs[0]
        g = group_of[id(m)]
        if (len(link.refs) != 1 or g.dated or not doc.has(link.w0, "event_links")
                or m.trig.extent[0] < link.w0 or m.distinct):
            continue  # (not "خلال القمم السابقة": other events of the kind)
        if _told_dated(g, groups):
            continue
        acts = [h for h in (group_of[id(x)] for x in order
                            if x.sentence == m.sentence and x.trig.extent[1] <= link.w0)
                if h.dated and h is not g]
        if not acts and link.w0 - doc.sentences[m.sentence][0] <= FRONTED_LEAD:
            # the link opens its sentence: the act told after the event it names, of a type
            # that folds into it ("وخلال زيارته إلى السودان، التقى ... أمس نظيره السوداني"),
            # not a signing during talks ("وخلال مشاوراتهما، وقع")
            acts = [h for h in (group_of[id(x)] for x in order if x.sentence == m.sentence
                                and x.trig.extent[0] >= m.trig.extent[1])
                    if h.dated and h is not g and g.type in lex.types[h.type]["folds_into"]][:1]
        act = acts[-1] if acts else None
        told = date_of(act) if act else None
        if (told is None or told[2] != "day" or told[0] != told[1]
                or status_of(act, doc.published) in CHANGES):
            continue  # a meeting called off on a summit's sidelines tells no day of the summit
        m.span = Span(told[0], told[1], "day", told[3], ())
        m.date_source = "reference"
        if status_of(act, doc.published) == "occurred":
            m.status = "occurred"
        if len(set(m.codes)) < 2:  # "زيارة يقوم بها الرئيس المصري للبلاد": the act's host
            m.codes = list(dict.fromkeys(m.codes + sorted(act.codes)))


def date_over_before(doc: Doc, groups: list[Group]) -> None:
    """Give an undated event of stated days named after an "after" link that opens its sentence
    (``over_before``: "بعد زيارة ناجحة لباريس استمرت يومين، وصل مودي إلى أبوظبي") the days right
    before the day of the first dated act its sentence tells after it: it was over by then (in
    place)."""
    group_of = {id(m): g for g in groups for m in g.mentions}
    order = sorted((m for g in groups for m in g.mentions), key=lambda m: m.trig.w0)
    for g in groups:
        if g.dated:
            continue
        for m in g.mentions:
            if not (m.days and m.over_before):
                continue
            t1 = m.trig.extent[1]
            act = next((h for h in (group_of[id(x)] for x in order
                                    if x.sentence == m.sentence and x.trig.w0 >= t1)
                        if h.dated and h is not g), None)
            told = date_of(act) if act else None
            if told is None or told[2] != "day" or status_of(act, doc.published) != "occurred":
                continue
            end = told[0] - dt.timedelta(days=1)
            m.span = Span(end - dt.timedelta(days=m.days - 1), end, "day", "", ())
            m.date_source = "reference"
            m.status = "occurred"
            break


def date_by_venue(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give each undated visit the date of the events held at its destination, or held nowhere
    named by the visitor's state and the destination's alone ("التقى الرئيس الكوري أمس ولي العهد
    السعودي" beside "زيارة ولي العهد إلى كوريا") (in place); a visit naming no destination, by
    one state, goes where the events its visitor took part in were held, when they were all
    held in one other state ("استقبل وزير الخارجية اليوم نظيره السوري ... وتعد زيارة الوزير
    السوري الأولى له"). A visit so dated on the days of a visit told before between the same
    states is that visit told again ("وصل ... ظهر اليوم الى بيروت ... وقرابة الثانية زار ...
    عين التينة"), and joins it."""
    told = []
    for g in groups:
        sources = lex.types[g.type].get("dated_by_venue") or ()
        dest = g.destination
        visitors = g.codes - {dest}
        subject = primary(g).actor1
        if g.dated or not sources or not visitors or subject and subject[1] == dest:
            continue  # (a delegation going to a town of its own state is no visit)
        if any(m.distinct for m in g.mentions):
            continue  # another visit than the one told: "فبعد أسبوع واحد من زيارة ... إلى الكويت"
        if dest is None:
            dest, held = _where_guest(g, [h for h in groups if h.type in sources and h.dated])
        else:
            held = [h for h in groups if h.type in sources and h.dated and visitors & h.codes
                    and (_venue(h) == dest or _venue(h) is None and h.codes == visitors | {dest})]
        dates = {date_of(h)[:2] for h in held}
        statuses = {status_of(h, doc.published) for h in held}
        if len(dates) != 1 or len(statuses) != 1:
            continue
        (start, end), (status,) = dates.pop(), statuses
        if any(m.status not in (UNKNOWN, status) for m in g.mentions):
            continue
        if any(d.granularity == "day" and (d.start, d.end) != (start, end)
               for d in doc.dates if d.k not in doc.blocked):
            continue
        m = g.mentions[0]
        days, ends = m.days, m.ends
        _borrow(m, held[0], doc, None, "venue")
        if days and ends and m.span.granularity == "day":  # "اختتم زيارة استغرقت ثلاثة أيام"
            m.span = dataclasses.replace(m.span, start=m.span.end - dt.timedelta(days=days - 1))
        if dest not in m.codes:  # the destination it was given
            m.codes.append(dest)
            m.destination = dest
            m.actor2 = m.actor2 or m.location or next(
                (x.location for h in held for x in h.mentions if x.location), None)
        if join_told(g, groups, doc.published):
            told.append(g)
    for g in told:
        groups.remove(g)


def date_by_occasion(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give each undated event between two states or more, not told as earlier nor as an aim,
    the dates of the dated event of its ``dated_by_occasion`` types that holds its states with
    its status ("وسيقوم الرئيسان بتوقيع بيان مشترك" in a report of the visit: signed during it),
    when every dated event holding them with that status falls on those dates and none of its
    own type between them is dated (told again); of an occasion on several dates, the one date
    of its events of the ``occasion_day_by`` types (a signing follows the talks of the day after
    an arrival) (in place)."""
    for g in groups:
        sources = lex.types[g.type].get("dated_by_occasion") or ()
        codes = g.codes
        if (g.dated or not sources or len(codes) < 2 or any(m.earlier for m in g.mentions)
                or all(m.trig.purpose for m in g.mentions)):  # an aim ("في التوصل للاتفاق")
            continue
        status = status_of(g, doc.published)
        acts = [h for h in groups if h.dated and codes <= h.codes
                and _holds_status(h, status, doc.published)
                and (doc.published is None or near_report(h, doc.published))]
        held = [h for h in acts if h.type in sources]
        if not held or _told_dated(g, groups):
            continue
        if len({date_of(h)[:2] for h in acts}) > 1:
            day_by = lex.types[g.type]["occasion_day_by"]
            held = [h for h in acts if h.type in day_by]
            if (len({date_of(h)[:2] for h in held}) != 1
                    or any(h.type not in sources and h.type not in day_by for h in acts)):
                continue
        _borrow(g.mentions[0], held[0], doc, None, "reference")


def _holds_status(h: Group, status: str, published: dt.date | None) -> bool:
    """Whether event ``h`` may hold an act of ``status``: its own, or for a plan an event under
    way at the report, whose days run on to the report's or later ("وصل ... اليوم في زيارة
    تستمر يومين ... ستوقعان على ست اتفاقيات")."""
    own = status_of(h, published)
    return own == status or (status == "planned" and own == "occurred" and published is not None
                             and date_of(h)[1] >= published)


def _told_dated(g: Group, groups: list[Group]) -> bool:
    """Whether an event of ``g``'s type between two of its states is dated: ``g`` may be it
    told again, so it borrows no date."""
    return any(h.type == g.type and h.dated and len(g.codes & h.codes) >= 2 for h in groups)


def _where_guest(visit: Group, dated: list[Group]) -> tuple[str | None, list[Group]]:
    """The one state other than its own where the subject of a visit naming no destination
    took part in dated events, and those events; (None, []) when there is not one."""
    visitor = primary(visit).actor1
    if visitor is None:
        return None, []
    held: dict[str, list[Group]] = {}
    for h in (h for h in dated if visitor[1] in h.codes):
        for place in {m.location[1] for m in h.dated if m.location} - {visitor[1], None}:
            held.setdefault(place, []).append(h)
    return next(iter(held.items())) if len(held) == 1 else (None, [])


def date_list_items(doc: Doc, groups: list[Group]) -> None:
    """Give each undated item of a list of events ("عقد قمة سعودية - صينية، وقمة صينية -
    خليجية") the dates of the item before it, in text order (in place)."""
    group_of = {id(m): g for g in groups for m in g.mentions}
    for g in sorted(groups, key=lambda g: g.mentions[0].trig.w0):
        item = next((m for m in g.mentions if m.listed is not None), None)
        before = group_of.get(id(item.listed)) if item is not None else None
        if not g.dated and before is not None and before.dated:
            _borrow(item, before, doc, None, "reference")


def date_by_narrative(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Give each undated act that goes on with the act told before it ("كما تباحث مع ...",
    "وهكذا أجرى مباحثات"), or that is an item of a series told before it ("عقد اليوم سلسلة
    لقاءات. واستقبل ..."), the day of that act: the nearest dated act, done on one day, of a
    sentence at most ``NARRATIVE_REACH`` before it (``PAIR_NARRATIVE_REACH`` when "the two
    sides" do it; or of its own sentence, when the continuation word stands right before it:
    "أجرى ... اليوم محادثات ...، كما التقى"; the last of its type when the act told last is a
    plan), by a state it names, with no date between them and none before it in its own
    sentence; of that act's parties it takes what its type takes from a reference
    (``parties_from_reference``: "وعقب ذلك وقع الجانبان" names both) (in place)."""
    dated = sorted(((primary(g).sentence, g) for g in groups if g.dated), key=lambda x: x[0])
    serial = {id(g) for g in groups if g.dated and _series(doc, primary(g))}
    over = [x for g in groups for x in g.mentions if x.over_before]
    for g in sorted(groups, key=lambda g: primary(g).sentence):  # an act dated so goes on too
        if g.dated:
            continue
        m = next((m for m in g.mentions if not m.title and _past_act(doc, m)), None)
        if m is None or m.offset is not None:
            continue  # ("قبل أسبوع من زيارة ...": counted from another act, offsets.py)
        t0 = m.trig.extent[0]
        if any(x.sentence == m.sentence and x.trig.w0 < t0 for x in over):
            continue  # "ويأتي اللقاء بعد محادثات ...، أبرمت خلالها": of an event over before
        here = _continued_right_before(doc, t0)
        reach = PAIR_NARRATIVE_REACH if _by_the_pair(doc, m) else NARRATIVE_REACH
        before = [(s, h) for s, h in dated if m.sentence - reach <= s < m.sentence]
        if here:  # the act told before it in its sentence, whichever mention leads its event
            told_here = [h for _, h in dated if _dated_before(h, m.sentence, t0)]
            before = [x for x in before if all(x[1] is not h for h in told_here)] + [
                (m.sentence, h) for h in told_here]
        items = [(s, h) for s, h in dated if m.sentence - SERIES_REACH <= s < m.sentence
                 and h.type == g.type and id(h) in serial]
        before.sort(key=lambda x: (x[0], primary(x[1]).trig.w0))
        last = before[-1][1] if before else None
        serial_before = last is not None and last.type == g.type and id(last) in serial
        if before and not serial_before and not _done_that_day(before[-1][1], doc.published):
            # (a plan told last: the act of its type before it, "وصل الوفد القطري للمشاركة في
            # القمة التي تنطلق اليوم ...، كما وصل وفد سلطنة عمان")
            before = [x for x in before if x[1].type == g.type] or before
        if before and (serial_before or _continues(doc, m)):
            (s, h), item = before[-1], serial_before  # the act right before: one it goes on
        elif items:                                   # with, or an item of a series
            (s, h), item = items[-1], True  # the last item of a series, a few sentences before
        else:
            continue
        if (not _done_that_day(h, doc.published)
                or not set(m.codes) & h.codes and not (item and len(h.codes) == 1)
                or s < m.sentence and _dates_between(doc, s, m.sentence, t0)):
            continue
        if item:
            serial.add(id(g))
        _borrow(m, h, doc, lex.types[g.type].get("parties_from_reference"), "narrative")
        if (h.type in lex.types[g.type]["held_within"] and g.codes <= h.codes
                and any(x.trig.definite for x in g.mentions)):
            primary(h).folded.extend(g.mentions)  # "المباحثات التي تمت بين الجانبين" after
            groups.remove(g)                      # their meeting: held within it, that day
            continue
        if not item and join_told(g, groups, doc.published):  # "وشهد الزعيمان توقيع
            groups.remove(g)                                   # الاتفاقيات" after "وقعت ..."
            continue
        bisect.insort(dated, (m.sentence, g), key=lambda x: x[0])


def _past_act(doc: Doc, m: Mention) -> bool:
    """A past act, not a plan, a change of plan or an aim, not told as earlier ("كان قد") in
    its clause (a continuation word right before it opens one: "وكان قد التقى ...، حيث وقع":
    the act goes on with the one its sentence tells as earlier)."""
    t0 = m.trig.extent[0]
    if m.cues.not_done or m.status != "occurred":
        return False
    if _continued_right_before(doc, t0):  # its own clause opens at it ("...، حيث وقع")
        return not told_earlier(doc, m, t0)
    s0 = doc.sentences[m.sentence][0]
    copula = doc.find(s0, t0, "copulas")
    return not (m.earlier or doc.find(s0, t0, "past_earlier")
                or copula and doc.find(copula[0], t0, "pluperfect"))


def _continues(doc: Doc, m: Mention) -> bool:
    """In a sentence that opens with a continuation word (``continuations``) or says "أيضا"
    (``also``), right after a continuation word, or done by "the two sides" of the act told
    before (:func:`_by_the_pair`)."""
    s0, s1 = doc.sentences[m.sentence]
    t0 = m.trig.extent[0]
    return (doc.has(s0, "continuations") or bool(doc.find(s0, s1, "also"))
            or _continued_right_before(doc, t0) or _by_the_pair(doc, m))


def _done_that_day(h: Group, published) -> bool:
    """Whether dated act ``h`` was done on one day: an act another may go on with."""
    told = date_of(h)
    return told[2] == "day" and told[0] == told[1] and status_of(h, published) == "occurred"


def _by_the_pair(doc: Doc, m: Mention) -> bool:
    """Done by "the two sides" of an act told before: ``pair_anaphors`` right before it ("وشهد
    الرئيسان توقيع") or a verb's subject right after it ("ووقع الرئيسان ... إعلان الشراكة")."""
    s0 = doc.sentences[m.sentence][0]
    t0, t1 = m.trig.extent
    return (bool(doc.find(max(s0, t0 - PAIR_REACH), t0, "pair_anaphors"))
            or m.trig.pos == "verb" and doc.has(t1, "pair_anaphors"))


def _series(doc: Doc, m: Mention) -> bool:
    """An act told as a series (``series``: "سلسلة لقاءات"، "عدة اجتماعات"، "لقاءات"), or with
    its counterparts told as a number after it in its clause (``series_counterparts``: "مباحثات
    مكثفة مع عدد من نظرائه"), whose items the next sentences tell ("استقبل ..."، "كما تباحث ...")."""
    t0, t1 = m.trig.extent
    return bool(doc.find(max(doc.sentences[m.sentence][0], t0 - 2), t1, "series")
                or doc.find(t1, m.post[1], "series_counterparts"))


def _dated_before(g: Group, sentence: int, t0: int) -> bool:
    """Whether a dated mention of event ``g`` is told in ``sentence`` before word ``t0``."""
    return any(x.sentence == sentence and x.span is not None and x.trig.extent[1] <= t0
               for x in g.mentions)


def _continued_right_before(doc: Doc, t0: int) -> bool:
    """A continuation word ends right before word ``t0`` ("، كما التقى")."""
    return doc.ends_at(t0, "continuations") is not None


def _dates_between(doc: Doc, after: int, upto: int, t0: int) -> bool:
    """Whether a date that dates events stands in sentences ``(after, upto)``, or in sentence
    ``upto`` before word ``t0`` (one after the act dates another event of its sentence)."""
    return any(d.k not in doc.blocked and (after < doc.sentence_of[d.w0] < upto or
                                           doc.sentence_of[d.w0] == upto and d.w0 < t0)
               for d in doc.dates)


def place_by_holder(groups: list[Group], lex: Lexicon) -> None:
    """Give each dated event with no place the place of the dated event that holds it
    (``located_by``): one place among the events of those types that overlap its dates and
    hold its states (in place)."""
    for g in groups:
        sources = lex.types[g.type].get("located_by") or ()
        span = date_of(g)
        if not sources or span is None or _venue(g) is not None:
            continue
        holders = [h for h in groups if h is not g and h.type in sources and _venue(h)
                   and _overlap(span, date_of(h)) and _holds(h.codes, g.codes)]
        if len({_venue(h) for h in holders}) == 1:
            primary(g).location = next(m.location for m in holders[0].mentions if m.location)


def _overlap(a, b) -> bool:
    return b is not None and a[0] <= b[1] and b[0] <= a[1]


def _holds(holder: set[str], held: set[str]) -> bool:
    """The holder's states include the held event's (two of them, when it names more)."""
    return held <= holder or len(held & holder) >= 2


def extend_by_venue(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """Run a dated visit to the next day when an event of a type it is extended by
    (``extended_by_venue``) is held that day at its destination with its host and none but its
    parties, with its status (in place): the stay goes on to it."""
    for g in groups:
        sources = lex.types[g.type].get("extended_by_venue") or ()
        date, dest = date_of(g), g.destination
        if not sources or date is None or date[2] != "day" or dest is None:
            continue
        status = status_of(g, doc.published)
        ends = [d[1] for h in groups if h is not g and h.type in sources
                and (d := date_of(h)) is not None and d[2] == "day" and d[0] == d[1]
                and 0 < (d[0] - date[1]).days <= EXTEND_DAYS and dest in h.codes
                and h.codes <= g.codes and _venue(h) in (None, dest)
                and status_of(h, doc.published) == status]
        if ends:
            for m in g.dated:
                if m.span.end == date[1]:
                    m.span = dataclasses.replace(m.span, end=max(ends))


def _venue(g: Group) -> str | None:
    """The state an event is held in: its first mention naming a place."""
    return next((m.location[1] for m in g.mentions if m.location), None)


def _links(doc: Doc, order: list[Mention]) -> list[_Link]:
    by_start = {m.trig.extent[0]: m for m in order}
    out = []
    for i in doc.find(0, len(doc.words), "event_links", "event_pronoun_links", "subject_links"):
        j = doc.tags[i].w1
        s = doc.sentence_of[i]
        if doc.has(i, "event_pronoun_links"):
            before = [m for m in order if m.trig.extent[1] <= i and s - 1 <= m.sentence <= s]
            if before:
                out.append(_Link(i, j, tuple(reversed(before))))
            continue
        k, filled = j, 0  # (a round's phrase may start at a filler: "جولة المفاوضات")
        while (k not in by_start and doc.has(k, "link_fillers", "ordinals", "from",
                                             "demonstratives") and filled < FILLER_REACH):
            k, filled = doc.tags[k].w1, filled + 1
        m = by_start.get(k)
        if m is not None and (m.known or chained(doc, m.trig)) and doc.has(i, "event_links"):
            out.append(_Link(i, m.trig.extent[1], (m,)))
        if doc.has(i, "subject_links"):  # "زيارة الرئيس ... ستشهد توقيع": its subject; the
            # event right after a witnessing verb may be the one witnessed ("وتشهد القمة
            # توقيع"، link above) or the one borrowing ("اللجنة التي ستشهد التوقيع")
            before = [m for m in order if m.trig.extent[1] <= i and m.sentence == s]
            if before:
                out.append(_Link(i, j, tuple(reversed(before))))
    return out


def _reference(doc: Doc, m: Mention, links: list[_Link], order: list[Mention], group_of,
               sources) -> Mention | None:
    """The event named by the nearest link beside ``m``, if of a type ``m`` may borrow from.

    None when ``m`` is the object of a report ("أعلن خلالها ... التوصل إلى اتفاق"، "يعلن عن
    توقيع اتفاقية خلال الزيارة"): the link may date the report, not the event."""
    g = group_of[id(m)]
    t0, t1 = m.trig.extent
    s0 = doc.sentences[m.sentence][0]
    reports = doc.find(s0, t0, "reporting_verbs", "reporting_nouns")
    if reports and not _reported_clause(doc, reports[-1], t0):
        return None
    best = None
    for link in links:
        ref = next((r for r in link.refs if group_of.get(id(r)) is not g), None)
        if doc.sentence_of[link.w0] != m.sentence or ref is None or ref.type not in sources:
            continue
        h1 = m.trig.spans[0][1]
        # the parse hangs the link on the trigger ("التقى ...، نظيره ... على هامش القمة"), or
        # "وذلك" resumes the act the sentence told ("أبرمت ... مذكرتي تفاهم في مجالي: ...، وذلك
        # على هامش زيارة"), no other act between: past commas and the link's reach
        hung = doc.tree is not None and t0 <= doc.tree.head[link.w0] < t1
        resumed = link.w0 > t1 and bool(doc.find(max(t1, link.w0 - 2), link.w0, "demonstratives"))
        attached = hung or resumed and not any(
            x.sentence == m.sentence and t1 <= x.trig.w0 < link.w0 for x in order)
        if t0 <= link.w0 and link.w1 <= t1 and link.w0 >= h1:  # "وقع الجانبان خلال الزيارة اتفاقيات"
            lo, hi = h1, link.w0
        elif link.w0 >= t1:  # "ووقعا عقب المحادثات"
            lo, hi = t1, link.w0
            # a comma after the trigger's own parties keeps the link its ("يعقد لقاء مع نظيره
            # الروسي فلاديمير بوتين، على هامش القمة")
            own_parties = all(doc.party_at.get(k) is not None or k == link.w0 - 1  # (its prep.)
                              or doc.has(k, "with", "honorifics", "event_adjectives")
                              for k in range(t1, link.w0))
            if not (attached or own_parties) and any(doc.punct[k]
                                                     for k in range(t1, link.w0 + 1)):
                continue
        elif link.w1 <= t0:  # "وعقب جلسة المباحثات، شهد ... التوقيع"
            lo, hi = link.w1, t0
        else:
            continue
        fronted = link.w0 - s0 <= FRONTED_LEAD and link.w1 <= t0  # "وخلال زيارته ...، ووقع"
        if not (fronted or attached) and doc.ahead(lo, LINK_REACH, hi) < hi:
            continue
        if any(lo <= x.trig.extent[0] < hi and group_of[id(x)] is not g for x in order):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, ref)
    return best[1] if best else None


def _reported_clause(doc: Doc, report: int, t0: int) -> bool:
    """Whether a complementizer or a colon opens a clause between a report and word ``t0``."""
    return any(doc.has(k, "complementizers") or ":" in doc.gap[k]
               for k in range(report + 1, t0 + 1))


def _dated_source(doc: Doc, ref: Mention, borrower: Group, order: list[Mention],
                  groups: list[Group], group_of, lex: Lexicon) -> Group | None:
    """The dated event a reference names: its own group, else the event of its type told last
    when a demonstrative names it ("خلال تلك الزيارة"), else (talks or a meeting without a
    date) the first dated event of a ``held_within`` type before it that shares a state with
    the reference or the borrower (any, when neither names one).

    None when a definite reference ("القمة") follows, in its sentence or the one before, another
    event of its type that is not its group (an undated "قمة ثنائية" between it and a dated
    summit), unless it names its event's destination: it is ambiguous."""
    g = group_of.get(id(ref))
    if ref.trig.definite:
        same = [x for x in order if x.type == ref.type and x.trig.w0 < ref.trig.w0]
        named = ref.destination is not None and g is not None and g.destination == ref.destination
        last = group_of.get(id(same[-1])) if same else None
        if ref.shown and last is not None and last.dated and not (g and g.dated):
            return last  # "وخلال تلك الزيارة": the one told last
        if (same and last is not g and same[-1].sentence >= ref.sentence - 1
                and not named):  # "خلال زيارته إلى كينيا" names its visit by its place
            return None
    if g is not None and g.dated:
        return g
    if ref.distinct:  # "بعد محادثات منفصلة أجراها ...، أبرمت خلالها": another event, undated
        return None
    codes = (g.codes if g is not None else set(ref.codes)) | borrower.codes
    for etype in lex.types[ref.type].get("held_within") or ():
        for h in groups:
            if h.type == etype and h.dated and (h.codes & codes or not codes) and (
                    min(x.trig.w0 for x in h.mentions) < ref.trig.w0):
                return h
    return None


def _borrow(m: Mention, source: Group, doc: Doc, parties: str | None,
            basis: str = "reference") -> None:
    start, end, granularity, text = date_of(source)
    pub = doc.published
    if m.status == "occurred" and granularity == "day" and pub is not None and start <= pub < end:
        end = pub  # done by the report, within an event still under way ("التقى على هامش القمة")
    m.span = Span(start, end, granularity, text, ())
    m.date_source = basis
    m.days = None
    if m.status == UNKNOWN or m.status == "occurred" and pub is not None and start > pub:
        m.status = status_of(source, doc.published)  # (nothing after the report is done)
    if len(set(m.codes)) >= 2:
        return
    if parties == "all":
        m.codes = list(dict.fromkeys(m.codes + sorted(source.codes)))
    elif parties == "subject":
        subject = primary(source).actor1
        if subject is not None and subject[1] not in m.codes:
            m.codes.append(subject[1])


def parties_by_reference(doc: Doc, groups: list[Group]) -> None:
    """An event naming fewer than two states takes the two states of the last event before it
    that names two when "the two sides" stand near one of its triggers ("بين الطرفين"، "وقع
    الجانبان") or after a title of its clause ("برئاسة وزيري خارجية البلدين"), or of the last
    such event of its type when it names a known event ("الجولة الثانية من المحادثات"، "هذه
    المفاوضات") (in place)."""
    pair, of_type = None, {}
    for g in sorted(groups, key=lambda g: g.mentions[0].trig.w0):
        near = known = False
        for m in g.mentions:
            t0, t1 = m.trig.extent
            near = near or bool(doc.find(max(m.pre[0], t0 - PAIR_REACH),
                                         min(m.post[1], t1 + PAIR_REACH), "pair_anaphors"))
            near = near or any(doc.party_at.get(k - 1) is not None  # "وزيري خارجية البلدين"
                               for k in doc.find(t1, m.post[1], "pair_anaphors"))
            known = known or m.known or m.shown
        head = primary(g)
        source = pair if near and pair else of_type.get(g.type) if known else None
        if len(g.codes) < 2 and source:
            for party in source:
                add_party(head, party)
        elif _two_states(head):
            pair = of_type[g.type] = (head.actor1, head.actor2)


def _two_states(m: Mention) -> bool:
    """Whether the mention's two actors are two different coded states."""
    codes = {m.actor1 and m.actor1[1], m.actor2 and m.actor2[1]}
    return None not in codes and len(codes) == 2


def begun_by_held_acts(doc: Doc, groups: list[Group], lex: Lexicon) -> None:
    """A plan of days whose first has come by the report has begun, so it occurred, when an
    act of a type it holds (``folds_into``), between its states, at its destination or at no
    place named, is told done on one of its days up to the report ("سيزور تركيا يومي 12 و13"
    and "استقبل الرئيس التركي، اليوم الثلاثاء، نظيره الجورجي" on the 12th) (in place)."""
    published = doc.published
    if published is None:
        return
    done = [(h, held, next((m.location[1] for m in h.mentions if m.location), None))
            for h in groups if len(h.codes) >= 2 and (held := date_of(h)) is not None
            and held[2] == "day" and held[1] <= published
            and status_of(h, published) == "occurred"]
    for g in groups:
        d = date_of(g)
        if d is None or d[2] != "day" or d[0] > published or status_of(g, published) != "planned":
            continue
        states = g.codes | {g.destination} - {None}
        if any(g.type in lex.types[h.type]["folds_into"] and d[0] <= held[0]
               and held[1] <= d[1] and h.codes <= states and place in (None, g.destination)
               for h, held, place in done):
            primary(g).status = "occurred"
