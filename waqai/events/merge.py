"""Within-document merge: the mentions of one real-world event become one event.

- A meeting or talks held during a visit (or named as the aim of a meeting) fold into it unless
  they carry their own date (GUIDELINES) or a programme places them ("يليه لقاء"); a meeting on
  the day and between the parties of a summit folds into the summit.
- Dated mentions merge when type, status (a plan never occurred), parties (one set inside the
  other, or two states shared; a visit's destination equal) agree and the dates overlap, or
  follow each other within one sentence.
- A postponed event told again on the day it was moved to ("تأجيل القمة ... إلى 4 مارس. ...
  ستستضيف مصر القمة يوم 4 مارس") is the same event, which keeps the date it was moved from.
- An event called off or postponed on a day told between the verb and it ("ألغى ترامب اليوم
  الخميس القمة") whose plan is told with another day ("وكانت القمة مقررة يوم 12 يونيو") is one
  event on the planned day: the first was the decision's.
- An undated mention joins the nearest such event when it refers back to one ("الزيارة"،
  "زيارته"), is a headline, or names two of its states (unless it is "another" one: "زيارة
  مماثلة"); else undated mentions merge alike.
- The event's evidence, date text and status come from its first clear mention (the first
  dated one outside the headlines); a plan whose later mention reports a change of plan takes
  the change. Dates are the union of the finest dated mentions.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from waqai.dates.calendars import FINENESS
from waqai.events.lexicon import Lexicon
from waqai.events.mentions import OWN_DATE, Mention
from waqai.events.status import UNKNOWN, compatible

_TOUCH_DAYS = 1
CHANGED_DAYS = 2  # days an earlier report's plan may lie from the act done ("تقديم موعد")
UNTIL_DAYS = 21  # days from an event's start to the day an undated mention says it lasts until
CHANGES = ("postponed", "cancelled")


@dataclass(slots=True)
class Group:
    mentions: list[Mention] = field(default_factory=list)
    change: str | None = None  # the change of plan of the event that holds this planned one

    @property
    def type(self) -> str:
        return self.mentions[0].type

    @property
    def codes(self) -> set[str]:
        return {c for m in self.mentions for c in m.codes}

    @property
    def destination(self) -> str | None:
        return next((m.destination for m in self.mentions if m.destination), None)

    @property
    def dated(self) -> list[Mention]:
        return [m for m in self.mentions if m.span is not None]

    def statuses(self) -> set[str]:
        return {m.status for m in self.mentions}


TOLD_AGAIN_DAYS = 7  # an event dated this long before the report may be the news told again


def near_report(g: Group, published: dt.date) -> bool:
    """Whether dated ``g`` ends at most ``TOLD_AGAIN_DAYS`` before the report: it may be the
    report's news told again ("زار ... في نوفمبر 2012" is another event)."""
    return (published - date_of(g)[1]).days <= TOLD_AGAIN_DAYS


def fold(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Fold sub-events into the visit or summit that holds them (``folds_into``,
    ``holds_its_aims``, ``folds_into_same_day``), and an event named as the aim of an act of its
    type by its parties into that act; return the rest."""
    out = []
    for m in mentions:
        host = None
        cfg = lex.types[m.type]
        # (not one told at another time: "بعد يومين من استقبال"، "بعد زيارة ...، وصل")
        if (cfg["folds_into"] and m.date_source not in OWN_DATE and not m.ordered
                and m.offset is None and not m.over_before):
            host = next((v for v in mentions if v.type in cfg["folds_into"]
                         and v.sentence == m.sentence and v is not m.prepares), None)
            if host is None and m.parent is not None and lex.types[m.parent.type]["holds_its_aims"]:
                host = m.parent  # "لقاء الرئيس لاستكمال المحادثات"
        if host is None and m.parent is not None and m.parent.type == m.type and (
                set(m.codes) <= set(m.parent.codes)):
            host = m.parent  # "وصل ... إلى القاهرة للقيام بزيارة دولة": the visit it begins
        if host is None and cfg["folds_into_same_day"] and m.span is not None:
            host = next((s for s in mentions if s.type in cfg["folds_into_same_day"]
                         and s.span is not None and s.date == m.date
                         and _part_of(m, s)), None)
        if host is not None:
            host.folded.append(m)
        else:
            out.append(m)
    return out


def _part_of(meeting: Mention, summit: Mention) -> bool:
    """A meeting is the summit itself when it names the summit's states, or one of them alone
    ("ويأتي اجتماع اليوم"), not when it is a bilateral meeting on the sidelines of a summit of
    more states."""
    codes, held = set(meeting.codes), set(summit.codes)
    return codes <= held and (len(codes) == 1 or len(codes) > 2 or len(held) <= 2)


def join_told(g: Group, groups: list[Group], published: dt.date | None) -> bool:
    """Whether another dated group of ``g``'s type, on ``g``'s dates, of agreeing states and a
    compatible status, tells ``g``'s event already (a signing told again, dated by a reference
    or an offset): that group then takes in ``g``'s mentions."""
    told = date_of(g)[:2]
    for h in groups:
        if (h is not g and h.type == g.type and h.dated and g.codes & h.codes
                and codes_agree(g.codes, h.codes) and date_of(h)[:2] == told
                and compatible(status_of(h, published), status_of(g, published))):
            h.mentions.extend(g.mentions)
            return True
    return False


