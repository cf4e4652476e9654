"""The batch stages' bookkeeping: which batches are ready, current or stale, and running one.

Every batched stage (:data:`waqai.pipeline.registry.BATCHED`) writes part
``part-<batch>.parquet`` of its output tables and then commits a manifest with its version.
Re-running a batch replaces its parts, so a document is never stored twice, and a batch whose
manifest is at the current version is skipped.
"""
from __future__ import annotations

import datetime as dt
import gc
import time
from dataclasses import dataclass, field
from importlib import import_module
from typing import Iterator

from waqai.pipeline.parts import BatchInput
from waqai.pipeline.registry import STAGES
from warehouse import Warehouse
from warehouse.store import part_name

# allocations between two young passes of the cyclic garbage collector during a batch: a
# batch of the bench's 200 documents keeps ~66,000 new objects alive and leaves next to no
# cyclic garbage (105 objects in timex and extract of 1,000 documents), so most batches see
# no pass at all; the collector's time in a run of the bench's 1,000 documents: 0.40-0.47 s
# at 10,000 (its young passes and the older ones they lead to), 0.29-0.30 s at this
BATCH_GC_YOUNG = 100_000


@dataclass
class StageResult:
    stage: str
    batch: str | None = None
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    inner_seconds: float = 0.0  # time inside UDPipe itself (tokenize)
    skipped: bool = False  # the batch was already done at this version


def select_batches(wh: Warehouse, batch_ids: list[str] | None = None,
                   since: dt.datetime | None = None) -> list[str]:
    """Ingested batches, optionally only ``batch_ids`` or those ingested at/after ``since``."""
    manifests = wh.manifests("ingest")
    chosen = []
    for batch, m in manifests.items():
        if batch_ids is not None and batch not in batch_ids:
            continue
        if since is not None:
            at = dt.datetime.fromisoformat(m.get("ingested_at", "1970-01-01T00:00:00+00:00"))
            if at < (since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)):
                continue
        chosen.append(batch)
    if batch_ids is not None:
        unknown = sorted(set(batch_ids) - set(manifests))
        if unknown:
            raise KeyError(f"unknown batch ids: {', '.join(unknown)}")
    return chosen


def joined(own_version: str, upstream_versions: list[str]) -> str:
    """A batch's version: the stage's own joined with what its upstream stages committed."""
    return "|".join([own_version, *upstream_versions])


def upstream_versions(manifests: dict[str, dict], stage: str, batch: str) -> list[str] | None:
    """What each upstream stage of ``stage`` committed for ``batch`` (``manifests``: stage ->
    its manifests), or None while one of them has not."""
    found = [manifests[up].get(batch) for up in STAGES[stage].upstream]
    return None if None in found else [m["version"] for m in found]


def plan(wh: Warehouse, stage: str, own_version: str, batch_ids: list[str] | None = None,
         since: dt.datetime | None = None, pending: dict[str, dict[str, str]] | None = None
         ) -> tuple[list[tuple[str, str]], list[str]]:
    """(batch, version) pairs ready for ``stage``, and the batches still waiting upstream.

    A batch's version joins the stage's own version with the versions its upstream stages
    committed, so redoing a batch upstream makes it stale downstream. ``pending`` (stage ->
    batch -> version) counts as committed what upstream tasks of the same run will commit.
    """
    pending = pending or {}
    manifests = {up: {**wh.manifests(up),
                      **{b: {"version": v} for b, v in pending.get(up, {}).items()}}
                 for up in STAGES[stage].upstream}
    ready, waiting = [], []
    for batch in select_batches(wh, batch_ids, since):
        versions = upstream_versions(manifests, stage, batch)
        if versions is None:
            waiting.append(batch)
        else:
            ready.append((batch, joined(own_version, versions)))
    return ready, waiting


def is_current(wh: Warehouse, stage: str, batch: str, version: str) -> bool:
    """The batch's outputs exist and were written at ``version``."""
    manifest = wh.manifest(stage, batch)
    return (manifest is not None and manifest["version"] == version
            and all(wh.part_path(t, batch).exists() for t in STAGES[stage].outputs))


def run_batch(wh: Warehouse, stage: str, batch: str, version: str, force: bool = False,
              given: BatchInput | None = None, **params) -> StageResult:
    """Compute one batch of a batched stage (its module's ``compute(batch, **params)``), write
    its parts and commit it at ``version``; nothing when it is current. ``given``: the batch as
    an upstream stage of this process left it, which keeps this stage's outputs in turn."""
    if not force and is_current(wh, stage, batch, version):
        return StageResult(stage, batch, skipped=True)
    t0 = time.perf_counter()
    doc_ids = wh.manifest("ingest", batch)["doc_ids"]
    given = given or BatchInput(wh, batch)
    done = import_module(STAGES[stage].module).compute(given, **params)
    for table in STAGES[stage].outputs:
        wh.write_part(table, done.rows[table], batch)
        given.kept[table] = done.rows[table]
    if done.rejects:
        wh.write_part("rejects", done.rejects, part_name(r.source for r in done.rejects))
    wh.commit(stage, batch, doc_ids, version)
    return StageResult(stage, batch, len(doc_ids),
                       {table: len(done.rows[table]) for table in STAGES[stage].outputs},
                       time.perf_counter() - t0, done.inner_seconds)


def run_stages(wh: Warehouse, batch: str, steps: list[tuple[str, str, dict]],
               force: bool = False) -> Iterator[StageResult]:
    """:func:`run_batch` of each ``(stage, version, params)`` of ``steps`` (upstream first) on
    one batch, each result as its stage ends; the rows a stage computes go to the next ones in
    memory, not read back.

    What is alive when a batch starts (modules, the model, language data, caches) stays alive:
    after a full collection (so no garbage is kept) it is frozen out of the cyclic garbage
    collector's reach, and the collector's full passes during the batch walk the batch's own
    objects, not a worker's 0.3-0.5 million others (0.1-0.17 s a pass, several a batch).
    During the batch a young pass comes every ``BATCH_GC_YOUNG`` new objects, not every 700:
    the batch's rows and analyses are millions of objects, few of them cyclic garbage."""
    gc.collect()
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(BATCH_GC_YOUNG, *thresholds[1:])
    try:
        given = BatchInput(wh, batch)
        for stage, version, params in steps:
            yield run_batch(wh, stage, batch, version, force, given, **params)
    finally:
        gc.set_threshold(*thresholds)
