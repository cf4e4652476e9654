"""Status of one event mention: occurred, planned, postponed or cancelled.

Cues come from ``status_cues.yaml`` (changes of plan, ongoing acts, purpose) and from the
project's tense words (:func:`waqai.nlp.tense.event_cues`: plans, completed acts, light verbs,
negation), and are read in the trigger's clause: a change of plan
governing the trigger (before it, or a passive after it: "الزيارة تأجلت") wins; then a
"was scheduled" (كان من المقرر), a plan (سـ، من المقرر، المرتقب، لـ of purpose), the date
against the publication date, the tense (past verb or light verb: occurred; present: planned
for the same day, as the guidelines say), and last the type's default for an announced act.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from waqai.events.dates import relative_form
from waqai.events.doc import Doc
from waqai.events.triggers import Trigger
from waqai.events.words import variants
from waqai.nlp.tense import future_verb

PRE_WINDOW = 12  # in words, a party counting as one
POST_CHANGE_WINDOW = 6
POST_FUTURE_WINDOW = 8
ADJ_WINDOW = 3
GOVERNS_NEXT = 2  # a change cue this close before the next trigger is that trigger's
ONGOING_BEFORE = 2  # "حاليا" this close before a trigger tells it under way ("يقوم حاليا بزيارة")
UNKNOWN = "unknown"  # no cue: decided later by the date or by the merged event
_UNDER_WAY_MAX_DAYS = 6  # a range this short was given day by day, not as a week or month


@dataclass(slots=True)
class Cues:
    change: str | None = None  # cancelled | postponed
    change_at: int = -1  # word of the change cue
    negated: bool = False
    past_plan: bool = False
    scheduled: bool = False  # a plan adjective after a nominal trigger ("زيارته المقررة")
    future: bool = False
    purpose: bool = False
    past: bool = False
    present: bool = False
    ongoing: int = -1  # word of a cue saying it is under way at the report ("يزور القاهرة حاليا")
    governor: int | None = None  # first word of the trigger's complex
    intent: bool = False  # the governor is a verb of intent ("يعتزم ... القيام بزيارة")

    @property
    def not_done(self) -> bool:
        """A plan, a change of plan, a negation or an aim: not told as a done act."""
        return bool(self.future or self.past_plan or self.change or self.negated or self.purpose)

    @property
    def silent(self) -> bool:
        """No cue at all: the clause says nothing of this trigger's time."""
        return not (self.change or self.negated or self.past_plan or self.future
                    or self.purpose or self.past or self.present or self.ongoing >= 0)


def _future_verb(doc: Doc, i: int, lex) -> bool:
    """A present verb with the future prefix س ("سيصل"، "ستعقد")."""
    return _is_future_verb(doc.words[i].norm, lex.future_verbs)


@lru_cache(maxsize=200_000)
def _is_future_verb(form: str, present_verbs: frozenset[str]) -> bool:
    return future_verb(((v.prep, v.stem) for v in variants(form)), present_verbs)


def _changed_before(doc: Doc, i: int) -> bool:
    """The change of plan at word ``i`` is told as over before the event goes on ("بعد
    تأجيلها"، "بعد أن تم تأجيلها": one word may stand between)."""
    return any(doc.ends_at(k, "changed_before", reach=2) is not None for k in (i, i - 1))


def _change_of_later_clause(doc: Doc, t1: int, i: int) -> bool:
    """The change noun at word ``i``, after the trigger ending at ``t1``, is the object of a
    verb of a later clause ("تحدث ... هاتفيا مع أمير الكويت، وقرر تأجيل إلقاء كلمة"): it changes
    what it names, unless a pronoun on it stands for the event ("، وقررت الرئاسة تأجيلها")."""
    if doc.tree is None:
        return False
    opened = any(doc.punct[k] and doc.conjoined(k) and doc.tree.upos[k] == "VERB"
                 for k in range(t1 + 1, i))
    return opened and not any(v.enclitic for v in variants(doc.words[i].norm))


def _closed_relative(doc: Doc, i: int, t0: int, lex) -> bool:
    """Word ``i`` opens a relative clause on a noun before the trigger (at ``t0``), closed by
    clause punctuation before the trigger: it tells that noun, not the trigger."""
    return (i > 0 and relative_form(doc, i - 1, lex) is not None
            and any(doc.punct[k] for k in range(i + 1, t0 + 1)))


