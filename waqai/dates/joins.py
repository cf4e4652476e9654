"""Which consecutive dates one event takes as a single range -- the one place that decides it,
for the timexes of :mod:`waqai.dates` and for any caller with its own date spans.

Two consecutive dated spans of the same granularity are joined when only أو lies between them
("في هانيبال/أغسطس أو الفاتح/سبتمبر"), or only إلى/حتى ("من 12 إلى 18 مارس" whose halves could
not be ordered, so the finder left them two timexes) -- the words are ``connectors.yaml``'s, read
by :func:`waqai.dates.ranges.link`. Ranges the finder could order are already one timex.
"""
from __future__ import annotations

from typing import Sequence

from waqai.dates.finder import TimexMatch
from waqai.dates.ranges import link

Span = tuple[int, int, "str | None"]  # start, end (text offsets), granularity (None: undated)


def joined_pairs(spans: Sequence[Span], text: str, ranges: bool = True) -> list[tuple[int, int]]:
    """Index pairs ``(i, i + 1)`` of consecutive spans of ``text`` joined into one range.

    ``spans`` are sorted ``(start, end, granularity)``; an undated span has granularity None
    and joins nothing. With ``ranges`` False only alternatives (أو) join: after a word that
    moves a date, "إلى X" is the new date, not the end of a range. A chain of pairs ((0, 1),
    (1, 2)) is one range from the first start to the last end.
    """
    wanted = ("range", "or") if ranges else ("or",)
    pairs = []
    for i in range(len(spans) - 1):
        (a0, a1, ga), (b0, _, gb) = spans[i], spans[i + 1]
        if ga is not None and ga == gb and link(text, a0, a1, b0) in wanted:
            pairs.append((i, i + 1))
    return pairs


def join_alternatives(timexes: Sequence[TimexMatch], text: str) -> list[tuple[int, int]]:
    """:func:`joined_pairs` of the timexes of ``text`` (those without a value are undated)."""
    return joined_pairs([(t.start, t.end, t.granularity if t.value_start else None)
                         for t in timexes], text)
