"""The publish stage: the complete batches' parts as a snapshot readers see, and the catalog."""
from __future__ import annotations

import time
from pathlib import Path

from schemas import SCHEMAS
from waqai.pipeline.batches import StageResult, joined, upstream_versions
from waqai.pipeline.registry import BATCHED, STAGES
from warehouse import Warehouse, publish
from warehouse.catalog import snapshots

# the stages that write a part per batch, and those tables
PART_STAGES = tuple(s.name for s in STAGES.values() if s.outputs)
PART_TABLES = tuple(t for stage in PART_STAGES for t in STAGES[stage].outputs)


def is_complete(wh: Warehouse, manifests: dict[str, dict], batch: str) -> bool:
    """Every batched stage committed ``batch`` on what its upstream stages committed last, and
    its parts exist: the batch's rows agree across all tables."""
    for stage in BATCHED:
        done = manifests[stage.name].get(batch)
        versions = upstream_versions(manifests, stage.name, batch)
        if done is None or versions is None or not done["version"].endswith(
                joined("", versions)):
            return False
    return all(wh.part_path(t, batch).exists() for t in PART_TABLES)


def published_files(wh: Warehouse) -> dict[str, list[Path]]:
    """The part files readers get: a complete batch's current parts; a batch not complete now
    keeps the parts of the last published state, or stays out; every part of the tables no
    batch stage writes (rejects, clusters)."""
    manifests = {stage: wh.manifests(stage) for stage in PART_STAGES}
    last = snapshots(wh.root)[-1:]
    files: dict[str, list[Path]] = {t: [] for t in PART_TABLES}
    for batch in manifests["ingest"]:
        current = {t: wh.part_path(t, batch) for t in PART_TABLES}
        if not is_complete(wh, manifests, batch):
            current = {t: snapshot / t / p.name for t, p in current.items() for snapshot in last}
            if not current or not all(p.exists() for p in current.values()):
                continue
        for table, path in current.items():
            files[table].append(path)
    return files | {t: wh.parts(t) for t in SCHEMAS if t not in files}


def publish_catalog(wh: Warehouse) -> StageResult:
    t0 = time.perf_counter()
    wh.init()
    publish(wh.root, published_files(wh))
    return StageResult("publish", seconds=time.perf_counter() - t0)