def read_cues(t: Trigger, doc: Doc, lex, pre_lo: int, post_hi: int,
              next_trigger: int | None = None) -> Cues:
    """Cues of trigger ``t``: before it back to ``pre_lo``, after it up to ``post_hi``.

    A change of plan right before the next trigger ("... أبلغه بقرار إلغاء الزيارة") governs
    that trigger, not this one.
    """
    c = Cues()
    t0, t1 = t.extent
    lo = doc.back(t0, PRE_WINDOW, pre_lo)
    reports = doc.find(lo, t0, "reporting_verbs", "reporting_nouns")
    if reports:
        lo = max(lo, reports[-1] + 1)
    relatives = doc.find(lo, t0, "relatives") if t.pos == "verb" else []
    if relatives:  # a verb of a relative clause has its own tense: "من المقرر أن تكون ... كلمة
        lo = doc.tags[relatives[-1]].w1  # لرئيس الوزراء الذي التقى ماكرون اليوم": done
    best_change = None
    for i in range(lo, t0):
        if _closed_relative(doc, i, t0, lex):
            continue  # "اللجنة التي عقدت أمس، تمهيدا للتوقيع عليها غدا": another clause's verb
        tag = doc.tags[i]
        if tag is None:
            if _future_verb(doc, i, lex):
                c.future = True
            elif t.pos != "verb":
                _verb_tense(c, doc, i)  # "بحث الوزيران، خلال لقائهما اليوم، ..."
            continue
        cats = tag.cats
        if ("withdrawn" in cats and not lex.types[t.type]["multilateral"]
                and not doc.find(tag.w1, t0, "complementizers")):  # (not "لن يحضر ... لأنه زار")
            cats = cats | {"cancelled"}  # "اعتذر عن زيارة": called off; a summit goes on
        if (cats & {"cancelled", "postponed"} and not _changed_before(doc, i)
                and not doc.has(i - 1, "demonstratives")):  # ("هذا التأجيل": one told before)
            best_change = ("cancelled" if "cancelled" in cats else "postponed", i)
            c.governor = i
        if "past_plan" in cats:
            c.past_plan = True
        if cats & {"future_before"} and not ("past_plan" in cats or _inside_past_plan(doc, i, lo)):
            c.future = True
        if "purpose" in cats:
            c.purpose = True
            c.governor = i
        if "past_before" in cats:
            c.past = True
        masdar = doc.has(i - 1, "to", "in", "from", "with")  # "بالإضافة إلى عقد مباحثات"
        if "past_governor" in cats and not masdar:
            c.past = True
            c.governor = i
        if "present_governor" in cats and not masdar:
            c.present = True
            c.governor = i
        if "governor_nouns" in cats and not c.intent:  # "تعتزم ... استضافة القمة"
            c.governor = i
        if "future_governor" in cats and not masdar:
            c.future = c.intent = True
            c.governor = i
        if "ongoing_adverbs" in cats and i >= t0 - ONGOING_BEFORE:  # "يقوم حاليا بزيارة"
            c.ongoing = i
        if "negation" in cats and (i >= t0 - 2 if t.pos == "verb" else i == t0 - 1):
            c.negated = True  # "لم يزر"; a noun by its light verb (below): not "لم تنجح محادثات"
        if _future_verb(doc, i, lex):
            c.future = True
            c.governor = i
    if c.governor is not None and doc.has(c.governor - 1, "negation"):  # the nearest governor
        c.negated = True
    if best_change:
        c.change, c.change_at = best_change
    hi = doc.ahead(t1, POST_CHANGE_WINDOW, post_hi)
    future_hi = doc.ahead(t1, POST_FUTURE_WINDOW, post_hi)
    hi = max(hi, future_hi)
    for i in range(t1, hi):
        tag = doc.tags[i]
        if tag is not None:
            governs_next = next_trigger is not None and next_trigger - i <= GOVERNS_NEXT
            if (tag.cats & {"cancelled", "postponed"} and c.change is None and t.pos != "verb"
                    and not governs_next and not _changed_before(doc, i)
                    and not _change_of_later_clause(doc, t1, i)):
                c.change = "cancelled" if "cancelled" in tag.cats else "postponed"
                c.change_at = i
            if "past_plan" in tag.cats and not (doc.punct[i] and doc.conjoined(i)):
                c.past_plan = True  # (not a clause of its own: "في 19 مارس، وكان من المقرر أن")
            if "past_after" in tag.cats and not _noun_reading(doc, i):
                c.past = True
            if c.ongoing < 0 and ("ongoing_adverbs" in tag.cats or "ongoing_adjectives" in tag.cats
                                  and t.pos != "verb" and _adjectives_only(doc, t1, i)):
                c.ongoing = i
            if "future_after" in tag.cats and t.pos != "verb" and _adjectives_only(doc, t1, i):
                c.future = c.scheduled = True
        if i < future_hi and _future_verb(doc, i, lex) and t.pos != "verb":
            c.future = True
    if c.change is None and t.pos != "verb":
        late = [i for i in doc.find(t1, post_hi, "cancelled_predicates", "postponed_predicates")
                if not _changed_before(doc, i)]
        if late:
            c.change_at = late[0]
            c.change = "cancelled" if doc.has(late[0], "cancelled_predicates") else "postponed"
    if t.pos == "verb":
        if t.future_prefix:
            c.future = True
        elif t.entry.tense == "past":
            c.past = True
        elif t.entry.tense == "present" and doc.has(pre_lo, "copulas") and not c.not_done:
            c.past = True  # "وكان الوزير أول وزير خارجية يزور السودان": كان + present, the past
        elif t.entry.tense == "present":
            c.present = True
        if doc.has(t0 - 1, "negation"):
            c.negated = True
    if t.purpose:
        c.purpose = True
    if t.pos != "verb" and doc.has(t0 - 1, "from") and doc.has(t0 - 2, "future_after"):
        c.future = True  # "الجولة المقبلة من المحادثات"
    return c


