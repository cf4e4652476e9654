"""What a batch stage reads (the batch's documents and the rows upstream stages wrote for it)
and returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from schemas import Document, from_arrow
from warehouse import Warehouse


@dataclass
class Computed:
    """A batch stage's work on one batch: rows per output table, and documents it rejected."""

    rows: dict[str, list]
    rejects: list = field(default_factory=list)
    inner_seconds: float = 0.0  # time inside a library the stage wraps (UDPipe)


@dataclass
class BatchInput:
    """One batch as a stage reads it. ``kept`` holds the rows of tables this process has just
    written for the batch (an upstream stage run before it), used instead of reading them back."""

    wh: Warehouse
    id: str
    kept: dict[str, list] = field(default_factory=dict)

    @cached_property
    def docs(self) -> list[Document]:
        """The batch's documents, in doc id order, from the part ingest wrote for it."""
        part = self.wh.read_part("documents", self.wh.part_path("documents", self.id))
        return from_arrow("documents", part.sort_by("doc_id"))

    def rows(self, table: str) -> dict[str, list]:
        """doc_id -> its rows of ``table`` for the batch (every document of the batch a key)."""
        out: dict[str, list] = {d.doc_id: [] for d in self.docs}
        rows = self.kept.get(table)
        if rows is None:
            rows = from_arrow(table, self.wh.read_part(table, self.wh.part_path(table, self.id)))
        for row in rows:
            out[row.doc_id].append(row)
        return out
