"""Tokenize, tag and parse with UDPipe, keeping exact character offsets into the input text.

The ufal.udpipe model is loaded and driven directly, with the tokenizer option ``ranges``:
spaCy's Doc (spacy-udpipe) rebuilds the text from UDPipe's words, so its ``token.idx`` drifts
from the input offsets, and loading through spacy-udpipe would cost every worker process
spaCy's import and a spaCy pipeline it does not use.

A text longer than ``PIECE_CHARS`` goes to UDPipe in pieces cut at paragraph, line or sentence
breaks (:mod:`waqai.text.pieces`), so a 2 MB single line costs what the same text with line
breaks costs; offsets are shifted back to the whole text.

Sentences are the project's own (:mod:`waqai.text.sentences`), given to UDPipe as
presegmented lines, so every stage reads the same sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from schemas import Sentence, Token
from waqai.nlp.glued import cut_from_noun, future_prefix
from waqai.text.normalise import arabic_letters
from waqai.text.pieces import PIECE_CHARS, pieces
from waqai.text.sentences import presegmented

_RANGE = re.compile(r"TokenRange=(\d+):(\d+)")


class TokenizeError(RuntimeError):
    """UDPipe could not process a document."""


@dataclass(frozen=True)
class Parsed:
    sentences: list[Sentence]
    tokens: list[Token]


class UDPipe:
    """One loaded UDPipe model (not picklable: load one per process with :func:`load`)."""

    def __init__(self, path: Path):
        from ufal.udpipe import Model

        self.path = Path(path)
        self.model = Model.load(str(self.path))
        if self.model is None:
            raise TokenizeError(f"cannot load UDPipe model {self.path}")

    def parse(self, doc_id: str, text: str) -> Parsed:
        """Sentences and syntactic words of ``text`` with offsets into ``text``."""
        from ufal.udpipe import OutputFormat, ProcessingError
        from ufal.udpipe import Sentence as USentence

        error = ProcessingError()
        conllu = OutputFormat.newOutputFormat("conllu")
        forms = OutputFormat.newOutputFormat("horizontal")  # the words' forms, space-separated
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        letters = arabic_letters(text)
        for start, end in pieces(text, PIECE_CHARS):
            # a fresh tokenizer per piece: one tokenizer's ranges run on across its texts
            tokenizer = self.model.newTokenizer("presegmented;ranges")
            if tokenizer is None:
                raise TokenizeError(f"model {self.path} has no tokenizer")
            tokenizer.setText(arabic_letters(presegmented(text[start:end])))
            # the piece's sentences are read after UDPipe's work on all of them: the rows are
            # built in one run, not each between two calls into the model (a fifth faster)
            done = []
            usent = USentence()
            while tokenizer.nextSentence(usent, error):
                # a word cut after the future prefix that is no verb is made whole before the
                # tagger sees it (the words' forms alone tell whether one may be there)
                if _prefix_word(forms.writeSentence(usent)):
                    cut = _cut_nouns(conllu.writeSentence(usent))
                    usent = _rejoined(usent, cut) if cut else usent
                self.model.tag(usent, self.model.DEFAULT)
                self.model.parse(usent, self.model.DEFAULT)
                done.append((usent, conllu.writeSentence(usent)))
                usent = USentence()
            if error.occurred():
                raise TokenizeError(error.message)
            for usent, written in done:
                index = len(sentences)
                rows = _words(doc_id, index, usent, written, start, text, letters)
                if rows:
                    sentences.append(Sentence(doc_id, index, rows[0].start_char,
                                              rows[-1].end_char,
                                              text[rows[0].start_char:rows[-1].end_char]))
                    tokens.extend(rows)
        return Parsed(sentences, tokens)


def _prefix_word(horizontal: str) -> bool:
    """Whether a sentence, as its words' forms separated by spaces, has a word that is the
    future prefix alone."""
    words = f" {horizontal.strip()} "
    return any(f" {p} " in words for p in future_prefix().prefix)


def _cut_nouns(conllu: str) -> set[int]:
    """Ids of the glued future particles in one CoNLL-U sentence that UDPipe's tokenizer cut
    off a word that is no verb ("سعادة السفير" read as س + عادة): each and the word after it
    are one word (:func:`waqai.nlp.glued.cut_from_noun`)."""
    particles = future_prefix().prefix
    cells = _word_cells(conllu)
    ids, forms, miscs = cells[0::10], cells[1::10], cells[9::10]
    return {int(ids[i]) for i in range(len(ids) - 1)
            if forms[i] in particles and "SpaceAfter=No" in miscs[i] and "-" not in ids[i]
            and "-" not in ids[i + 1] and cut_from_noun(forms[i], forms[i + 1])}


def _rejoined(usent, cut: set[int]):
    """A new UDPipe sentence of ``usent``'s (untagged) words with each word of ``cut`` and the
    word after it one word over both their ranges; multi-word tokens keep their words."""
    from ufal.udpipe import MultiwordToken
    from ufal.udpipe import Sentence as USentence

    words = usent.words
    new = USentence()
    new_id = {}
    i = 1
    while i < len(words):
        word = words[i]
        new_id[i] = len(new.words)
        if i in cut:
            rest = words[i + 1]
            joined = new.addWord(word.form + rest.form)
            joined.misc = _RANGE.sub(
                f"TokenRange={word.getTokenRangeStart()}:{rest.getTokenRangeEnd()}", rest.misc)
            new_id[i + 1] = new_id[i]
            i += 2
            continue
        new.addWord(word.form).misc = word.misc
        i += 1
    for token in usent.multiwordTokens:
        new.multiwordTokens.push_back(MultiwordToken(
            new_id[token.idFirst], new_id[token.idLast], token.form, token.misc))
    return new


def _words(doc_id: str, sentence_index: int, usent, conllu: str, offset: int,
           text: str, letters: str) -> list[Token]:
    """Syntactic words of one UDPipe sentence, read from its CoNLL-U text ``conllu`` (one call
    into UDPipe, not ten attribute reads per word); words of a multi-word token share its
    range (UDPipe's range within the piece, plus the piece's ``offset`` in ``text``) and its
    surface, as ``text`` writes it (the parser read look-alike letters as Arabic ones:
    ``letters`` is ``text`` as it read it); a word that is a token of its own has its surface
    as its form.

    CoNLL-U writes an empty field as "_"; only a lemma may also be "_" itself (UDPipe's
    reader keeps a lemma as written), so such a lemma is read from ``usent``."""
    rows = []
    token_last, surface, start, end = 0, "", 0, 0
    cells = _word_cells(conllu)
    for wid, form, lemma, upos, xpos, feats, head, deprel, misc in zip(
            cells[0::10], cells[1::10], cells[2::10], cells[3::10], cells[4::10], cells[5::10],
            cells[6::10], cells[7::10], cells[9::10]):
        multiword = "-" in wid  # a multi-word token: its surface and range go to its words
        i = 0 if multiword else int(wid)
        if multiword or i > token_last:  # a surface token: its range from its MISC
            found = _RANGE.search(misc)
            if found is None:
                raise TokenizeError(f"no TokenRange for word {form!r}")
            start, end = found.groups()
            start, end = offset + int(start), offset + int(end)
            surface = text[start:end]
            if multiword:
                token_last = int(wid.partition("-")[2])
                continue
            if form == letters[start:end]:
                form = surface  # a word of its own is written as the text writes it
        if lemma == "_":
            lemma = usent.words[i].lemma
        rows.append(Token(
            doc_id, sentence_index, i, form, surface, start, end, lemma or None,
            None if upos == "_" else upos, None if xpos == "_" else xpos,
            None if feats == "_" else feats,
            usent.words[i].head if head == "_" else int(head),
            None if deprel == "_" else deprel))
    return rows


def _word_cells(conllu: str) -> list[str]:
    """The fields of the word lines of one CoNLL-U sentence in one list, ten a line (one split
    of the text, not one per line); the comment lines before them left out."""
    first = 0
    while conllu.startswith("#", first):
        first = conllu.index("\n", first) + 1
    lines = conllu[first:].rstrip("\n")
    return lines.replace("\n", "\t").split("\t") if lines else []


@lru_cache(maxsize=4)
def load(path: str) -> UDPipe:
    """The model at ``path``, loaded once per process."""
    return UDPipe(Path(path))
