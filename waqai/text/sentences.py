"""Sentence spans of a text: the one segmentation every stage reads.

The tokenize stage gives UDPipe these sentences (its own splitter cuts at commas and glues a
headline to the first line); later stages read them from the ``sentences`` table. A sentence
ends at a line break (not one right after a colon, which introduces the next line) or after
``. ! ? ؟`` (and any closing quotes or brackets) followed by white space, or after one such
mark run into the next word, between two words of two Arabic
letters or more (a scraped "بن فرحان.وكان"; not "أ.ف.ب"), not after a word of one letter (an
abbreviation: "د. فيصل المقداد"); a semicolon (``؛ ;``) does not end
one: Arabic news uses it inside a sentence, between a verb and its subject ("يتوجه غدا
محفوفا بعناية المولى؛ جلالة السلطان ... إلى أبوظبي"). In a hard-wrapped text, a line break
inside a running sentence is no end. A sentence longer than ``LONG_SENTENCE_CHARS`` (a list or
a table run together) is cut at its last comma, else its last space, before that length.
"""
from __future__ import annotations

import re

LONG_SENTENCE_CHARS = 3_000
_LONG_CUTS = (re.compile(r"[،,]\s"), re.compile(r"\s"))
_LETTER = r"[\u0621-\u064a]"  # an Arabic letter
# (every end starts at a line break or a mark: tested first, that fails at once elsewhere,
# a third of the time of the scan)
_END = re.compile(r"(?=[\n.!?؟])(?:\n|[.!?؟]+[\"'”»)\]]*(?=\s|$)"
                  rf"|(?<={_LETTER}{{2}})[.!?؟](?={_LETTER}{{2}}))")
_FINAL = ".!?؟:"
_ARABIC_LETTER = re.compile(_LETTER)
_MARKS = ".!?؟"
_WRAP_MIN_LINES = 3  # lines continued on the next line that make a text hard-wrapped
_WRAP_MIN_WORDS = 4


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, stripped of surrounding white space."""
    wrapped = hard_wrapped(text)
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group() == "\n" and (wrapped and _runs_on(text, m.start())
                                  or _introduces(text, m.start())):
            continue
        if _abbreviation(text, m.start()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def presegmented(text: str) -> str:
    """``text`` with one sentence per line, same length (offsets hold): the first white space
    between two sentences becomes a line break, a line break inside a sentence a space; the
    mark ending a sentence run into the next word becomes the line break (UDPipe reads no
    token for it); a sentence cut inside a word, with no gap, stays run on."""
    out: list[str] = []  # the text's pieces: before, between and in the sentences
    end = 0  # where the sentence before ends
    for k, (start, stop) in enumerate(sentence_spans(text)):
        if k and start > end and text[end] != "\n":  # a gap starts with white space
            out.append("\n" + text[end + 1:start])
        elif k and start == end and text[end - 1] in _MARKS:
            out[-1] = out[-1][:-1] + "\n"
        else:
            out.append(text[end:start])
        out.append(text[start:stop].replace("\n", " "))
        end = stop
    out.append(text[end:])
    return "".join(out)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    left = start + len(chunk) - len(chunk.lstrip())
    right = left + len(stripped)
    while right - left > LONG_SENTENCE_CHARS:
        cut = _long_cut(text, left, left + LONG_SENTENCE_CHARS)
        _add(text, left, cut, spans)
        left = cut + len(text[cut:right]) - len(text[cut:right].lstrip())
    spans.append((left, right))


def _long_cut(text: str, start: int, stop: int) -> int:
    """Where an over-long sentence is cut: after its last comma, else at its last space."""
    for pattern in _LONG_CUTS:
        last = None
        for last in pattern.finditer(text, start + 1, stop):
            pass
        if last is not None:
            return last.end() - 1
    return stop


def hard_wrapped(text: str) -> bool:
    """A hard-wrapped text: most lines run on into the next one without a full stop."""
    lines = text.split("\n")
    runs = total = 0
    for line, nxt in zip(lines, lines[1:]):
        line = line.strip()
        if not line or not nxt.strip():
            continue
        total += 1
        if line[-1] not in _FINAL and len(line.split()) >= _WRAP_MIN_WORDS:
            runs += 1
    return runs >= _WRAP_MIN_LINES and runs * 2 > total


def _abbreviation(text: str, mark: int) -> bool:
    """A full stop right after a word of one letter is an abbreviation, not an end ("د. فيصل
    المقداد"، "م. أحمد"): no word of one Arabic letter stands alone."""
    return (text[mark] == "." and mark >= 1 and _ARABIC_LETTER.match(text[mark - 1]) is not None
            and (mark == 1 or text[mark - 2].isspace()))


def _introduces(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` introduces the next with a colon ("ويشارك في القمة
    عدد من القادة، بينهم:" then the list of them): one sentence."""
    last, after = _around(text, newline)
    return last == ":" and after not in ("\n", "\r", "")


def _runs_on(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` continues on the next (no full stop, no gap)."""
    last, after = _around(text, newline)
    return last not in ("", "\n") and last not in _FINAL and after not in ("\n", "")


def _around(text: str, newline: int) -> tuple[str, str]:
    """The last character before a line break, past blanks (a line break after an empty
    line, "" at the text's start), and the character after it: read in place, not by copying
    the text before it (once per line break)."""
    k = newline - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return (text[k] if k >= 0 else ""), text[newline + 1:newline + 2]