def join_repeated(groups: list[Group], published: dt.date | None) -> None:
    """A dated event that names fewer states than another of its type on the same days, by the
    same person, with a compatible status, is that event told again ("التقى الرئيس اليمني هادي
    اليوم المبعوث الأممي ... وذكرت الوكالة أن الرئيس هادي التقى غريفث"): it joins it (in
    place)."""
    for g in list(groups):
        d, who = date_of(g), _subject_name(g)
        if d is None or who is None:
            continue
        words = {x.trig.w0 for x in g.mentions}  # (copies of one trigger stay apart:
        h = next((h for h in groups if h is not g and h.type == g.type and g.codes < h.codes
                  and date_of(h) is not None and date_of(h)[:2] == d[:2]  # "اتصالين")
                  and _subject_name(h) == who and not words & {x.trig.w0 for x in h.mentions}
                  and compatible(status_of(h, published), status_of(g, published))), None)
        if h is not None:
            h.mentions.extend(g.mentions)
            groups.remove(g)


def _subject_name(g: Group) -> str | None:
    """The last word of the name of the event's subject, if a person is named."""
    subject = primary(g).actor1
    return subject[0].split()[-1] if subject and subject[0] else None


def codes_agree(a: set[str], b: set[str]) -> bool:
    """One set of states within the other, or two shared."""
    return a <= b or b <= a or len(a & b) >= 2


def _lasting(start: dt.date, end: dt.date, days: int | None, ends: bool,
             ) -> tuple[dt.date, dt.date]:
    """Days from ``start`` to ``end`` stretched over a stated duration: forward from the start,
    or back from the end when the date is the last day ("اختتم ... زيارة استمرت ثلاثة أيام")."""
    if not days:
        return start, end
    if ends:
        return min(start, end - dt.timedelta(days=days - 1)), end
    return start, max(end, start + dt.timedelta(days=days - 1))


def _days_of(m: Mention) -> tuple[dt.date, dt.date]:
    """A dated mention's days, its stated duration included ("زيارة ... تدوم يومين")."""
    if m.span.granularity != "day":
        return m.span.start, m.span.end
    return _lasting(m.span.start, m.span.end, m.days, m.ends)


def _dates_touch(a: Mention, g: Group) -> bool:
    """Overlapping dates, or consecutive ones in one sentence ("يصل مساء اليوم ليبدأ زيارته صباح
    الأحد") or for a definite noun naming the event again ("أما يوم الأربعاء ... وقبل الزيارة")."""
    a0, a1 = _days_of(a)
    for m in g.dated:
        m0, m1 = _days_of(m)
        gap = (max(a0, m0) - min(a1, m1)).days
        if gap <= 0 or gap <= _TOUCH_DAYS and (m.sentence == a.sentence or a.known):
            return True
    return False


def _departure_for(m: Mention, g: Group) -> bool:
    """``m`` leaves for ``g``'s destination the day before ``g``'s visit begins there ("غادر أمس
    الرياض متوجها إلى الولايات المتحدة" and "يبدأ اليوم زيارة إلى أميركا"): the trip to it."""
    if not m.trig.entry.leaves or m.destination is None or m.destination != g.destination:
        return False
    visit = date_of(g)
    return (visit is not None and m.span.granularity == "day"
            and (visit[0] - m.span.end).days == _TOUCH_DAYS
            and codes_agree(set(m.codes), g.codes))


