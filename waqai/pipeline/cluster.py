"""The cluster stage: the events of all documents grouped into real-world happenings."""
from __future__ import annotations

import time

from schemas import from_arrow
from waqai.events import cluster_events
from waqai.pipeline.batches import StageResult
from warehouse import Warehouse


def cluster(wh: Warehouse) -> StageResult:
    """Cluster all events across documents; rewrite event parts with their cluster ids."""
    t0 = time.perf_counter()
    docs = wh.read("documents")
    published = dict(zip(docs.column("doc_id").to_pylist(), docs.column("published").to_pylist()))
    by_part = {p: from_arrow("events", wh.read_part("events", p)) for p in wh.parts("events")}
    events = [e for rows in by_part.values() for e in rows]
    clusters, membership = cluster_events(events, published)
    for path, rows in by_part.items():
        changed = False
        for e in rows:
            cid = membership.get(e.event_id)
            changed |= cid != e.cluster_id
            e.cluster_id = cid
        if changed:
            wh.write_part("events", rows, path.stem.removeprefix("part-"))
    wh.write_part("event_clusters", clusters, "all")
    return StageResult("cluster", None, len(published),
                       {"events": len(events), "event_clusters": len(clusters)},
                       time.perf_counter() - t0)
