"""Which consecutive timexes one event takes as a single range: alternatives "X أو Y"."""
from __future__ import annotations

from typing import Sequence

from waqai.dates.finder import TimexMatch
from waqai.dates.ranges import link


def join_alternatives(timexes: Sequence[TimexMatch], text: str) -> list[tuple[int, int]]:
    """Index pairs ``(i, i + 1)`` of timexes joined into one range.

    Two consecutive dated timexes of the same granularity are joined when only أو lies between
    them ("في هانيبال/أغسطس أو الفاتح/سبتمبر"). Ranges ("من 12 إلى 18 مارس"، "بين 2019 و2021")
    are already one timex (:mod:`waqai.dates.ranges`); a pair of them still joined by إلى is
    one whose halves could not be ordered, and it is given too. The event extractor takes the
    range from the first timex's start to the last one's end along a chain of pairs.
    """
    pairs = []
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.granularity != b.granularity or a.value_start is None or b.value_start is None:
            continue
        if link(text, a.start, a.end, b.start) is not None:
            pairs.append((i, i + 1))
    return pairs
