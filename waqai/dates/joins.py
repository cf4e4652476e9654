"""Which consecutive timexes one event takes as a single range ("X أو Y", "من X إلى Y")."""
from __future__ import annotations

from typing import Sequence

from waqai.dates.finder import TimexMatch
from waqai.dates.lexicon import lexicon
from waqai.text.normalise import norm

JOINING_ROLES = ("or", "range")


def join_alternatives(timexes: Sequence[TimexMatch], text: str) -> list[tuple[int, int]]:
    """Index pairs ``(i, i + 1)`` of timexes joined into one range.

    Two consecutive dated timexes of the same granularity are joined when only أو or إلى/حتى
    lies between them ("في هانيبال/أغسطس أو الفاتح/سبتمبر", "من الـ 12 إلى الـ 18 من مارس"), or
    only و when the first one follows بين ("بين 10 و12 مارس"). The event extractor takes the
    range from the first timex's start to the last one's end along a chain of pairs.
    """
    roles = lexicon().connectors
    pairs = []
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.granularity != b.granularity or a.value_start is None or b.value_start is None:
            continue
        between = [roles.get(w) for w in norm(text[a.end:b.start]).split()]
        if len(between) != 1:
            continue
        before = norm(text[max(0, a.start - 12):a.start]).split()
        after_between = bool(before) and roles.get(before[-1]) == "between"
        if between[0] in JOINING_ROLES or between[0] == "and" and after_between:
            pairs.append((i, i + 1))
    return pairs
