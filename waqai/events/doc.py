"""The analysed document the extractor works on: words, sentences, cue tags, parties, dates.

Words and sentences are the tokenize stage's (:func:`waqai.events.words.words_of`,
:mod:`waqai.text.sentences`): every stage reads one analysis.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import attrgetter
from typing import NamedTuple

from schemas import Sentence, Timex, Token
from waqai.dates import joined_pairs
from waqai.dates.ranges import WEEKDAY_RULE
from waqai.events.actors import PLACE_KINDS, ActorMention, Gazetteer, Party, parties
from waqai.events.home import home_cues, home_mentions, home_state
from waqai.events.lexicon import Lexicon
from waqai.events.tree import Tree
from waqai.events.words import Word, variants, words_of
from waqai.text.normalise import Normalised, norm, normalise
from waqai.text.sentences import hard_wrapped

_FINAL = ".!?؟:"
COMMAS = set("،,")
CLAUSE_PUNCT = COMMAS | set("؛;:()[]")  # a gap with one of these sets off a clause (Doc.punct)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{3,}")  # initials (أ ش أ) aside
DATELINE_PREFIX_WORDS = 2  # words of each part before a dateline's date (place, agency)
_DASH = re.compile(r"[|–—-]")
_CLOCK_TIME = re.compile(r"\s*\d{1,2}:\d{2}")
_CLOCK = re.compile(r"\s*(\d{1,2}:\d{2}|[-–—|]|/\s*\D)")
_BEFORE_DATELINE = re.compile(r"[|–—-]\s*$")


class Tag(NamedTuple):
    """Cue categories of the phrase starting at a word, and the word after it."""

    cats: frozenset[str]
    w1: int


@dataclass(slots=True)
class Date:
    """A usable timex of the document mapped to words."""

    k: int  # index into Doc.dates
    w0: int
    w1: int
    start: dt.date
    end: dt.date
    granularity: str
    text: str
    char_start: int
    char_end: int
    weekday: bool = False  # named by its weekday alone ("الجمعة"), resolved from the report


@dataclass
class Doc:
    text: str
    nt: Normalised
    words: list[Word]
    published: dt.date | None
    sentence_of: list[int]  # word -> sentence number (among the sentences with words)
    sentences: list[tuple[int, int]]  # sentences as word ranges
    sentence_index: list[int]  # sentence number -> its ``sentence_index`` in the table
    title: list[bool]  # sentence number -> is a title/heading line
    gap: list[str]  # punctuation between the previous word and this one (normalised)
    tags: list[Tag | None]
    mentions: list[ActorMention]
    parties: list[Party]
    party_at: dict[int, int]  # word -> index of the party covering it
    party_starts: list[int]
    punct: list[bool]  # a clause punctuation mark (، , ؛ ; : ( ) stands before the word
    home: str | None = None  # the state the article is written from (agency, dateline)
    dates: list[Date] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)  # indices of dates that date no event
    datelines: set[int] = field(default_factory=set)  # ... of them, the masthead and dateline dates
    date_at: dict[int, int] = field(default_factory=dict)  # word -> index of the date covering it
    ranges: set[int] = field(default_factory=set)  # k: dates k and k + 1 are one range or choice
    alternatives: set[int] = field(default_factory=set)  # k: dates k and k + 1 are a choice
    tree: Tree | None = None  # UDPipe's dependency tree on the words, when there is a parse
    tree_dates: set[int] = field(default_factory=set)  # dates given to a trigger by the tree
    since_dates: set[int] = field(default_factory=set)  # dates of a "منذ ..." clause, no event's
    verb_tense: dict[int, str] = field(default_factory=dict)  # word -> tense of a lexicon verb
    candidates: list[int] = field(default_factory=list)  # words that may start a trigger
    _at: dict[str, list[int]] = field(default_factory=dict)  # cue category -> word positions

    def __post_init__(self):
        for i in compress(range(len(self.tags)), self.tags):  # (the tagged words)
            for c in self.tags[i].cats:
                self._at.setdefault(c, []).append(i)

    def has(self, i: int, *cats: str) -> bool:
        if i < 0 or i >= len(self.tags):
            return False
        t = self.tags[i]
        return t is not None and not t.cats.isdisjoint(cats)

    def conjoined(self, i: int) -> bool:
        """Word ``i`` carries the conjunction و ("وكان"، "والثلاثاء")."""
        return any(v.conj == "و" for v in variants(self.words[i].norm))

    def find(self, lo: int, hi: int, *cats: str) -> list[int]:
        """Word positions in ``[lo, hi)`` where a phrase of one of ``cats`` starts."""
        out: list[int] = []
        for c in cats:
            at = self._at.get(c)
            if at:
                out += at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]
        return sorted(set(out)) if len(cats) > 1 else out

    def ends_at(self, i: int, *cats: str, reach: int = 1, lo: int = 0) -> int | None:
        """The first word of a phrase of one of ``cats`` that ends right before word ``i`` and
        starts at most ``reach`` words before it (not before ``lo``), if any."""
        tags = self.tags
        for j in range(min(i, len(tags)) - 1, max(lo, i - reach, 0) - 1, -1):
            t = tags[j]
            if t is not None and t.w1 == i and not t.cats.isdisjoint(cats):
                return j
        return None

    def back(self, i: int, units: int, lo: int) -> int:
        """The word ``units`` steps before ``i`` (not before ``lo``), a party or a date counting
        as one step: "بدأ الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا، أمس الأربعاء زيارة"."""
        j = i
        while units > 0 and j > lo:
            j -= 1
            j = max(lo, self.unit_span(j)[0])
            units -= 1
        return j

    def ahead(self, i: int, units: int, hi: int) -> int:
        """The word ``units`` steps after ``i`` (not past ``hi``), a party or a date counting
        as one: "وقع الوزير ونظيره، اليوم الأحد، بمدينة العلمين، اتفاقا" is short."""
        j = i
        while units > 0 and j < hi:
            j = self.unit_span(j)[1]
            units -= 1
        return min(j, hi)

    def unit_span(self, j: int) -> tuple[int, int]:
        """The words of the party or date covering word ``j``, else the word alone."""
        pk = self.party_at.get(j)
        if pk is not None:
            return self.parties[pk].w0, self.parties[pk].w1
        dk = self.date_at.get(j)
        if dk is not None:
            return self.dates[dk].w0, self.dates[dk].w1
        return j, j + 1

    def parties_from(self, lo: int, hi: int) -> range:
        """Indices of the parties starting in words ``[lo, hi)``."""
        return range(bisect.bisect_left(self.party_starts, lo),
                     bisect.bisect_left(self.party_starts, hi))

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def span_text(self, w0: int, w1: int) -> str:
        return self.text[self.words[w0].start:self.words[w1 - 1].end]


def analyse(text: str, published: dt.date | None, sentences: list[Sentence],
            tokens: list[Token], lex: Lexicon, gaz: Gazetteer) -> Doc:
    """Words, sentences, title lines, cue tags, home state and actor parties of ``text``, on
    the tokenize stage's ``sentences`` and ``tokens``."""
    nt = normalise(text)
    words = words_of(nt, tokens)
    sentence_of, spans, index = _sentences(words, sentences)
    title = _titles(nt.text, words, spans, lex.title_max_words)
    ends = [0, *map(attrgetter("nend"), words)]  # (where the word before each one ends)
    gap = [nt.text[e:w.nstart].strip() for e, w in zip(ends, words)]
    tags: list[Tag | None] = [None] * len(words)
    candidates = list(compress(range(len(words)), map(any, zip(lex.verbs.starting(words),
                                                                lex.nouns.starting(words)))))
    cue_at = lex.cues.starting(words)
    for s in sorted({sentence_of[i] for i in candidates}):  # cues matter only around triggers
        s0, s1 = spans[s]
        for i in compress(range(s0, s1), cue_at[s0:s1]):
            m = lex.cues.match(words, i)
            if m is None or _blocked_cue(m.value, words, i, lex):
                continue
            cats = m.value - lex.verb_cues if m.variant.article else m.value  # ("التابع")
            if cats:
                tags[i] = Tag(cats, m.w1)
    mentions = _capitals_by_demonym(words, gaz.find(words, published), lex)
    cues = home_cues()
    home = home_state(nt.text, words, mentions, cues)
    mentions = home_mentions(words, mentions, home, cues)
    each_of, portfolios = ({w for i, t in enumerate(tags) if t is not None and cat in t.cats
                            for w in range(i, t.w1)} for cat in ("each_of", "portfolios"))
    ps = parties(mentions, sentence_of, each_of, portfolios)
    party_at = {i: k for k, p in enumerate(ps) for i in range(p.w0, p.w1)}
    punct = [not CLAUSE_PUNCT.isdisjoint(g) for g in gap]
    return Doc(text, nt, words, published, sentence_of, spans, index, title, gap, tags,
               mentions, ps, party_at, [p.w0 for p in ps], punct, home, candidates=candidates)


