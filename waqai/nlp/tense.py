"""Tense, worked out in one place from one word list (``waqai/data/nlp/tense.yaml``).

- :func:`tense_resolver`: the tense of a span from the UDPipe parse -- the aspect of the verb
  governing it (its head chain), else of the nearest verb before it in its sentence; the parse's
  aspect is checked against the verb's letters, and words that are no verbs are skipped.
- :func:`surface_tense`: a guess from cue words when the parse gives none: future words (سوف،
  من المقرر...), past words (قال، أمس...) and verbs with the future prefix س (سيصل); the cue
  nearest to the span within its sentence decides, one before it winning a tie.
- :func:`future_before`: whether the last cue before a span is a future one (a plan word or a
  future verb: "رحلته المقررة يومي الاثنين والثلاثاء").
- :func:`clause_before`: the cue of the reporting verb whose clause a span closes ("ذكرت
  الوزارة، الأربعاء، أن ...").
- :func:`past_in_clause`: whether a past cue governs a span in its clause ("اجتمع الرئيس
  الخميس").
- :func:`future_verb`: whether a reading (proclitic, stem) of a word is a listed present verb
  with the future prefix ("سيصل"), for callers with their own verb lists (the events).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterable, Literal, Sequence

from pydantic import BaseModel, ConfigDict

from schemas import Token
from waqai.data import load_yaml, surface_index
from waqai.text.normalise import norm

_LETTER = r"[^\W\d_]"
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WINDOW = 160  # characters read on each side of a span, at most
_PLAN_REACH = 160  # characters before a span read for a future cue (sentence start at most)
_MIN_FLIPPED = 4  # letters a perfect-tagged form needs to be read as imperfect by its prefix

Tense = Literal["past", "present", "future"]


class _Words(BaseModel):
    """The shape of ``nlp/tense.yaml`` (unknown keys are an error)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    future: list[str]
    past: list[str]
    complementizers: list[str]
    clause_openers: list[str]
    clause_verb_prefixes: list[str]
    plan: list[str]
    future_prefix_exclude: list[str]
    future_particles: list[str]
    proclitics: list[list[str]]
    imperfect_prefixes: list[str]
    imperfect_only: list[str]
    not_verbs: list[str]
    name_links: list[str]


@lru_cache(maxsize=None)
def words() -> _Words:
    raw = _Words(**load_yaml("nlp/tense.yaml"))
    return _Words(**{k: [[norm(w) for w in x] if isinstance(x, list) else " ".join(norm(x).split())
                         for x in v] for k, v in raw})


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern, dict[str, str], frozenset]:
    w = words()
    roles = {form: "future" if role == "plan" else role
             for role in ("plan", "future", "past")
             for form in surface_index({role: getattr(w, role)}, f"tense.yaml {role}")}
    word_re = re.compile(rf"(?<!{_LETTER})[وف]?(?P<cue>{_alternation(roles)})(?!{_LETTER})")
    prefix_re = re.compile(rf"(?<!{_LETTER})[وف]?(?P<cue>س[يتنا]{_LETTER}{{2,}})")
    return word_re, prefix_re, roles, frozenset(w.future_prefix_exclude)


def _cue_matches(text: str, lo: int, hi: int):
    """(position, end, role) of every tense cue in ``text[lo:hi]``."""
    word_re, prefix_re, roles, excluded = _cues()
    for m in word_re.finditer(text, lo, hi):
        yield m.start(), m.end(), roles[" ".join(m.group("cue").split())]
    for m in prefix_re.finditer(text, lo, hi):
        if m.group("cue") not in excluded:
            yield m.start(), m.end(), "future"


@lru_cache(maxsize=None)
def _complementizer() -> re.Pattern:
    return re.compile(rf"\s*[،,]?\s*[وف]?(?:{_alternation(words().complementizers)})(?!{_LETTER})")


def clause_before(text: str, start: int, end: int) -> str | None:
    """'past' / 'future' for a span that closes the clause of a reporting verb before it -- a
    complementizer follows it ("ذكرت الوزارة، الأربعاء، أن الوزير سيجري"): the last tense cue
    before the span in its sentence; None otherwise (no complementizer, no cue)."""
    if _complementizer().match(text, end) is None:
        return None
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    last = max(_cue_matches(text, cut[-1] if cut else lo, start), default=None)
    return None if last is None else last[2]


@lru_cache(maxsize=None)
def _clause_end() -> re.Pattern:
    """A word that ends the clause of a cue before it: a complementizer, a clause opener, or a
    word that may be a verb of its own (``clause_verb_prefixes``, not a listed non-verb)."""
    w = words()
    ends = _alternation(w.complementizers + w.clause_openers)
    prefixes = "".join(w.clause_verb_prefixes)
    names = _alternation(w.not_verbs)
    return re.compile(rf"(?<!{_LETTER})(?:[وف]?(?:{ends})(?!{_LETTER})|(?!(?:{names})(?!{_LETTER}))"
                      rf"[وف]?[{prefixes}]{_LETTER}{{2,}})")


