"""Find and resolve the timexes of a document: grammar matches -> dated :class:`TimexMatch`.

Resolution rules (the rule name of each timex says which fired):

- explicit year -> anchor 'explicit'; its era (``dates/eras.yaml``: a suffix هـ/م/و.ر, else a
  short year's era -- Hijri on a numeric date, Libyan with Libyan months) gives the calendar
  and the offset ("1369 و.ر" is 2001); the arithmetic is the calendar's (:mod:`calendars`).
- no year: a direction word decides (الماضي: on/before publication for a day, the last such
  whole month before it for a month; المقبل: the reverse; الجاري: the publication month); else
  the year of the date it is joined to by إلى/أو ("من مارس حتى مايو 2021"); else the nearest
  preceding year phrase of a heading line or of the same sentence after في/خلال; after منذ, on
  or before publication; else the tense (past: on/before, future: on/after, unknown: nearest;
  see resolve.pick_by_tense).
- a part or a season of a bare year is the year ("نهاية 2019"، "صيف 2019").
- weekdays: الماضي/المقبل exclude the publication day; a bare weekday the text has already dated
  within a week of the publication is that day ("الخميس (7 أبريل)" ... "ظهر الخميس كذلك"); a bare
  weekday equal to the publication's is that day; else tense, else nearest.
- numeric d/m/y dates are day-month unless an attached weekday, the publication date, or (for a
  dateline near the top) the weekday claimed by "اليوم الثلاثاء" agrees with month-day only.
- ranges (:mod:`ranges`) are one timex; days joined by أو, or by إلى after a word that moves a
  date ("تأجلت من 12 إلى 18 مارس": old and new date), stay one timex each.
- counted offsets (:mod:`counts`): from the publication date, the next dated day after "من"/"على"
  (none: no date), or for "بعد" outside a future sentence, and for a count from the act just
  told ("بعدها بعشرة أيام"، "قبلها بأسبوع"), the last dated timex before it of its granularity or
  a finer one (none after the publication in a past sentence: a duration).
- "العام التالي"، "الشهر السابق": the period after / before the last dated one.
- a relative week or month in speech reported on an earlier day, after a complementizer in the
  sentence of that day ("أعلنت يوم الجمعة الماضي أن ... الأسبوع المقبل"), counts from that day.
- a future cue just before a timex (plan word, future verb: "رحلته المقررة يومي الاثنين
  والثلاثاء") makes it future whatever the verb that cancels or reports it; a timex closing a
  reporting clause ("ذكرت الوزارة، الأربعاء، أن") or after a past cue in its clause ("اجتمع
  الرئيس الخميس") takes that cue's tense, whatever the parse.
- "اليوم عينه"/"نفس اليوم": the last dated day; "اليوم الثاني"/"اليوم الأخير": a day of the last
  dated range (else counted from the last dated day); "الكويت - 16 - 3 (كونا)": a day - month
  dateline in the year nearest the publication date.
- no publication date: anything that needs it gets value None and anchor 'missing'.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from waqai.dates import resolve
from waqai.dates.calendars import FINENESS, Calendar, Range
from waqai.dates.counts import find_counts, shift
from waqai.dates.eras import Era, eras
from waqai.dates.grammar import (DAY_JOIN, PAIR_TAIL, YEAR_AFTER, RuleMatch, check_handlers,
                                 grammar)
from waqai.dates.lexicon import (DAY, ERA, FRACTION, LAST, MONTH, MONTH_UNIT, NEXT, ORDINAL,
                                 PART, PREVIOUS, RELDAY, SAME, WEEK_UNIT, WEEKDAY, YEAR,
                                 YEAR_UNIT, connector_at, connector_before, lexicon)
from waqai.dates.months import MonthName
from waqai.dates.ranges import RANGE_SUFFIX, join_ranges, moved
from waqai.dates.scanner import NUMDATE, Scan, scan
from waqai.nlp.tense import (clause_before, complementizer_in, future_before, past_in_clause,
                             sentence_span, surface_tense)

Tense = Callable[[int, int], "str | None"]

HEAD_CHARS = 400  # a numeric date this close to the top is a dateline
HEADING_MAX = 60  # a line this short is a heading (its year covers what follows)
LINE_START = 25  # a date this close to the start of its line opens it ("موسكو 11 أكتوبر 2016 /")
PREVIOUS_REACH = 600  # "بعد أربعة أيام" in a past sentence counts from a dated day this close
YEAR_SPAN = (1900, 30)  # "2019-2021": from this year on, this many years at most ("1500-2000")
NOUN_YEAR_FIRST = 1900  # a year after a noun counts from this one to the publication's
SPAN_REACH = 2000  # "اليوم الثاني" counts from a dated span this close before it
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*\s*$")  # a Latin-script word right before
# The weekday mode of a tense: the caller's 'present' (an imperfect verb) looks ahead.
PRESENT_WEEKDAY = {"past": "past", "future": "future", "present": "future"}
# A direction word's mode for a day and for a whole period (resolve.pick), and its shift in
# periods ("العام قبل الماضي": two years back).
DIRECTION_MODES = {"past": "past", "future": "future", "current": "current",
                   "before_last": "past"}
MONTH_DIRECTION_MODES = {"past": "before", "future": "after", "current": "current",
                         "before_last": "before"}
SHIFTS = {"past": -1, "future": 1, "current": 0, "before_last": -2}
# The granularity of a calendar noun before التالي/السابق ("العام التالي").
UNIT_GRANULARITY = {YEAR_UNIT: "year", MONTH_UNIT: "month", WEEK_UNIT: "week"}
# The parts of a period (part_of_period.yaml) that also take a bare year ("نهاية 2019").
BARE_YEAR_PARTS = ("start", "middle", "end", "season")


@dataclass(frozen=True)
class TimexMatch:
    start: int  # offsets into the ORIGINAL text; text == original[start:end]
    end: int
    text: str
    value_start: dt.date | None
    value_end: dt.date | None
    granularity: str  # 'day' | 'week' | 'month' | 'year'
    calendar: str  # 'gregorian' | 'levantine' | 'maghrebi' | 'libyan' | 'hijri' | 'relative' | 'numeric'
    anchor: str  # 'publication' | 'explicit' | 'missing'
    rule: str


@dataclass
class _Found:
    """A timex before mapping back to the original text (normalised offsets)."""

    start: int
    end: int
    value: Range | None
    granularity: str
    calendar: str
    anchor: str
    rule: str


@dataclass(frozen=True)
class _MonthRef:
    """The month of a dated timex, for a later "الخامس من نفس الشهر"."""

    calendar: Calendar
    year: int
    month: int
    anchor: str


@dataclass(frozen=True)
class _YearRef:
    pos: int
    calendar: Calendar
    year: int
    heading: bool  # on a short line of its own
    introduced: bool  # after في/خلال/منذ


# What may follow a date to make it the first half of a range or alternative: "28 فبراير إلى
# 2 مارس 2020", "من مارس حتى مايو 2021" (the second half's year then covers the first).
# A list "في أيلول وتشرين الأول العام 2021" shares its year the same way.
_PARTNER = re.compile(r"[iow](?:u?W,?)?(?:[mv]?[DO](?:" + DAY_JOIN + r"[DO])*)?m?X?s?(?P<mon>M)"
                      + PAIR_TAIL + YEAR_AFTER + "?")


def _year_of(written: int, suffix: Era | None, month: MonthName) -> int | None:
    """The year of ``month``'s calendar that a written year means: by its era suffix, else by
    the month system's short-year era ("22 ناصر 1388"), else as written; None when the era
    counts in another calendar than the month's ("15 مارس 1440هـ")."""
    era = suffix or (month.system.short_era if written < eras().short_below else None)
    if era is None:
        return written
    return era.year(written) if era.calendar is month.calendar else None


