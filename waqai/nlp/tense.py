"""Tense, worked out in one place from one word list (``waqai/data/nlp/tense.yaml``).

The file declares each tense word class once (future, present and past cues, "was scheduled",
negation, clause boundaries, the letters that check the parser's aspect); a cue word lists the
positions where it counts (``sentence``: a date's surface cue; ``before`` / ``after`` /
``governor``: an event's status cue around its trigger; ``earlier``: an act told as earlier).
The dates finder reads the parse and the ``sentence`` cues through the functions below; the
events read :func:`event_cues` and :func:`future_verb` (``waqai/events/status.py``).

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
- :func:`event_cues`: the events' status cue lists, by class and position.
- :func:`future_verb`: whether a reading (proclitic, stem) of a word is a listed present verb
  with the future prefix ("سيصل"), for callers with their own verb lists (the events).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter
from typing import Annotated, Callable, Iterable, Literal, Sequence

from pydantic import Field, ValidationError

from schemas import Token
from waqai.data import DataError, Forms, StrictData, load_yaml, surface_index
from waqai.nlp.glued import future_prefix
from waqai.text.normalise import norm

_LETTER = r"[^\W\d_]"
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WINDOW = 160  # characters read on each side of a span, at most
_PLAN_REACH = 160  # characters before a span read for a future cue (sentence start at most)
_MIN_FLIPPED = 4  # letters a perfect-tagged form needs to be read as imperfect by its prefix
_FILE = "waqai/data/nlp/tense.yaml"  # as error messages name it
_TEXT_ORDER = attrgetter("start_char", "token_index")  # tokens in text order

Tense = Literal["past", "present", "future"]
Position = Literal["sentence", "before", "after", "governor", "earlier"]
CUE_CLASSES = ("future", "present", "past")
EVENT_POSITIONS = ("before", "after", "governor", "earlier")  # the positions the events read
EVENT_CLASSES = ("past_plan", "negation", "complementizers", "clause_openers")  # ... and lists
# The tense a surface cue gives a date: a present verb ("يبدأ") puts it ahead.
_SURFACE_TENSE = {"future": "future", "present": "future", "past": "past"}


class CueGroup(StrictData):
    """Words of one cue class that count at the same positions."""

    at: Annotated[list[Position], Field(min_length=1)]
    words: Forms


class TenseWords(StrictData):
    """The shape of ``nlp/tense.yaml`` (unknown keys are an error); forms normalised."""

    future: list[CueGroup]
    present: list[CueGroup]
    past: list[CueGroup]
    past_plan: Forms
    negation: Forms
    complementizers: Forms
    clause_openers: Forms
    clause_verb_prefixes: Forms
    future_particles: Forms
    past_particles: Forms
    proclitics: list[Forms]
    imperfect_only: Forms
    not_verbs: Forms
    name_links: Forms
    dependent_after: Forms

    def cue_words(self, cls: str, at: Position) -> tuple[str, ...]:
        """The words of cue class ``cls`` that count at position ``at``."""
        return tuple(w for group in getattr(self, cls) if at in group.at for w in group.words)


def _normalised(value):
    """``value`` with every form normalised (spaces collapsed), nested lists and groups too."""
    if isinstance(value, str):
        return " ".join(norm(value).split())
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "at" else _normalised(v) for k, v in value.items()}
    return value


def parse_words(raw: object) -> TenseWords:
    """The content of a tense file, validated and normalised; a bad file raises
    :class:`DataError` naming it: an unknown key, a missing one, a form listed twice in one
    class, or a form that is a ``sentence`` cue of two classes."""
    try:
        data = TenseWords.model_validate(_normalised(raw))
    except ValidationError as exc:
        raise DataError(f"{_FILE}: {exc}") from None
    for cls in CUE_CLASSES:
        surface_index({f"{cls}[{i}]": g.words for i, g in enumerate(getattr(data, cls))}, _FILE)
    surface_index({cls: data.cue_words(cls, "sentence") for cls in CUE_CLASSES}, _FILE)
    return data


@lru_cache(maxsize=None)
def words() -> TenseWords:
    """The project's tense words (``nlp/tense.yaml``), loaded once per process."""
    return parse_words(load_yaml("nlp/tense.yaml"))


