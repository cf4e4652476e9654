"""What a batch stage reads (the rows upstream stages wrote for its batch) and returns."""
from __future__ import annotations

from dataclasses import dataclass, field

from schemas import Document, from_arrow
from warehouse import Warehouse


@dataclass
class Computed:
    """A batch stage's work on one batch: rows per output table, and documents it rejected."""

    rows: dict[str, list]
    rejects: list = field(default_factory=list)
    inner_seconds: float = 0.0  # time inside a library the stage wraps (UDPipe)


def batch_docs(wh: Warehouse, batch: str) -> list[Document]:
    """The batch's documents, in doc id order, from the part ingest wrote for it."""
    part = wh.read_part("documents", wh.part_path("documents", batch)).sort_by("doc_id")
    return from_arrow("documents", part)


def batch_rows(wh: Warehouse, table: str, batch: str, docs: list[Document]) -> dict[str, list]:
    """doc_id -> its rows of ``table`` in the batch's part (every document of ``docs`` a key)."""
    out: dict[str, list] = {d.doc_id: [] for d in docs}
    for row in from_arrow(table, wh.read_part(table, wh.part_path(table, batch))):
        out[row.doc_id].append(row)
    return out
