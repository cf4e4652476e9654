"""The extract stage: dated diplomatic events of a batch's documents, located."""
from __future__ import annotations

from schemas import Document, shifted
from waqai.events import extract_events
from waqai.pipeline.parts import BatchInput, Computed
from waqai.places import locate_events
from waqai.text.pieces import doc_pieces

INPUTS = ("sentences", "tokens", "timexes")


def event_rows(doc: Document, sentences, tokens, timexes) -> list:
    """Event rows of one document, extracted piece by piece (see :func:`doc_pieces`)."""
    rows = []
    for offset, text, piece in doc_pieces(doc.text, tokens, sentences=sentences,
                                           timexes=timexes):
        # a piece after the first has its own id for the extractor: event ids stay unique
        piece_id = doc.doc_id if offset == 0 else f"{doc.doc_id}@{offset}"
        for event in extract_events(piece_id, text, doc.published, piece["sentences"],
                                    piece["tokens"], piece["timexes"]):
            event.doc_id = doc.doc_id
            rows.append(shifted("events", event, offset))
    return rows


def compute(batch: BatchInput) -> Computed:
    inputs = {table: batch.rows(table) for table in INPUTS}
    rows = [row for doc in batch.docs
            for row in event_rows(doc, *(inputs[table][doc.doc_id] for table in INPUTS))]
    return Computed({"events": locate_events(rows)})
