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
_PLAN_REACH = 30  # characters before a timex read for a plan word


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    tense = lexicon().tense
    words = {form: role for role in ("future", "past") for form in tense[role]}
    word_re = re.compile(rf"(?<!{LETTER})[وف]?(?P<cue>{trie_regex(words)})(?!{LETTER})")
    prefix_re = re.compile(rf"(?<!{LETTER})[وف]?(?P<cue>س[يتنا]{LETTER}{{2,}})")
    return word_re, prefix_re


@lru_cache(maxsize=None)
def _roles() -> dict[str, str]:
    tense = lexicon().tense
    return {form: role for role in ("future", "past") for form in tense[role]}


@lru_cache(maxsize=None)
def _excluded() -> frozenset:
    return frozenset(lexicon().tense["future_prefix_exclude"])


@lru_cache(maxsize=None)
def _plan() -> re.Pattern:
    """A plan word ending the text before a timex, at most one word between: "رحلته المقررة
    يومي ..."، "المقرر عقده الثلاثاء"."""
    forms = trie_regex(lexicon().tense["plan"])
    return re.compile(rf"(?<!{LETTER})(?:{forms})(?:\s+{LETTER}+)?\s+$")


def plan_before(text: str, start: int) -> bool:
    """Whether a plan word (tense.yaml ``plan``) stands just before ``start``: the plan's date
    is to come, even under a past verb ("ألغى رحلته المقررة يومي الاثنين والثلاثاء")."""
    return _plan().search(text, max(0, start - _PLAN_REACH), start) is not None


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
