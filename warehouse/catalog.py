"""The DuckDB catalog ``ROOT/waqai.duckdb``: one view per table over a published snapshot.

Publishing hard-links the chosen part files into a snapshot folder ``ROOT/_published/<id>/``
and rewrites the catalog with views over exactly those files, named by paths relative to ROOT.
A writer replaces a part by renaming a new file over it, so a snapshot's links keep the
contents they were published with: readers see the last published state, whatever runs
meanwhile, and a copied or moved warehouse reads its own files, never another folder's.
"""
from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Iterable, Mapping

import duckdb

from schemas import SCHEMAS
from warehouse.lock import WarehouseError
from warehouse.store import EMPTY_PART, TEMP_PREFIX

CATALOG_NAME = "waqai.duckdb"
ALIAS = "waqai"  # the catalog's name in a reading connection
PUBLISHED_DIR = "_published"
# snapshots kept: the newest one and those before it, for readers that opened an older catalog
KEEP_SNAPSHOTS = 3
# The duckdb shell (PyPI duckdb-cli 1.5.x) cannot open files in the newer default format.
STORAGE_VERSION = "v1.4.0"


def _link(source: Path, target: Path) -> None:
    """A hard link (the snapshot keeps the file's contents even when a writer replaces it);
    a copy on file systems without hard links."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _snapshot(root: Path, files: Mapping[str, Iterable[Path]]) -> dict[str, list[str]]:
    """Link each table's files (and its typed empty part) into a new snapshot folder; return
    the files per table as paths relative to ``root``."""
    snapshots = root / PUBLISHED_DIR
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    building = snapshots / f"{TEMP_PREFIX}{name}"
    relative = {}
    for table in SCHEMAS:
        folder = building / table
        folder.mkdir(parents=True)
        sources = {p.name: Path(p) for p in [root / table / EMPTY_PART, *files.get(table, ())]}
        for file_name, source in sorted(sources.items()):
            _link(source, folder / file_name)
        relative[table] = [f"{PUBLISHED_DIR}/{name}/{table}/{n}" for n in sorted(sources)]
    os.replace(building, snapshots / name)
    return relative


def snapshots(root: str | os.PathLike) -> list[Path]:
    """Published snapshot folders, oldest first (the last one is the newest)."""
    folder = Path(root) / PUBLISHED_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(TEMP_PREFIX))


def publish(root: str | os.PathLike, files: Mapping[str, Iterable[Path]]) -> Path:
    """Publish ``files`` (per table, part files under ``root``) as the readers' state: a new
    snapshot and a catalog over it, replaced atomically. Older snapshots beyond the few kept
    for readers still using them are removed."""
    root = Path(root).resolve()
    relative = _snapshot(root, files)
    target = root / CATALOG_NAME
    tmp = root / f"{TEMP_PREFIX}{uuid.uuid4().hex}.duckdb"
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_VERSION,
                                           "file_search_path": str(root)})
    try:
        for table, paths in relative.items():
            listed = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
            con.execute(f"create or replace view {table} as select * from "
                        f"read_parquet([{listed}], union_by_name=true)")
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    for wal in root.glob(f"{TEMP_PREFIX}*.duckdb.wal"):
        wal.unlink()
    for old in snapshots(root)[:-KEEP_SNAPSHOTS]:
        shutil.rmtree(old, ignore_errors=True)
    return target


class NotPublished(WarehouseError, FileNotFoundError):
    """The warehouse has no catalog yet: nothing was published to read."""


def connect(root: str | os.PathLike, allow: Iterable[str | os.PathLike] = ()
            ) -> duckdb.DuckDBPyConnection:
    """A connection that reads the catalog and nothing else: the catalog is attached
    read-only, relative paths resolve inside the warehouse, files can be read only there
    (and in the folders of ``allow``), and the configuration is locked. Raises
    :class:`NotPublished` when there is no catalog."""
    given, root = root, Path(root).resolve()
    path = root / CATALOG_NAME
    if not path.is_file():
        raise NotPublished(f"no published warehouse at {given}: run `waqai run` "
                           "(or `waqai publish`) first")
    con = duckdb.connect(":memory:", config={"file_search_path": str(root)})
    readable = [f"{root}/", f"{PUBLISHED_DIR}/", *(f"{Path(a).resolve()}/" for a in allow)]
    con.execute("set allowed_directories = $dirs", {"dirs": readable})
    con.execute("set enable_external_access = false")
    con.execute(f"attach $path as {ALIAS} (read_only)", {"path": str(path)})
    con.execute(f"use {ALIAS}")
    con.execute("set lock_configuration = true")
    return con


class NotReading(ValueError):
    """A statement that is not a query: it could write, or change what the connection may do."""


# statement types, as DuckDB's own parser classifies them, that only read
# (SELECT covers FROM-first queries, WITH, VALUES, DESCRIBE, SHOW and SUMMARIZE)
READING = {duckdb.StatementType.SELECT}


def reading(sql: str) -> str:
    """``sql`` unchanged when each of its statements only reads; else :class:`NotReading`."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise NotReading("no SQL statement given")
    for statement in statements:
        if statement.type not in READING:
            raise NotReading(f"{statement.type.name} statements are refused: the query surface "
                             "is read-only (SELECT, FROM, WITH, DESCRIBE, SHOW, SUMMARIZE)")
    return sql