def _period(cal: Calendar, day: dt.date, granularity: str, step: int) -> Range | None:
    """The year, month or (ISO) week ``step`` periods from the one of ``day``."""
    if granularity == "week":
        return resolve.week_range(day + dt.timedelta(days=7 * step))
    date = cal.from_gregorian(day)
    if date is None:
        return None
    if granularity == "year":
        return cal.year_range(date[0] + step)
    return cal.month_range(*cal.shift_month(date[0], date[1], step))


def _pair(months: list) -> MonthName:
    """The month of "A" or of a pair "A/B" / "A (B)" (same month): the one whose system has a
    label of its own ("آذار/مارس" is levantine), else the first."""
    first = months[0].value
    names = [t.value for t in months if t.value.number == first.number]
    return next((m for m in names if m.label != m.calendar.label), first)


def _apposed(gap: str) -> bool:
    """Only an "and" (glued or alone) and "in" connectors (connectors.yaml) between two day
    names ("الخميس وفي اليوم الثاني"): the second names the first again."""
    words = gap.split()
    return bool(words) and connector_at([words[0][0]], 0)[0] == "and" and all(
        connector_at(words, k)[0] in ("and", "in") for k in range(len(words)))


class _Resolver:
    def __init__(self, sc: Scan, published: dt.date | None, tense: Tense | None):
        self.sc = sc
        self.text = sc.norm.text
        self.pub = published
        self.tense_fn = tense
        self.last_month: _MonthRef | None = None
        self.years: list[_YearRef] = []
        self.claimed_weekday: int | None = None
        self.last_day: dt.date | None = None  # the last dated day, for "اليوم عينه"
        self.spans: list[tuple[int, Range]] = []  # (end, value) of dated day timexes
        self.dated: list[_Found] = []  # every dated timex so far, in text order
        self.default = eras().default.calendar  # of relative months and years

    # --- helpers -------------------------------------------------------------------------
    def tokens(self, rm: RuleMatch, group: str | None = None) -> list:
        span = (rm.start, rm.end) if group is None else rm.span(group)
        return [] if span is None else self.sc.tokens_in(*span)

    def first(self, rm: RuleMatch, code: str, group: str | None = None):
        return next((t for t in self.tokens(rm, group) if t.code == code), None)

    def tense(self, start: int, end: int) -> str | None:
        """'past' / 'present' / 'future' / None for a timex: a future cue just before it
        ("رحلته المقررة يومي الاثنين والثلاثاء") makes it future whatever the verb (ألغى); a timex
        closing a reporting clause takes its verb's cue ("ذكرت الوزارة، الأربعاء، أن ..."); a past
        cue before it in its clause makes it past ("اجتمع الرئيس الخميس"); else the caller's
        (parser) tense; without a caller's, the surface cues of its sentence (a
        past cue after the timex is often another clause's reporting verb: where the parse
        finds no verb, the nearest date is safer)."""
        if future_before(self.text, start):
            return "future"
        reported = clause_before(self.text, start, end)
        if reported is not None:
            return reported
        if past_in_clause(self.text, start):
            return "past"
        if self.tense_fn is None:
            return surface_tense(self.text, start, end)
        return self.tense_fn(*self.sc.norm.span(start, end))

    def same_sentence(self, a: int, b: int) -> bool:
        return _SENTENCE_END.search(self.text, a, b) is None

    def context_year(self, pos: int, calendar: Calendar) -> int | None:
        """The year of the nearest preceding heading year, or same-sentence "في عام 2019"."""
        for ref in reversed(self.years):
            if ref.pos < pos and ref.calendar is calendar and (
                    ref.heading or ref.introduced and self.same_sentence(ref.pos, pos)):
                return ref.year
        return None

    def partner(self, rm: RuleMatch):
        """(month token, year token, era token) of the date this one is joined to by إلى/أو."""
        m = _PARTNER.match(self.sc.codes, rm.end)
        if m is None:
            return None
        mon = self.sc.tokens_in(*m.span("mon"))[0]
        year = self.sc.tokens_in(*m.span("year"))[0] if m.group("year") else None
        era = self.sc.tokens_in(*m.span("era"))[0] if m.group("era") else None
        return mon, year, era

    def partner_year(self, rm: RuleMatch, month: MonthName) -> int | None:
        """The year a joined second half gives this date (one less when the range wraps)."""
        found = self.partner(rm)
        if found is None or found[1] is None:
            return None
        mon, year, era = found
        if mon.value.calendar is not month.calendar:
            return None
        value = _year_of(year.value, era.value if era else None, mon.value)
        return None if value is None else value - (month.number > mon.value.number)

    def is_heading(self, start: int, end: int) -> bool:
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", end)
        hi = len(self.text) if hi < 0 else hi
        return hi - lo <= HEADING_MAX

    def found(self, start, end, value, granularity, calendar, anchor, rule) -> _Found:
        if anchor == "missing":
            value = None
        if value is not None and granularity == "day":
            self.last_day = value[1]
            self.spans.append((end, value))
        f = _Found(start, end, value, granularity, calendar, anchor, rule)
        if value is not None:
            self.dated.append(f)
        return f

    def previous_dated(self, start: int, granularity: str, reach: int,
                       one_day: bool = False) -> _Found | None:
        """The last dated timex ending at most ``reach`` characters before ``start`` whose
        granularity is ``granularity`` or a finer one (a day-granularity one a single day when
        ``one_day``)."""
        rank = FINENESS[granularity]
        return max((f for f in self.dated
                    if start - reach <= f.end <= start and FINENESS[f.granularity] <= rank
                    and not (one_day and f.granularity == "day" and f.value[0] != f.value[1])),
                   key=lambda f: f.end, default=None)

    def same_year(self, start: int, calendar) -> tuple[int, str] | None:
        """"العام نفسه": (the year in ``calendar``, the anchor) of the last dated timex
        before ``start``."""
        anchor = self.previous_dated(start, "year", SPAN_REACH)
        return None if anchor is None else (calendar.year_of(anchor.value[0]), anchor.anchor)

    def after_since(self, start: int) -> bool:
        """Whether منذ stands right before ``start``: the date is on or before publication."""
        return connector_before(self.text, start, ("since",)) is not None

    # --- rules ---------------------------------------------------------------------------
    def numeric(self, rm: RuleMatch) -> list[_Found]:
        q = self.first(rm, NUMDATE)
        era_tok = self.first(rm, ERA, "era")
        era = era_tok.value if era_tok else None
        nd, table = q.value, eras()
        if era is None:
            era = table.numeric if nd.year < table.short_below else table.default
        cal, year = era.calendar, era.year(nd.year)
        label = "numeric" if era is table.default else era.name
        if nd.year_first:
            readings = [("ymd", nd.a, nd.b)]
        else:
            readings = [("dmy", nd.b, nd.a), ("mdy", nd.a, nd.b)]
        dated = [(name, cal.day(year, m, d), m) for name, m, d in readings]
        dated = [r for r in dated if r[1] is not None]
        if not dated:
            return []
        name, day, month = self._choose_reading(dated, self.first(rm, WEEKDAY, "pre"), rm)
        self.last_month = _MonthRef(cal, year, month, "explicit")
        return [self.found(self.tokens(rm)[0].start, self.tokens(rm)[-1].end, (day, day), "day",
                           label, "explicit", f"numeric_{name}")]

    def _choose_reading(self, dated, weekday_tok, rm):
        if len(dated) == 1 or dated[0][1] == dated[1][1]:
            return dated[0]
        if weekday_tok is not None:
            agree = [r for r in dated if r[1].weekday() == weekday_tok.value]
            if len(agree) == 1:
                return agree[0]
        if self.pub is not None:
            agree = [r for r in dated if r[1] == self.pub]
            if len(agree) == 1:
                return agree[0]
        dm, md = dated
        claimed = self.claimed_weekday
        if (claimed is not None and self.tokens(rm)[0].start < HEAD_CHARS
                and dm[1].weekday() != claimed and md[1].weekday() == claimed):
            return md
        return dm

    def known_year(self, rm: RuleMatch, month: MonthName, start: int,
                   dir_tok) -> tuple[int | None, str] | None:
        """(year of the month's calendar, rule suffix) from the date's own year, a relative
        year ("من العام الماضي"), the year of the date it is joined to, or a heading/sentence
        year; None when the publication date must decide. The year is None when the written
        one cannot be read in the month's calendar."""
        year_tok = self.first(rm, YEAR, "year")
        if year_tok is not None:
            era = self.first(rm, ERA, "era")
            return _year_of(year_tok.value, era.value if era else None, month), "_year"
        if rm.span("ysame") is not None or rm.span("ysame2") is not None:  # "من العام نفسه"
            same = self.same_year(start, month.calendar)
            return None if same is None else (same[0], "_same_year")
        here = None if self.pub is None else month.calendar.year_of(self.pub)
        if rm.span("ryear") is not None and here is not None:
            return here + self._shift(rm, "ydir"), "_relative_year"
        if dir_tok is not None:
            return None
        joined = self.partner_year(rm, month)
        if joined is not None:
            return joined, "_partner_year"
        year = self.context_year(start, month.calendar)
        return None if year is None else (year, "_context_year")

    def named_weekday(self, rm: RuleMatch):
        """The weekday token named before a date, when exactly one is."""
        weekdays = [t for t in self.tokens(rm, "pre") if t.code == WEEKDAY]
        return weekdays[0] if len(weekdays) == 1 else None

    def by_weekday(self, rm: RuleMatch, candidates) -> tuple | None:
        """(the one candidate day whose weekday is the one named before it, rule suffix):
        "الأحد 12 نوفمبر" is in the year when 12 November is a Sunday, if that is within
        TENSE_REACH_DAYS of the publication; None when no single such candidate agrees (the
        writer's slip: the day number then decides) or several weekdays are named."""
        weekday = self.named_weekday(rm)
        agree = [c for c in candidates if weekday is not None and c[0].weekday() == weekday.value
                 and abs((c[0] - self.pub).days) <= resolve.TENSE_REACH_DAYS]
        return (agree[0], "_weekday") if len(agree) == 1 else None

    def by_publication(self, candidates, dir_tok, modes, start, end):
        """(picked range, rule suffix): by the direction word, else on or before publication
        after منذ ("منذ 20 يناير"), else by the sentence's tense."""
        if dir_tok is not None:
            return resolve.pick(candidates, self.pub, modes[dir_tok.value]), "_" + dir_tok.value
        if self.after_since(start):
            return resolve.pick(candidates, self.pub, "past"), "_since"
        return resolve.pick_by_tense(candidates, self.pub, self.tense(start, end)), "_tense"

    def day_month(self, rm: RuleMatch) -> list[_Found]:
        toks = self.tokens(rm)
        days = [t for t in self.tokens(rm, "days") if t.code in (DAY, ORDINAL)]
        codes = self.sc.codes[slice(*rm.span("days"))]
        # after a word that moves a date, "من 12 إلى 18" is the old and the new day; a بين range
        # stays one ("تأجلت إلى ما بين 6 و10 نوفمبر")
        split = "o" in codes or "i" in codes and "v" not in codes and moved(
            self.text, self.tokens(rm)[0].start)
        mon_toks = self.tokens(rm, "mon")
        months = [t for t in mon_toks if t.code == MONTH]
        dir_tok = next((t for t in self.tokens(rm, "dir") + mon_toks
                        if t.value in DIRECTION_MODES), None)
        start, end = toks[0].start, toks[-1].end
        values = [t.value for t in days]
        if not months:  # الشهر الجاري / نفس الشهر / هذا الشهر / الجاري
            if all(t.code != MONTH_UNIT for t in mon_toks) and not self.introduced(rm):
                return []  # "الدورة 12 المقبلة": an ordinal number, not a day
            rule = "day_of_relative_month"
            ref = self._month_reference(mon_toks, dir_tok)
            if ref is None:
                return self._emit_days(rm, days, split, None, "relative", "missing", rule)
            dated = self._days_in(ref.calendar, ref.year, ref.month, values, ref.anchor)
            return self._emit_days(rm, days, split, dated, "relative", ref.anchor, rule)
        month = _pair(months)
        cal, label = month.calendar, month.label
        known = self.known_year(rm, month, start, dir_tok)
        if known is None and self.after_noun(start) == "named":
            return []  # "منذ ثورة 30 يونيو": a name
        if known is not None:
            year, why = known
            if year is None:
                return []
            dated = self._sighted(rm, cal, self._days_in(cal, year, month.number, values))
            return self._emit_days(rm, days, split, dated, label, "explicit", "day_month" + why)
        if self.pub is None:
            return self._emit_days(rm, days, split, None, label, "missing", "day_month")
        candidates = resolve.candidate_days(cal, month.number, max(values), self.pub)
        named = self.by_weekday(rm, candidates) if len(values) == 1 else None
        pick, why = named or self.by_publication(candidates, dir_tok, DIRECTION_MODES, start, end)
        if pick is None:
            return []
        dated = self._days_in(cal, cal.year_of(pick[0]), month.number, values, "publication")
        return self._emit_days(rm, days, split, dated, label, "publication", "day_month" + why)

    def _sighted(self, rm: RuleMatch, cal: Calendar, dated: list) -> list:
        """One day of a calendar whose months begin by sighting, moved to the weekday named
        before it when that lies within the calendar's ``sighting_days`` ("الخميس 05 رمضان
        1443": Thursday 7 April 2022, though the arithmetic gives Wednesday 6)."""
        weekday = self.named_weekday(rm)
        if len(dated) != 1 or dated[0] is None or weekday is None or not cal.sighting_days:
            return dated
        shift = (weekday.value - dated[0].weekday() + 3) % 7 - 3  # nearest, -3..3
        return [dated[0] + dt.timedelta(days=shift)] if abs(shift) <= cal.sighting_days else dated

    def _days_in(self, cal: Calendar, year: int, month: int, values, anchor="explicit"):
        self.last_month = _MonthRef(cal, year, month, anchor)
        return [cal.day(year, month, v) for v in values]

    def _month_reference(self, mon_toks, dir_tok) -> _MonthRef | None:
        codes = {t.code for t in mon_toks}
        if SAME in codes and self.last_month is not None:
            return self.last_month
        if self.pub is None:
            return None
        return self.publication_month(SHIFTS[dir_tok.value] if dir_tok else 0)

    def publication_month(self, shift: int) -> _MonthRef | None:
        """The month ``shift`` months from the publication's, in the default calendar."""
        return self.month_from(self.pub, shift, "publication")

    def month_from(self, day: dt.date, shift: int, anchor: str) -> _MonthRef | None:
        """The month ``shift`` months from ``day``'s, in the default calendar."""
        here = self.default.from_gregorian(day)
        if here is None:
            return None
        year, month = self.default.shift_month(here[0], here[1], shift)
        return _MonthRef(self.default, year, month, anchor)

    def _emit_days(self, rm, days, split, dated, label, anchor, rule) -> list[_Found]:
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        if anchor == "missing" or dated is None:
            return [self.found(start, end, None, "day", label, "missing", rule)]
        if not split:  # one day, a list "يومي 6 و7" or a range "من 3 إلى 5" / "بين 10 و12"
            valid = [d for d in dated if d is not None]
            if len(valid) != len(dated):
                return []
            if len(valid) > 1:
                ranged = any(c in "iv" for c in self.sc.codes[slice(*rm.span("days"))])
                rule += RANGE_SUFFIX if ranged else "_list"
            return [self.found(start, end, (min(valid), max(valid)), "day", label, anchor, rule)]
        out = []
        for k, (tok, day) in enumerate(zip(days, dated)):
            if day is None:
                continue
            s = start if k == 0 else tok.start
            e = end if k == len(days) - 1 else tok.end
            out.append(self.found(s, e, (day, day), "day", label, anchor, rule + "_part"))
        return out

    def month(self, rm: RuleMatch) -> list[_Found]:
        months = [t for t in self.tokens(rm, "mon") if t.code == MONTH]
        month = _pair(months)
        cal, label = month.calendar, month.label
        dir_tok = next(iter(self.tokens(rm, "dir") + self.tokens(rm, "dir2")), None)
        part_tok = next(iter(self.tokens(rm, "part")), None)
        if not self._month_in_context(rm, months, dir_tok, part_tok):
            return []
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        rule = "month" + ("" if part_tok is None else "_fraction" if part_tok.code == FRACTION
                          else f"_{part_tok.value}")
        known = self.known_year(rm, month, start, dir_tok)
        if known is None and self.after_noun(start) == "named":
            return []  # "ذكرى ثورة يناير": a name
        if known is not None:
            year, why = known
            anchor = "explicit"
            rng = None if year is None else cal.month_range(year, month.number)
        elif self.pub is None:
            return [self.found(start, end, None, "month", label, "missing", rule)]
        else:
            anchor = "publication"
            candidates = resolve.candidate_months(cal, month.number, self.pub)
            rng, why = self.by_publication(candidates, dir_tok, MONTH_DIRECTION_MODES, start, end)
        if rng is None:
            return []
        self.last_month = _MonthRef(cal, cal.year_of(rng[0]), month.number, anchor)
        return [self.found(start, end, rng, "month", label, anchor, rule + why)]

    def _month_in_context(self, rm: RuleMatch, months, dir_tok, part_tok) -> bool:
        """Whether a month name without a day has the context its strength needs."""
        if len(months) > 1:  # a pair "ناصر/يوليو" is context enough
            return True
        strength = months[0].value.strength
        strong = (self.first(rm, YEAR, "year") is not None or rm.span("noun") is not None
                  or rm.span("ryear") is not None or self.partner(rm) is not None)
        if strength == "ambiguous":
            return strong
        if strength == "weak":  # also after في/خلال/منذ: "في مارس" (a verb never follows في)
            after_in = rm.start > 0 and self.sc.codes[rm.start - 1] == "f"
            return strong or after_in or bool(dir_tok or part_tok or rm.span("epithet"))
        return True

    def year(self, rm: RuleMatch) -> list[_Found]:
        part, written = self.first(rm, PART, "part"), rm.span("year")
        if (part is not None and written is not None and self.sc.codes[written[0] - 1] in "Xm"
                and part.value not in BARE_YEAR_PARTS):
            return []  # "وسط 2000 متظاهر": amid a number
        return self._year_span(rm, None)

    def year_span(self, rm: RuleMatch) -> list[_Found]:
        """"للعام 2021-2022"، "في الفترة 2019-2021": the years from the first to the last."""
        first, last = self.first(rm, YEAR, "year"), self.first(rm, YEAR, "last")
        if first.value < YEAR_SPAN[0] or not 0 < last.value - first.value <= YEAR_SPAN[1]:
            return []
        cal = eras().default.calendar
        a, b = cal.year_range(first.value), cal.year_range(last.value)
        toks = self.tokens(rm)
        return [self.found(toks[0].start, toks[-1].end, (a[0], b[1]), "year", eras().default.name,
                           "explicit", "year_span")]

    def noun_year(self, rm: RuleMatch) -> list[_Found]:
        """"منذ بداية الأزمة السورية 2011.": a year closing a phrase after a noun, when it is
        a past year of the default era (not "القرار 2334،", a quantity, or a name written in
        Latin letters: "معرض IATF 2025")."""
        tok = self.first(rm, YEAR, "year")
        if (self.pub is None or not NOUN_YEAR_FIRST <= tok.value <= self.pub.year
                or self.after_noun(tok.start) == "numbered"
                or _LATIN_WORD.search(self.text, max(0, tok.start - 30), tok.start)):
            return []
        return self.year(rm)

    def after_noun(self, start: int) -> str | None:
        """The not_dates.yaml role ('numbered' / 'named') of the word just before ``start``."""
        words = self.text[max(0, start - 30):start].split()
        return lexicon().not_dates.get(words[-1]) if words else None

    def fraction_year(self, rm: RuleMatch) -> list[_Found]:
        """"الربع الأول من العام المقبل": the months of the fraction in that year."""
        return self._year_span(rm, self.first(rm, FRACTION, "frac").value)

    def _year_span(self, rm: RuleMatch, months: tuple[int, int] | None) -> list[_Found]:
        """A year ("عام 2022"، "العام الماضي"، "لهذا العام" under a heading "عام 2022"), or the
        ``(first, last)`` months of it."""
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        granularity = "year" if months is None else "month"
        year_tok = self.first(rm, YEAR, "year") or self.first(rm, YEAR, "year2")
        heading = self.context_year(start, self.default) if rm.span("this") else None
        rule = self._rule(rm)
        if rm.span("same") is not None or rm.span("same2") is not None:  # "في العام نفسه"
            same_year = self.same_year(start, self.default)
            if same_year is None:
                return [self.found(start, end, None, granularity, "relative", "missing", rule)]
            (year, anchor), cal, label, rule = same_year, self.default, "relative", rule + "_same"
        elif year_tok is not None:
            era_tok = self.first(rm, ERA, "era") or self.first(rm, ERA, "era2")
            era = era_tok.value if era_tok else eras().default
            cal, year, label, anchor = era.calendar, era.year(year_tok.value), era.name, "explicit"
        elif heading is not None:
            cal, year, label, anchor = self.default, heading, "relative", "explicit"
            rule += "_context_year"
        elif self.pub is None:
            return [self.found(start, end, None, granularity, "relative", "missing", rule)]
        else:
            cal, label, anchor = self.default, "relative", "publication"
            year = cal.year_of(self.pub)
            year = None if year is None else year + self._shift(rm)
        rng = None if year is None else cal.year_range(year)
        if rng is None:
            return []
        introduced = rm.start > 0 and self.sc.codes[rm.start - 1] == "f"
        if year_tok is not None or introduced and months is None:  # "خلال العام الماضي" too
            self.years.append(_YearRef(start, cal, year, self.is_heading(start, end), introduced))
        if months is not None:
            rng = cal.span(year, *months)
            if rng is None:
                return []
        return [self.found(start, end, rng, granularity, label, anchor, rule)]

    def _rule(self, rm: RuleMatch) -> str:
        """The rule name, with the part of the period when one is named (مطلع، منتصف...)."""
        part = self.first(rm, PART, "part")
        return rm.rule + (f"_{part.value}" if part else "")

    def _shift(self, rm: RuleMatch, group: str = "dir") -> int:
        d = next(iter(self.tokens(rm, group)), None)
        return 0 if d is None else SHIFTS[d.value]

    def said_on(self, start: int) -> _Found | None:
        """The day a relative week or month at ``start`` was said on, when it is reported
        speech: the last single dated day before it in its sentence, before the publication,
        with a complementizer between ("أعلنت الخارجية يوم الجمعة الماضي أن الوزير سيزور
        البحرين الأسبوع المقبل": the week after that Friday)."""
        said = max((f for f in self.dated if f.end <= start and f.granularity == "day"
                    and f.value[0] == f.value[1]), key=lambda f: f.end, default=None)
        if (said is None or self.pub is None or said.value[0] >= self.pub
                or not self.same_sentence(said.end, start)
                or not complementizer_in(self.text, said.end, start)):
            return None
        return said

    def week(self, rm: RuleMatch) -> list[_Found]:
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        if self.pub is None:
            return [self.found(start, end, None, "week", "relative", "missing", self._rule(rm))]
        said = self.said_on(start)
        base, anchor = (said.value[0], said.anchor) if said else (self.pub, "publication")
        rng = resolve.week_range(base + dt.timedelta(days=7 * self._shift(rm)))
        return [self.found(start, end, rng, "week", "relative", anchor,
                           self._rule(rm) + ("_said" if said else ""))]

    def month_relative(self, rm: RuleMatch) -> list[_Found]:
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        same = rm.span("same") or rm.span("same2")
        if same is not None and self.last_month is not None:  # أوائل الشهر نفسه
            ref = self.last_month
            rng = ref.calendar.month_range(ref.year, ref.month)
            return [self.found(start, end, rng, "month", "relative", ref.anchor,
                               self._rule(rm) + "_same")]
        if self.pub is None or same is not None:
            return [self.found(start, end, None, "month", "relative", "missing", self._rule(rm))]
        said = self.said_on(start)
        ref = self.month_from(said.value[0] if said else self.pub, self._shift(rm),
                              said.anchor if said else "publication")
        rng = None if ref is None else ref.calendar.month_range(ref.year, ref.month)
        if rng is None:
            return []
        self.last_month = ref
        return [self.found(start, end, rng, "month", "relative", ref.anchor,
                           self._rule(rm) + ("_said" if said else ""))]

    def period_next(self, rm: RuleMatch) -> list[_Found]:
        """"وفي العام التالي"، "الشهر السابق": the year, month or week after / before the last
        dated timex before it of that granularity or a finer one ("في عام 2018 ... وفي العام
        التالي" is 2019); nothing without one."""
        toks = self.tokens(rm)
        granularity = UNIT_GRANULARITY[self.tokens(rm, "unit")[0].code]
        step = 1 if self.tokens(rm, "nth")[0].code == NEXT else -1
        anchor = self.previous_dated(toks[0].start, granularity, SPAN_REACH)
        if anchor is None:
            return []
        rng = _period(self.default, anchor.value[1 if step > 0 else 0], granularity, step)
        return [] if rng is None else [
            self.found(toks[0].start, toks[-1].end, rng, granularity, "relative", anchor.anchor,
                       "period_next" if step > 0 else "period_previous")]

    def nth_day(self, rm: RuleMatch) -> list[_Found]:
        """"اليوم الثاني (من الزيارة)": day k of the last dated range before it, else k-1 days
        after the last dated day, or that day itself when named right after it with و ("اليوم
        الخميس وفي اليوم الثاني من هذه الزيارة"); "اليوم الأخير": the last day of that range;
        "اليوم التالي" / "اليوم السابق": the day after / before the last dated day."""
        toks = self.tokens(rm)
        rel = self.first(rm, RELDAY, "rel")
        nth = self.tokens(rm, "nth")[0]
        if rel is not None and rel.value != 0:
            return []
        near = [v for end, v in self.spans if toks[0].start - SPAN_REACH <= end <= toks[0].start]
        if nth.code in (NEXT, PREVIOUS):
            if not near:
                return []
            step, rule = (1, "nth_day_next") if nth.code == NEXT else (-1, "nth_day_previous")
            day = near[-1][1 if step > 0 else 0] + dt.timedelta(days=step)
            return [self.found(toks[0].start, toks[-1].end, (day, day), "day", "relative",
                               "explicit", rule)]
        ranges = [v for v in near if v[0] < v[1]]
        if not near or nth.code == LAST and not ranges:
            return []
        span = ranges[-1] if ranges else near[-1]
        day = span[1] if nth.code == LAST else span[0] + dt.timedelta(days=nth.value - 1)
        last_end = max(end for end, _ in self.spans if end <= toks[0].start)
        if not ranges and _apposed(self.text[last_end:toks[0].start]):
            day = near[-1][0]  # "اليوم الخميس وفي اليوم الثاني من هذه الزيارة": that day
        if ranges and day > span[1]:
            return []
        return [self.found(toks[0].start, toks[-1].end, (day, day), "day", "relative",
                           "explicit", "nth_day")]

    def same_day(self, rm: RuleMatch) -> list[_Found]:
        """"اليوم عينه"، "في نفس اليوم": the last dated day before it."""
        toks = self.tokens(rm)
        rel = self.first(rm, RELDAY, "rel") or self.first(rm, RELDAY, "rel2")
        if rel.value != 0 or self.last_day is None:
            return []
        day = self.last_day
        return [self.found(toks[0].start, toks[-1].end, (day, day), "day", "relative",
                           "explicit", "same_day")]

    def dateline_day_month(self, rm: RuleMatch) -> list[_Found]:
        """"الكويت - 16 - 3 (كونا)": day - month opening the text, in the year nearest the
        publication date."""
        day, month = self.tokens(rm, "day")[0], self.tokens(rm, "month")[0]
        line = self.text.rfind("\n", 0, day.start) + 1
        lines_before = sum(1 for ln in self.text[:line].splitlines() if ln.strip())
        if (day.start >= HEAD_CHARS or day.start - line > LINE_START or lines_before > 1
                or not 1 <= month.value <= 12):
            return []
        if self.pub is None:
            return [self.found(day.start, month.end, None, "day", "numeric", "missing",
                               "dateline_day_month")]
        pick = resolve.pick(resolve.candidate_days(self.default, month.value, day.value,
                                                   self.pub), self.pub, None)
        if pick is None:
            return []
        return [self.found(day.start, month.end, pick, "day", "numeric", "publication",
                           "dateline_day_month")]

    def relative_day(self, rm: RuleMatch) -> list[_Found]:
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        rule = "relative_day" + ("_weekday" if rm.span("wd") else "")
        if self.pub is None:
            return [self.found(start, end, None, "day", "relative", "missing", rule)]
        day = self.pub + dt.timedelta(days=self._offset(rm))
        wd = self.first(rm, WEEKDAY, "wd")
        if wd is not None and day.weekday() != wd.value:  # the weekday named wins: the nearest
            back = (day.weekday() - wd.value) % 7  # such day ("اليوم الاثنين" dated Tuesday)
            day += dt.timedelta(days=-back if back <= 3 else 7 - back)
        return [self.found(start, end, (day, day), "day", "relative", "publication", rule)]

    def _offset(self, rm: RuleMatch) -> int:
        """Days from the publication of a relative day ("يومه": 0)."""
        rel = self.first(rm, RELDAY, "rel")
        return 0 if rel is None else rel.value

    def day_slash_month(self, rm: RuleMatch) -> list[_Found]:
        """"يوم 23/3"، "الثلاثاء 23/3"، "في 10/3 الماضي": a day/month without a year, in the
        year a weekday before it agrees with, else by the direction word or the tense."""
        day, month = self.tokens(rm, "day")[0], self.tokens(rm, "month")[0]
        dir_tok = next(iter(self.tokens(rm, "dir")), None)
        if not (self.introduced(rm) or dir_tok) or not 1 <= month.value <= 12:
            return []
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        if self.pub is None:
            return [self.found(start, end, None, "day", "numeric", "missing", "day_slash_month")]
        candidates = resolve.candidate_days(self.default, month.value, day.value, self.pub)
        pick, why = self.by_weekday(rm, candidates) or self.by_publication(
            candidates, dir_tok, DIRECTION_MODES, start, end)
        if pick is None:
            return []
        self.last_month = _MonthRef(self.default, self.default.year_of(pick[0]), month.value,
                                    "publication")
        return [self.found(start, end, pick, "day", "numeric", "publication",
                           "day_slash_month" + why)]

    def introduced(self, rm: RuleMatch) -> bool:
        """Whether a date of bare numbers is introduced as one: a word before it in the match
        (يوم، a weekday, صباح...) or في/من/إلى/منذ/بين just before."""
        pre = rm.span("pre")
        days = rm.span("days")
        return (pre is not None and pre[1] > pre[0]
                or days is not None and self.sc.codes[days[0]] in "mv"
                or rm.start > 0 and self.sc.codes[rm.start - 1] in "fimv")

    def weekday(self, rm: RuleMatch) -> list[_Found]:
        toks = self.tokens(rm)
        start, end = toks[0].start, toks[-1].end
        wds = [t.value for t in self.tokens(rm, "wds") if t.code == WEEKDAY]
        d = next(iter(self.tokens(rm, "dir")), None)
        if self.pub is None:
            return [self.found(start, end, None, "day", "relative", "missing", "weekday")]
        if d is not None and d.value != "current":
            mode, why = MONTH_DIRECTION_MODES[d.value], "_" + d.value
        elif self.after_since(start):  # "منذ الأحد"
            mode, why = "past", "_since"
        elif (named := self.named_before(wds)) is not None:
            return [self.found(start, end, (named, named), "day", "relative", "publication",
                               "weekday_named")]
        else:  # an imperfect verb with another weekday names a coming day ("يلتقيان الأحد")
            mode, why = PRESENT_WEEKDAY.get(self.tense(start, end)), "_tense"
        back = dt.timedelta(days=7 * (SHIFTS[d.value] + 1 if d and d.value == "before_last" else 0))
        days = [resolve.weekday_date(w, self.pub, mode) + back for w in wds]
        return [self.found(start, end, (min(days), max(days)), "day", "relative", "publication",
                           "weekday" + why)]

    def named_before(self, weekdays: list[int]) -> dt.date | None:
        """The day a bare weekday names when the text has already dated a day of that weekday
        within a week of the publication ("الخميس (7 أبريل)" ... "ظهر الخميس كذلك"): a writer
        who means another such day says الماضي or المقبل."""
        if len(weekdays) != 1:
            return None
        for found in reversed(self.dated):
            day = found.value[0]
            if (found.granularity == "day" and day == found.value[1]
                    and day.weekday() == weekdays[0] and abs((day - self.pub).days) < 7):
                return day
        return None

    # --- claims --------------------------------------------------------------------------
    def claims(self, matches: list[RuleMatch]) -> int | None:
        """The publication weekday implied by "اليوم الثلاثاء"، "أمس الاثنين"... (majority)."""
        votes = Counter()
        for rm in matches:
            if rm.rule == "relative_day" and rm.span("wd"):
                votes[(self.first(rm, WEEKDAY, "wd").value - self._offset(rm)) % 7] += 1
        return votes.most_common(1)[0][0] if votes else None