def _fits(m: Mention, g: Group, lex: Lexicon, changed: bool = False) -> bool:
    """Whether ``m`` may be a mention of ``g``'s event (dates aside); ``changed``: whatever
    the statuses (a plan told again after it changed)."""
    if m.split and any(x.split and x.split != m.split for x in g.mentions):
        return False  # copies of one trigger for two places or two dates
    if m.type != g.type:
        return False
    multilateral = lex.types[m.type]["multilateral"]
    if not (changed or m.linked or all(compatible(m.status, s) for s in g.statuses())
            or _plan_came_true(m, g) or multilateral and _held_as_planned(m, g)):
        return False
    if m.destination and g.destination and m.destination != g.destination:
        return False
    if (m.destination is None and not m.trig.definite and m.has_agent and m.actor1
            and m.actor1[1] == g.destination):
        return False  # its own visitor is where the group's visit went: a visit the other way
    if multilateral and (set(m.codes) & g.codes or m.trig.definite and (
            m.span is None or m.listed is None and not m.shown)):
        return True  # each mention of a summit names some of its states ("ويشارك في القمة"،
        # "وستختتم القمة الخليجية أعمالها اليوم" after "تنطلق اليوم قمة دول مجلس التعاون")
    return codes_agree(set(m.codes), g.codes)


def _plan_came_true(m: Mention, g: Group) -> bool:
    """An announced plan and a report that it happened on one of its days, by the same person,
    are one event ("أعلنت الخارجية أن الوزير لافروف سيجري زيارة يومي 8 و9 أبريل", "وصل وزير
    الخارجية سيرغي لافروف اليوم الاثنين 8 أبريل")."""
    if not _plan_beside_act(m, g):
        return False
    mentions = g.dated + [m]
    if not any(x.status == "planned" and x.announced for x in mentions):
        return False
    return len({x.actor1[0].split()[-1] for x in mentions if x.actor1}) == 1


def _held_as_planned(m: Mention, g: Group) -> bool:
    """A planned and a held mention of an event of many states on overlapping dates, sharing a
    state, are one event: it does not take place twice on those days ("أجل زيارته ... لحضور قمة
    شنغهاي" beside "القمة التي بدأت أمس")."""
    return _plan_beside_act(m, g) and bool(set(m.codes) & g.codes)


def _plan_beside_act(m: Mention, g: Group) -> bool:
    """``m`` is dated on days a dated mention of ``g`` overlaps, and plans and done acts are all
    the two tell (no change of plan)."""
    return (m.span is not None and g.statuses() | {m.status} <= {"planned", "occurred", UNKNOWN}
            and any(x.span.start <= m.span.end and m.span.start <= x.span.end for x in g.dated))


def _plan_changed_by(plan: Group, g: Group, lex: Lexicon) -> bool:
    """An earlier report's plan ("وكان بيان ذكر في وقت سابق أن الملك سيغادر إلى روسيا غدا
    الخميس") of the act ``g`` told done a few days from it ("غادر ... اليوم الأربعاء متوجها إلى
    روسيا"): the plan was brought forward or put back."""
    told, done = date_of(plan), date_of(g)
    return (status_of(g, None) == "occurred" and told is not None and done is not None
            and abs((told[0] - done[0]).days) <= CHANGED_DAYS
            and all(_fits(m, g, lex, changed=True) for m in plan.mentions))


def _on_its_new_date(m: Mention, postponed: Mention, lex: Lexicon) -> bool:
    """``m`` is the postponed event told on its new date ("أعلنت تأجيل القمة ... إلى 4 مارس.
    ... ستستضيف مصر القمة يوم 4 مارس"): one event, which keeps the date it was moved from."""
    new = postponed.moved_to
    return (new is not None and postponed is not m and postponed.span is not None
            and m.type == postponed.type and new.start <= m.span.end and m.span.start <= new.end
            and _fits(m, Group([postponed]), lex, changed=True))


def _changed_plan_told_again(m: Mention, groups: list[Group], mentions: list[Mention],
                             lex: Lexicon) -> bool:
    """Whether dated ``m``, which touches no event's dates, is a changed plan told again; if so
    it joins that event: its plan told with its day (the change's date was the decision's), or
    its mention on the day it was moved to (folded: it gives the event no date)."""
    changed = next((h for h in groups if _plan_of_changed(m, h, lex)), None)
    if changed is not None:
        for x in changed.dated:
            x.span = None if x.decision_day else x.span
        changed.mentions.append(m)
        return True
    moved = next((x for x in mentions if _on_its_new_date(m, x, lex)), None)
    if moved is not None:
        moved.folded.append(m)
        return True
    return False


def _plan_of_changed(m: Mention, g: Group, lex: Lexicon) -> bool:
    """``m`` tells the plan, with its day, of an event called off or postponed on the day its
    change was dated by ("ألغى ترامب اليوم الخميس القمة ... وكانت القمة مقررة يوم 12 يونيو"),
    or tells the change again with that day ("... التي كانت مقررة الأسبوع المقبل ستعاد جدولتها")."""
    statuses = g.statuses()
    return ((m.status == "planned" or m.status in statuses) and m.known
            and statuses <= set(CHANGES) and any(x.decision_day for x in g.dated)
            and _fits(m, g, lex, changed=True))


