"""A surface guess of a sentence's tense, used when the caller gives no parser-based tense.

Cues come from ``waqai/data/dates/tense.yaml``: future words (سوف، من المقرر، يعتزم...), past
words (قال، أعلن، التقى، أمس...) and imperfect verbs with the future prefix س (سيصل، ستعقد),
except listed ordinary words that start the same way (سياسة، سيارة، سنة...). The cue nearest to
the timex within its sentence decides; a cue before the timex wins a tie.
"""
from __future__ import annotations

import re
from functools import lru_cache

from waqai.dates.lexicon import LETTER, lexicon, trie_regex

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WINDOW = 160  # characters read on each side of the timex, at most
_PLAN_REACH = 160  # characters before a timex read for a future cue (sentence start at most)


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    words = _roles()
    word_re = re.compile(rf"(?<!{LETTER})[وف]?(?P<cue>{trie_regex(words)})(?!{LETTER})")
    prefix_re = re.compile(rf"(?<!{LETTER})[وف]?(?P<cue>س[يتنا]{LETTER}{{2,}})")
    return word_re, prefix_re


@lru_cache(maxsize=None)
def _roles() -> dict[str, str]:
    tense = lexicon().tense
    return {form: "future" if role == "plan" else role
            for role in ("plan", "future", "past") for form in tense[role]}


@lru_cache(maxsize=None)
def _excluded() -> frozenset:
    return frozenset(lexicon().tense["future_prefix_exclude"])


def future_before(text: str, start: int) -> bool:
    """Whether the last tense cue in the ``_PLAN_REACH`` characters before ``start`` (same
    sentence) is a future one: a plan word ("رحلته المقررة يومي الاثنين والثلاثاء", "من المقرر
    أن تزور ... الاثنين") or a future verb ("سيزورها الإثنين"). The plan's date is to come,
    whatever the verb that cancels or reports it (ألغى، كان)."""
    word_re, prefix_re = _cues()
    roles, excluded = _roles(), _excluded()
    lo = max(0, start - _PLAN_REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    last: tuple[int, str] | None = None
    for m in word_re.finditer(text, lo, start):
        last = max(last or (-1, ""), (m.start(), roles[" ".join(m.group("cue").split())]))
    for m in prefix_re.finditer(text, lo, start):
        if m.group("cue") not in excluded:
            last = max(last or (-1, ""), (m.start(), "future"))
    return last is not None and last[1] == "future"


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` (cut at ``_WINDOW`` characters on each side)."""
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = cut[-1] if cut else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return s, (m.start() if m else min(len(text), end + _WINDOW))


def surface_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the timex at ``[start, end)`` of the normalised ``text``."""
    word_re, prefix_re = _cues()
    roles = _roles()
    excluded = _excluded()
    s, e = sentence_span(text, start, end)
    best: tuple[int, int, str] | None = None
    for pattern in (word_re, prefix_re):
        for m in pattern.finditer(text, s, e):
            if m.start() < end and start < m.end():
                continue
            if pattern is prefix_re and m.group("cue") in excluded:
                continue
            role = roles[" ".join(m.group("cue").split())] if pattern is word_re else "future"
            after = m.start() >= end
            distance = m.start() - end if after else start - m.end()
            key = (distance, int(after), role)
            if best is None or key < best:
                best = key
    return None if best is None else best[2]