def _capitals_by_demonym(words: list[Word], mentions: list[ActorMention], lex: Lexicon,
                         ) -> list[ActorMention]:
    """A demonym right after a capital noun ("العاصمة الموريتانية"، "بالعاصمة التونسية") names
    that state's capital, a place, unless the capital's own name follows ("العاصمة الإيرانية
    طهران")."""
    places = {m.w0 for m in mentions if m.kind in PLACE_KINDS}
    out = []
    for m in mentions:
        noun = lex.cues.match(words, m.w0 - 1) if m.kind == "demonym" and m.w0 > 0 else None
        if (noun is not None and "capital_nouns" in noun.value and noun.w1 == m.w0
                and m.w1 not in places):
            m = ActorMention("capital", m.code, m.w0 - 1, m.w1, None, noun.variant.prep,
                             bool(noun.variant.conj))
        out.append(m)
    return out


def _blocked_cue(cats: frozenset[str], words: list[Word], i: int, lex: Lexicon) -> bool:
    """A cue word preceded by a word that changes its sense ("من أجل" is no postponement)."""
    before = lex.not_after.get(words[i].norm)
    return bool(before) and i > 0 and words[i - 1].norm in before


def _sentences(words: list[Word], sentences: list[Sentence]):
    """Word -> sentence number, sentences as word ranges, and each one's ``sentence_index``.

    A word belongs to the last sentence starting at or before it (the first sentence, if none
    does); the words (in text order) of each sentence are found by its start, not each word's
    sentence by the word's start."""
    rows = sorted(sentences, key=lambda s: s.start_char)
    if not rows:  # one sentence
        return [0] * len(words), [(0, len(words))] if words else [], [0] if words else []
    word_starts = [w.start for w in words]
    # the first word of each sentence's words; the first sentence's also takes the words before
    firsts = [0] + [bisect.bisect_left(word_starts, s.start_char) for s in rows[1:]]
    sentence_of: list[int] = []
    spans: list[tuple[int, int]] = []
    index: list[int] = []
    for row, first, end in zip(rows, firsts, firsts[1:] + [len(words)]):
        if first < end:
            sentence_of += [len(spans)] * (end - first)
            spans.append((first, end))
            index.append(row.sentence_index)
    return sentence_of, spans, index