def event_cues() -> dict[str, tuple[str, ...]]:
    """The events' cue lists: ``<class>_<position>`` for each cue class and position the
    events read (``future_before``, ``past_after``, ``present_governor``...), and the lists of
    ``EVENT_CLASSES``."""
    w = words()
    lists = {f"{cls}_{at}": w.cue_words(cls, at) for cls in CUE_CLASSES for at in EVENT_POSITIONS}
    return lists | {cls: tuple(getattr(w, cls)) for cls in EVENT_CLASSES}


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _conjunctions() -> str:
    """The conjunctions glued before a word (the outer layer of ``proclitics``: و، ف), as the
    letters of a regex class."""
    return "".join(map(re.escape, words().proclitics[0]))


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern, dict[str, str], frozenset]:
    w = words()
    roles = {form: _SURFACE_TENSE[cls] for cls in CUE_CLASSES
             for form in w.cue_words(cls, "sentence")}
    conj = _conjunctions()
    # (a cue starts with و/ف or its first letter: tested first, that fails at once elsewhere)
    first = "".join(sorted({re.escape(form[0]) for form in roles} | set(conj)))
    word_re = re.compile(rf"(?=[{first}])(?<!{_LETTER})[{conj}]?(?P<cue>{_alternation(roles)})"
                         rf"(?!{_LETTER})")
    glued = future_prefix()
    prefix = "".join(map(re.escape, glued.prefix))
    imperfect = "".join(map(re.escape, glued.imperfect_prefixes))
    prefix_re = re.compile(rf"(?=[{conj}{prefix}])(?<!{_LETTER})[{conj}]?"
                           rf"(?P<cue>[{prefix}][{imperfect}]{_LETTER}{{2,}})")
    return word_re, prefix_re, roles, frozenset(glued.not_verbs)


def _cue_matches(text: str, lo: int, hi: int):
    """(position, end, role) of every tense cue in ``text[lo:hi]``."""
    word_re, prefix_re, roles, excluded = _cues()
    for m in word_re.finditer(text, lo, hi):
        yield m.start(), m.end(), roles[" ".join(m.group("cue").split())]
    for m in prefix_re.finditer(text, lo, hi):
        if m.group("cue") not in excluded:
            yield m.start(), m.end(), "future"


def _complementizer_form() -> str:
    """A complementizer ("أن"، "إن"، "بأن" ...), a conjunction allowed before it."""
    return rf"[{_conjunctions()}]?(?:{_alternation(words().complementizers)})(?!{_LETTER})"


@lru_cache(maxsize=None)
def _complementizer() -> re.Pattern:
    """A complementizer right at a position, after a comma or not."""
    return re.compile(rf"\s*[،,]?\s*{_complementizer_form()}")


@lru_cache(maxsize=None)
def _complementizer_word() -> re.Pattern:
    """A complementizer word anywhere."""
    return re.compile(rf"(?<!{_LETTER}){_complementizer_form()}")


def complementizer_in(text: str, lo: int, hi: int) -> bool:
    """Whether a complementizer ("أن"، "إن"، "بأن" ...) stands in ``text[lo:hi]``."""
    return _complementizer_word().search(text, lo, hi) is not None


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
    conj = _conjunctions()
    return re.compile(rf"(?<!{_LETTER})(?:[{conj}]?(?:{ends})(?!{_LETTER})|"
                      rf"(?!(?:{names})(?!{_LETTER}))[{conj}]?[{prefixes}]{_LETTER}{{2,}})")


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
    particles = _future_particles()
    return any(prep in particles and stem in present_verbs for prep, stem in readings)


@lru_cache(maxsize=None)
def _future_particles() -> frozenset[str]:
    """The future particles: the words ("سوف") and the prefix glued to the verb ("سـ")."""
    return frozenset(words().future_particles) | frozenset(future_prefix().prefix)


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
    if imperfect and stem[:1] not in future_prefix().imperfect_prefixes:
        return "past"  # no imperfect prefix: a perfect ("حرص")
    if "Aspect=Perf" in feats and not (stem[:1] in w.imperfect_only
                                       and len(stem) >= _MIN_FLIPPED):
        return "past"
    if not (imperfect or "Aspect=Perf" in feats):
        return None
    if previous is not None and norm(previous.form) in w.past_particles:
        return "past"  # "لم يذكر"
    particles = _future_particles()
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
    dependent = [phrase.split() for phrase in words().dependent_after]

    @lru_cache(maxsize=None)
    def tables() -> tuple[list[Token], list[int], dict[int, dict[int, Token]]]:
        """The tokens in text order, their starts, and each sentence's tokens by index: built
        at the first question (most documents ask none)."""
        ordered = sorted(tokens, key=_TEXT_ORDER)
        by_sentence: dict[int, dict[int, Token]] = {}
        for t in ordered:
            by_sentence.setdefault(t.sentence_index, {})[t.token_index] = t
        return ordered, [t.start_char for t in ordered], by_sentence

    def tense_of(tok: Token, sentence: dict[int, Token]) -> str | None:
        if tok.upos not in ("VERB", "AUX") or no_verb is not None and no_verb(tok.form):
            return None
        before = [norm(t.form) for k in range(tok.token_index - 3, tok.token_index)
                  if (t := sentence.get(k)) is not None]
        if any(before[-len(phrase):] == phrase for phrase in dependent):
            return None  # its clause's tense: the head chain goes on
        return _verb_tense(tok, sentence.get(tok.token_index - 1),
                           sentence.get(tok.token_index + 1))

    def resolve(start: int, end: int) -> str | None:
        ordered, starts, by_sentence = tables()
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
            tense = None if inside else tense_of(node, sentence)
            if tense:
                return tense
            node = sentence.get(node.head)
        for cand in sorted(sentence.values(), key=lambda t: -t.token_index):
            if cand.start_char < start and (tense := tense_of(cand, sentence)):
                return tense
        return None

    return resolve
