"""Export one warehouse table to a file or a stream: CSV, JSON Lines, Parquet, CoNLL-U, PLOVER.

Every format writes the schema's columns (``schemas/``) in their declared order; CSV writes
list and struct cells as JSON.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMAS, from_arrow
from warehouse import Warehouse

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


def _tokenized_documents(wh: Warehouse):
    """(doc_id, sentences, tokens) of every tokenized document, read one batch at a time."""
    for batch in sorted(wh.manifests("tokenize")):
        tables = {t: from_arrow(t, wh.read_part(t, wh.part_path(t, batch)))
                  for t in ("sentences", "tokens")}
        by_doc: dict[str, dict[str, list]] = {}
        for t, rows in tables.items():
            for r in rows:
                by_doc.setdefault(r.doc_id, {"sentences": [], "tokens": []})[t].append(r)
        for doc_id in sorted(by_doc):
            yield doc_id, by_doc[doc_id]["sentences"], by_doc[doc_id]["tokens"]


def _write_conllu(wh: Warehouse, out: BinaryIO) -> None:
    from waqai.export.conllu import to_text

    for chunk in to_text(_tokenized_documents(wh)):
        out.write(chunk.encode("utf-8"))


def export(root: str | Path, table: str, fmt: str, out: BinaryIO) -> None:
    """Write ``table`` of the warehouse at ``root`` to ``out`` in format ``fmt``."""
    if table not in SCHEMAS:
        raise ExportError(f"unknown table {table!r}: one of {', '.join(SCHEMAS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if FORMATS[fmt] is not None and table not in FORMATS[fmt]:
        raise ExportError(f"--format {fmt} applies to {', '.join(FORMATS[fmt])} only")
    wh = Warehouse(root)
    if not (Path(root) / table).is_dir():
        raise ExportError(f"no table {table!r} under {root}: run `waqai run` first")
    if fmt == "conllu":
        _write_conllu(wh, out)
        return
    arrow = wh.read(table)
    if fmt == "parquet":
        pq.write_table(arrow, out)
    elif fmt == "csv":
        _write_csv(arrow, out)
    elif fmt == "jsonl":
        _write_jsonl(arrow.to_pylist(), out)
    else:
        from waqai.export.plover import plover_records

        documents = {d.doc_id: d for d in from_arrow("documents", wh.read("documents"))}
        _write_jsonl(plover_records(from_arrow("events", arrow), documents), out)