def _noun_reading(doc: Doc, i: int) -> bool:
    """The parse reads cue word ``i`` as a noun: "يليه عقد مؤتمر صحافي" (holding), not "عقد"
    (held)."""
    return doc.tree is not None and doc.tree.upos[i] == "NOUN"


def _adjectives_only(doc: Doc, lo: int, hi: int) -> bool:
    """Only event adjectives or demonyms between a trigger and a cue ("زيارة رسمية مرتقبة")."""
    if hi - lo > ADJ_WINDOW:
        return False
    for k in range(lo, hi):
        pk = doc.party_at.get(k)
        if not (doc.has(k, "event_adjectives") or pk is not None
                and doc.parties[pk].first.kind == "demonym"):
            return False
    return True


def _verb_tense(c: Cues, doc: Doc, i: int) -> None:
    """A verb of the trigger lexicon before a nominal trigger gives the clause its tense."""
    tense = doc.verb_tense.get(i)
    if tense == "past":
        c.past = True
    elif tense == "present":
        c.present = True


def _inside_past_plan(doc: Doc, i: int, lo: int) -> bool:
    """Whether word ``i`` continues a "كان من المقرر" that starts before it."""
    for j in range(max(lo, i - 3), i):
        tag = doc.tags[j]
        if tag is not None and "past_plan" in tag.cats and tag.w1 > i:
            return True
    return False


def decide(c: Cues, date: tuple[dt.date, dt.date] | None, published: dt.date | None,
           announced_is_done: bool, title: bool, parsed: str | None = None) -> str | None:
    """The status of a mention (None: negated, not an event, unless it was scheduled;
    UNKNOWN: no evidence yet). ``parsed`` is the aspect of the verb governing the trigger in
    the dependency tree, the evidence left when no cue word speaks ("كان في استقباله لدى
    وصوله اليوم": past)."""
    if c.change:
        return c.change
    if c.negated:  # "لن يتمكن من زيارة ... كما كان مقررا"، "لن يقوم بزيارته المقررة": called off
        return "cancelled" if c.past_plan or c.scheduled else None
    if c.past_plan:
        return "planned"
    if c.ongoing >= 0 and not (date is not None and published is not None
                               and date[0] > published):
        return "occurred"  # under way, unless its own days are still to come
    if c.future or c.purpose:  # unless its own date is already over ("مؤتمر ... عقد في مايو")
        over = date is not None and published is not None and date[1] < published
        return "occurred" if over else "planned"
    if date is not None and published is not None:
        d0, d1 = date
        if d0 > published:
            return "planned"
        if d1 < published or d0 < published and (d1 - d0).days < _UNDER_WAY_MAX_DAYS:
            return "occurred"  # over, or a stated day range under way since before the report
    if c.past:
        return "occurred"
    if c.present:
        return UNKNOWN if title else "planned"
    if date is not None and published is not None:
        return "occurred" if announced_is_done or parsed == "past" else "planned"
    return UNKNOWN


def compatible(a: str, b: str) -> bool:
    """Whether two mentions' statuses can describe one event (a plan never occurred)."""
    if UNKNOWN in (a, b) or a == b:
        return True
    return (a == "occurred") == (b == "occurred")
