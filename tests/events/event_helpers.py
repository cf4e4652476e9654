"""Helpers for the event tests: timex rows from phrases, extraction without a parser."""
from __future__ import annotations

import datetime as dt

from schemas import Event, Timex
from waqai.events import extract_events

PUBLISHED = dt.date(2024, 3, 10)  # a Sunday


def timex_rows(doc_id: str, text: str, dates: dict[str, tuple]) -> list[Timex]:
    """Timex rows at every occurrence of each phrase: ``{phrase: (start, end, granularity)}``.

    Dates are given as ISO strings; a phrase inside a longer listed phrase is not repeated.
    """
    spans = []
    for phrase in sorted(dates, key=len, reverse=True):
        start = 0
        while (k := text.find(phrase, start)) >= 0:
            end = k + len(phrase)
            if not any(s <= k and end <= e for s, e, _ in spans):
                spans.append((k, end, phrase))
            start = k + 1
    rows = []
    for s, e, phrase in sorted(spans):
        v0, v1, gran = dates[phrase]
        rows.append(Timex(doc_id, None, s, e, phrase, dt.date.fromisoformat(v0),
                          dt.date.fromisoformat(v1), gran, "gregorian", "explicit", "test"))
    return rows


def run(text: str, dates: dict[str, tuple] | None = None, published=PUBLISHED,
        doc_id: str = "t") -> list[Event]:
    """Events of ``text`` with the given dated phrases, no UDPipe sentences or tokens."""
    return extract_events(doc_id, text, published, [], [], timex_rows(doc_id, text, dates or {}))
