"""Compare warehouses table by table, ignoring what differs between runs by design."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from schemas import SCHEMAS
from waqai.pipeline.publish import PART_STAGES
from warehouse import Warehouse

# columns that name the run or its time, not the content
VOLATILE = {"documents": {"ingested_at", "run_id"}, "rejects": {"run_id"}, "inputs": {"run_id"}}
# the keys a row must be unique on
KEYS = {"documents": ("doc_id",), "sentences": ("doc_id", "sentence_index"),
        "tokens": ("doc_id", "sentence_index", "token_index"), "events": ("event_id",)}


def versions(root: Path) -> dict[str, set[str]]:
    """The versions each stage committed; two runs are comparable only when these agree (they
    differ when a stage's code or data was edited between the runs)."""
    wh = Warehouse(root)
    return {stage: {m["version"] for m in wh.manifests(stage).values()}
            for stage in PART_STAGES}


def snapshot(root: Path) -> dict[str, list[tuple]]:
    """Every table's rows (without the volatile columns), sorted."""
    wh = Warehouse(root)
    tables = {}
    for table, schema in SCHEMAS.items():
        keep = [c for c in schema.names if c not in VOLATILE.get(table, ())]
        rows = wh.read(table).select(keep).to_pylist()
        tables[table] = sorted(tuple(repr(row[c]) for c in keep) for row in rows)
    return tables


def duplicates(root: Path) -> dict[str, list]:
    """Key values that occur more than once, per table (empty lists when all is well)."""
    wh = Warehouse(root)
    found = {}
    for table, key in KEYS.items():
        rows = wh.read(table).select(list(key)).to_pylist()
        counts = Counter(tuple(r[c] for c in key) for r in rows)
        found[table] = [k for k, n in counts.items() if n > 1]
    return found