def _distance(m: Mention, g: Group) -> int:
    return min(abs(m.trig.w0 - x.trig.w0) for x in g.mentions)


def _begun(date: tuple | None, published: dt.date | None) -> bool:
    """Whether an event of dates ``date`` (:func:`date_of`) has begun by the report."""
    return date is not None and published is not None and date[0] <= published


def _begun_plan(g: Group, published: dt.date | None) -> bool:
    """A plan (no mention tells it done or changed) whose first day has come by the report."""
    return _begun(date_of(g), published) and g.statuses() <= {"planned", UNKNOWN}


def merge(mentions: list[Mention], lex: Lexicon, published: dt.date | None = None
          ) -> list[Group]:
    """Group the mentions of a document into events (folded sub-events already removed); an
    undated past verb telling an act done joins the plan of it whose day has come ("سيشرع في
    زيارة يومي 6 و7 نوفمبر" told the day before, "ماتاريلا الذي وصل إلى الجزائر")."""
    groups: list[Group] = []
    for m in (m for m in mentions if m.span is not None):
        g = next((g for g in groups if _fits(m, g, lex) and _dates_touch(m, g)), None)
        if g is not None:
            g.mentions.append(m)
        elif not _changed_plan_told_again(m, groups, mentions, lex):
            groups.append(Group([m]))
    for g in [g for g in groups if all(m.earlier_plan for m in g.mentions)]:
        # an earlier report's plan of an act done within days of it: that act, its day changed
        done = next((h for h in groups if h is not g and _plan_changed_by(g, h, lex)), None)
        if done is not None:
            primary(done).folded.extend(g.mentions)
            groups.remove(g)
    for g in [g for g in groups if len(g.mentions) == 1]:
        # a departure the day before a visit begins is its trip, undated
        trip = next((h for h in groups if h is not g and _departure_for(g.mentions[0], h)), None)
        if trip is not None:
            primary(trip).folded.append(g.mentions[0])
            groups.remove(g)
    dated = list(groups)
    for m in (m for m in mentions if m.span is None):
        refers = m.known or m.title
        # or the group refers back to it ("وصل الوزير إلى طهران. ... لدى وصوله صباح اليوم")
        done = m.status == "occurred" and m.trig.pos == "verb" and not m.earlier
        # (a known event's length told as planned is of that event: "ومن المقرر أن تستمر
        # الزيارة حتى يوم غد")
        cands = [g for g in dated if (
            _fits(m, g, lex) or (done and _begun_plan(g, published) or m.until and m.known)
            and _fits(m, g, lex, changed=True)) and (
            refers or len(set(m.codes) & g.codes) >= 2
            or any(x.sentence == m.sentence or x.known and x.trig.w0 > m.trig.w0
                   for x in g.mentions))]
        if not (refers or m.earlier) and m.status == "occurred":
            # the news is not an act its article tells as earlier ("وكان الرئيسان أجريا ...")
            cands = [g for g in cands if not all(x.earlier and not x.known for x in g.dated)]
        if done and not refers and published is not None:
            # ... nor one dated long before the report and told only after it ("وصل الوزير إلى
            # أديس أبابا ... . وفي أبريل 2013، قام الأمير بزيارة إلى أديس أبابا")
            cands = [g for g in cands if any(x.trig.w0 < m.trig.w0 for x in g.mentions)
                     or near_report(g, published)]
        if m.distinct or m.ordered or m.listed is not None:  # "زيارة مماثلة"، "يليه لقاء"، "وقمة"
            cands = []
        elif not cands:
            cands = [g for g in groups if g not in dated and _fits(m, g, lex) and (
                refers or set(m.codes) == g.codes)]
        # the nearest, one of its own sentence first ("كان من المقرر أن يزور ... في 25 مايو، لكن
        # تم تأجيل الزيارة. ونتوقع أن تتم هذه الزيارة في يونيو": the plan's), then, for no
        # earlier act and none a demonstrative names ("تلك الزيارة"), one near the report
        # ("وتأتي زيارة الوزير" is the news, not the visit of a year before told just before)
        news = not (m.earlier or m.shown) and published is not None
        if cands:
            min(cands, key=lambda g: (all(x.sentence != m.sentence or x.type != m.type
                                          for x in g.mentions),
                                      news and g in dated and not near_report(g, published),
                                      _distance(m, g))).mentions.append(m)
        else:
            groups.append(Group([m]))
    for g in groups:
        g.mentions.sort(key=lambda x: x.trig.w0)
    return groups


