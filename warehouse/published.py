"""The last published state of a warehouse, read through its catalog (:mod:`warehouse.catalog`):
what readers that must not see a run's unpublished parts (report, export) read."""
from __future__ import annotations

import os
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

from schemas import SCHEMAS, from_arrow
from warehouse.catalog import ALIAS, connect
from warehouse.store import conform, selection

BATCH_ROWS = 65_536  # rows fetched at a time by a stream


class Published:
    """The published snapshot of the warehouse at ``root``, over one read-only connection
    (:class:`warehouse.catalog.NotPublished` when nothing was published); close it, or use
    it as a context manager."""

    def __init__(self, root: str | os.PathLike):
        self.con = connect(root)

    def __enter__(self) -> "Published":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @staticmethod
    def _relation(con: duckdb.DuckDBPyConnection, table: str, doc_ids: Iterable[str] | None,
                  order_by: str | None) -> duckdb.DuckDBPyRelation:
        if table not in SCHEMAS:
            raise ValueError(f"unknown table {table!r}")
        sql, params = selection(f"{ALIAS}.{table}", doc_ids, order_by)
        return con.sql(sql, params=params)

    def arrow(self, table: str, doc_ids: Iterable[str] | None = None,
              order_by: str | None = None) -> pa.Table:
        """Rows of ``table`` (optionally only those of ``doc_ids``) with its declared schema."""
        return conform(table, self._relation(self.con, table, doc_ids, order_by).to_arrow_table())

    def rows(self, table: str, doc_ids: Iterable[str] | None = None,
             order_by: str | None = None) -> list:
        """The same rows as instances of the table's row class."""
        return from_arrow(table, self.arrow(table, doc_ids, order_by))

    def stream(self, table: str, order_by: str) -> Iterator:
        """Rows of ``table`` as row class instances, fetched ``BATCH_ROWS`` at a time on a
        cursor of their own (several streams can be read side by side)."""
        cursor = self.con.cursor()
        try:
            reader = self._relation(cursor, table, None, order_by).to_arrow_reader(BATCH_ROWS)
            for batch in reader:
                yield from from_arrow(table, conform(table, pa.Table.from_batches([batch])))
        finally:
            cursor.close()
