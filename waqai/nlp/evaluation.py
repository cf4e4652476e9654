"""Score a UDPipe model on gold CoNLL-U starting from raw text (CoNLL 2018 shared-task style).

The model is given the gold sentences' surface text (tokens joined by a space unless
``SpaceAfter=No``; sentences joined by one space) and tokenizes, segments, tags and parses it
itself. System tokens carry ``TokenRange`` offsets into that text, so gold and system tokens are
compared by character span:

- tokens, sentences: F1 over exact (start, end) spans;
- words (syntactic words): spans of words outside multi-word tokens must match exactly; words
  inside a multi-word token are aligned by the longest common subsequence of their lowercased
  forms within the group of overlapping tokens;
- UPOS, lemma, UAS, LAS: F1 over aligned words (correct / gold words, correct / system words).
  Lemmas are compared after removing Arabic diacritics (Unicode category Mn: harakat, shadda,
  sukun, superscript alef) from both sides, because the treebank's lemmas are written without
  them and other treebanks' (e.g. PUD) with them. LAS compares the universal part of DEPREL
  (before ':'); UAS/LAS count a head as correct when both heads are the root or are aligned.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from waqai.nlp import conllu
from waqai.text.sentences import presegmented

METRICS = ("tokens", "sentences", "words", "upos", "lemma", "uas", "las")
_TOKEN_RANGE = re.compile(r"TokenRange=(\d+):(\d+)")


@dataclass(frozen=True)
class Score:
    """``correct`` out of ``gold`` gold items and ``system`` system items."""

    correct: int
    gold: int
    system: int

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.system
        return 2 * self.correct / total if total else 0.0

    def as_dict(self) -> dict:
        """Counts and percentages rounded to 2 decimals (stable across runs for identical counts)."""
        return {
            "correct": self.correct, "gold": self.gold, "system": self.system,
            "precision": round(100 * self.precision, 2), "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
        }


@dataclass(frozen=True)
class Word:
    """A syntactic word with its token's character span and its head as a word index (-1: root)."""

    span: tuple[int, int]
    multiword: bool
    form: str
    lemma: str
    upos: str
    head: int
    deprel: str


def strip_diacritics(text: str) -> str:
    """``text`` without combining marks (Arabic harakat, shadda, sukun, superscript alef...)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def raw_text(sentences: list[conllu.Sentence]) -> str:
    """The document a model is given: each sentence's surface text, joined by one space."""
    return " ".join(s.surface_text() for s in sentences)


def _token_spans(sentences: list[conllu.Sentence]) -> list[list[tuple[int, int]]]:
    """Per sentence, the span of each token: its ``TokenRange`` if any, else from ``raw_text``."""
    spans, offset = [], 0
    for s in sentences:
        row_spans = []
        for row in s.tokens:
            m = _TOKEN_RANGE.search(row[9])
            row_spans.append((int(m.group(1)), int(m.group(2))) if m else (offset, offset + len(row[1])))
            offset += len(row[1]) + (0 if conllu.space_after_no(row) else 1)
        spans.append(row_spans)
        offset = offset if s.tokens and not conllu.space_after_no(s.tokens[-1]) else offset + 1
    return spans


def _words(sentences: list[conllu.Sentence], spans: list[list[tuple[int, int]]]) -> list[Word]:
    words: list[Word] = []
    for s, token_spans in zip(sentences, spans):
        base = len(words)
        span_of: dict[str, tuple[tuple[int, int], bool]] = {}
        for row, span in zip(s.tokens, token_spans):
            first, _, last = row[0].partition("-")
            for wid in range(int(first), int(last or first) + 1):
                span_of[str(wid)] = (span, bool(last))
        for w in s.words:
            span, multiword = span_of[w[0]]
            head = int(w[6]) if w[6].isdigit() else 0
            words.append(Word(span, multiword, w[1], w[2], w[3], base + head - 1 if head else -1,
                              w[7].split(":")[0]))
    return words


