"""Cut a long text into pieces of bounded length, so work on it grows linearly with its length.

:func:`pieces` (for UDPipe) ends a piece after a paragraph break if one lies in the second half
of the allowed length, else after a line break, else after sentence-final punctuation, else at
a space, else at the limit itself. :func:`aligned_pieces` (for the extractors) cuts only at
given offsets, such as UDPipe's sentence starts, and :func:`doc_pieces` cuts a document and its
rows that way. Pieces are ``(start, end)`` offsets that tile
the text exactly, so anything computed on ``text[start:end]`` maps back by adding ``start``.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from schemas import shifted

# a text longer than this is worked on in pieces (a news article, a few thousand characters,
# is one piece)
PIECE_CHARS = 20_000

# the breaks to cut after, best first
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"),
           re.compile(r"[.!?؟։।。](?:[\"'»”)\]]*)\s+"), re.compile(r"\s+"))


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` in order, each at most ``limit`` characters."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    spans, start, n = [], 0, len(text)
    while n - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    if start < n or not spans:
        spans.append((start, n))
    return spans


def _cut(text: str, start: int, stop: int) -> int:
    """Where a piece starting at ``start`` ends: after the best break in its second half."""
    low = start + (stop - start) // 2
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(text, low, stop):
            pass
        if last is not None and last.end() > start:
            return last.end()
    return stop


def aligned_pieces(length: int, breaks: Iterable[int], limit: int) -> list[tuple[int, int]]:
    """Pieces of a text of ``length`` characters that start only at ``breaks`` (ascending
    offsets), each at most ``limit`` long unless no break falls inside it."""
    cuts, last = [0], 0
    for at in breaks:
        if at - cuts[-1] > limit and last > cuts[-1]:
            cuts.append(last)
        last = at
    if length - cuts[-1] > limit and last > cuts[-1]:
        cuts.append(last)
    return list(zip(cuts, cuts[1:] + [length]))


def _split_rows(rows: list, starts: list[int]) -> list[list]:
    """``rows`` (with ``start_char``) grouped by the piece each starts in."""
    groups: list[list] = [[] for _ in starts]
    for row in rows:
        groups[bisect.bisect_right(starts, row.start_char) - 1].append(row)
    return groups


def doc_pieces(text: str, tokens: list, **tables: list) -> list[tuple[int, str, dict]]:
    """``(start, piece text, {table: its rows shifted into the piece})`` for the extractors.

    A text over ``PIECE_CHARS`` is cut at UDPipe sentence starts, so the extractors, whose cost
    grows faster than a document's length, run on bounded pieces; a shorter text is one piece.
    """
    if len(text) <= PIECE_CHARS:  # one piece: the rows as they are
        return [(0, text, {table: list(rows)
                           for table, rows in {"tokens": tokens, **tables}.items()})]
    first: dict[int, int] = {}
    for t in tokens:
        first[t.sentence_index] = min(t.start_char, first.get(t.sentence_index, t.start_char))
    spans = aligned_pieces(len(text), sorted(first.values()), PIECE_CHARS)
    starts = [start for start, _ in spans]
    grouped = {table: _split_rows(rows, starts)
               for table, rows in {"tokens": tokens, **tables}.items()}
    return [(start, text[start:end],
             {table: [shifted(table, r, -start) for r in groups[i]]
              for table, groups in grouped.items()})
            for i, (start, end) in enumerate(spans)]
