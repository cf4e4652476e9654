"""Ranges: two dated timexes of one granularity joined by إلى/حتى ("من 28 فبراير إلى 2 مارس
2020"، "من مارس حتى مايو 2021"), or by و after بين ("بين 2019 و2021"), are one timex from the
first one's start to the second one's end, its span taking in the opening "من"/"بين" -- unless
a word that moves a date precedes a من range (:func:`moved`: "تأجلت الزيارة من 12 إلى 18
مارس" is the old and the new date; "تأجلت إلى الفترة ما بين 6 و10 نوفمبر" is one range).

:func:`link` names how two consecutive timexes are joined; :mod:`waqai.dates.joins` uses it
for the alternatives ("X أو Y") that stay two timexes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from waqai.data import load_yaml
from waqai.dates.lexicon import LETTER, connector_at, connector_before, lexicon, trie_regex
from waqai.text.normalise import norm

RANGE_SUFFIX = "_range"
WEEKDAY_RULE = "weekday"  # the rule of a bare weekday (grammar.RULES)
MOVE_REACH = 300  # characters before a range read for a word that moves a date
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_NON_SPACE = re.compile(r"\S+")


@lru_cache(maxsize=None)
def _move() -> re.Pattern:
    stems = {" ".join(norm(f).split()) for f in load_yaml("dates/moves.yaml")["moves"]}
    return re.compile(rf"(?<!{LETTER})[وف]?(?:{trie_regex(stems)})")


def moved(text: str, start: int) -> bool:
    """Whether a word that moves a date (moves.yaml: تأجلت، أرجئ...) stands earlier in the
    sentence: then "من X إلى Y" is the old and the new date, not one range."""
    lo = max(0, start - MOVE_REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    return _move().search(text, cut[-1] if cut else lo, start) is not None


def opener(text: str, start: int) -> tuple[int, str | None]:
    """(start of the من/بين word just before ``start``, its role), or (start, None)."""
    m = connector_before(text, start, ("from", "between"))
    if m is None:
        return start, None
    return m.start(), lexicon().connectors[" ".join(norm(m.group("w")).split())]


def link(text: str, a_start: int, a_end: int, b_start: int) -> str | None:
    """'range' when the text between two timexes is one إلى/حتى connector ("إلى غاية" is one), or
    و after a بين that opens the first; 'or' for one أو word; else None."""
    words = _gap_words(text, a_end, b_start, lexicon().connector_words)
    if words is None:
        return None
    role, used = connector_at(words, 0) if words else (None, 0)
    if used != len(words):
        return None
    if role in ("range", "or"):
        return role
    if role == "and" and opener(text, a_start)[1] == "between":
        return "range"
    return None


def _gap_words(text: str, start: int, end: int, most: int) -> list[str] | None:
    """The normalised words of ``text[start:end]``, or None when there are more than ``most``
    (no connector has more). The normaliser keeps white space white and deletes none, so these
    are the words of the normalised gap: a long gap is read no further than its first words."""
    words = []
    for m in _NON_SPACE.finditer(text, start, end):
        word = norm(m.group())
        if word:
            if len(words) == most:
                return None
            words.append(word)
    return words


def weekday_after(start: dt.date, end: dt.date) -> dt.date:
    """The day of ``end``'s weekday on or after ``start``: a weekday that ends what began on
    ``start`` ("من الأربعاء إلى الجمعة"، "تستمر حتى الجمعة") is read after it."""
    return end + dt.timedelta(days=7 * max(0, -(-(start - end).days // 7)))


def _ordered(first, second) -> tuple | None:
    """(start, end) of a range whose halves are resolved apart, put in order when they are not:
    two weekdays ("ليلة الأحد إلى الاثنين") end on the second weekday after the first; a
    publication-anchored date ("من 28 ديسمبر إلى 3 يناير") starts a year earlier."""
    start, end = first.value[0], second.value[1]
    if start <= end:
        return start, end
    if first.rule.startswith(WEEKDAY_RULE) and second.rule.startswith(WEEKDAY_RULE):
        return start, weekday_after(start, end)
    if first.anchor != "publication":
        return None
    try:
        start = start.replace(year=start.year - 1)
    except ValueError:
        return None
    return (start, end) if start <= end else None


def join_ranges(text: str, found: list) -> list:
    """``found`` (sorted timexes with start, end, value, granularity, anchor, rule) with each
    range made one timex; a range inside one timex ("من 3 إلى 5 مارس") takes in its opener."""
    out: list = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.value and f.value and prev.granularity == f.granularity
                and prev.end <= f.start and link(text, prev.start, prev.end, f.start) == "range"
                and (opener(text, prev.start)[1] == "between" or not moved(text, prev.start))):
            value = _ordered(prev, f)
            if value is not None:
                anchor = prev.anchor if prev.anchor == f.anchor else "publication"
                out[-1] = dataclasses.replace(
                    prev, start=opener(text, prev.start)[0], end=f.end, value=value,
                    anchor=anchor, rule=prev.rule + RANGE_SUFFIX)
                continue
        if f.rule.endswith(RANGE_SUFFIX):
            f = dataclasses.replace(f, start=opener(text, f.start)[0])
        out.append(f)
    return out