def _lcs_pairs(gold: list[Word], system: list[Word], gs: int, ss: int) -> list[tuple[int, int]]:
    """Index pairs of words with equal lowercased forms along a longest common subsequence."""
    g = [w.form.lower() for w in gold]
    s = [w.form.lower() for w in system]
    table = [[0] * (len(s) + 1) for _ in range(len(g) + 1)]
    for i in range(len(g) - 1, -1, -1):
        for j in range(len(s) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if g[i] == s[j] else max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < len(g) and j < len(s):
        if g[i] == s[j]:
            pairs.append((gs + i, ss + j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def align(gold: list[Word], system: list[Word]) -> dict[int, int]:
    """Map gold word index -> aligned system word index."""
    pairs: list[tuple[int, int]] = []
    gi = si = 0
    while gi < len(gold) and si < len(system):
        g, s = gold[gi], system[si]
        if g.multiword or s.multiword:
            # the group of words whose tokens overlap the multi-word token(s), in text order
            if not s.multiword and s.span[0] < g.span[0]:
                si += 1  # a plain word before the group aligns with nothing
                continue
            if not g.multiword and g.span[0] < s.span[0]:
                gi += 1
                continue
            end = max(w.span[1] for w in (g, s) if w.multiword)
            gs, ss = gi, si
            while (gi < len(gold) and gold[gi].span[0] < end) or (si < len(system) and system[si].span[0] < end):
                take_gold = gi < len(gold) and (si >= len(system) or gold[gi].span[0] <= system[si].span[0])
                word = gold[gi] if take_gold else system[si]
                end = max(end, word.span[1])
                gi, si = (gi + 1, si) if take_gold else (gi, si + 1)
            pairs += _lcs_pairs(gold[gs:gi], system[ss:si], gs, ss)
        elif g.span == s.span:
            pairs.append((gi, si))
            gi, si = gi + 1, si + 1
        elif g.span[0] <= s.span[0]:
            gi += 1
        else:
            si += 1
    return dict(pairs)


def _span_score(gold: set, system: set) -> Score:
    return Score(len(gold & system), len(gold), len(system))


def score(gold: list[conllu.Sentence], system: list[conllu.Sentence]) -> dict[str, Score]:
    """All metrics of ``system`` against ``gold`` (both describing the same raw text)."""
    gold_spans, system_spans = _token_spans(gold), _token_spans(system)
    gold_words, system_words = _words(gold, gold_spans), _words(system, system_spans)
    alignment = align(gold_words, system_words)

    def sentence_spans(spans):
        return {(t[0][0], t[-1][1]) for t in spans if t}

    def count(correct) -> Score:
        return Score(sum(1 for g, s in alignment.items() if correct(gold_words[g], system_words[s])),
                     len(gold_words), len(system_words))

    def head_ok(g: Word, s: Word) -> bool:
        if g.head == -1 or s.head == -1:
            return g.head == s.head
        return alignment.get(g.head) == s.head

    return {
        "tokens": _span_score({t for spans in gold_spans for t in spans},
                              {t for spans in system_spans for t in spans}),
        "sentences": _span_score(sentence_spans(gold_spans), sentence_spans(system_spans)),
        "words": Score(len(alignment), len(gold_words), len(system_words)),
        "upos": count(lambda g, s: g.upos == s.upos),
        "lemma": count(lambda g, s: strip_diacritics(g.lemma) == strip_diacritics(s.lemma)),
        "uas": count(lambda g, s: head_ok(g, s)),
        "las": count(lambda g, s: head_ok(g, s) and g.deprel == s.deprel),
    }


SEGMENTATIONS = ("waqai", "udpipe")  # the project's sentences (as the pipeline) or UDPipe's


def annotate(model_path: str | Path, text: str, segmentation: str = "waqai") -> list[conllu.Sentence]:
    """Tokenize (with ``TokenRange`` offsets), tag and parse raw ``text`` with a UDPipe model,
    on the project's sentences (:mod:`waqai.text.sentences`) or on UDPipe's own."""
    import ufal.udpipe as udpipe

    if segmentation not in SEGMENTATIONS:
        raise ValueError(f"unknown segmentation {segmentation!r}: one of {', '.join(SEGMENTATIONS)}")
    model = udpipe.Model.load(str(model_path))
    if model is None:
        raise ValueError(f"cannot load UDPipe model {model_path}")
    own = segmentation == "waqai"
    pipeline = udpipe.Pipeline(model, "tokenizer=presegmented;ranges" if own else "tokenizer=ranges",
                               udpipe.Pipeline.DEFAULT, udpipe.Pipeline.DEFAULT, "conllu")
    error = udpipe.ProcessingError()
    output = pipeline.process(presegmented(text) if own else text, error)
    if error.occurred():
        raise RuntimeError(f"UDPipe failed on {model_path}: {error.message}")
    return conllu.parse(output)


def evaluate(model_path: str | Path, gold: list[conllu.Sentence],
             segmentation: str = "waqai") -> dict[str, Score]:
    """Scores of the model at ``model_path`` on the raw text of ``gold``."""
    return score(gold, annotate(model_path, raw_text(gold), segmentation))
