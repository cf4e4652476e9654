"""Tense of a text span from UDPipe features: the governing verb's aspect and future markers."""
from __future__ import annotations

import bisect
from typing import Callable, Sequence

from schemas import Token
from waqai.data import load_yaml
from waqai.text.normalise import norm


def _future_particles() -> set[str]:
    return {norm(w) for w in load_yaml("nlp/future_particles.yaml")["future_particles"]}


def _verb_tense(token: Token, previous: Token | None) -> str | None:
    feats = token.feats or ""
    if "Aspect=Perf" in feats:
        return "past"
    if "Aspect=Imp" in feats or "Mood=" in feats:
        particles = _future_particles()
        if previous is not None and norm(previous.form) in particles:
            return "future"
        glued = norm(token.surface) if token.surface != token.form else ""
        if any(glued.startswith(p) for p in particles):
            return "future"
        return "present"
    return None


def tense_resolver(tokens: Sequence[Token]) -> Callable[[int, int], str | None]:
    """A function (start, end) -> 'past' | 'future' | 'present' | None for one document.

    It walks up the dependency head chain from the token at ``start`` to the first verb
    outside the span, then falls back to the nearest verb before the span in the same
    sentence.
    """
    ordered = sorted(tokens, key=lambda t: (t.start_char, t.token_index))
    starts = [t.start_char for t in ordered]
    by_sentence: dict[int, dict[int, Token]] = {}
    for t in ordered:
        by_sentence.setdefault(t.sentence_index, {})[t.token_index] = t

    def previous_of(tok: Token) -> Token | None:
        return by_sentence[tok.sentence_index].get(tok.token_index - 1)

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
            if node.upos in ("VERB", "AUX") and not inside:
                tense = _verb_tense(node, previous_of(node))
                if tense:
                    return tense
            node = sentence.get(node.head)
        for cand in sorted(sentence.values(), key=lambda t: -t.token_index):
            if cand.start_char < start and cand.upos in ("VERB", "AUX"):
                tense = _verb_tense(cand, previous_of(cand))
                if tense:
                    return tense
        return None

    return resolve