def primary(g: Group) -> Mention:
    """The first clear mention: dated and outside the headlines, if any."""
    if not g.mentions:
        raise ValueError("empty group")
    first = None  # the first dated mention, if none is outside the headlines
    for m in g.mentions:
        if m.span is not None:
            if not m.title:
                return m
            first = first or m
    return first or next((m for m in g.mentions if not m.title), g.mentions[0])


def date_of(g: Group) -> tuple[dt.date, dt.date, str, str] | None:
    """(start, end, granularity, text) from the finest-grained dated mentions; the day its
    change was decided on ("أجل الوزير الأربعاء رحلة ...") only when no other mention dates it."""
    dated = [m for m in g.dated if not m.decision_day] or g.dated
    if not dated:
        return None
    # a stop's own day over the whole tour's ("تستمر جولته التي تشمل قطر من 13 إلى 16 مايو ... ثم
    # يتوجه إلى قطر غدا الأربعاء")
    dated = [m for m in dated if not _tour_over(m, dated)] or dated
    best = min(FINENESS.get(m.span.granularity, 9) for m in dated)
    fine = [m for m in dated if FINENESS.get(m.span.granularity, 9) == best]
    head = primary(g)
    head = head if head in fine else fine[0]
    start, end = min(m.span.start for m in fine), max(m.span.end for m in fine)
    days = max((m.days for m in g.mentions if m.days), default=None)
    if head.span.granularity == "day":
        start, end = _lasting(start, end, days, any(m.ends for m in g.mentions if m.days))
        # a mention with no date of its own lasting until a day ("وتستمر الزيارة حتى الأربعاء")
        until = max((m.until for m in g.mentions if m.until and m.until >= start
                     and (m.until - start).days < UNTIL_DAYS), default=None)
        end = max(end, until or end)
    return start, end, head.span.granularity, head.span.text


def _tour_over(m: Mention, dated: list[Mention]) -> bool:
    """``m`` is a tour's copy for one stop, dated over the whole tour, while another trigger
    dates that stop on a day within it."""
    return bool(m.split) and "~" not in m.split and any(
        x.trig.w0 != m.trig.w0 and m.span.start <= x.span.start and x.span.end <= m.span.end
        and (x.span.start, x.span.end) != (m.span.start, m.span.end) for x in dated)


def share_changes(groups: list[Group], lex: Lexicon, published: dt.date | None) -> None:
    """A planned event told in the plan of the event that holds it (``folds_into``) or that it
    attends (``attends``), within its dates, shares that event's postponement or cancellation
    ("كان من المقرر أن تزور ميركل الجزائر الاثنين والثلاثاء وأن تلتقي بوتفليقة الثلاثاء", then
    the visit postponed)."""
    for g in groups:
        hosts = lex.types[g.type]["folds_into"] + lex.types[g.type]["attends"]
        date = date_of(g)
        if not hosts or date is None or status_of(g, published) != "planned":
            continue
        sentences = {m.sentence for m in g.mentions}
        for h in groups:
            held = date_of(h)
            if (h.type in hosts and held is not None and held[0] <= date[0]
                    and date[1] <= held[1] and any(m.sentence in sentences for m in h.mentions)
                    and (change := status_of(h, published)) in CHANGES):
                g.change = change
                break


def status_of(g: Group, published: dt.date | None) -> str:
    """The event's status: its first clear mention's, unless that is a plan (or silent) and
    another mention reports that it happened or that the plan changed (or the event that
    holds it changed: :func:`share_changes`)."""
    if g.change is not None:
        return g.change
    head = primary(g).status
    if head in CHANGES or head == "occurred":
        return head
    if any(m.status == "occurred" for m in g.dated):
        return "occurred"  # the plan came true
    d = date_of(g)
    if _begun(d, published) and any(m.status == "occurred" and not m.title for m in g.mentions):
        return "occurred"  # its day has come and the body tells it done ("الذي وصل إلى")
    body = [m.status for m in g.mentions if not m.title and m.status in CHANGES]
    titles = [m.status for m in g.mentions if m.title and m.status in CHANGES]
    if body or titles:
        return (body or titles)[0]
    if head != UNKNOWN:
        return head
    known = [m.status for m in g.mentions if m.status != UNKNOWN]
    if known:
        return known[0]
    if d is not None and published is not None:
        return "planned" if d[1] >= published else "occurred"
    return "occurred"
