"""Date attachment: which timex dates which trigger, and durations that extend it.

Each usable timex of a sentence is owned by one anchor: a trigger (with its light verb or
status cue: "ألغت روسيا، اليوم الأحد، زيارتها") or a reporting verb/noun ("أعلنت ... اليوم أن").
Arabic puts time adverbials after the verb and its complements, so a timex belongs to the
nearest anchor before it; a fronted timex ("وفي 18 فبراير، زار") to the anchor after it.
A trigger takes a timex inside its complex ("تلقى، اليوم، اتصالا"), else its own nearest
timex after it, else a fronted one; two timexes joined by أو (or a range إلى/حتى) give one
range. A report's date dates an event only when the event is reported as done and nothing
else dates it (GUIDELINES).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from waqai.dates.counts import Count, find_counts
from waqai.dates.ranges import weekday_after
from waqai.events.doc import Date, Doc
from waqai.events.lexicon import Lexicon
from waqai.events.tree import trigger_of_date
from waqai.events.words import variants

FRONTED_LEAD = 3  # a timex this near its sentence start is fronted ("وفي 18 فبراير، زار")
FRONTED_GAP = 2  # or this near the trigger after it ("اليوم السبت، جولة خليجية، يستهلها بزيارة")
FRONTED_REACH = 5  # words (a party counting as one) to the trigger after a date no anchor precedes
# ("ترأس الملك ...، اليوم الأربعاء بقصر الضيافة بالرباط، حفل توقيع")
REPORT_WINDOW = 30  # words between an anchor and a timex it still owns
RELATIVE_REACH = 5  # words (a party or date counting as one) from "الذي/التي" to a date
ANTECEDENT_GAP = 2  # words (a party counting as one) from a trigger to the relative after it
AGREEING_ANTECEDENT_GAP = 10  # ... for one past a nearer trigger of the other gender
SIMULTANEOUS_REACH = 4  # words of a ``simultaneous`` phrase ("في اليوم نفسه من")


@dataclass(frozen=True, slots=True)
class Anchor:
    a0: int
    a1: int
    trigger: int | None  # index of the trigger, None for a report verb/noun
    g0: int  # first word of the complex (light verb / cue) for triggers
    e1: int = -1  # end of a phrase's last part ("وقع الوزيران ... اتفاقية"), if beyond a1
    noun: bool = True  # a nominal trigger, which a relative pronoun may stand for


@dataclass(slots=True)
class Span:
    start: dt.date
    end: dt.date
    granularity: str
    text: str
    dates: tuple[int, ...]  # Date.k of the timexes used

    @classmethod
    def of(cls, d: Date) -> "Span":
        """The span of one timex."""
        return cls(d.start, d.end, d.granularity, d.text, (d.k,))


def owners(doc: Doc, anchors: list[Anchor], lex: Lexicon) -> dict[int, Anchor]:
    """Date.k -> the anchor owning it (usable dates only; unowned dates are left out).

    Word order in the sentence gives a date to the anchor before it (or after it, when
    fronted); a date that word order leaves unowned goes to the trigger the dependency tree
    attaches it to, if any (``doc.tree_dates`` records these). A report's date stays the
    report's, whatever the parse says (GUIDELINES: an announced plan keeps no date of the
    announcement)."""
    out: dict[int, Anchor] = {}
    trigger_at = {} if doc.tree is None else {
        w: a for a in anchors if a.trigger is not None for w in range(a.a0, a.a1)}
    for d in doc.dates:
        if d.k in doc.blocked:
            continue
        if _in_since_clause(doc, d, anchors, lex.since_window):
            doc.since_dates.add(d.k)
            continue
        r = _relative_before(doc, d, lex)
        by_words = _word_owner(doc, d, anchors, lex, r)
        if by_words is not None:
            out[d.k] = by_words
        if doc.tree is not None and by_words is None and not _relative_of_other(
                doc, d, [a for a in anchors if doc.sentence_of[a.a0] == doc.sentence_of[d.w0]],
                lex, r):
            a = trigger_of_date(doc.tree, d.w0, d.w1, trigger_at)
            if a is not None and doc.sentence_of[a.a0] == doc.sentence_of[d.w0]:
                out[d.k] = a
                doc.tree_dates.add(d.k)
    return out


def _word_owner(doc: Doc, d: Date, anchors: list[Anchor], lex: Lexicon,
                r: int | None) -> Anchor | None:
    """The anchor owning a date by word order in its sentence, if any (``r``: the relative
    pronoun before it, :func:`_relative_before`)."""
    s = doc.sentence_of[d.w0]
    same = [a for a in anchors if doc.sentence_of[a.a0] == s]
    antecedent = _relative_antecedent(doc, d, same, lex, r)
    if antecedent is not None:
        return antecedent
    if _relative_of_other(doc, d, same, lex, r):
        return None  # "القمة التي ستكرس لمراجعة الميثاق الذي وضع في 1963"
    inside = [a for a in same if a.trigger is not None and (
        a.g0 <= d.w0 < a.a0 or a.a1 <= d.w0 < a.e1)]
    if inside:
        return inside[0]
    before = [a for a in same if max(a.a1, a.e1) <= d.w0]
    after = [a for a in same if a.a0 >= d.w1]
    a = max(before, key=lambda a: max(a.a1, a.e1)) if before else None
    b = min(after, key=lambda a: a.a0) if after else None
    if b is not None and b.trigger is not None and a is None and not doc.find(
            d.w1, b.g0, "complementizers"):  # "كتبت، الجمعة، إن زيارة": the report's date
        s0 = doc.sentences[s][0]
        if d.w0 - s0 <= FRONTED_LEAD or doc.ahead(d.w1, FRONTED_REACH, b.g0) >= b.g0:
            return b
    if b is not None and b.trigger is not None and b.g0 - d.w1 <= FRONTED_GAP and (
            _opens_clause(doc, d.w0)):  # "زار الرياض في يوليو، وفي 22 نوفمبر زار الدوحة"
        return b
    if (a is not None and d.w0 - max(a.a1, a.e1) <= REPORT_WINDOW
            and not _of_time_clause(doc, a, d)):
        return a
    if a is None and b is not None and b.trigger is None:
        return b
    return None


def _of_time_clause(doc: Doc, a: Anchor, d: Date) -> bool:
    """Whether date ``d`` after anchor ``a`` is in a clause of time with a verb of its own ("وصل
    الوفد، وذلك بعد أن كان ... قد أوعز أمس"), not one the event is the subject of ("وتأتي هذه
    القمة بعد أن تأجلت ... في مارس")."""
    end = max(a.a1, a.e1)
    return bool(doc.find(end, d.w0, "time_clauses")) and not doc.find(
        end, d.w0, "cancelled_predicates", "postponed_predicates")


def _relative_antecedent(doc: Doc, d: Date, same: list[Anchor], lex: Lexicon,
                         r: int | None) -> Anchor | None:
    """A date in a relative clause (``r``: its relative pronoun) on a trigger dates that
    trigger: "الزيارة التي قام بها في مارس"، "مؤتمر باريس الذي عقد في مايو"."""
    if r is None:
        return None
    if any(a.a0 < d.w0 and a.a0 > r for a in same if a.trigger is not None):
        return None  # a trigger inside the relative clause owns its date
    before = [a for a in same if a.trigger is not None and max(a.a1, a.e1) <= r
              and doc.ahead(max(a.a1, a.e1), ANTECEDENT_GAP, r) >= r]
    if before and not _agrees(doc, before[-1], r, lex):  # "التحضيري للقمة، الذي ينطلق"
        farther = [a for a in same if a.trigger is not None and max(a.a1, a.e1) <= r
                   and doc.ahead(max(a.a1, a.e1), AGREEING_ANTECEDENT_GAP, r) >= r
                   and _agrees(doc, a, r, lex)]
        return farther[-1] if farther else before[-1]
    return before[-1] if before else None


def _agrees(doc: Doc, a: Anchor, r: int, lex: Lexicon) -> bool:
    """Whether the trigger at ``a`` agrees in gender with the relative pronoun at ``r``; ة
    before an enclitic is written ت ("جولته")."""
    word = doc.words[a.a0]
    feminine = word.taa or word.norm.endswith(lex.feminine_endings) or any(
        v.enclitic and v.stem.endswith("ت") for v in variants(word.norm))
    return feminine == (relative_form(doc, r, lex) in lex.feminine_relatives)


def relative_form(doc: Doc, i: int, lex: Lexicon) -> str | None:
    """Word ``i`` as a relative pronoun, its conjunction stripped ("والتي"), if it is one."""
    return _relative_stem(doc.words[i].norm, lex.relatives)


@lru_cache(maxsize=100_000)
def _relative_stem(form: str, relatives: frozenset[str]) -> str | None:
    """``form`` as one of ``relatives``, its conjunction stripped, if it is one (per form: the
    words before every date are read several times)."""
    return next((v.stem for v in variants(form)
                 if v.stem in relatives and not v.prep and not v.enclitic), None)


def _relative_of_other(doc: Doc, d: Date, same: list[Anchor], lex: Lexicon,
                       r: int | None) -> bool:
    """A date in a relative clause (``r``: its relative pronoun) that dates no trigger: nested
    in a trigger's relative clause, or on another noun (below); neither word order nor the tree
    gives it to a trigger."""
    return (_relative_antecedent(doc, d, same, lex, r) is None
            and (_nested_relative(doc, d, same, lex, r) or _other_relative(doc, d, same, lex, r)))


def _other_relative(doc: Doc, d: Date, same: list[Anchor], lex: Lexicon, r: int | None) -> bool:
    """A date in a relative clause on a noun that is no trigger, with no trigger in the clause
    ("وتأتي الزيارة بعد فوزه في الانتخابات التي جرت في أبريل الماضي"، "استقبل ... بحضور السفير
    الذي تسلم مهامه في أيلول"): it dates that noun, not a trigger before it. The pronoun may
    stand for a nominal trigger a few words before it that agrees with it, or whose phrase runs
    on to it ("قمة منتدى التعاون الذي يعقد يومي"، "توقيع اتفاقية ترسيم الحدود التي كانت مقررة
    في")."""
    if r is None:
        return False
    s1 = doc.sentences[doc.sentence_of[d.w0]][1]
    reach = doc.ahead(d.w1, FRONTED_REACH, s1)
    if any(r < a.a0 < reach for a in same):
        return False  # "الذي بدأ أمس زيارة رسمية"
    return not any(
        a.noun and max(a.a1, a.e1) <= r
        and doc.ahead(max(a.a1, a.e1), AGREEING_ANTECEDENT_GAP, r) >= r
        and (_agrees(doc, a, r, lex) or not any(doc.punct[max(a.a1, a.e1):r + 1]))
        for a in same if a.trigger is not None)


def _nested_relative(doc: Doc, d: Date, same: list[Anchor], lex: Lexicon, r: int | None
                     ) -> bool:
    """A date in a relative clause on a noun inside another relative clause of a trigger ("القمة
    التي ستكرس لمراجعة الميثاق الذي وضع لدى تأسيسها في 1963"): it dates neither."""
    if r is None or any(r < a.a0 < d.w0 for a in same):
        return False
    before = [a for a in same if a.trigger is not None and max(a.a1, a.e1) <= r]
    return bool(before) and any(relative_form(doc, i, lex) is not None
                                for i in range(max(before[-1].a1, before[-1].e1), r))


def _relative_before(doc: Doc, d: Date, lex: Lexicon) -> int | None:
    """The last relative pronoun ("الذي/التي") within ``RELATIVE_REACH`` words before a date."""
    s0 = doc.sentences[doc.sentence_of[d.w0]][0]
    rel = [i for i in range(doc.back(d.w0, RELATIVE_REACH, s0), d.w0)
           if relative_form(doc, i, lex) is not None]
    return rel[-1] if rel else None


def _new_clause(doc: Doc, w0: int) -> bool:
    """A date opening a coordinated clause after a comma ("، ومنتصف الشهر ذاته"، "، وفي 5 مايو")."""
    return doc.punct[w0] and (_opens_clause(doc, w0) or doc.conjoined(w0))


def _opens_clause(doc: Doc, w0: int) -> bool:
    """A date fronted in a new clause: "و/ثم" + a preposition ("وفي 22 نوفمبر") before it."""
    return doc.ends_at(w0, "fronting", reach=2) is not None


def _in_since_clause(doc: Doc, d: Date, anchors: list[Anchor], window: int) -> bool:
    """A date inside a "منذ/بعد/قبل + clause" ("منذ توليه الحكم في 23 يناير") dates that clause,
    unless an event trigger, a report or a scheduling word stands between (then it is theirs), the
    date is a part of a day ("قبل ظهر اليوم"), or it opens a new clause after a comma."""
    if doc.has(d.w0, "day_parts") or _new_clause(doc, d.w0):
        return False  # "قبل ظهر اليوم"; "منذ توليه منصبه في أيار، ومنتصف الشهر ذاته، أجرى"
    s0 = doc.sentences[doc.sentence_of[d.w0]][0]
    for i in doc.find(doc.back(d.w0, window, s0), d.w0, "since"):
        if any(i < a.a0 < d.w0 for a in anchors):
            continue  # an event or a report between owns it ("منذ 2011، كما أعلن الكرملين اليوم")
        if not doc.find(i + 1, d.w0, "past_plan", "future_after"):  # "بعد أن كانت مقررة غدا"
            return True
    return False


def own_span(doc: Doc, anchor: Anchor, owned: list[Date], change_at: int,
             postponed: bool) -> Span | None:
    """The date a trigger takes from the timexes it owns.

    ``change_at`` is the word of a cancellation/postponement cue (-1 if none): a date before a
    cue that precedes the trigger dates the decision, and "إلى X" after it the new date.
    """
    if change_at >= 0:
        owned = [d for d in owned if not _new_date(doc, d, change_at)]
        if change_at < anchor.a0:  # the decision's day only when nothing else dates it
            owned = [d for d in owned if d.w1 > change_at] or owned  # ("وقبل يومين، ألغى")
        old = [d for d in owned if doc.ends_at(d.w0, "instead", reach=2) is not None]
        owned = old or owned  # "أجل الاجتماع إلى الخميس بدلا من الأربعاء": the planned day
    after = [d for d in owned if d.w0 >= anchor.a1]
    inside = [d for d in owned if anchor.g0 <= d.w0 < anchor.a0]
    before = [d for d in owned if d.w1 <= anchor.g0]
    pick = after[0] if after else inside[0] if inside else before[-1] if before else None
    if pick is None:
        return None
    if after and inside:  # "قام في 14 مايو 2022 بزيارة لهذا العام"، "تلقى، اليوم، اتصالا"
        pick = inside[0]
    span = Span.of(pick)
    _join(doc, span, pick, allow_range=not postponed)
    return span


def moved_to(doc: Doc, owned: list[Date], change_at: int) -> Span | None:
    """The new date a postponement gives its event ("تأجيل القمة ... إلى 4 مارس")."""
    new = next((d for d in owned if _new_date(doc, d, change_at)), None)
    return None if new is None else Span.of(new)


def _new_date(doc: Doc, d: Date, change_at: int) -> bool:
    """After a postponement cue, "إلى/حتى X" gives the new date, not the event's."""
    return change_at >= 0 and d.w0 > change_at and doc.has(d.w0 - 1, "new_date")


def _join(doc: Doc, span: Span, first: Date, allow_range: bool) -> None:
    """Extend ``span`` over the dates joined to it (:func:`waqai.dates.joined_pairs`): the
    alternatives "X أو Y" and, unless a change of plan moves the date, ranges "من X إلى Y"."""
    joined = doc.ranges if allow_range else doc.alternatives
    cur = first
    while cur.k in joined:
        nxt = doc.dates[cur.k + 1]
        span.start, span.end = min(span.start, nxt.start), max(span.end, nxt.end)
        span.text = doc.text[first.char_start:nxt.char_end]
        span.dates += (nxt.k,)
        cur = nxt


def _until(doc: Doc, i: int, trigger: tuple[int, int] = (-1, -1)) -> Date | None:
    """The date a duration word at ``i`` lasts until ("تستمر حتى 21 ديسمبر"، "وتستمر الزيارة
    حتى" past the ``trigger`` words), if any."""
    j = doc.tags[i].w1
    if j == trigger[0]:
        j = trigger[1]
    if not doc.has(j, "new_date"):
        return None
    until = doc.date_at.get(doc.tags[j].w1)  # (blocked as a start: "حتى" is a blocker)
    return None if until is None else doc.dates[until]


def lasting_until(doc: Doc, lo: int, hi: int, trigger: tuple[int, int],
                  stop: int | None = None) -> Date | None:
    """The date a duration phrase in ``[lo, hi)`` lasts until, for the event at ``trigger``
    with no start of its own ("وتستمر الزيارة حتى الأربعاء"): its group's end."""
    for i in doc.find(lo, hi, "duration"):
        if stop is not None and i > stop:
            break
        until = _until(doc, i, trigger)
        if until is not None:
            return until
    return None


def duration_days(doc: Doc, lex, lo: int, hi: int, stop: int | None = None,
                  start: dt.date | None = None) -> int | None:
    """Days of a duration phrase in ``[lo, hi)``: "تستغرق ثلاثة أيام"، "لمدة يومين"، or, for an
    event beginning on ``start``, "تستمر حتى 21 ديسمبر"."""
    for i in doc.find(lo, hi, "duration"):
        if stop is not None and i > stop:
            break
        j = doc.tags[i].w1
        until = _until(doc, i) if start is not None else None
        if until is not None:
            end = until.end
            if until.weekday:  # "تبدأ الأربعاء ... تستمر حتى الجمعة"
                end = weekday_after(start, end)
            return (end - start).days + 1 if end > start else None
        for k in range(j, min(j + 2, len(doc.words))):
            m = lex.duration_days.match(doc.words, k)
            if m is not None:
                return m.value
            w = doc.words[k].norm
            if w.isdigit() and k + 1 < len(doc.words):
                unit = doc.words[k + 1].norm
                if unit in lex.day_words:
                    return int(w)
                if unit in lex.week_words:
                    return 7 * int(w)
    return None


class Offset(NamedTuple):
    """A phrase placing an event against the one told before it: a count ("بعد أسبوع واحد من"،
    "قبل يومين من"), or none for the same time ("بالتزامن مع")."""

    w0: int  # its first word
    count: Count | None


def offset_before(doc: Doc, s0: int, t0: int) -> Offset | None:
    """The offset phrase ending right before word ``t0`` of a sentence starting at ``s0``, or
    before an ordinal right before it ("بعد يومين من أول زيارة")."""
    if t0 - 1 > s0 and doc.has(t0 - 1, "ordinals"):
        t0 -= 1
    base = doc.words[s0].nstart
    text = doc.nt.text[base:doc.words[t0].nstart]
    for count in reversed(find_counts(text)):
        if count.of and not count.window and not text[count.stop:].strip():
            at = base + count.start
            return Offset(next(i for i in range(s0, t0) if doc.words[i].nend > at), count)
    w0 = doc.ends_at(t0, "simultaneous", reach=SIMULTANEOUS_REACH, lo=s0)
    return None if w0 is None else Offset(w0, None)
