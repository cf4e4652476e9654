"""The timex stage: temporal expressions of a batch's documents."""
from __future__ import annotations

import bisect
from operator import attrgetter

from schemas import Document, Timex
from waqai.dates import find_timexes, is_date_name
from waqai.nlp.tense import tense_resolver
from waqai.pipeline.parts import BatchInput, Computed
from waqai.text.pieces import doc_pieces

_START_AND_SENTENCE = attrgetter("start_char", "sentence_index")


def timex_rows(doc: Document, tokens) -> list[Timex]:
    """Timex rows of one document, sentence index taken from its tokens."""
    sentence_of = sorted(map(_START_AND_SENTENCE, tokens))
    starts = [s for s, _ in sentence_of]

    def sentence_index(pos: int):
        i = bisect.bisect_right(starts, pos) - 1
        return sentence_of[i][1] if i >= 0 else None

    rows = []
    for offset, text, piece in doc_pieces(doc.text, tokens):
        tense = tense_resolver(piece["tokens"], is_date_name)
        matches = find_timexes(text, doc.published, tense=tense)
        rows.extend(Timex(doc_id=doc.doc_id, sentence_index=sentence_index(offset + m.start),
                          start_char=offset + m.start, end_char=offset + m.end, text=m.text,
                          value_start=m.value_start, value_end=m.value_end,
                          granularity=m.granularity, calendar=m.calendar, anchor=m.anchor,
                          rule=m.rule) for m in matches)
    return rows


def compute(batch: BatchInput) -> Computed:
    tokens = batch.rows("tokens")
    return Computed({"timexes": [row for doc in batch.docs
                                 for row in timex_rows(doc, tokens[doc.doc_id])]})
