"""One event mention per trigger: its clause, parties, place, date and status.

The clause of a trigger runs from the previous trigger of its sentence (or the sentence start)
to the next one. Before the trigger stand its subject and light verb; after it the genitive
or verb-subject-object parties, the counterpart (مع، بين، نظيره), the destination (إلى،
لـ) and the venue (في، بـ). A clause reported after "أعلن ... أن" keeps the report's frame
apart: its parties count only when the clause names fewer than two states. Topics (بشأن،
حول، لبحث ...) name no party. A bare title ("الرئيس") is the state whose holder of that title
the document names most; a visit or meeting with no named subject ("زيارة أجراها أمس") takes
the subject of the mention before it.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Iterator

from waqai.dates.calendars import FINENESS
from waqai.events.actors import Party
from waqai.events.dates import (FRONTED_LEAD, Anchor, Offset, Span, duration_days, lasting_until,
                                moved_to, offset_before, own_span, owners, relative_form)
from waqai.events.doc import COMMAS, Date, Doc
from waqai.events.lexicon import Lexicon
from waqai.events.status import UNKNOWN, Cues, decide, read_cues
from waqai.events.tree import governing_aspect
from waqai.events.triggers import ABOUT_REACH, Stop, Trigger, destinations, forms_near
from waqai.events.words import variants
from waqai.nlp.tense import past_in_clause

OWN_DATE = ("tree", "own")  # a date expression of the mention's own
_DATELINE = set("-–—/")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_ROLE_CUES = ("to", "with", "between", "from", "in")
_NOUNS = ("NOUN", "PROPN")  # tags of a noun a construct chain may pass ("اجتماع مجلس التنسيق")
_HEAD_WINDOW = 3
_PREP_WINDOW = 2
_NAME_WORDS = 5  # words of a name after an honorific ("السيد عبد الله بن سالم")
PREPARES_REACH = 2  # words between a preparatory word and the event it prepares
AIM_CUE_REACH = 3  # words between a purpose cue ("للمشاركة في") and the event it names
AIM_NOUN_REACH = 4  # words from a noun taking an aim to it ("دعوة من نظيره السوري لزيارة")
REPEAT_GAP = 5  # words from one date of an act to another fronted after it ("وفي")
VAGUE_PAST_REACH = 4  # words after a trigger to a vague past period ("أبرما في الفترة الماضية")
NAME_WORDS = 5  # words of a name no list knows, between a comma and its title
CAME_REACH = 3  # words from "جاء" to the frame of the event a statement came in ("جاء ذلك خلال")
ENDING_REACH = 2  # words from an ending verb to the date it ends on ("وتنتهي الأربعاء")
SPEAKER_UNITS = 1  # a party (or word) between a report's verb and the frame of its occasion
SPEAKER_REACH = 2  # sentences back to the report a report goes on with ("وقال بوتين خلال")
BEGUN_REACH = 2  # words from "بدأها" to the day a tour began on ("التي بدأها أمس من الرياض")
ORIGIN_REACH = 2  # words from that day to the place it began from
ARRIVED_REACH = 1  # words from an arrival noun to the date a stay began on ("بعد وصوله يوم أمس")
THEN_REACH = 2  # words (a party counting as one) from a trigger to its "آنذاك"
DESCRIBED_REACH = 4  # words from an event noun to the act of a clause describing it (its place)
_EVIDENCE_WORDS = 30  # words kept on each side of the trigger in a long sentence


@dataclass(slots=True)
class Mention:
    trig: Trigger
    sentence: int
    title: bool
    cues: Cues
    anchor: Anchor
    pre: tuple[int, int]
    post: tuple[int, int]
    codes: list[str] = field(default_factory=list)  # participants (a visit: without its places)
    actor1: tuple[str, str] | None = None  # (text, code)
    actor2: tuple[str, str] | None = None
    location: tuple[str, str | None] | None = None
    dests: list[tuple[str, str, Stop]] = field(default_factory=list)  # (text, code, stop)
    counterparts: list[tuple[str, str]] = field(default_factory=list)  # persons met, (text, code)
    visitors: list[tuple[str, str]] = field(default_factory=list)  # subjects of several states
    callers: list[tuple[str, str]] = field(default_factory=list)  # listed after "من": one call each
    destination: str | None = None
    split: str | None = None  # the destination this copy of a tour's trigger stands for
    subject: tuple[str, str] | None = None  # who acts in it, when named: its first actor, the
    # host of "استقبل"
    span: Span | None = None
    date_source: str | None = None  # tree | own (its clause) | purpose | report | reference
    # | venue | programme
    status: str | None = UNKNOWN
    evidence: tuple[int, int] = (0, 0)
    folded: list["Mention"] = field(default_factory=list)
    parent: "Mention | None" = None  # the event this one is the aim of ("لإجراء مفاوضات")
    prepares: "Mention | None" = None  # a later event this one prepares ("التحضيري للقمة")
    days: int | None = None  # a stated duration ("تستغرق ثلاثة أيام")
    until: dt.date | None = None  # undated, the day it lasts until ("وتستمر الزيارة حتى الأربعاء")
    ends: bool = False  # its date is its last day ("اختتم ... زيارة استمرت ثلاثة أيام")
    distinct: bool = False  # named as another event of its kind ("زيارة مماثلة")
    repeats: list[Span] = field(default_factory=list)  # other dates joined by و to its own
    announced: bool = False  # told after a reporting verb of its sentence ("أعلنت ... أن")
    domestic: bool = False  # its counterparts (مع ...) are of the subject's one state
    known: bool = False  # names a known event: definite ("الزيارة") or a construct with its owner
    ordered: bool = False  # a new act placed after the one before it by an order word ("يليه لقاء")
    listed: Mention | None = None  # the item before it in a list of events ("قمة ...، وقمة ...")
    offset: Offset | None = None  # placed against the event before it ("بعد أسبوع من زيارة")
    # named right after an "after" link opening its sentence, indefinite: over before the act
    # told after it ("بعد زيارة ناجحة لباريس استمرت يومين، وصل مودي إلى أبوظبي")
    over_before: bool = False
    moved_to: Span | None = None  # the new date of a postponed event ("تأجيل القمة إلى 4 مارس")
    decision_day: bool = False  # its date stands between its change and it ("ألغى اليوم القمة")
    earlier: bool = False  # a done act told as earlier than the news ("وكان الرئيسان أجريا")
    earlier_plan: bool = False  # a plan an earlier report told ("وكان بيان ذكر أنه سيغادر غدا")
    linked: bool = False  # named after a link, in another act's tense ("سيلتقي خلال زيارته")
    shown: bool = False  # a demonstrative stands right before it ("تلك الزيارة"): one just told

    @property
    def type(self) -> str:
        return self.trig.type

    @property
    def has_agent(self) -> bool:
        """Its subject is named (not taken from a counterpart or a demonym)."""
        return self.subject is not None

    @property
    def date(self) -> tuple[dt.date, dt.date] | None:
        return (self.span.start, self.span.end) if self.span else None


@dataclass(slots=True)
class _Role:
    party: Party
    code: str | None
    role: str  # agent | modifier | counterpart | from | in | origin | bare-place | topic
    side: str  # pre | post | frame


def build_mentions(doc: Doc, triggers: list[Trigger], lex: Lexicon) -> list[Mention]:
    """Mentions of all triggers, in text order, with parties, dates and statuses."""
    resolved = _resolve_titles(doc)
    topic = _topics(doc, triggers)
    trig_words = {k for t in triggers for s, e in t.spans for k in range(s, e)}
    mentions: list[Mention] = []
    claimed: set[int] = set()  # words of places already a destination of an earlier trigger
    extents = [t.extent for t in triggers]
    sentence = [doc.sentence_of[t.w0] for t in triggers]
    for k, t in enumerate(triggers):
        s = sentence[k]
        s0, s1 = doc.sentences[s]
        t0, t1 = extents[k]
        h0, h1 = t.spans[0]
        cue_lo = extents[k - 1][1] if k > 0 and sentence[k - 1] == s else s0
        clause_lo = _clause_start(doc, cue_lo, t0) if cue_lo > s0 else s0
        opener = _clause_start(doc, s0, t0) if clause_lo == s0 else clause_lo
        plural = relative_form(doc, opener, lex) in lex.plural_relatives
        if plural:
            clause_lo = opener  # the first trigger in a plural relative clause ("الذين يزورون")
        after = k + 1 < len(triggers) and sentence[k + 1] == s
        post_hi = extents[k + 1][0] if after else s1
        cues = read_cues(t, doc, lex, cue_lo, post_hi, post_hi if after else None)
        # a light verb governs a nominal trigger ("أجرى ... مباحثات"); before a verb it is
        # another clause's ("بعد زيارة أجراها ... منتصف شباط، والتقى فيها"); after مع it
        # only goes with the verb's subject ("لقاء ... سيعقد ظهر السبت مع محادثات")
        governed = (cues.governor is not None and cues.governor < t0 and t.pos != "verb"
                    and not doc.has(t0 - 1, "with")
                    and not _verb_between(doc, cues.governor + 1, t0))
        g0 = cues.governor if governed else t0
        anchor = Anchor(h0, h1, k, min(g0, h0), t1 if t1 > h1 else -1, t.pos != "verb")
        offset = offset_before(doc, s0, t0)
        link = doc.ends_at(t0, "after_links")
        over_before = link is not None and link - s0 <= FRONTED_LEAD and not t.definite
        # "زيارة مماثلة"، "بعد أسبوع من زيارة ..."، "بالتزامن مع وصول ..."، "بعد زيارة ...، وصل":
        # another event
        distinct = (bool(doc.find(t1, min(t1 + 2, post_hi), "distinct")) or offset is not None
                    or over_before)
        m = Mention(t, s, doc.title[s], cues, anchor, (clause_lo, t0), (t1, post_hi),
                    distinct=distinct, offset=offset, over_before=over_before)
        m.announced = bool(doc.find(s0, t0, "reporting_verbs"))
        m.shown = doc.has(t0 - 1, "demonstratives")
        # definite, a construct with its owner, or described by a light verb with a pronoun
        # for it ("بعد محادثات أجراها ..."، "خلال زيارة يقوم بها ...")
        m.known = t.definite or t.pos != "verb" and (_owner_follows(doc, t)
                                                     or describing_verb(doc, t) is not None)
        m.ordered = not m.known and cue_lo > s0 and any(
            lex.programme_next.match(doc.words, i) is not None for i in range(cue_lo, t0))
        claimed |= _assign_roles(m, doc, lex, resolved, topic, trig_words, claimed)
        if not m.has_agent and clause_lo > s0 and doc.has(clause_lo, "relatives"):
            _antecedent(m, doc, cue_lo, clause_lo, plural)
        m.evidence = _evidence(doc, m)
        mentions.append(m)
    _mark_listed(doc, mentions)
    for a, b in zip(mentions, mentions[1:]):  # "من المقرر أن يلتقي ... بالإضافة إلى عقد مباحثات"
        if a.sentence == b.sentence and b.cues.silent and (a.cues.future or a.cues.past_plan):
            b.cues.future, b.cues.past_plan = a.cues.future, a.cues.past_plan
        if a.cues.change and not b.cues.change and _joined(doc, a, b):  # "أرجأ زيارته ...،
            b.cues.change, b.cues.change_at = a.cues.change, a.cues.change_at  # ولقاءه"
    _attach_dates(doc, mentions, lex)
    _date_changed_together(doc, mentions)
    for m in mentions:
        _begun_from(doc, m, lex)
    _date_described(doc, mentions, lex)
    for m in mentions:  # "في اليوم الثاني للزيارة": one day of the event, not its dates
        if m.trig.day_of:
            m.span, m.date_source = None, None
    welcomes = {id(w) for w in _welcomes(doc, mentions, lex)}
    mentions = [m for m in mentions if id(m) not in welcomes]
    _date_frames(doc, mentions, lex)
    _date_by_heading(doc, mentions)
    for m in mentions:  # under way at the report: on its publication day
        i = m.cues.ongoing
        if i >= 0 and m.span is None and doc.published is not None:
            m.span = Span(doc.published, doc.published, "day", doc.span_text(i, doc.tags[i].w1), ())
            m.date_source = "ongoing"
        elif (i >= 0 and m.span is not None and doc.published is not None
              and m.span.granularity == "day"
              and m.span.end < doc.published):  # "الذي يزور أديس أبابا حاليا ... مساء أمس"
            m.span = dataclasses.replace(m.span, end=doc.published)
        elif m.span is None or m.span.granularity == "day" and (
                m.span.start == m.span.end == doc.published):  # "يواصل اليوم ... لليوم الثالث"
            _since_start(doc, m, lex)
    starts = [e[0] for e in extents]
    mentions = _split_repeats(_split_tours(doc, mentions))
    mentions = _also_arrived(doc, mentions, lex)
    _inherit_agents(mentions)
    _items_take_their_list_parties(mentions)
    mentions = _split_counterparts(doc, _split_visitors(mentions, lex), lex)
    _link_purpose(doc, mentions)
    for m in mentions:
        announced = bool(lex.types[m.type].get("announced_is_done"))
        # a report made during the event tells its time ("أكد، خلال لقائه ... اليوم، ...")
        before = m.trig.extent[0] - 1  # (not "أكد خلاله مجيئه": during another event)
        framed = doc.has(before, "frames") and not doc.has(before, "event_pronoun_links")
        parsed = None if doc.tree is None else governing_aspect(
            doc.tree, m.trig.w0, lambda w: not framed and doc.has(w, "reporting_verbs"))
        if parsed is None and framed and past_in_clause(doc.nt.text, doc.words[before].nstart):
            parsed = "past"  # the parse missed the verb: its surface form tells
        m.status = decide(m.cues, m.date, doc.published, announced, m.title, parsed)
        m.linked = _named_by_link(doc, m)
        if m.status == "planned" and (_under_way(doc, m) or m.date_source == "report"
                                      and _reported_start(doc, m)):
            m.status = "occurred"  # it has begun
        m.days, m.until = _duration(doc, lex, m, triggers, starts)
        m.ends = bool(m.days) and (bool(doc.find(m.pre[0], m.trig.extent[0], "ending"))
                                   or _ends_on_its_date(doc, m) or _leaves_stay(m))
        m.earlier = told_earlier(doc, m, doc.sentences[m.sentence][0])
        m.earlier_plan = (m.status == "planned" and m.announced
                          and doc.has(doc.sentences[m.sentence][0], "copulas"))
    return mentions


def _verb_between(doc: Doc, lo: int, hi: int) -> bool:
    """A verb joined by و in words ``[lo, hi)`` (the parse's): a clause of its own, which a
    light verb before it does not reach ("قد عقدت في نوفمبر وتوجت بإمضاء 10 اتفاقيات")."""
    return doc.tree is not None and any(doc.tree.upos[k] == "VERB" and doc.conjoined(k)
                                        for k in range(lo, hi))


def _under_way(doc: Doc, m: Mention) -> bool:
    """An act told going on or ending, in the present, with no plan word and no later date
    ("تنتهي زيارة راخوي بعد ظهر اليوم"، "يواصل الوزير زيارته"), not after "أن" ("قبل أن
    يختتم زيارته"): it has begun, so it occurred (GUIDELINES)."""
    c = m.cues
    later = m.date is not None and doc.published is not None and m.date[0] > doc.published
    if c.future or c.past_plan or c.purpose:
        return False
    cats = ("continuing",) if later else ("ending", "continuing")  # "يواصل زيارته الثلاثاء"
    return any(not doc.has(i - 1, "complementizers")
               for i in doc.find(m.pre[0], m.trig.extent[0], *cats))


def _named_by_link(doc: Doc, m: Mention) -> bool:
    """An undated known event named right after a link ("خلال زيارته"، "عقب جلسة المباحثات"):
    the clause's tense is the act told within it, so it may be a mention of an event of
    another status, unless a change of plan, a negation or a plan word speaks of it."""
    t0 = m.trig.extent[0]
    link = t0 - 1 - doc.has(t0 - 1, "link_fillers")
    c = m.cues
    return (m.span is None and m.known and m.trig.pos != "verb" and doc.has(link, "event_links")
            and not doc.has(link, "event_pronoun_links")
            and not (c.change or c.negated or c.past_plan or c.ongoing >= 0))


def told_earlier(doc: Doc, m: Mention, s0: int) -> bool:
    """A done act in a sentence (or clause, from word ``s0``) that opens with a copula ("وكان
    الرئيسان أجريا اتصالا الجمعة"، "وكان الوزير قد زار"), after "سبق أن", or told in a vague
    past period ("أبرما في الفترة الماضية عدة اتفاقيات"): background to the news, earlier."""
    t1 = m.trig.extent[1]
    return m.status == "occurred" and m.cues.past and (
        doc.has(s0, "copulas") or bool(doc.find(s0, m.trig.extent[0], "past_earlier"))
        or bool(doc.find(s0, doc.ahead(t1, VAGUE_PAST_REACH, m.post[1]), "vague_past")))


# ---------------------------------------------------------------- parties and roles

def _owner_follows(doc: Doc, t: Trigger) -> bool:
    """A construct "زيارة الرئيس الصيني"، "اجتماعات اللجنة": a party or a definite noun right
    after the trigger, honorifics aside ("استقبال سمو أمير البلاد"; a construct with a definite
    genitive is definite)."""
    end = t.extent[1]
    if doc.has(end, "honorifics") and _owner_at(doc, t, doc.tags[end].w1):
        return True
    return _owner_at(doc, t, end)


def chained(doc: Doc, t: Trigger) -> bool:
    """A construct chain after the trigger, a noun of the parse defined by a party or a definite
    noun after it ("خلال اجتماع مجلس التنسيق"): a known event where a link names it."""
    end = t.extent[1]
    return (doc.tree is not None and end + 1 < len(doc.words) and doc.tree.upos[end] in _NOUNS
            and end not in doc.date_at and not doc.punct[end + 1] and _owner_at(doc, t, end + 1))


def _owner_at(doc: Doc, t: Trigger, end: int) -> bool:
    """A party starts at word ``end`` of ``t``'s sentence, or a definite noun stands there."""
    if end >= len(doc.words) or doc.sentence_of[end] != doc.sentence_of[t.w0]:
        return False
    pk = doc.party_at.get(end)
    return pk is not None and doc.parties[pk].w0 == end or end not in doc.date_at and any(
        v.article and not (v.conj or v.prep) for v in variants(doc.words[end].norm))


def describing_verb(doc: Doc, t: Trigger) -> int | None:
    """The light verb after a nominal trigger that takes a pronoun for it ("زيارة يقوم بها"،
    "المحادثات التي أجراها"), if any."""
    i = t.extent[1]
    while doc.has(i, "event_adjectives", "relatives"):
        i = doc.tags[i].w1
    if i >= len(doc.words) or not doc.has(i, "past_governor", "present_governor"):
        return None
    j = doc.tags[i].w1
    if any(v.enclitic for v in variants(doc.words[j - 1].norm)) or doc.has(j, "resumptives"):
        return i
    return None


def _resolve_titles(doc: Doc) -> dict[int, str | None]:
    """Party index -> state code; a bare title ("الرئيس"، "السلطان") takes the state the
    document so far names most with that very title word ("السلطان هيثم بن طارق"), else with
    that role of title, else with any title (the first on ties), else the article's home
    state; one of "the two sides" ("وزيري خارجية البلدين") takes none."""
    seen: dict[str, Counter] = {"*": Counter()}
    first: dict[str, int] = {}
    out: dict[int, str | None] = {}
    for k, p in enumerate(doc.parties):
        code, role = p.code, p.role
        if code is None and p.titled and role and role != "counterpart" and not doc.has(
                p.w1, "pair_anaphors"):
            counts = seen.get(_title_words(doc, p)) or seen.get(role) or seen["*"]
            if counts:
                code = max(counts, key=lambda c: (counts[c], -first[c]))
            else:
                code = doc.home
        out[k] = code
        if p.code and role:
            seen.setdefault(role, Counter())[p.code] += 1
            seen["*"][p.code] += 1
            for i in range(p.w0, p.w1):  # each word, for a bare title naming the same office
                seen.setdefault(doc.words[i].norm, Counter())[p.code] += 1
            first.setdefault(p.code, k)
    return out


def _topics(doc: Doc, triggers: list[Trigger]) -> set[int]:
    """Words inside a topic phrase ("بشأن ليبيا"، "لبحث الوضع في سوريا"); "مع" ends it before
    a person ("لبحث الوضع مع مسؤولين أتراك"), not before a state ("ملف الحدود مع باكستان"), and
    a date ends it ("حول الأزمة الليبية اليوم الأحد في برلين"), as a sponsor or participant word
    does ("حول سوريا برعاية إيران"); a topic word that is also an honorific opens none before a
    person ("سيادة الرئيس")."""
    starts = {t.extent[0] for t in triggers}
    out: set[int] = set()
    for s in sorted({doc.sentence_of[t.w0] for t in triggers}):
        s0, s1 = doc.sentences[s]
        inside = False
        for i in range(s0, s1):
            if i in starts or doc.punct[i] or doc.has(i, "topic_end") and _person_next(doc, i) \
                    or doc.has(i, "topic_stop") or i in doc.date_at:
                inside = False
            if doc.has(i, "topic") and i not in doc.party_at and not (
                    doc.has(i, "honorifics") and _person_next(doc, i + 1)):
                inside = True  # "سيادة ليبيا" is a topic, "سيادة الرئيس" an honorific
            if inside:
                out.add(i)
    return out


def _title_words(doc: Doc, p: Party) -> str:
    """The words of a party's title ("السلطان"), to find who held that title before it."""
    title = next((m for m in p.mentions if m.kind == "title"), p.first)
    return " ".join(doc.words[i].norm for i in range(title.w0, title.w1))


def _person_next(doc: Doc, i: int) -> bool:
    """Whether a person party (title, official, counterpart) starts within two words of ``i``."""
    for k in range(i, min(i + 3, len(doc.words))):
        pk = doc.party_at.get(k)
        if pk is not None:
            return doc.parties[pk].is_person
    return False


def _prep_before(doc: Doc, p: Party, lo: int, *cats: str) -> bool:
    """One of ``cats`` within two words before the party (place nouns may stand between; so
    may an honorific and a name before a title in apposition: "مع السيد خليفة حمدان، وزير"; and
    other parties, a list: "مع هولاند وميركل"). A word inside a longer cue phrase counts as that
    phrase ("مع كل من")."""
    j = _before_name(doc, p.w0, lo)
    steps = 0
    while j >= lo and steps <= _PREP_WINDOW:
        j = _phrase_start(doc, j)
        if doc.has(j, *cats):
            return True
        if doc.has(j, *_ROLE_CUES):
            return False  # the nearest preposition decides: "في بروكسل بمشاركة مصر"
        pk = doc.party_at.get(j)
        if pk is not None:
            j = _before_name(doc, doc.parties[pk].w0, lo)
            continue
        if not doc.has(j, "place_nouns"):
            steps += 1
        j -= 1
    return False


def _phrase_start(doc: Doc, j: int) -> int:
    """The first word of the longest cue phrase of two or three words that covers word ``j``
    ("مع كل من" over "كل من")."""
    for k in (j - 2, j - 1):
        if k >= 0 and doc.tags[k] is not None and doc.tags[k].w1 > j:
            return k
    return j


def _members_of(doc: Doc, p: Party, lo: int) -> bool:
    """Whether "من" before a place follows a group noun (``member_heads``: "وفد من"، "مسؤولين
    من"), or one and the word that names its field ("وزراء الري من"), the place alone or in a
    list ("وفدان من السودان وجنوب السودان")."""
    j = p.w0 - 1
    while j > lo and not doc.has(j, "from"):  # back over the list's other places
        pk = doc.party_at.get(j)
        if pk is not None:
            j = doc.parties[pk].w0 - 1
        elif doc.has(j, "place_nouns") or j == p.w0 - 1:
            j -= 1
        else:
            return False
    return j > lo and (doc.has(j - 1, "member_heads") or j - 1 > lo and not doc.punct[j - 1]
                       and doc.party_at.get(j - 1) is None and doc.has(j - 2, "member_heads"))


LIST_GAP = 6  # words from an item of a list of events to the next one


def _mark_listed(doc: Doc, mentions: list[Mention]) -> None:
    """An indefinite noun joined by و to an indefinite noun of its type just before it in its
    sentence, with no verb between, names another event of a list ("وتشهد الزيارة عقد قمة سعودية
    - صينية، وقمة صينية - خليجية، وقمة عربية - صينية": three summits) (in place)."""
    for a, b in zip(mentions, mentions[1:]):
        if a.type == b.type and not (a.trig.definite or b.trig.definite) and _joined(doc, a, b):
            b.listed = a


def _date_changed_together(doc: Doc, mentions: list[Mention]) -> None:
    """Two nouns joined by و that one verb changes ("أرجأ ... زيارته إلى المغرب، ولقاءه وزير
    الخارجية، الذي كان مبرمجا يوم غد") were planned for one day: the undated one takes the
    other's (in place)."""
    for a, b in zip(mentions, mentions[1:]):
        if not (a.cues.change and a.cues.change_at == b.cues.change_at and _joined(doc, a, b)):
            continue
        if a.span is None and b.span is not None:
            a.span, a.date_source = b.span, "reference"
        elif b.span is None and a.span is not None:
            b.span, b.date_source = a.span, "reference"


def _joined(doc: Doc, a: Mention, b: Mention) -> bool:
    """Noun ``b`` joined by و to noun ``a`` just before it in its sentence, no verb between
    ("أرجأ ... زيارته إلى المغرب، ولقاءه وزير الخارجية")."""
    b0 = b.trig.extent[0]
    return (a.sentence == b.sentence and a.trig.pos == b.trig.pos == "noun"
            and doc.conjoined(b0) and b0 - a.trig.extent[1] <= LIST_GAP
            and not _verb_between(doc, a.trig.extent[1], b0))


def _joined_counterpart(p: Party, roles: list[_Role]) -> bool:
    """A person joined by و right after a counterpart a clitic ب marks ("التقى ... بالسفيرة
    الفرنسية والسفير الألماني"): the preposition governs the whole list."""
    last = roles[-1] if roles else None
    return (p.first.conj and p.is_person and last is not None and last.role == "counterpart"
            and last.party.w1 == p.w0 and last.party.first.prep == "ب")


def _before_name(doc: Doc, w0: int, lo: int) -> int:
    """The word before "honorific + name،" when a title in apposition starts at ``w0``, else
    the word before ``w0``."""
    if "،" not in doc.gap[w0] and "," not in doc.gap[w0]:
        return w0 - 1
    for k in range(w0 - 1, max(lo, w0 - 1 - _NAME_WORDS) - 1, -1):
        if doc.has(k, "honorifics"):
            return k - 1
        if k in doc.party_at or doc.punct[k] and k < w0 - 1:
            break
    return w0 - 1


def _demonym_names_party(doc: Doc, p: Party, trig_words: set[int], lo: int) -> bool:
    """A lone demonym names a party when it describes a title, an actor noun or the event noun
    ("الوزير الروسي"، "وزير الطاقة الإيراني"، "المحادثات الروسية التركية"), not "الملف
    الليبي"، "العاصمة الفرنسية" or "مصدر دبلوماسي ليبي"."""
    j, steps = p.w0 - 1, 0
    while j >= lo and steps < _HEAD_WINDOW:
        pk = doc.party_at.get(j)
        if pk is not None:
            q = doc.parties[pk]
            if q.is_person:
                return True
            if q.first.kind == "demonym":
                j = q.w0 - 1
                continue
            return False
        if j in trig_words or doc.has(j, "actor_heads"):
            return True
        if doc.has(j, "place_nouns", "to", "in", "from", "with", "topic"):
            return False
        j -= 1
        steps += 1
    return False


def _assign_roles(m: Mention, doc: Doc, lex: Lexicon, resolved, topic, trig_words,
                  claimed: set[int]) -> set[int]:
    """Give each party of the clause its role; return the words of the visit's places."""
    t = m.trig
    pre_lo, t0 = m.pre
    t1, post_hi = m.post
    frame_end = _frame_end(doc, pre_lo, t0)
    tour = destinations(t, doc, lex, post_hi) if lex.types[t.type]["has_destinations"] else []
    places = {k for stop in tour for k in range(*stop.span)}
    roles: list[_Role] = []
    head = t.w0  # parties between the parts of a phrase ("وقع الوزيران ... اتفاقية") follow it
    inside = {k for s, e in t.spans for k in range(s, e)}
    about = lex.types[t.type]["topic_is_participant"]
    for pk in doc.parties_from(pre_lo, post_hi):
        p = doc.parties[pk]
        if p.w0 in topic and about and p.w0 >= t.w1 and p.code and not p.is_person and (
                doc.find(doc.back(p.w0, ABOUT_REACH, t.w1), p.w0, "about")):
            roles.append(_Role(p, p.code, "topic", "post"))
            continue
        if p.w0 in inside or p.w0 in topic:
            continue
        if p.w0 in places or p.w0 in claimed or (p.first.kind == "org" and not p.first.coded):
            continue
        if (p.w0 >= t.w1 and p.code is None
                and doc.ends_at(p.w0, "led_by_subject", reach=2) is not None):
            continue  # "بزيارة إلى الجزائر على رأس وفد": the subject's own, of no other state
        if p.is_place and p.w1 < len(doc.words) and _DATELINE & set(doc.gap[p.w1]):
            continue  # "مقديشو – (شبكة ...) – وصل": a dateline's place
        side = "frame" if p.w0 < frame_end else "pre" if p.w0 < head else "post"
        lo = frame_end if side == "pre" else pre_lo if side == "frame" else t.w1
        if p.is_place:
            if p.first.prep == "ب" or _prep_before(doc, p, lo, "in"):
                role = "in"
            elif _prep_before(doc, p, lo, "from"):
                # "توجه من جنوب أفريقيا إلى تركيا"; "وفدان من السودان وجنوب السودان" are its members
                role = "agent" if _members_of(doc, p, lo) else "origin"
            elif (p.first.prep == "ل" or _prep_before(doc, p, lo, "to") or p.first.kind == "city"
                  or _names_venue(doc, t, p)):
                role = "bare-place"
            else:
                role = "agent"  # a state or capital as subject: "أعلنت روسيا"، "الرياض وطهران"
        elif p.first.kind == "demonym" and not p.is_person:
            if not _demonym_names_party(doc, p, trig_words, pre_lo):
                continue
            role = "modifier"
        else:
            role = "agent"
        if role in ("agent", "modifier"):
            if side == "post" and _prep_before(doc, p, lo, "from"):
                role = "from"
            elif p.is_counterpart or _prep_before(doc, p, lo, "with", "between",
                                                  "invitation") or (
                    p.first.prep == "ب" and side == "post") or _joined_counterpart(p, roles):
                role = "counterpart"
        roles.append(_Role(p, resolved.get(pk), role, side))
    _choose(m, doc, lex, roles, tour)
    return places


def _names_venue(doc: Doc, t: Trigger, p: Party) -> bool:
    """A capital right after a nominal trigger names where it is held ("مفاوضات فيينا"، "قمة
    بغداد"), unless another capital joins it ("محادثات الرياض وطهران": the two states)."""
    if t.pos != "noun" or p.first.kind != "capital" or p.w0 != t.extent[1] or p.first.prep:
        return False
    after = doc.party_at.get(p.w1)
    return after is None or not (doc.parties[after].first.conj and doc.parties[after].is_place)


def _antecedent(m: Mention, doc: Doc, lo: int, rel: int, plural: bool) -> None:
    """Subject of a relative clause: the last person or state named between ``lo`` and the
    pronoun at ``rel`` ("استقبل ... الوزير البرتغالي، الذي يقوم بزيارة ..."), not a venue's
    owner; for a ``plural`` pronoun, only the last of persons joined by و."""
    span = doc.parties_from(lo, rel)
    for pk in reversed(span):
        p = doc.parties[pk]
        if doc.ends_at(p.w0, "buildings", reach=2) is not None:
            continue  # the venue's owner ("بمقر وزارة الخارجية، والذي يقوم بزيارة")
        if plural and p.is_person and not p.first.conj:
            return  # "لرؤساء الحكومات الأجنبية الذين يزورون": not the one person told before
        if p.is_person and p.code is None:  # the nearest person, of the state named after
            p = next((q for q in doc.parties[pk + 1:span.stop] if q.is_place and q.code), None)
            if p is None:  # his title ("الرئيس ... رئيس جمهورية الأوروغواي"), not one before
                return
        elif p.code is None or p.is_place and not p.is_person:
            continue
        m.actor1 = m.subject = (_text(doc, p), p.code)
        if p.code not in m.codes:
            m.codes.insert(0, p.code)
        return


def _clause_start(doc: Doc, lo: int, t0: int) -> int:
    """Where the clause of a second trigger of a sentence starts: after the last comma or
    clause word ("التي"، "حيث") since the previous trigger; without one, at the trigger (the
    words between are the previous trigger's complements)."""
    for i in range(t0 - 1, lo - 1, -1):
        if doc.has(i, "clause_openers"):
            return i
        if doc.punct[i]:
            return i
    return t0


def _frame_end(doc: Doc, lo: int, t0: int) -> int:
    """Start of the reported clause: after "أعلن ... أن" or a reporting verb's colon."""
    end = lo
    reports = doc.find(lo, t0, "reporting_verbs", "reporting_nouns")
    if not reports:
        return end
    for i in range(reports[0] + 1, t0):
        if doc.has(i, "complementizers") or ":" in doc.gap[i]:
            end = i + (doc.tags[i].w1 - i if doc.has(i, "complementizers") else 0)
    return end


def _text(doc: Doc, p: Party) -> str:
    """A party's words without the conjunction and preposition on the first ("وللكويت")."""
    text = doc.span_text(p.w0, p.w1)
    first = p.first
    if first.conj and text[:1] in "وف":
        text = text[1:]
    if first.prep and text[:1] == first.prep and not (first.prep == "ل" and text[1:2] == "ل"):
        text = text[1:]  # "لمصر" -> "مصر", "بالرباط" -> "الرباط"; "للبحرين" is kept whole
    return text


def _actor(doc: Doc, r: _Role | None) -> tuple[str, str] | None:
    return (_text(doc, r.party), r.code) if r is not None else None


def _choose(m: Mention, doc: Doc, lex: Lexicon, roles: list[_Role], tour) -> None:
    """Actors, participants, destinations and venue of a mention from its parties' roles."""
    t = m.trig
    main = [r for r in roles if r.side != "frame" and r.code]
    agents_pre = [r for r in main if r.role == "agent" and r.side == "pre"]
    agents_post = [r for r in main if r.role == "agent" and r.side == "post"]
    counter = [r for r in main if r.role in ("counterpart", "from")]
    callers = [r for r in main if r.role == "from"]
    modifiers = [r for r in main if r.role == "modifier"]
    if t.entry.pos != "verb" and lex.types[t.type]["subject_follows_noun"] and agents_post:
        subject = agents_post[0]  # "زيارة وزير الخارجية الروسي": the genitive is the visitor
    else:
        named = [r for r in agents_pre if r.party.first.kind not in ("capital", "city")]
        if lex.types[t.type]["has_destinations"] and not any(r.party.is_person for r in named):
            # a person moves, not a state: "فبعد الجزائر التي وصلها الرئيس الكوبي"
            named = [r for r in agents_post if r.party.is_person][:1] or named
        subject = (named[-1] if named else agents_post[0] if agents_post
                   else agents_pre[-1] if agents_pre else None)
    named_subject = subject is not None
    if subject is None and len({r.code for r in counter}) >= 2 and t.pos != "verb":
        subject = counter[0]  # "بين الوزير ونظيره": the first named is the initiator
    if subject is None and modifiers:
        subject = modifiers[0]  # "المحادثات الروسية التركية"
    a1 = acting = _actor(doc, subject)
    others = [r for r in agents_pre + agents_post + counter + modifiers if r is not subject]
    a2 = None
    if callers and lex.types[t.type]["from_party_initiates"]:
        a1, a2 = _actor(doc, callers[0]), a1
        acting = a1  # the caller
        # ... each of the persons listed after him by و ("تلقى ... اتصالات هاتفية من رئيس
        # الغابون، ورئيس الجمهورية الفرنسية"): one call each
        listed = sorted((r for r in callers[1:] + agents_post
                         if r.party.is_person and r.party.w0 > callers[0].party.w0),
                        key=lambda r: r.party.w0)
        listed = list(takewhile(lambda r: r.party.first.conj, listed))
        if listed and a2 is not None:
            m.callers = list({r.code: _actor(doc, r) for r in callers[:1] + listed
                              if r.code != a2[1]}.values())
    elif t.entry.subject == "host" and others:  # (the host goes on acting: "استقبل ... ثم اتصل")
        guest = next((r for r in others if a1 is None or r.code != a1[1]), others[0])
        a1, a2 = _actor(doc, guest), a1
    m.subject = acting if named_subject else None
    if a2 is None:
        a2 = _actor(doc, next((r for r in others if a1 is None or r.code != a1[1]), None))
    venue = next(((_text(doc, r.party), r.party.code) for r in main
                  if r.role in ("in", "bare-place")), None)
    if venue is None:
        host = a2[1] if a2 and t.entry.subject == "host" else None
        venue = _building(doc, m, host) or ((None, host) if host else None)  # the host's state
    codes = [r.code for r in main if r.role in ("agent", "modifier", "counterpart", "from", "topic")]
    if not tour and venue is not None and venue[1] and (
            lex.types[t.type].get("location_is_participant")):
        codes.append(venue[1])
    if len(set(codes)) < 2 and not tour:
        frame = [r for r in roles if r.side == "frame" and r.code
                 and r.role in ("agent", "modifier", "counterpart")]
        codes += [r.code for r in frame]
        if a1 is None and frame:
            a1 = _actor(doc, frame[0])
        if venue is None:
            venue = next(((_text(doc, r.party), r.party.code) for r in roles
                          if r.side == "frame" and r.role == "in" and r.code), None)
    met = [r for r in counter + agents_post + modifiers if r.side == "post"
           and (r.party.is_person or r.role == "modifier") and (a1 is None or r.code != a1[1])]
    if any(r.party.is_person for r in met):  # "نظيريه الصيني والتركي"
        m.counterparts = list({r.code: _actor(doc, r) for r in met}.values())
    m.codes = list(dict.fromkeys(codes))
    # persons met of the named subject's one state ("نظيره" is of another state by its very
    # meaning); met by a subject of no known state, they may be met abroad; a summit hosted
    # by one state and chaired by its head names its guests elsewhere
    others = [r for r in main if r.party.is_person and r.role in ("counterpart", "from")]
    m.domestic = named_subject and bool(others) and len(m.codes) == 1 and not (
        lex.types[t.type]["multilateral"]) and all(
        r.code == m.codes[0] and r.party.first.kind != "counterpart" for r in others)
    m.actor1, m.actor2, m.location = a1, a2, venue
    visitor = a1[1] if a1 else None
    for stop in tour:
        place = _place(doc, stop.span, visitor)
        if place is not None and place[1] not in {d[1] for d in m.dests}:
            m.dests.append((place[0], place[1], stop))
    if t.pos == "verb" and m.dests and subject is not None:
        # persons joined to the subject by و ("وصل ... الرئيس القبرصي ورئيس الوزراء اليوناني"),
        # not those with him ("برفقة نظيريه الفرنسي والألماني")
        side = [r for r in agents_pre + agents_post if r.party.is_person
                and r.party.first.kind in ("title", "official") and r.side == subject.side]
        joined = [r for r in side if r.party.first.conj or _named_with_and(doc, r.party)]
        # ... and one named by a demonym right after one of them ("الرئيسان السوري بشار الأسد
        # والمصري حسني مبارك"), not after a companion ("برفقة نظيريه الفرنسي ... والألماني")
        for r in agents_pre + agents_post:
            if (r.party.is_person and r.party.first.kind == "demonym" and r.party.first.conj
                    and any(q.party.w1 == r.party.w0 for q in [subject] + joined)):
                joined.append(r)
        # ... and the head of a list the subject closes ("وكان الرئيس الفرنسي، والرئيس المصري
        # ... قد وصلوا")
        k = next((i for i, r in enumerate(side) if r is subject), None)
        while k is not None and k > 0 and side[k].party.first.conj:
            k -= 1
            joined.append(side[k])
        persons = {r.code: _actor(doc, r) for r in [subject] + joined}
        for d in m.dests:
            persons.pop(d[1], None)
        m.visitors = list(persons.values()) if len(persons) > 1 else []


def _named_with_and(doc: Doc, p: Party) -> bool:
    """A title set off by a comma right after its holder's name, the name joined by و and
    known to no list ("وصل فام مينه تشينه، رئيس وزراء فيتنام، وخوسيه راموس هورتا، رئيس تيمور
    الشرقية"): the holder is joined to the persons before him."""
    if not COMMAS.intersection(doc.gap[p.w0]):
        return False
    for k in range(p.w0 - 1, max(p.w0 - NAME_WORDS, 0) - 1, -1):
        if doc.party_at.get(k) is not None or k in doc.date_at:
            return False
        if doc.punct[k]:
            return doc.conjoined(k)  # the name's first word, after the comma before it
    return False


def _place(doc: Doc, span: tuple[int, int], visitor: str | None) -> tuple[str, str] | None:
    """A destination's (text, state); "إلى البلاد" is the last other state named before it."""
    text = doc.span_text(*span)
    pk = doc.party_at.get(span[0])
    if pk is not None:
        code = doc.parties[pk].code
        return (_text(doc, doc.parties[pk]), code) if code else None
    for p in reversed(doc.parties):
        if p.w1 <= span[0] and p.code and p.code != visitor and (
                p.is_place or p.first.kind == "country"):
            return text, p.code
    return None


def _split_counterparts(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """One mention per counterpart of a bilateral type ("يتحادث ترامب هاتفيا مع هولاند
    وميركل وبوتين" is three calls), or per caller listed (``Mention.callers``), when one state is
    the subject, each counterpart is a
    person ("الاجتماع مع قادة فرنسا وألمانيا" stays one meeting) and the act is told by a verb
    or an adverb ("اللقاء الذي يجمع الرئيس المصري، والفلسطيني" is one gathering), or by a noun
    that counts its acts ("أجرى اتصالين هاتفيين مع ... و..."، "مباحثات منفصلة مع") or has them
    "each of" ("مباحثات هاتفية مع كل من العاهل السعودي وأمير قطر")."""
    out = []
    for m in mentions:
        t1 = m.trig.extent[1]
        counts = (m.trig.entry.several or bool(doc.find(t1, t1 + 1, "separate"))
                  or _with_each(doc, t1, m.post[1]))
        if len(m.callers) > 1:  # each caller with the one called, the caller first
            pairs = [(caller, m.actor2, caller) for caller in m.callers]
        elif (len(m.counterparts) > 1 and (m.actor1 is not None or m.subject is None)
              and m.split is None and (m.trig.pos != "noun" or counts)):
            # (a subject of no known state: each with the one met alone)
            pairs = [(m.actor1, other, other) for other in m.counterparts]
        else:
            pairs = []
        if not pairs or not lex.types[m.type]["one_per_counterpart"]:
            out.append(m)
            continue
        for c, (first, second, each) in zip(_copies(m, len(pairs)), pairs):
            c.actor1, c.actor2, c.split = first, second, each[1]  # (each: the one it stands for)
            c.codes = [first[1], second[1]] if first else [second[1]]
            out.append(c)
    return out


def _with_each(doc: Doc, lo: int, hi: int) -> bool:
    """"Each of" in a counterpart phrase in words ``[lo, hi)`` ("مع كل من العاهل السعودي وأمير
    قطر"، "مع وزراء خارجية كل من البحرين وعمان"، "بكل من"), not of those present ("بحضور وفود
    كل من")."""
    return any(doc.find(lo, k, "with") or any(v.prep == "ب" for v in variants(doc.words[k].norm))
               for k in doc.find(lo, hi, "each_of"))


def _copies(m: Mention, n: int) -> list[Mention]:
    """``m`` and ``n - 1`` copies of it, holding no folded sub-events of their own: one mention
    per counterpart, visitor or stop of one trigger."""
    return [m] + [dataclasses.replace(m, folded=[]) for _ in range(n - 1)]


def _split_visitors(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """One mention per visitor's state of a movement verb whose subject names persons of
    several states ("وصل ... الرئيس القبرصي ورئيس الوزراء اليوناني": two visits)."""
    out = []
    for m in mentions:
        if not (m.visitors and lex.types[m.type]["one_per_visitor"]):
            out.append(m)
            continue
        others = {v[1] for v in m.visitors}
        rest, split = [x for x in m.codes if x not in others], m.split or ""
        for c, visitor in zip(_copies(m, len(m.visitors)), m.visitors):
            c.actor1 = c.subject = visitor
            c.codes = [visitor[1]] + rest
            c.split = f"{split}~{visitor[1]}"
            out.append(c)
    return out


def _split_tours(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One mention per destination of a visit; a later stop of a tour keeps no date, unless
    stops are dated one by one ("شملت السعودية في 5 فبراير، والإمارات في 7 فبراير") or its own
    date leads it ("والثلاثاء إلى نيجيريا"), nor does a stop another dated mention goes to."""
    out = []
    for m in mentions:
        base = list(m.codes)
        copies = _copies(m, len(m.dests))
        own_dates = sum(stop.date is not None for _, _, stop in m.dests) >= 2
        for c, (text, code, stop) in zip(copies, m.dests):
            c.destination, c.location, c.actor2 = code, (text, code), (text, code)
            c.codes = [x for x in base if x != code] + [code]
            c.split = code if len(m.dests) > 1 else None
            if stop.led or own_dates and stop.date is not None:
                c.span = Span.of(doc.dates[stop.date])
                c.date_source = c.date_source or "own"
            elif stop.later or own_dates or c is not m and _dated_elsewhere(m, code, mentions):
                c.span, c.date_source = None, None
        out += copies
    return out


def _dated_elsewhere(tour: Mention, code: str, mentions: list[Mention]) -> bool:
    """Another trigger of the tour's type, dated, goes first to stop ``code``: that stop's own
    day ("يبدأ غدا زيارة لكل من السودان وإثيوبيا ... زيارته لإثيوبيا بعد غد"); one going first
    to another stop tells a trip through it again ("يزور السعودية وقطر" in a title and its
    story), not its day; another visitor's trip there ("وقام العاهل الأردني أمس بزيارة إلى
    شرم الشيخ") is not this tour's."""
    visitor = tour.actor1 and tour.actor1[1]
    return any(x is not tour and x.type == tour.type and x.span is not None
               and x.dests and x.dests[0][1] == code
               and not (visitor and x.actor1 and x.actor1[1] != visitor) for x in mentions)


def _building(doc: Doc, m: Mention, host: str | None) -> tuple[str, str | None] | None:
    """A named building after في/بـ ("بقصر الاتحادية"): the venue is the host's."""
    for i in doc.find(m.post[0], m.post[1], "buildings"):
        end = min(doc.tags[i].w1 + 1, m.post[1])
        return doc.span_text(i, end), host
    return None


# ---------------------------------------------------------------- dates

def _date_described(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """An act told in a clause that describes the undated event noun right before it, with a
    pronoun for that event ("أجرى زيارة إلى دمشق التقى فيها بالأسد في نوفمبر 2021"), is part of
    it: its date is the event's, and it folds into the event (in place)."""
    for host, m in zip(mentions, mentions[1:]):
        if (host.sentence != m.sentence or host.span is not None or m.span is None
                or host.known or host.trig.pos == "verb"
                or host.type not in lex.types[m.type]["folds_into"]):
            continue
        governor = m.cues.governor  # "أجرى خلالها ... مباحثات"
        start = m.trig.w0 if governor is None else min(governor, m.trig.w0)
        after = {m.trig.extent[1], start + 1}
        between = range(host.trig.extent[1], start)
        if (any(doc.has(k, "within_pronouns") for k in after)
                and len(between) <= DESCRIBED_REACH and not any(doc.punct[k] for k in between)):
            host.span, host.date_source = m.span, m.date_source
            m.span, m.date_source = None, None


def _attach_dates(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    anchors = [m.anchor for m in mentions]
    for i in doc.find(0, len(doc.words), "reporting_verbs", "reporting_nouns"):
        anchors.append(Anchor(i, doc.tags[i].w1, None, i))
    own = owners(doc, anchors, lex)
    by_trigger: dict[int, list] = {}
    reports: list[tuple[Anchor, int]] = []
    for k, a in own.items():
        if a.trigger is not None:
            by_trigger.setdefault(a.trigger, []).append(doc.dates[k])
        else:
            reports.append((a, k))
    _frames_pass_dates(doc, mentions, by_trigger, lex)
    for m in mentions:
        owned = sorted(by_trigger.get(m.anchor.trigger, []), key=lambda d: d.w0)
        if doc.find(m.pre[0], m.trig.extent[0], "invitation"):
            # "وجه ... دعوة رسمية، اليوم الأربعاء، إلى ... لزيارة فرنسا": a date before an
            # invited event dates the invitation; its own comes after it ("لزيارة بكين في أبريل")
            owned = [d for d in owned if d.w0 >= m.trig.extent[1]]
        change_at = m.cues.change_at if m.cues.change else -1
        m.span = own_span(doc, m.anchor, owned, change_at, m.cues.change == "postponed")
        if m.cues.change == "postponed":
            m.moved_to = moved_to(doc, owned, change_at)
        m.decision_day = bool(m.span and m.span.dates and m.cues.change) and (
            doc.dates[m.span.dates[0]].w0 < m.trig.w0 and change_at < m.trig.w0)
        m.span = _begun_to_end(doc, m, owned) or m.span or _then(doc, m)
        t0 = m.trig.extent[0]
        if m.shown and doc.find(max(m.pre[0], t0 - 3), t0 - 1, "reporting_verbs"):
            m.span = None  # "أعلن هذه الزيارة في وقت سابق من الشهر": the report's date
        if m.span is not None:
            m.date_source = "tree" if doc.tree_dates.intersection(m.span.dates) else "own"
            m.span = _two_days(doc, m.span, owned)
            m.repeats = _repeats(doc, m.span, owned)
    for m in mentions:
        occasion = _statement_occasion(doc, m)
        if occasion and (m.trig.variant.enclitic or not m.has_agent) and len(set(m.codes)) < 2:
            add_party(m, _speaker(doc, m.sentence - 1))  # "جدد الملك ... . جاء ذلك خلال
            if len(set(m.codes)) < 2:  # ... and the one he acted with ("اتفق الدبيبة مع الرئيس
                add_party(m, _partner(doc, m.sentence - 1, lex))  # التركي ... . جاء ذلك خلال اتصال")
        came = m.span is None and occasion                # استقباله": the king's
        report_occasion = m.span is None and _report_occasion(doc, m)
        if m.span is not None or not (came or _reported_as_done(m, lex)
                                      or report_occasion or _reported_start(doc, m)):
            continue
        s0 = doc.sentences[m.sentence][0]
        cands = [(a, k) for a, k in reports
                 if doc.sentence_of[a.a0] == m.sentence and s0 <= a.a0 < m.anchor.a0]
        # the statement came during it ("أشاد الرئيس، اليوم، بـ... . جاء ذلك خلال لقائه") or the
        # report goes on in it ("صرح الرئيس، اليوم، بأن ... . وقال خلال اجتماعه"): the last
        # date of the sentence before (the speaker's) that no event owns
        before = m.sentence - 1 if came else _goes_on_from(doc, m) if report_occasion else None
        if before is not None and not cands:
            told = [d for d in doc.dates if doc.sentence_of[d.w0] == before
                    and d.k not in doc.blocked and (d.k not in own or own[d.k].trigger is None)]
            if told:
                m.span, m.date_source = Span.of(told[-1]), "report"
                continue
            if came:
                continue
        if not cands:  # "التقى ...، حسبما أفادت الوكالة اليوم": a report told after it
            cands = [(a, k) for a, k in reports if doc.sentence_of[a.a0] == m.sentence
                     and a.a0 > m.anchor.a0 and doc.ends_at(a.a0, "postposed_reports", reach=2)
                     is not None][:1]
        if cands:
            a, k = max(cands, key=lambda c: c[0].a0)
            m.span = Span.of(doc.dates[k])
            m.date_source = "report"


def _frames_pass_dates(doc: Doc, mentions: list[Mention], by_trigger: dict[int, list],
                       lex: Lexicon) -> None:
    """A date after an indefinite event noun that frames the act before it ("سيلتقي عراقجي مع
    لافروف، خلال زيارة رسمية إلى موسكو بعد ظهر يوم الأربعاء") dates that act, when the act
    folds into the noun's type and has no date of its own: the frame is the act's adverbial
    (the noun is then held on the act's day: ``_date_frames``)."""
    for a, b in zip(mentions, mentions[1:]):
        ka, kb = a.anchor.trigger, b.anchor.trigger
        frame = doc.ends_at(b.trig.extent[0], "frames")
        if (a.sentence == b.sentence and frame is not None and b.trig.pos != "verb"
                and not b.known and _frame_holds(doc, frame, a, b, lex)
                and not by_trigger.get(ka) and by_trigger.get(kb)
                and all(d.w0 >= b.trig.extent[1] for d in by_trigger[kb])):
            by_trigger[ka] = by_trigger.pop(kb)


def _frame_holds(doc: Doc, frame: int, a: Mention, b: Mention, lex: Lexicon) -> bool:
    """Whether event noun ``b`` after frame word ``frame`` holds act ``a`` told before it: ``a``
    folds into its type, or may be dated by it after a link ("خلال محادثات")."""
    held = lex.types[a.type]
    return b.type in held["folds_into"] or (b.type in held["dated_by"]
                                            and doc.has(frame, "event_links"))


def _begun_from(doc: Doc, m: Mention, lex: Lexicon) -> None:
    """A tour named by the day it began and the place it began from ("جولته الخليجية التي بدأها
    أمس من الرياض"): on that day it was at that place, its first stop (in place)."""
    if (m.span is None or not m.span.dates or m.destination is not None
            or not lex.types[m.type]["has_destinations"]):
        return
    d = doc.dates[m.span.dates[0]]
    if not doc.find(max(m.trig.extent[1], d.w0 - BEGUN_REACH), d.w0, "begun"):
        return
    after = doc.parties_from(d.w1, d.w1 + ORIGIN_REACH)
    place = doc.parties[after.start] if after else None
    if place is None or not place.is_place or not place.code or not _prep_before(
            doc, place, d.w1, "from"):
        return
    m.destination = place.code
    m.actor2 = m.location = (_text(doc, place), place.code)
    if place.code not in m.codes:
        m.codes.append(place.code)


def _then(doc: Doc, m: Mention) -> Span | None:
    """The date its sentence names last before the trigger, when "then" follows the trigger
    (its object pronoun or one party between): "منذ عام 2010، حيث زارها آنذاك رئيس الحكومة"."""
    t0, t1 = m.trig.extent
    if not doc.find(t1, doc.ahead(t1, THEN_REACH, m.post[1]), "then_words"):
        return None
    s0 = doc.sentences[m.sentence][0]
    before = [d for d in doc.dates if s0 <= d.w0 and d.w1 <= t0]
    return Span.of(before[-1]) if before else None


def _begun_to_end(doc: Doc, m: Mention, owned: list[Date]) -> Span | None:
    """An event ended on a date of its own and begun on one told after it ("يختتم اليوم الأحد
    زيارته إلى الصين التي بدأها الخميس الماضي"), or after an arrival before it ("غادر ... اليوم،
    بعد وصوله يوم أمس في زيارة"), or told after it begun on one date and ending on a later one
    ("زيارة ... بدأت أمس الخميس وتنتهي اليوم الجمعة"): from the day it began to the day it ends."""
    t0, t1 = m.trig.extent
    begun = [d for d in owned if d.w0 >= t1 and doc.find(t1, d.w0, "begun")]
    if not doc.find(m.pre[0], t0, "ending"):
        ends = [d for d in owned if begun and d.w0 >= begun[0].w1
                and doc.find(begun[0].w1, d.w0, "ending")]
    else:
        ends = [d for d in owned if d.w1 <= t0]
    if ends and not begun:  # the arrival's date is a reference point (blocked after "بعد")
        begun = [d for d in doc.dates if ends[-1].w1 <= d.w0 and d.w1 <= t0
                 and doc.ends_at(d.w0, "arrived", reach=ARRIVED_REACH) is not None]
    if not ends or not begun or begun[0].start > ends[-1].end:
        return None
    first, last = begun[0], ends[-1]
    granularity = max(first.granularity, last.granularity, key=FINENESS.get)
    return Span(first.start, last.end, granularity,
                doc.text[last.char_start:first.char_end], (last.k, first.k))


def _two_days(doc: Doc, span: Span, owned: list[Date]) -> Span:
    """``span`` run on to the next day when it is a day after a dual ("يومي") and that day is
    joined to it by "و" ("يومي غد الأحد وبعد غد الاثنين"): one stay, not two occurrences."""
    if len(span.dates) != 1:
        return span
    first = doc.dates[span.dates[0]]
    if first.granularity != "day" or doc.ends_at(first.w0, "two_days", reach=2) is None:
        return span
    d = next((d for d in owned if d.k == first.k + 1), None)
    if d is None or d.w0 != first.w1 or not doc.conjoined(d.w0) or d.granularity != "day" \
            or d.start != first.end + dt.timedelta(days=1):
        return span
    return Span(span.start, d.end, "day", doc.span_text(first.w0, d.w1), (first.k, d.k))


def _repeats(doc: Doc, span: Span, owned: list[Date]) -> list[Span]:
    """Dates of the same trigger joined to its date by "و" ("زارها في أيلول وتشرين الأول"), or
    fronted by "وفي" (``fronting``) a few words on ("زار العراق في 27 نوفمبر 2003 بمناسبة عيد
    الشكر وفي يونيو 2006"): each names another occurrence of the event (a stay over days is
    one range timex)."""
    out, last = [], max(span.dates)
    for d in owned:
        if d.k != last + 1 or d.k in span.dates:
            continue
        prev = doc.dates[last]
        joined = (d.w0 == prev.w1 and d.granularity == prev.granularity
                  and doc.conjoined(d.w0))
        again = (prev.w1 < d.w0 and doc.ahead(prev.w1, REPEAT_GAP, d.w0) >= d.w0
                 and doc.ends_at(d.w0, "fronting", reach=2) is not None
                 and not any(doc.punct[k] for k in range(prev.w1, d.w0 + 1)))
        if not (joined or again):
            continue
        out.append(Span.of(d))
        last = d.k
    return out


def _split_repeats(mentions: list[Mention]) -> list[Mention]:
    """One mention per date of a trigger dated twice ("زارها في أيلول وتشرين الأول")."""
    out = []
    for m in mentions:
        out.append(m)
        if m.repeats:
            copies = [dataclasses.replace(m, span=span, folded=[], repeats=[],
                                          split=f"{m.split or ''}@{span.start}")
                      for span in m.repeats]
            m.split, m.repeats = f"{m.split or ''}@{m.span.start}", []
            out += copies
    return out


def _date_frames(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """An undated indefinite event noun after a frame word (``frames``: "في زيارة"، "خلال
    زيارة"), right after an act of its sentence dated by its own clause that folds into its type
    or may be dated by it ("التقى الوزير ... اليوم، في زيارة تعد الأولى"، "ووقع مسؤولون ... يوم
    الجمعة اتفاقيات أثناء محادثات"), is held on the act's date, unless told with a date of its
    own or as another event of the kind ("خلال زيارات سابقة")."""
    for a, b in zip(mentions, mentions[1:]):
        frame = doc.ends_at(b.trig.extent[0], "frames")
        if (a.sentence != b.sentence or b.span is not None or a.span is None or b.distinct
                or a.date_source not in OWN_DATE or b.trig.definite or frame is None
                or not _frame_holds(doc, frame, a, b, lex)  # a link, not "المشارك في"
                or any(x.type == b.type and x.span is not None  # that event told with its date
                       and len(_states(x) & _states(b)) >= 2 for x in mentions)):
            continue
        b.span = dataclasses.replace(a.span, dates=())
        b.date_source = "frame"


def _date_by_heading(doc: Doc, mentions: list[Mention]) -> None:
    """An undated act on the line right after a heading line that is one date and a colon (a
    chronology: "- أبريل (نيسان) 2015:" then what happened then) is on that date."""
    for m in mentions:
        if m.span is None and not m.title:
            date = _heading_date(doc, m)
            if date is not None:
                m.span, m.date_source = Span.of(date), "heading"


def _heading_date(doc: Doc, m: Mention) -> Date | None:
    """The date of the line right before the line of ``m``'s trigger, when that line is one
    date and a colon after it, a bullet or brackets aside ("- أبريل (نيسان) 2015:"): a heading
    (a date alone on its line with no colon is a masthead's)."""
    line = doc.text.rfind("\n", 0, doc.words[m.trig.w0].start)
    if line < 0:
        return None
    above = doc.text.rfind("\n", 0, line) + 1
    dates = [d for d in doc.dates if above <= d.char_start and d.char_end <= line]
    if len(dates) != 1 or dates[0].k in doc.blocked and dates[0].k not in doc.datelines:
        return None
    before, after = doc.text[above:dates[0].char_start], doc.text[dates[0].char_end:line]
    if _LETTER_OR_DIGIT.search(before + after) or not after.rstrip().endswith(":"):
        return None
    return dates[0]


def _states(m: Mention) -> set[str]:
    """A mention's states, its destinations included (before tours are split)."""
    return set(m.codes) | {code for _, code, _ in m.dests}


def _report_occasion(doc: Doc, m: Mention) -> bool:
    """The event is the occasion of a report told in its sentence, before what is reported
    ("اعتبر الرئيس، السبت، في مستهل لقائه مع نظيره، أن ..."): the report was made during it, so
    on its day."""
    t0 = m.trig.extent[0]
    s0 = doc.sentences[m.sentence][0]
    before = t0 - 1
    return (m.cues.silent and not m.trig.purpose and not m.title
            and doc.has(before, "frames") and not doc.has(before, "event_pronoun_links")
            and _frame_end(doc, s0, t0) == s0  # not inside what is reported ("أعلنت ...
            and bool(doc.find(s0, t0, "reporting_verbs")))  # أن ... الذي يصل في زيارة")


def _statement_occasion(doc: Doc, m: Mention) -> bool:
    """The event is where the statement told before came ("جاء ذلك خلال لقاء الرئيس ..."، "وجاءت
    تصريحاته أثناء استقباله"): a frame right before it, a "came" word a few words before that,
    and the event not a plan."""
    t0 = m.trig.extent[0]
    return (doc.has(t0 - 1, "frames") and not m.title and not m.cues.not_done
            and bool(doc.find(max(doc.sentences[m.sentence][0], t0 - 1 - CAME_REACH), t0 - 1,
                              "statement_came")))


def _goes_on_from(doc: Doc, m: Mention) -> int | None:
    """The sentence whose report the report of ``m``'s occasion goes on with: its sentence
    opens with a reporting verb, its speaker and the frame ("وقال بوتين خلال اجتماعه"), and the
    nearest sentence before naming a person (within ``SPEAKER_REACH``) names him first: of his
    state, or by his last name ("صرح الرئيس الروسي فلاديمير بوتين ... . وقال بوتين")."""
    s0 = doc.sentences[m.sentence][0]
    frame = m.trig.extent[0] - 1
    if not doc.has(s0, "reporting_verbs"):
        return None
    w = doc.tags[s0].w1
    after = doc.ahead(w, SPEAKER_UNITS, frame)
    if after != frame and not _medium(doc, after, frame):
        return None
    before, told = next(((k, p) for k in range(m.sentence - 1, m.sentence - 1 - SPEAKER_REACH, -1)
                         if (p := _speaker(doc, k)) is not None), (None, None))
    pk = doc.party_at.get(w)
    if told is None:
        return None
    if pk is not None and doc.parties[pk].code:
        return before if doc.parties[pk].code == told[1] else None
    name = doc.span_text(w, doc.unit_span(w)[1])
    return before if told[0].split()[-1] == name.split()[-1] else None


def _medium(doc: Doc, lo: int, hi: int) -> bool:
    """Words ``[lo, hi)`` name only where the report was made: "في" and a report's noun, with
    at most one word describing it ("وقال بوتين، في مقابلة تلفزيونية، خلال زيارته")."""
    i = lo + doc.has(lo, "in")
    return doc.has(i, "reporting_nouns") and doc.tags[i].w1 <= hi <= doc.tags[i].w1 + 1


def _persons(doc: Doc, sentence: int) -> Iterator[Party]:
    """The coded persons the sentence names, in order (none before the first sentence)."""
    if sentence < 0:
        return
    for p in map(doc.parties.__getitem__, doc.parties_from(*doc.sentences[sentence])):
        if p.is_person and p.code:
            yield p


def _speaker(doc: Doc, sentence: int) -> tuple[str, str] | None:
    """The first coded person the sentence names ("جدد ملك الأردن التأكيد"): whose statement
    came during an event told next with his pronoun ("جاء ذلك خلال استقباله")."""
    p = next(_persons(doc, sentence), None)
    return None if p is None else (_text(doc, p), p.code)


def _partner(doc: Doc, sentence: int, lex: Lexicon) -> tuple[str, str] | None:
    """The first coded person the sentence names right after "مع" ("اتفق الدبيبة مع الرئيس
    التركي"): the other side of the event its statement came during. (The sentence names no
    event, so its cue words are read here.)"""
    for p in _persons(doc, sentence):
        cue = lex.cues.match(doc.words, p.w0 - 1) if p.w0 else None
        if cue is not None and cue.w1 == p.w0 and "with" in cue.value:
            return _text(doc, p), p.code
    return None


def _reported_start(doc: Doc, m: Mention) -> bool:
    """The event's start or end right before it is what a report tells ("أفادت ... اليوم
    بانطلاق الاجتماع"): the report's day is the event's, and it has begun, unless a plan is
    told."""
    t0 = m.trig.extent[0]
    return (doc.has(t0 - 1, "reported_starts") and not m.title and not m.cues.not_done
            and not doc.has(t0 - 2, "complementizers"))  # "أن انطلاق المفاوضات سيكون": a clause


def _reported_as_done(m: Mention, lex: Lexicon) -> bool:
    """A report's date dates the event only if the event is told as done (GUIDELINES)."""
    if m.trig.definite or m.trig.purpose or m.title:
        return False
    status = decide(m.cues, None, None, False, False)
    if status == "occurred":
        return True
    return status == UNKNOWN and bool(lex.types[m.type].get("announced_is_done"))


def _aim_of_noun(doc: Doc, a: Mention, b: Mention) -> bool:
    """``b`` is an aim by its own ل, after a noun that takes such an aim (context.yaml
    ``aim_nouns``: "دعوة من نظيره لزيارة دمشق"، "جهود التوصل للاتفاق"، "بالتحضير لمؤتمر") in its
    clause, or by a purpose word right after one ("دعوته لحضور القمة"): that noun's aim, a later
    event, not the aim of ``a``."""
    b0 = b.trig.extent[0]
    cues = doc.find(b0 - AIM_CUE_REACH, b0, "purpose")
    if cues:
        nouns = doc.find(max(a.trig.extent[1], cues[0] - 1), cues[0], "aim_nouns")
    elif b.trig.purpose:
        nouns = doc.find(max(a.trig.extent[1], b0 - AIM_NOUN_REACH), b0, "aim_nouns")
    else:
        return False
    return bool(nouns) and not any(doc.punct[k] for k in range(nouns[-1] + 1, b0 + 1))


def _link_purpose(doc: Doc, mentions: list[Mention]) -> None:
    """An event named as the aim of another in its sentence ("زيارة ... لحضور القمة يومي 6 و7")
    shares that event's date when it has none, and takes its parties."""
    for a, b in zip(mentions, mentions[1:]):
        b0 = b.trig.extent[0]
        if a.sentence != b.sentence or not b.cues.purpose:
            continue
        if doc.find(max(a.trig.extent[1], b0 - PREPARES_REACH), b0, "preparatory"):
            a.prepares = b  # "الاجتماع التحضيري للقمة": a later event, not the aim attended
            continue
        if _aim_of_noun(doc, a, b):
            continue
        b.parent = a
        # "وتأتي هذه الزيارة استمرارا للقاء": the visit told before keeps its own date
        if a.span is None and b.span is not None and not a.shown:
            a.span, a.date_source = b.span, "purpose"
        elif b.span is None and a.span is not None and not _dated_apart(b, a, mentions):
            b.span, b.date_source = a.span, "purpose"
        b.codes = list(dict.fromkeys(b.codes + a.codes))
        if b.actor1 is None:
            b.actor1 = a.actor1
        if b.actor2 is None:
            b.actor2 = a.actor2 if a.actor2 else a.location
        if b.location is None:
            b.location = a.location


def _dated_apart(aim: Mention, act: Mention, mentions: list[Mention]) -> bool:
    """A known event named as the aim of ``act`` ("وصل أمس للمشاركة في أعمال القمة") that a
    mention of its type with a date of its own and a state of theirs tells ("تعقد اليوم أعمال
    القمة"): the aim is that event, on its own day, not on the day of the act."""
    states = set(aim.codes) | set(act.codes)
    return aim.trig.definite and any(
        x.type == aim.type and x is not aim and x.span is not None and x.date_source in OWN_DATE
        and set(x.codes) & states for x in mentions)


_ARRIVAL_REACH = 4  # words after an arrival noun naming where it arrived ("لدى وصوله مطار")


def _welcomes(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A dated reception by a host "لدى وصوله" (``welcomes``), or at an airport before the visit
    it names ("استقبل ... بمطار ...، الرئيس الذي حل بالجزائر في زيارة"), or of the one who
    has just arrived ("وصل ... إلى الخرطوم، واستقبله البشير أمس"), is the welcome of that
    visit: the visit takes the reception's date and guest. A visit its guest is told making in a
    relative clause after it ("الرئيس الكيني، الذي يقوم بزيارة رسمية إلى البلاد") goes on that
    day. The receptions that are only welcomes are returned (no events of their own); a host's
    verb for an arrival not at an airport ("استقبل ... نظيره لدى وصوله إلى قصر الاتحادية"، "لدى
    وصوله دمشق") is a meeting too."""
    out = []
    for r in mentions:
        kinds = lex.types[r.type].get("welcomes") or ()
        if not kinds or r.span is None or r.trig.entry.subject != "host":
            continue
        for v in mentions:
            k = v.trig.w0
            if v.type not in kinds or v.span is not None or v.sentence != r.sentence:
                continue
            if k < r.trig.w0:  # "وصل الرئيس ... إلى الخرطوم، واستقبله البشير أمس": the guest
                if _guest_just_arrived(v, r, mentions):
                    v.span, v.date_source = r.span, "reference"
                    out.append(r)
                    break
                continue
            reach = min(k + _ARRIVAL_REACH, v.post[1])
            airport = doc.find(r.trig.w1, reach, "arrival_places")
            arrival = doc.has(k - 1, "arrival_links") or bool(airport)
            if not arrival and _guest_visiting(doc, r, v, mentions):
                # under way on the reception's day, at the host's ("إلى البلاد")
                v.span, v.date_source = r.span, "reference"
                v.cues.past = True
                host = r.actor2
                if v.destination is None and host and host[1] not in v.codes:
                    v.codes.append(host[1])
                    v.destination, v.actor2 = host[1], v.actor2 or host
                break
            if not arrival:
                continue
            v.span, v.date_source = r.span, "reference"
            if r.trig.pos == "verb" and r.trig.entry.tense == "past":
                v.cues.past = True  # "استقبل ... لدى وصوله": the welcome's tense is the visit's
            if r.actor1 and r.actor1[1] not in v.codes:
                v.codes.insert(0, r.actor1[1])
                v.actor1 = v.actor1 or r.actor1
            if airport or r.trig.pos != "verb":
                out.append(r)
            break
    return out


def _guest_visiting(doc: Doc, reception: Mention, visit: Mention, mentions: list[Mention]
                    ) -> bool:
    """A visit told, not as a plan, in a relative clause after a reception's guest, no other
    event between ("يستقبل ... اليوم الرئيس الفنزويلي، الذي يقوم بزيارة تاريخية إلى البلاد"،
    "استقبل ... رئيس الوزراء الإثيوبي، الذي وصل إلى مصر في زيارة رسمية"): the guest's visit,
    going on at the reception."""
    k = visit.trig.w0
    relative = doc.find(reception.trig.w1, k, "relatives")
    return (bool(relative) and not visit.cues.not_done
            and not any(reception.trig.w0 < m.trig.w0 < k for m in mentions))


def _guest_just_arrived(visit: Mention, reception: Mention, mentions: list[Mention]) -> bool:
    """A movement verb told before a host's verb whose object is a pronoun ("واستقبله"), with no
    act of another type between: the one received is the one who arrived."""
    return (visit.trig.pos == "verb" and reception.trig.pos == "verb"
            and bool(reception.trig.variant.enclitic)
            and not any(visit.trig.w0 < m.trig.w0 < reception.trig.w0 and m.type != visit.type
                        for m in mentions))


def _since_start(doc: Doc, m: Mention, lex: Lexicon) -> None:
    """An act going on since a day ("يواصل الوفد منذ يوم الأربعاء الماضي مباحثات") runs from it
    to the report, one going on for its Nth day ("تتواصل لليوم الثاني أعمال المؤتمر") from N - 1
    days before the report: a continuing verb before the trigger in its clause, the date or the
    day count there; or a present verb with "منذ" and a date before the trigger ("يجري ... منذ
    أمس الأحد زيارة رسمية")."""
    lo, t0 = m.pre[0], m.trig.extent[0]
    continuing = bool(doc.find(lo, t0, "continuing"))
    if not (continuing or m.cues.present):
        return
    for i in range(lo, m.post[1] if continuing else lo):
        hit = lex.running_days.match(doc.words, i)
        if hit is not None and doc.published is not None:
            start = doc.published - dt.timedelta(days=hit.value - 1)
            m.span = Span(start, doc.published, "day", doc.span_text(hit.w0, hit.w1), ())
            m.date_source = "clause"
            return
    for i in doc.find(lo, m.post[1] if continuing else t0, "since_start"):
        d = doc.date_at.get(doc.tags[i].w1)
        if d is not None and doc.dates[d].w0 == doc.tags[i].w1 and (
                continuing or doc.published is not None and doc.dates[d].start < doc.published):
            date = doc.dates[d]
            end = date.end if date.granularity != "day" else (
                doc.published if doc.published and doc.published >= date.start else date.start)
            m.span = Span(date.start, end, date.granularity, date.text, (date.k,))
            m.date_source = "clause"
            return


def _also_arrived(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A movement verb right after an "also" word (``also_arrivals``) naming no place of its
    own ("كما وصل وزير الخارجية الإثيوبي") goes where the movement told before it in its
    sentence or the one before went, and on its day when it has none; with no such movement
    it is no event."""
    also = lex.context_lists["also_arrivals"]
    out, last = [], None
    for m in mentions:
        w0 = m.trig.extent[0]
        if (lex.types[m.type]["has_destinations"] and m.destination is None
                and m.trig.pos == "verb" and len(set(m.codes)) < 2
                and forms_near(doc, w0 - 1, w0, also)):
            if last is None or last.type != m.type or m.sentence - last.sentence > 1:
                continue
            m.destination, m.actor2 = last.destination, m.actor2 or last.actor2
            if last.destination not in m.codes:
                m.codes.append(last.destination)
            if m.span is None and last.span is not None:
                m.span, m.date_source = last.span, "reference"
        if lex.types[m.type]["has_destinations"] and m.destination is not None:
            last = m
        out.append(m)
    return out


def _inherit_agents(mentions: list[Mention]) -> None:
    """A mention without a named subject, or with a pronoun for one of its parties, takes the
    subject of the mention before it; a pronoun with no mention before it in its sentence, the
    subject named after it ("فور وصوله مطار القاهرة، التقى الوزير السعودي")."""
    last: tuple[str, str] | None = None
    for k, m in enumerate(mentions):
        v = m.trig.lead or m.trig.variant
        few = len(set(m.codes)) < 2
        # "الزيارة" names a known event, unless its own date makes it another one ("وكانت
        # الزيارة الثانية في نيسان"); "واستقبله"، "زيارته" point back to a party
        alone = few and (not m.has_agent and (not v.article or m.date_source in OWN_DATE)
                         or bool(v.enclitic))
        # a verb whose subject is dropped, with the persons it met ("كما تباحث مع كل من ...")
        alone = alone or (not m.has_agent and m.actor1 is None and bool(m.counterparts))
        first_in_sentence = k == 0 or mentions[k - 1].sentence != m.sentence
        if alone and v.enclitic and first_in_sentence:
            later = next((n.subject for n in mentions[k + 1:k + 2]
                          if n.sentence == m.sentence and n.subject), None)
            add_party(m, later)
        elif alone:
            add_party(m, last)
        if m.subject is not None:
            last = m.subject  # the host of "استقبل ... ثم اتصل", not its guest


def _items_take_their_list_parties(mentions: list[Mention]) -> None:
    """An ordinal item ("والثانية في 14 يوليو") has the parties of the event noun it stands for."""
    by_trigger = {id(m.trig): m for m in mentions}
    for m in mentions:
        listed = m.trig.stands_for and by_trigger.get(id(m.trig.stands_for))
        if listed:
            for party in (listed.actor1, listed.actor2, *listed.dests[:1]):
                add_party(m, party and party[:2])
            for code in listed.codes:
                if code not in m.codes:
                    m.codes.append(code)


def add_party(m: Mention, party: tuple[str, str] | None) -> None:
    if party is None or party[1] is None or party[1] in m.codes:
        return
    m.codes.insert(0, party[1])
    if m.actor1 is None or m.actor1[1] == (m.actor2 or ("", ""))[1]:
        m.actor1 = party
    elif m.actor2 is None:
        m.actor2 = party


def _duration(doc: Doc, lex: Lexicon, m: Mention, triggers: list[Trigger],
              starts: list[int]) -> tuple[int | None, dt.date | None]:
    """Days of a duration after the trigger, before a trigger of another type ("يحل ضيفا
    على مصر في زيارة رسمية لمدة يومين"); the merged event's end date extends by it. For an
    undated mention, the day it lasts until ("ومن المقرر أن تستمر الزيارة حتى يوم غد")."""
    stop = m.cues.change_at if m.cues.change == "postponed" and m.cues.change_at > m.trig.w0 else None
    hi = doc.sentences[m.sentence][1]
    t1 = m.trig.extent[1]
    k = bisect.bisect_left(starts, t1)
    while k < len(triggers) and starts[k] < hi:
        if triggers[k].type != m.type:
            hi = starts[k]
            break
        k += 1
    t0 = m.trig.extent[0]
    lo = doc.back(t0, 2, doc.sentences[m.sentence][0])  # "وتستمر الزيارة يومين"
    # (not across a comma: "بعد جولة دامت أربعة أيام، وصل" are the tour's days)
    lo = max([lo] + [k for k in range(lo + 1, t0 + 1) if doc.punct[k]])
    if m.span is None:
        until = lasting_until(doc, lo, hi, m.trig.extent, stop)
        if until is not None:
            return None, until.end if until.granularity == "day" else None
    start = m.span.start if m.span is not None and m.span.granularity == "day" else None
    days = duration_days(doc, lex, lo, hi, stop, start)
    limit = int(lex.types[m.type].get("max_days", 1))
    return (days if days and days <= limit else None), None


def _leaves_stay(m: Mention) -> bool:
    """A departure going nowhere told: it ends the stay its days are of ("غادر الرئيس مصر
    اليوم بعد زيارة استمرت يومين"), not a trip to a destination ("متوجها إلى")."""
    return m.trig.entry.leaves and m.destination is None


def _ends_on_its_date(doc: Doc, m: Mention) -> bool:
    """An ending word right before the mention's own date, after it ("خلال زيارتها التي تستمر
    خمسة أيام وتنتهي الأربعاء"): the date is the last day."""
    if m.span is None or not m.span.dates or m.date_source not in OWN_DATE:
        return False
    d = doc.dates[m.span.dates[0]]
    t1 = m.trig.extent[1]
    return d.w0 > t1 and bool(doc.find(max(t1, d.w0 - ENDING_REACH), d.w0, "ending"))


def _evidence(doc: Doc, m: Mention) -> tuple[int, int]:
    s0, s1 = doc.sentences[m.sentence]
    t0, t1 = m.trig.extent
    return max(s0, t0 - _EVIDENCE_WORDS), min(s1, t1 + _EVIDENCE_WORDS)
