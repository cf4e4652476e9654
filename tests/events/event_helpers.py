"""Helpers for the event tests: timex rows from phrases, extraction on a UDPipe analysis."""
from __future__ import annotations

import datetime as dt

from functools import lru_cache

from schemas import Event, Timex
from waqai.events import extract_events
from waqai.nlp import udpipe
from waqai.nlp.model import resolve_model

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


@lru_cache(maxsize=1024)
def parse(text: str, doc_id: str = "t") -> udpipe.Parsed:
    """The tokenize stage's sentences and tokens of ``text`` (the model tests resolve)."""
    return udpipe.load(str(resolve_model().path)).parse(doc_id, text)


def run(text: str, dates: dict[str, tuple] | None = None, published=PUBLISHED,
        doc_id: str = "t", tree: bool = True) -> list[Event]:
    """Events of ``text`` with the given dated phrases, on its UDPipe analysis (its
    dependency tree left out when ``tree`` is off)."""
    parsed = parse(text, doc_id)
    return extract_events(doc_id, text, published, parsed.sentences, parsed.tokens,
                          timex_rows(doc_id, text, dates or {}), use_tree=tree)


def words(text: str) -> list:
    """The extractor's words of ``text`` (from its UDPipe tokens)."""
    from waqai.events.words import words_of
    from waqai.text.normalise import normalise

    return words_of(normalise(text), parse(text).tokens)
