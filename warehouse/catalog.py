"""The DuckDB catalog ``ROOT/waqai.duckdb``: one view per table over its Parquet parts."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from schemas import SCHEMAS

CATALOG_NAME = "waqai.duckdb"
# The duckdb shell (PyPI duckdb-cli 1.5.x) cannot open files in the newer default format.
STORAGE_VERSION = "v1.4.0"


def publish(root: str | os.PathLike) -> Path:
    """(Re)write the catalog with a view per table; the file is replaced atomically."""
    root = Path(root).resolve()
    target = root / CATALOG_NAME
    tmp = root / f".tmp-{uuid.uuid4().hex}.duckdb"
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_VERSION})
    try:
        for table in SCHEMAS:
            glob = (root / table / "*.parquet").as_posix().replace("'", "''")
            con.execute(f"create or replace view {table} as select * from "
                        f"read_parquet('{glob}', union_by_name=true)")
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    for wal in root.glob(".tmp-*.duckdb.wal"):
        wal.unlink()
    return target


def connect(root: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the catalog: statements that write fail."""
    path = Path(root) / CATALOG_NAME
    if not path.exists():
        raise FileNotFoundError(f"no catalog at {path}: run `waqai run` (or `waqai publish`) first")
    return duckdb.connect(str(path), read_only=True)