def _titles(ntext: str, words: list[Word], spans: list[tuple[int, int]], title_max: int) -> list[bool]:
    """Which sentences are title or heading lines: a short line with no final punctuation (a
    hard-wrapped text has none)."""
    if hard_wrapped(ntext):
        return [False] * len(spans)
    starts = [w.nstart for w in words]
    is_title: dict[int, bool] = {}  # line start -> the line is a title
    title = []
    for s0, _ in spans:
        line_start = ntext.rfind("\n", 0, words[s0].nstart) + 1
        if line_start not in is_title:
            line_end = ntext.find("\n", line_start)
            line_end = len(ntext) if line_end < 0 else line_end
            line = ntext[line_start:line_end].strip()
            n_words = bisect.bisect_left(starts, line_end) - bisect.bisect_left(starts, line_start)
            is_title[line_start] = bool(line) and line[-1] not in _FINAL and n_words <= title_max
        title.append(is_title[line_start])
    return title


def attach_dates(doc: Doc, timexes: list[Timex], lex: Lexicon) -> None:
    """Map the dated timexes onto words; mark datelines and dates right after a blocker word
    ("منذ"، "بعد شهر رمضان")."""
    starts = [w.start for w in doc.words]
    for t in sorted(timexes, key=lambda t: t.start_char):
        if t.value_start is None:
            continue
        w0 = bisect.bisect_right(starts, t.start_char) - 1
        w0 = max(w0, 0)
        if w0 < len(doc.words) and doc.words[w0].end <= t.start_char:
            w0 += 1
        w1 = bisect.bisect_left(starts, t.end_char)
        if w0 >= w1:
            continue
        d = Date(len(doc.dates), w0, w1, t.value_start, t.value_end or t.value_start,
                 t.granularity, t.text, t.start_char, t.end_char,
                 (t.rule or "").startswith(WEEKDAY_RULE))
        doc.dates.append(d)
        doc.date_at.update((w, d.k) for w in range(w0, w1) if w not in doc.party_at)
        if _dateline(doc.text, t.start_char, t.end_char, lex.clock_before):
            doc.datelines.add(d.k)
        if (d.k in doc.datelines or _after_blocker(doc, w0, lex) or _covered_period(doc, d, lex)
                or _in_content(doc, d)):
            doc.blocked.add(d.k)
    spans = [(d.char_start, d.char_end, d.granularity) for d in doc.dates]
    doc.ranges = {i for i, _ in joined_pairs(spans, doc.text)}
    doc.alternatives = {i for i, _ in joined_pairs(spans, doc.text, ranges=False)}