def past_in_clause(text: str, start: int) -> bool:
    """Whether the last tense cue before ``start`` in its sentence is a past one that no clause
    end separates from it ("اجتمع الرئيس الفلسطيني محمود عباس الخميس": past; "التقى نظيره أمس
    ويزور باريس الأحد": not)."""
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    last = max(_cue_matches(text, lo, start), default=None)
    return (last is not None and last[2] == "past"
            and _clause_end().search(text, last[1], start) is None)


def future_before(text: str, start: int) -> bool:
    """Whether the last tense cue in the ``_PLAN_REACH`` characters before ``start`` (same
    sentence) is a future one: a plan word ("رحلته المقررة يومي الاثنين والثلاثاء") or a future
    verb ("سيزورها الإثنين"). The plan's date is to come, whatever the verb that reports it."""
    lo = max(0, start - _PLAN_REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    last = max(_cue_matches(text, cut[-1] if cut else lo, start), default=None)
    return last is not None and last[2] == "future"


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` (cut at ``_WINDOW`` characters on each side)."""
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = cut[-1] if cut else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return s, (m.start() if m else min(len(text), end + _WINDOW))


def surface_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the span ``[start, end)`` of a normalised ``text``."""
    s, e = sentence_span(text, start, end)
    best: tuple[int, int, str] | None = None
    for at, to, role in _cue_matches(text, s, e):
        if at < end and start < to:
            continue
        after = at >= end
        key = (at - end if after else start - to, int(after), role)
        best = key if best is None or key < best else best
    return None if best is None else best[2]


def future_verb(readings: Iterable[tuple[str, str]], present_verbs: frozenset[str]) -> bool:
    """Whether one (proclitic, stem) reading of a word is a verb of ``present_verbs`` after a
    glued future particle ("سيصل")."""
    particles = words().future_particles
    return any(prep in particles and stem in present_verbs for prep, stem in readings)


def _stem(form: str) -> str:
    """``form`` without its proclitics (at most one of each layer, outer first)."""
    n = norm(form)
    for layer in words().proclitics:
        if n[:1] in layer and len(n) > 3:
            n = n[1:]
    return n


def _verb_tense(token: Token, previous: Token | None, following: Token | None) -> str | None:
    """'past' / 'present' / 'future' of a verb token, None when it is no verb."""
    w = words()
    if norm(token.surface or token.form) in w.not_verbs or norm(token.form) in w.not_verbs:
        return None
    if following is not None and norm(following.form) in w.name_links:
        return None  # a name the parser took for a verb ("تميم بن حمد")
    feats = token.feats or ""
    stem = _stem(token.form)
    imperfect = "Aspect=Imp" in feats or "Mood=" in feats
    if imperfect and stem[:1] not in w.imperfect_prefixes:
        return "past"  # no imperfect prefix: a perfect ("حرص")
    if "Aspect=Perf" in feats and not (stem[:1] in w.imperfect_only
                                       and len(stem) >= _MIN_FLIPPED):
        return "past"
    if not (imperfect or "Aspect=Perf" in feats):
        return None
    particles = w.future_particles
    if previous is not None and norm(previous.form) in particles:
        return "future"
    glued = norm(token.surface) if token.surface != token.form else ""
    return "future" if any(glued.startswith(p) for p in particles) else "present"


def tense_resolver(tokens: Sequence[Token], no_verb: Callable[[str], bool] | None = None,
                   ) -> Callable[[int, int], str | None]:
    """A function (start, end) -> 'past' | 'future' | 'present' | None for one document.

    It walks up the dependency head chain from the token at ``start`` to the first verb
    outside the span, then falls back to the nearest verb before the span in the same
    sentence. ``no_verb(form)`` names more words that are no verbs whatever their tag (the
    dates' month and weekday names).
    """
    ordered = sorted(tokens, key=lambda t: (t.start_char, t.token_index))
    starts = [t.start_char for t in ordered]
    by_sentence: dict[int, dict[int, Token]] = {}
    for t in ordered:
        by_sentence.setdefault(t.sentence_index, {})[t.token_index] = t

    def tense_of(tok: Token) -> str | None:
        if tok.upos not in ("VERB", "AUX") or no_verb is not None and no_verb(tok.form):
            return None
        sentence = by_sentence[tok.sentence_index]
        return _verb_tense(tok, sentence.get(tok.token_index - 1),
                           sentence.get(tok.token_index + 1))

    def resolve(start: int, end: int) -> str | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0:
            return None
        tok = ordered[i]
        sentence = by_sentence[tok.sentence_index]
        seen = set()
        node = tok
        while node is not None and node.token_index not in seen:
            seen.add(node.token_index)
            inside = start <= node.start_char < end  # a weekday tagged as a verb ("السبت")
            tense = None if inside else tense_of(node)
            if tense:
                return tense
            node = sentence.get(node.head)
        for cand in sorted(sentence.values(), key=lambda t: -t.token_index):
            if cand.start_char < start and (tense := tense_of(cand)):
                return tense
        return None

    return resolve
