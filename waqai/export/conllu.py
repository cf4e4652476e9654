"""The tokens table as UD CoNLL-U: one ``# newdoc id`` per document, one sentence per row of
``sentences``, multiword token ranges for clitics, ``SpaceAfter=No`` between touching tokens.

MISC carries ``TokenRange=start:end`` (UDPipe's own key) on every surface token and on every
word with a range of its own, so each still indexes the original document text.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby

from waqai.nlp.conllu import Sentence, to_conllu


def _cell(value) -> str:
    return "_" if value is None or value == "" else str(value)


def _misc(items: list[str]) -> str:
    return "|".join(items) or "_"


def _joins(prev, word) -> bool:
    """Whether ``word`` belongs to the same orthographic token as ``prev``: it shares its
    character range (UDPipe's own multiword token) or touches it letter to letter (a clitic
    tokenized apart: و|بحث، نظير|ه), not punctuation against a word (القاهرة|،)."""
    if (prev.start_char, prev.end_char) == (word.start_char, word.end_char):
        return True
    return (prev.end_char == word.start_char and prev.surface[-1:].isalnum()
            and word.surface[:1].isalnum())


def _surface_tokens(words: list) -> list[list]:
    tokens: list[list] = []
    for w in words:
        if tokens and _joins(tokens[-1][-1], w):
            tokens[-1].append(w)
        else:
            tokens.append([w])
    return tokens


def _surface(group: list) -> str:
    """The text of a token: its words' surfaces, each character range once."""
    seen, parts = set(), []
    for w in group:
        if (w.start_char, w.end_char) not in seen:
            seen.add((w.start_char, w.end_char))
            parts.append(w.surface)
    return "".join(parts)


def sentence_rows(words: list) -> tuple[list[list[str]], str]:
    """CoNLL-U rows of one sentence's words (``schemas.Token``) and its ``# text``.

    A surface token of two or more words becomes a ``first-last`` range row (FORM: the
    token's text, MISC: its ``TokenRange`` and ``SpaceAfter``) followed by its words, each
    with its own ``TokenRange`` when it has one.
    """
    rows: list[list[str]] = []
    text: list[str] = []
    tokens = _surface_tokens(words)
    for i, group in enumerate(tokens):
        start, end = group[0].start_char, group[-1].end_char
        last = i + 1 == len(tokens)
        touching = not last and tokens[i + 1][0].start_char == end
        surface = _surface(group)
        misc = [f"TokenRange={start}:{end}"] + (["SpaceAfter=No"] if touching else [])
        text.append(surface + ("" if touching or last else " "))
        if len(group) > 1:
            rows.append([f"{group[0].token_index}-{group[-1].token_index}", surface,
                         *["_"] * 7, _misc(misc)])
        shared = len({(w.start_char, w.end_char) for w in group}) == 1
        for w in group:
            own = misc if len(group) == 1 else (
                [] if shared else [f"TokenRange={w.start_char}:{w.end_char}"])
            rows.append([str(w.token_index), w.form, _cell(w.lemma), _cell(w.upos),
                         _cell(w.xpos), _cell(w.feats), str(w.head), _cell(w.deprel), "_",
                         _misc(own)])
    return rows, "".join(text)


def document_sentences(doc_id: str, sentences: list, tokens: list) -> Iterator[Sentence]:
    """CoNLL-U sentences of one document (its ``sentences`` and ``tokens`` rows)."""
    by_sentence = {k: list(g) for k, g in groupby(
        sorted(tokens, key=lambda t: (t.sentence_index, t.token_index)),
        key=lambda t: t.sentence_index)}
    newdoc = [f"newdoc id = {doc_id}"]
    for s in sorted(sentences, key=lambda s: s.sentence_index):
        words = by_sentence.get(s.sentence_index, [])
        if not words:
            continue
        rows, text = sentence_rows(words)
        comments = newdoc + [f"sent_id = {doc_id}-{s.sentence_index}", f"text = {text}"]
        newdoc = []
        yield Sentence(comments=comments, rows=rows)


def to_text(documents: Iterable[tuple[str, list, list]]) -> Iterator[str]:
    """CoNLL-U text, one chunk per document, of ``(doc_id, sentences, tokens)`` triples."""
    for doc_id, sentences, tokens in documents:
        yield to_conllu(document_sentences(doc_id, sentences, tokens))
