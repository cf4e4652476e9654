"""The analysed document the extractor works on: words, sentences, cue tags, parties, dates.

Sentences are cut here on the normalised text (new lines and . ! ? ؟ ؛ followed by a space),
not taken from UDPipe, whose splitting at commas would cut clauses apart; UDPipe sentences
are only used for the ``sentence_index`` of the rows written.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from schemas import Timex
from waqai.events.actors import ActorMention, Gazetteer, Party, parties
from waqai.events.home import home_cues, home_mentions, home_state
from waqai.events.lexicon import Lexicon
from waqai.events.tree import Tree
from waqai.events.words import Word, words_of
from waqai.text.normalise import Normalised, normalise

_BOUNDARY = re.compile(r"\n|[.!?؟؛;]+(?=[\s\"'”»)\]]|$)")
_WRAP_MIN_LINES = 3  # lines continued on the next line that make a document hard-wrapped
_WRAP_MIN_WORDS = 4
_FINAL = ".!?؟:"
_CLAUSE_PUNCT = set("،,؛;:()[]")
_WORDS = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
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


@dataclass
class Doc:
    text: str
    nt: Normalised
    words: list[Word]
    published: dt.date | None
    sentence_of: list[int]  # word -> own sentence number
    sentences: list[tuple[int, int]]  # own sentences as word ranges
    title: list[bool]  # own sentence -> is a title/heading line
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
    date_at: dict[int, int] = field(default_factory=dict)  # word -> index of the date covering it
    tree: Tree | None = None  # UDPipe's dependency tree on the words, when there is a parse
    tree_dates: set[int] = field(default_factory=set)  # dates given to a trigger by the tree
    verb_tense: dict[int, str] = field(default_factory=dict)  # word -> tense of a lexicon verb
    candidates: list[int] = field(default_factory=list)  # words that may start a trigger
    _at: dict[str, list[int]] = field(default_factory=dict)  # cue category -> word positions

    def __post_init__(self):
        for i, t in enumerate(self.tags):
            if t is not None:
                for c in t.cats:
                    self._at.setdefault(c, []).append(i)

    def has(self, i: int, *cats: str) -> bool:
        if i < 0 or i >= len(self.tags):
            return False
        t = self.tags[i]
        if t is None:
            return False
        found = t.cats
        for c in cats:
            if c in found:
                return True
        return False

    def find(self, lo: int, hi: int, *cats: str) -> list[int]:
        """Word positions in ``[lo, hi)`` where a phrase of one of ``cats`` starts."""
        out: list[int] = []
        for c in cats:
            at = self._at.get(c)
            if at:
                out += at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]
        return sorted(set(out)) if len(cats) > 1 else out

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

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def span_text(self, w0: int, w1: int) -> str:
        return self.text[self.words[w0].start:self.words[w1 - 1].end]


def analyse(text: str, published: dt.date | None, lex: Lexicon, gaz: Gazetteer) -> Doc:
    """Words, own sentences, title lines, cue tags, home state and actor parties of ``text``."""
    nt = normalise(text)
    words = words_of(nt)
    sentence_of, sentences, title = _sentences(nt.text, words, lex.title_max_words)
    gap = [nt.text[(words[i - 1].nend if i else 0):w.nstart].strip() for i, w in enumerate(words)]
    tags: list[Tag | None] = [None] * len(words)
    verbs, nouns = lex.verbs, lex.nouns
    candidates = [i for i, w in enumerate(words) if verbs.starts(w) or nouns.starts(w)]
    for s in sorted({sentence_of[i] for i in candidates}):  # cues matter only around triggers
        s0, s1 = sentences[s]
        for i in range(s0, s1):
            m = lex.cues.match(words, i)
            if m is not None and not _blocked_cue(m.value, words, i, lex):
                tags[i] = Tag(m.value, m.w1)
    mentions = gaz.find(words, published)
    cues = home_cues()
    home = home_state(nt.text, words, mentions, cues)
    mentions = home_mentions(words, mentions, home, cues)
    ps = parties(mentions)
    party_at = {i: k for k, p in enumerate(ps) for i in range(p.w0, p.w1)}
    punct = [bool(_CLAUSE_PUNCT & set(g)) for g in gap]
    return Doc(text, nt, words, published, sentence_of, sentences, title, gap, tags, mentions,
               ps, party_at, [p.w0 for p in ps], punct, home, candidates=candidates)


def _blocked_cue(cats: frozenset[str], words: list[Word], i: int, lex: Lexicon) -> bool:
    """A cue word preceded by a word that changes its sense ("من أجل" is no postponement)."""
    before = lex.not_after.get(words[i].norm)
    return bool(before) and i > 0 and words[i - 1].norm in before


def _wrapped(ntext: str) -> bool:
    """A hard-wrapped text: most lines run on into the next one without a full stop."""
    lines = ntext.split("\n")
    runs = total = 0
    for line, nxt in zip(lines, lines[1:]):
        line = line.strip()
        if not line or not nxt.strip():
            continue
        total += 1
        if line[-1] not in _FINAL and len(line.split()) >= _WRAP_MIN_WORDS:
            runs += 1
    return runs >= _WRAP_MIN_LINES and runs * 2 > total


def _sentences(ntext: str, words: list[Word], title_max: int):
    """Word -> sentence number, sentences as word ranges, and which are title lines."""
    wrapped = _wrapped(ntext)
    cuts = [m.end() for m in _BOUNDARY.finditer(ntext)
            if not (wrapped and m.group() == "\n" and _runs_on(ntext, m.start()))]
    sentence_of, sentences = [], []
    k, start = 0, 0
    for i, w in enumerate(words):
        moved = False
        while k < len(cuts) and cuts[k] <= w.nstart:
            k += 1
            moved = True
        if moved and i > start:
            sentences.append((start, i))
            start = i
        sentence_of.append(len(sentences))
    if words:
        sentences.append((start, len(words)))
    if wrapped:
        return sentence_of, sentences, [False] * len(sentences)
    is_title: dict[int, bool] = {}  # line start -> the line is a title
    title = []
    for s0, _ in sentences:
        line_start = ntext.rfind("\n", 0, words[s0].nstart) + 1
        if line_start not in is_title:
            line_end = ntext.find("\n", line_start)
            line = ntext[line_start:line_end if line_end >= 0 else len(ntext)].strip()
            is_title[line_start] = (bool(line) and line[-1] not in _FINAL
                                    and len(_WORDS.findall(line)) <= title_max)
        title.append(is_title[line_start])
    return sentence_of, sentences, title


def _runs_on(ntext: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` continues on the next (no full stop, no gap)."""
    before = ntext[:newline].rstrip(" ")
    after = ntext[newline + 1:newline + 2]
    return bool(before) and before[-1] not in _FINAL and before[-1] != "\n" and after not in ("\n", "")


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
                 t.granularity, t.text, t.start_char, t.end_char)
        doc.dates.append(d)
        doc.date_at.update((w, d.k) for w in range(w0, w1) if w not in doc.party_at)
        if _dateline(doc.text, t.start_char, t.end_char) or _after_blocker(doc, w0, lex):
            doc.blocked.add(d.k)


def _dateline(text: str, start: int, end: int) -> bool:
    """A masthead or dateline date: alone on its line, or next to a clock time, dash or bar."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + " " + text[end:line_end]
    if not _ARABIC_LETTER.search(rest):
        return True
    return bool(_CLOCK.match(text[end:line_end]) or _BEFORE_DATELINE.search(text[line_start:start]))


def _after_blocker(doc: Doc, w0: int, lex: Lexicon) -> bool:
    if w0 > 0 and doc.has(w0 - 1, "date_blockers") and doc.tags[w0 - 1].w1 == w0:
        return True
    return w0 > 1 and doc.has(w0 - 2, "date_blockers") and doc.tags[w0 - 2].w1 == w0
