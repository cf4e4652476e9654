"""Parquet part files under ``ROOT/<table>/`` with atomic writes and per-stage manifests.

A stage commits a batch by writing its output parts (temp file + rename each) and then a
manifest ``ROOT/_manifest/<stage>/<part>.json`` naming the documents it covered and the
stage version. A batch's parts always have the same name, so redoing a batch replaces them;
ingest parts without a manifest are leftovers of a killed run and are removed before ingest
runs again, so a crash never leaves duplicates behind. Only the holder of the writer lock
(:mod:`warehouse.lock`) writes, so what no manifest covers is never another writer's work.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMAS, to_arrow
from schemas.enums import check

MANIFEST_DIR = "_manifest"
EMPTY_PART = "_empty.parquet"
TEMP_PREFIX = ".tmp-"


def part_name(doc_ids: Iterable[str]) -> str:
    """Stable part name for a batch of documents."""
    digest = hashlib.sha256("\n".join(sorted(doc_ids)).encode()).hexdigest()
    return digest[:20]


def _temp_path(path: Path) -> Path:
    """Where ``path`` is written before its rename: a name no ``*.parquet``/``*.json`` glob
    matches, so a write cut short by a kill is never read as a part or a manifest."""
    return path.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}-{path.name}.tmp")


def conform(table: str, arrow: pa.Table) -> pa.Table:
    """``arrow`` with exactly ``table``'s declared columns, order and types."""
    return arrow.select(SCHEMAS[table].names).cast(SCHEMAS[table])


def selection(source: str, doc_ids: Iterable[str] | None = None,
              order_by: str | None = None) -> tuple[str, dict]:
    """SQL and its parameters for the rows of ``source`` (optionally only those of
    ``doc_ids``) in ``order_by`` order."""
    sql, params = f"select * from {source}", {}
    if doc_ids is not None:
        sql += " where doc_id in (select unnest($ids))"
        params["ids"] = sorted(set(doc_ids))
    if order_by:
        sql += f" order by {order_by}"
    return sql, params


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = _temp_path(path)
    tmp.write_bytes(data)
    os.replace(tmp, path)


class Warehouse:
    """A warehouse directory; tables are folders of Parquet parts with the declared schemas."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def init(self) -> "Warehouse":
        """Create the folders and one empty, typed part per table (so every view has a schema)."""
        for table in SCHEMAS:
            folder = self.root / table
            folder.mkdir(parents=True, exist_ok=True)
            empty = folder / EMPTY_PART
            if not empty.exists():
                self._write_parquet(empty, to_arrow(table, []))
        (self.root / MANIFEST_DIR).mkdir(parents=True, exist_ok=True)
        return self

    # -- writing -----------------------------------------------------------------------
    def _write_parquet(self, path: Path, table: pa.Table) -> None:
        tmp = _temp_path(path)
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)

    def part_path(self, table: str, part: str) -> Path:
        return self.root / table / f"part-{part}.parquet"

    def write_part(self, table: str, rows: list, part: str) -> Path:
        """Write rows of ``table`` as part ``part`` atomically (an existing part is replaced);
        a value outside its column's closed vocabulary raises ``schemas.enums.VocabularyError``
        and writes nothing."""
        check(table, rows)
        path = self.part_path(table, part)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._write_parquet(path, to_arrow(table, rows))
        return path

    def commit(self, stage: str, part: str, doc_ids: Iterable[str], version: str,
               **extra: str) -> None:
        """Record that ``stage`` processed ``doc_ids`` into part ``part`` at ``version``."""
        folder = self.root / MANIFEST_DIR / stage
        folder.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"doc_ids": sorted(doc_ids), "version": version, **extra}).encode()
        _atomic_write_bytes(folder / f"{part}.json", body)

    # -- reading -----------------------------------------------------------------------
    def manifest(self, stage: str, part: str) -> dict | None:
        """One batch's manifest, or None when the stage has not committed it."""
        path = self.root / MANIFEST_DIR / stage / f"{part}.json"
        return json.loads(path.read_text()) if path.is_file() else None

    def manifests(self, stage: str) -> dict[str, dict]:
        folder = self.root / MANIFEST_DIR / stage
        if not folder.is_dir():
            return {}
        return {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}

    def done(self, stage: str) -> set[str]:
        """Documents ``stage`` has committed."""
        return {d for m in self.manifests(stage).values() for d in m["doc_ids"]}

    def parts(self, table: str) -> list[Path]:
        folder = self.root / table
        return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []

    def remove_uncommitted(self, stage: str, tables: Iterable[str]) -> list[Path]:
        """Delete output parts of ``stage`` that no manifest covers (leftovers of a killed run)."""
        committed = set(self.manifests(stage))
        removed = []
        for table in tables:
            for path in self.parts(table):
                if path.stem.removeprefix("part-") not in committed:
                    path.unlink()
                    removed.append(path)
            for tmp in (self.root / table).glob(f"{TEMP_PREFIX}*"):
                tmp.unlink()
                removed.append(tmp)
        return removed

    def remove_leftovers(self) -> list[Path]:
        """Delete every temp file or folder under the warehouse: what writers killed mid-write
        left (parts, manifests, a snapshot or catalog being published). Call it only while
        holding the writer lock, when no write is in progress."""
        leftovers = sorted(self.root.rglob(f"{TEMP_PREFIX}*")) if self.root.is_dir() else []
        for path in leftovers:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        return leftovers

    def read(self, table: str, doc_ids: Iterable[str] | None = None,
             order_by: str | None = None) -> pa.Table:
        """Rows of ``table`` (optionally only those of ``doc_ids``) as Arrow."""
        paths = [str(p) for p in self.parts(table)]
        if not paths:
            return to_arrow(table, [])
        sql, params = selection("read_parquet($paths, union_by_name=true)", doc_ids, order_by)
        arrow = duckdb.connect().sql(sql, params={**params, "paths": paths}).to_arrow_table()
        return conform(table, arrow)

    def read_part(self, table: str, path: Path) -> pa.Table:
        """One part file with the declared schema."""
        return conform(table, pq.read_table(path))

    def count(self, table: str) -> int:
        return sum(pq.read_metadata(p).num_rows for p in self.parts(table))