# The handler of each grammar rule; checked against grammar.RULES when this module is imported.
HANDLERS: dict[str, Callable[[_Resolver, RuleMatch], list[_Found]]] = {
    "numeric": _Resolver.numeric,
    "day_slash_month": _Resolver.day_slash_month,
    "day_month": _Resolver.day_month,
    "month_day": _Resolver.day_month,
    "month": _Resolver.month,
    "fraction_year": _Resolver.fraction_year,
    "year": _Resolver.year,
    "week": _Resolver.week,
    "month_relative": _Resolver.month_relative,
    "period_next": _Resolver.period_next,
    "nth_day": _Resolver.nth_day,
    "same_day": _Resolver.same_day,
    "relative_day": _Resolver.relative_day,
    "weekday": _Resolver.weekday,
    "bare_year": _Resolver.year,
    "noun_year": _Resolver.noun_year,
    "year_span": _Resolver.year_span,
    "dateline_day_month": _Resolver.dateline_day_month,
}
check_handlers(HANDLERS)


def _counted(res: _Resolver, found: list[_Found]) -> list[_Found]:
    """Counted offsets (:mod:`waqai.dates.counts`) where no grammar timex stands, each dated
    from its anchor: the next dated day of its sentence when "من"/"على" follows ("قبل يومين من
    القمة التي عقدت في 10 أكتوبر"; none there: no timex, "بعد شهر على إعلان الاتفاق"); for
    "بعد" not in a future sentence, the last dated timex less than PREVIOUS_REACH characters
    before it of the unit's granularity or a finer one ("زارها في 19 يناير ثم عاد بعد أربعة
    أيام"، "في عام 2018 ... وبعد عام واحد"); else the publication date. A "بعد" count of a past
    sentence that lands after the publication date is a duration ("وصل لأول مرة بعد 3 سنوات"):
    no timex."""
    days = sorted((f for f in found if f.granularity == "day" and f.value
                   and f.value[0] == f.value[1]), key=lambda f: f.start)
    out = []
    for c in find_counts(res.text):
        if any(f.start < c.end and c.start < f.end for f in found):
            continue
        after = c.sign > 0 and not c.window
        tense = res.tense(c.start, c.end) if after else None
        previous = res.previous_dated(c.start, c.unit.granularity, PREVIOUS_REACH, one_day=True) \
            if c.referred or after and not c.of and tense != "future" else None
        if c.of:
            _, sent_end = sentence_span(res.text, c.start, c.end)
            anchor = next((f for f in days if f.start >= c.end and f.end <= sent_end), None)
            rule = "offset_from_date"
        elif previous is not None:
            anchor, rule = previous, "offset_from_previous"
        else:
            anchor = None
            rule = "window" if c.window else "offset"
            if res.pub is None:
                out.append(res.found(c.start, c.end, None, c.unit.granularity, "relative",
                                     "missing", rule))
                continue
        if (c.of or c.referred or rule == "offset_from_previous") and anchor is None:
            continue
        base, how = (anchor.value[0], anchor.anchor) if anchor else (res.pub, "publication")
        value = shift(c, base)
        if value is not None and tense == "past" and res.pub is not None and value[0] > res.pub:
            continue
        if value is not None:
            out.append(res.found(c.start, c.end, value, c.unit.granularity, "relative", how,
                                 rule))
    return out


