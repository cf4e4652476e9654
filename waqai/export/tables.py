"""Export one table of a warehouse's last published state (:class:`warehouse.Published`) to a
file or a stream: CSV, JSON Lines, Parquet, CoNLL-U, PLOVER.

Every format writes the schema's columns (``schemas/``) in their declared order; CSV writes
list and struct cells as JSON.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMAS, from_arrow
from warehouse import Published

FORMATS = {  # format -> tables it applies to (None: any table)
    "csv": None, "jsonl": None, "parquet": None, "conllu": ("tokens",), "plover": ("events",),
}


class ExportError(ValueError):
    """The table or format asked for cannot be exported."""


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _write_csv(arrow: pa.Table, out: BinaryIO) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(arrow.column_names)
    nested = {f.name for f in arrow.schema if pa.types.is_nested(f.type)}
    for row in arrow.to_pylist():
        writer.writerow([_json(v) if k in nested and v is not None else
                         v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v
                         for k, v in row.items()])
    text.detach()


def _write_jsonl(records, out: BinaryIO) -> None:
    for record in records:
        out.write((_json(record) + "\n").encode("utf-8"))


def _tokenized_documents(published: Published) -> Iterator[tuple[str, list, list]]:
    """(doc_id, sentences, tokens) of every document with sentences, in doc_id order, streamed:
    one document's rows in memory at a time."""
    doc = attrgetter("doc_id")
    sentences = groupby(published.stream("sentences", "doc_id, sentence_index"), key=doc)
    tokens = groupby(published.stream("tokens", "doc_id, sentence_index, token_index"), key=doc)
    pending = next(tokens, None)
    for doc_id, rows in sentences:
        while pending is not None and pending[0] < doc_id:  # tokens of no sentence
            pending = next(tokens, None)
        words = list(pending[1]) if pending is not None and pending[0] == doc_id else []
        yield doc_id, list(rows), words


def _write_conllu(published: Published, out: BinaryIO) -> None:
    from waqai.export.conllu import to_text

    for chunk in to_text(_tokenized_documents(published)):
        out.write(chunk.encode("utf-8"))


def export(root: str | Path, table: str, fmt: str, out: BinaryIO) -> None:
    """Write ``table`` of the warehouse at ``root``, as last published, to ``out`` in format
    ``fmt`` (:class:`warehouse.NotPublished` when nothing was published)."""
    if table not in SCHEMAS:
        raise ExportError(f"unknown table {table!r}: one of {', '.join(SCHEMAS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if FORMATS[fmt] is not None and table not in FORMATS[fmt]:
        raise ExportError(f"--format {fmt} applies to {', '.join(FORMATS[fmt])} only")
    with Published(root) as published:
        if fmt == "conllu":
            _write_conllu(published, out)
            return
        arrow = published.arrow(table)
        if fmt == "parquet":
            pq.write_table(arrow, out)
        elif fmt == "csv":
            _write_csv(arrow, out)
        elif fmt == "jsonl":
            _write_jsonl(arrow.to_pylist(), out)
        else:
            from waqai.export.plover import plover_records

            documents = {d.doc_id: d for d in published.rows("documents")}
            _write_jsonl(plover_records(from_arrow("events", arrow), documents), out)
