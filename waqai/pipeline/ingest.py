"""The ingest stage: new documents in batches, the rejects, and every input record's fate.

A batch id is a hash of its doc_ids; the later stages work batch by batch.
"""
from __future__ import annotations

import datetime as dt
import time

import pyarrow.parquet as pq

from waqai.dates import infer_published
from waqai.ingest import Limits, account, iter_inputs
from waqai.pipeline.batches import StageResult
from waqai.pipeline.registry import STAGES
from waqai.settings import DEFAULTS
from warehouse import Warehouse
from warehouse.store import part_name

# Fewest documents worth a batch of their own when splitting for parallel workers: a worker
# process costs ~3 s to start (imports, UDPipe model), the UDPipe time of ~50-70 documents.
MIN_PARALLEL_BATCH = 50
# the version ingest commits: a document is read once (its id is a hash of its text)
VERSION = "1"


def batch_bounds(n: int, batch_size: int, workers: int = 1) -> list[tuple[int, int]]:
    """(start, end) of the batches ``n`` documents are split into for ``workers`` workers.

    At most ``batch_size`` documents a batch; the number of batches is a multiple of the
    workers that can be kept busy (each batch at least ``MIN_PARALLEL_BATCH`` documents), and
    sizes differ by one at most, so every worker gets the same share, on small inputs too.
    """
    if n <= 0:
        return []
    busy = max(1, min(workers, n // MIN_PARALLEL_BATCH))
    count = -(-n // batch_size)
    count = -(-count // busy) * busy
    return [(i * n // count, (i + 1) * n // count) for i in range(count)]


def _stored_sources(wh: Warehouse) -> dict[str, str]:
    """doc_id -> the record (``source_path``) each committed document came from."""
    sources = {doc_id: "" for doc_id in wh.done("ingest")}
    for batch in wh.manifests("ingest"):
        path = wh.part_path("documents", batch)
        if path.exists():
            part = pq.read_table(path, columns=["doc_id", "source_path"])
            sources.update(zip(part.column("doc_id").to_pylist(),
                               part.column("source_path").to_pylist()))
    return sources


def ingest(wh: Warehouse, inputs: list[str], run_id: str, limits: Limits = Limits(),
           batch_size: int = DEFAULTS.batch_size, workers: int = 1) -> StageResult:
    """Read inputs; write new documents in batches (see :func:`batch_bounds`), the rejects, and
    every record's fate.

    The rejects and inputs parts are named by their content, so reading the same input again
    replaces them rather than adding rows.
    """
    t0 = time.perf_counter()
    wh.init()
    wh.remove_uncommitted("ingest", STAGES["ingest"].outputs)
    got = account(iter_inputs(inputs, limits), run_id, known=_stored_sources(wh),
                  published_fn=infer_published)
    docs = got.documents
    stamp = dt.datetime.now(dt.timezone.utc).isoformat()
    for start, end in batch_bounds(len(docs), batch_size, workers):
        chunk = docs[start:end]
        batch = part_name(d.doc_id for d in chunk)
        wh.write_part("documents", chunk, batch)
        wh.commit("ingest", batch, [d.doc_id for d in chunk], VERSION, ingested_at=stamp)
    if got.rejects:
        wh.write_part("rejects", got.rejects,
                      part_name(f"{r.source}\t{r.reason}" for r in got.rejects))
    if got.inputs:
        wh.write_part("inputs", got.inputs, part_name(
            f"{r.path}\t{r.line}\t{r.fate}\t{r.doc_id or r.reason}" for r in got.inputs))
    return StageResult("ingest", None, len(docs), {"documents": len(docs),
                       "rejects": len(got.rejects), "inputs": len(got.inputs)},
                       time.perf_counter() - t0)
