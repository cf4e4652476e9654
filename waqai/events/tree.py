"""UDPipe's dependency tree on the extractor's words, and the trigger a date depends on.

The tokenize stage's syntactic words (clitics split, one surface range for a multi-word
token) are mapped onto the document's words by character offset; a word's head is the word
of the head of its first syntactic word whose head lies outside it. A date belongs to a
trigger through the tree when the date's head word, or the word it depends on within a few
steps over nouns, is the trigger ("زار الوزير القاهرة يوم الأحد": يوم -> زار), or is a light
verb whose object or subject is the trigger ("أجرى الوزير يوم الأحد مباحثات"). A date whose
path first meets a verb that names no event (a reporting verb) belongs to no trigger.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from schemas import Token

MAX_STEPS = 3  # words climbed from a date's head towards its trigger
_NOMINAL = {"NOUN", "PROPN", "NUM", "ADJ", "ADP", "DET", "X"}
_LIGHT_ARGS = frozenset({"obj", "nsubj", "xcomp", "obl", "ccomp"})  # relations, subtypes aside


@dataclass(frozen=True, slots=True)
class Tree:
    head: list[int]  # word -> its head word, -1 for a root or a word no token covers
    upos: list[str | None]
    deprel: list[str | None]
    feats: list[str | None]
    dependents: dict[int, list[int]]


def word_tree(words, tokens: list[Token]) -> Tree | None:
    """The tree over ``words`` (objects with ``start``/``end``), or None without a parse."""
    if not tokens or not any(t.head is not None for t in tokens):
        return None
    word_at = _token_words(words, tokens)
    # a token's key: no two tokens of a document share their sentence and token index
    at = {(t.sentence_index, t.token_index): w for t, w in zip(tokens, word_at)}
    n = len(words)
    head, upos, deprel, feats = [-1] * n, [None] * n, [None] * n, [None] * n
    for t, w in zip(tokens, word_at):
        if w < 0 or deprel[w] is not None:
            continue
        h = at.get((t.sentence_index, t.head), -1) if t.head else -1
        if h == w:
            continue  # a clitic depending on its own word
        head[w], upos[w], deprel[w], feats[w] = h, t.upos, t.deprel or "", t.feats
    for t, w in zip(tokens, word_at):  # words whose syntactic words all depend inside them
        if w >= 0 and upos[w] is None:  # keep their tag
            upos[w] = t.upos
    dependents: dict[int, list[int]] = {}
    for w, h in enumerate(head):
        if h >= 0:
            dependents.setdefault(h, []).append(w)
    return Tree(head, upos, deprel, feats, dependents)


def _token_words(words, tokens: list[Token]) -> list[int]:
    """The word each token lies in, -1 for none."""
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    n = len(words)
    out = []
    for t in tokens:
        start, end = t.start_char, t.end_char
        k = bisect.bisect_right(starts, start) - 1
        if k < 0 or starts[k] >= end or start >= ends[k]:
            k += 1  # a token starting before the word's letters (a punctuation prefix)
            if k >= n or starts[k] >= end:
                k = -1
        out.append(k)
    return out


def trigger_of_date(tree: Tree, w0: int, w1: int, trigger_at: dict[int, int]) -> int | None:
    """The trigger (a value of ``trigger_at``: word -> trigger) the date ``[w0, w1)`` depends on."""
    heads = [tree.head[w] for w in range(w0, w1) if not w0 <= tree.head[w] < w1]
    g = next((h for h in heads if h >= 0), -1)
    for _ in range(MAX_STEPS):
        if g < 0:
            return None
        if g in trigger_at:
            return trigger_at[g]
        if tree.upos[g] in ("VERB", "AUX"):
            light = [d for d in tree.dependents.get(g, ()) if d in trigger_at
                     and (tree.deprel[d] or "").split(":")[0] in _LIGHT_ARGS]
            return trigger_at[light[0]] if light else None
        if tree.upos[g] not in _NOMINAL:
            return None
        g = tree.head[g]
    return None


def governing_aspect(tree: Tree, w: int, reports=lambda w: False) -> str | None:
    """'past' or 'present': the aspect of the first verb at or above word ``w``; None when
    that verb reports (``reports(word)``): "أعلن الزيارة" tells nothing of the visit."""
    seen = set()
    while w >= 0 and w not in seen:
        seen.add(w)
        if tree.upos[w] in ("VERB", "AUX"):
            if reports(w):
                return None
            feats = tree.feats[w] or ""
            if "Aspect=Perf" in feats:
                return "past"
            if "Aspect=Imp" in feats:
                return "present"
        w = tree.head[w]
    return None