def _restated_in_brackets(text: str, found: list[_Found]) -> None:
    """A weekday followed by a day in brackets that falls on it names that day ("يلتقي ... يوم
    الجمعة (16 فبراير)" a week after the nearest Friday): the brackets restate the weekday,
    whatever its tense or nearness chose. A day on another weekday is left to each."""
    for weekday, day in zip(found, found[1:]):
        if (weekday.rule.startswith("weekday") and weekday.value and day.value
                and day.granularity == "day" and weekday.value[0] == weekday.value[1]
                and day.value[0] == day.value[1] and text[weekday.end:day.start].strip() == "("
                and day.value[0].weekday() == weekday.value[0].weekday()):
            weekday.value, weekday.rule = day.value, "weekday_restated"


@dataclass(frozen=True)
class Analysis:
    """The timexes of a document and the publication weekday its text claims, if any."""

    timexes: list
    claimed_weekday: int | None


def analyse(text: str, published: dt.date | None, tense: Tense | None = None) -> Analysis:
    sc = scan(text)
    res = _Resolver(sc, published, tense)
    matches = [RuleMatch(m) for m in grammar().finditer(sc.codes)]
    res.claimed_weekday = res.claims(matches)
    found: list[_Found] = []
    for rm in matches:
        found.extend(HANDLERS[rm.rule](res, rm))
    found.extend(_counted(res, found))
    found = sorted(found, key=lambda f: (f.start, f.end))
    _restated_in_brackets(res.text, found)
    found = join_ranges(sc.norm.text, found)
    out = []
    for f in found:
        s, e = sc.norm.span(f.start, f.end)
        if text.count("(", s, e) > text.count(")", s, e) and text.startswith(")", e):
            e += 1  # a bracket opened inside the span closes it: "اليوم الثلاثاء (15-9-2020)"
        elif text.count(")", s, e) > text.count("(", s, e) and s > 0 and text[s - 1] == "(":
            s -= 1  # ... or one closed inside it opens it: "(تشرين الاول) اكتوبر 2003"
        v0, v1 = f.value if f.value else (None, None)
        out.append(TimexMatch(s, e, text[s:e], v0, v1, f.granularity, f.calendar, f.anchor,
                              f.rule))
    return Analysis(out, res.claimed_weekday)


def find_timexes(text: str, published: dt.date | None,
                 tense: Tense | None = None) -> list[TimexMatch]:
    """All timexes of a document, sorted by start (see the module docstring for the rules).

    ``tense(start, end)`` (original offsets) may return 'past' / 'present' / 'future' / None;
    without it the surface cues of the sentence decide (:mod:`waqai.nlp.tense`).
    """
    return analyse(text, published, tense).timexes