def _dateline(text: str, start: int, end: int, clock_before: re.Pattern) -> bool:
    """A masthead or dateline date: alone on its line, before a clock time, or next to a dash
    or bar with only short parts (a place, an agency, an author) before it on its line
    ("القاهرة - 5 مارس -"); a date between dashes further into a sentence is a parenthesis
    ("عقد - في وقت سابق اليوم - جلسة")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    rest = before + " " + text[end:line_end]
    if not _ARABIC_LETTER.search(rest):
        return True
    if _CLOCK_TIME.match(text, end, line_end) or clock_before.search(before):
        return True  # a clock time: "10/03/2026 - 07:04"، "07:04 م 10/03/2026"
    if any(next(islice(_ARABIC_WORD.finditer(part), DATELINE_PREFIX_WORDS, None), None)
           for part in _DASH.split(before)):  # (a part with more words: read no further)
        return False
    return bool(_CLOCK.match(text[end:line_end]) or _BEFORE_DATELINE.search(before))


def _covered_period(doc: Doc, d: Date, lex: Lexicon) -> bool:
    """Years named with a period proclitic ("برنامجين تنفيذيين لعامي 2026-2027"), or in brackets
    right after a word that names no event, party or date ("في نهاية ولايتيه السابقتين
    (2003-2010)"): the period a programme or a term covers, not a date of an event."""
    if d.granularity != "year":
        return False
    head = doc.text[doc.words[d.w0].start:d.char_start]
    if head:
        return norm(head) in lex.period_prefixes
    before = d.w0 - 1
    return (before >= 0 and doc.text[doc.words[before].end:d.char_start].strip() == "("
            and before not in doc.party_at and before not in doc.date_at
            and before not in doc.candidates)


def _in_content(doc: Doc, d: Date) -> bool:
    """A date in the clause of a content verb ("تنص على ... بحلول نهاية عام 2011"): what a text
    says, not when an event is."""
    verbs = doc.find(doc.sentences[doc.sentence_of[d.w0]][0], d.w0, "content_verbs")
    return bool(verbs) and not any(doc.punct[k] for k in range(verbs[-1] + 2, d.w0 + 1))


def _after_blocker(doc: Doc, w0: int, lex: Lexicon) -> bool:
    if doc.has(w0, "day_parts"):
        return False  # "قبل ظهر اليوم"
    if w0 > 0 and doc.has(w0 - 1, "date_blockers") and doc.tags[w0 - 1].w1 == w0:
        return True
    return w0 > 1 and doc.has(w0 - 2, "date_blockers") and doc.tags[w0 - 2].w1 == w0
