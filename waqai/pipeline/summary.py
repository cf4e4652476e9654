"""What a run did and what the warehouse holds, as rows and markdown (the run's artifacts).

Counts are (scope, stage, table, group, count) rows: ``run`` rows say what each stage of this
run wrote; ``warehouse`` rows are the totals after it: documents, rejects by reason, events
by type and status, clusters by status. Cluster changes compare a snapshot taken before the
run with the clusters after it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import duckdb

from schemas import SCHEMAS, from_arrow
from warehouse import Warehouse

# table -> the columns its warehouse total is broken down by (none: one total)
BREAKDOWNS = {"rejects": ("reason",), "events": ("event_type", "status"),
              "event_clusters": ("status",)}


@dataclass(frozen=True)
class Count:
    scope: str  # "run" | "warehouse"
    stage: str
    table: str
    group: str
    count: int


def run_counts(stage: str, documents: int, rows: dict[str, int], batches: int = 0,
               cache_hits: int = 0) -> list[Count]:
    """What one stage of this run wrote (a ``StageReport``'s figures)."""
    out = [Count("run", stage, "documents", "processed", documents)]
    out += [Count("run", stage, table, "written", n) for table, n in rows.items()]
    if batches:
        out += [Count("run", stage, "batches", "planned", batches),
                Count("run", stage, "batches", "cache hits", cache_hits)]
    return out


def warehouse_counts(wh: Warehouse) -> list[Count]:
    """Totals of every table, broken down where ``BREAKDOWNS`` says."""
    out = []
    for table in SCHEMAS:
        columns = BREAKDOWNS.get(table)
        if not columns:
            out.append(Count("warehouse", "", table, "", wh.count(table)))
            continue
        groups = _grouped(wh, table, columns)
        out.append(Count("warehouse", "", table, "", sum(groups.values())))
        out += [Count("warehouse", "", table, " ".join(map(str, key)), n)
                for key, n in sorted(groups.items())]
    return out


def _query(wh: Warehouse, table: str, sql: str, params: dict | None = None) -> list[tuple]:
    """Run ``sql`` over the table's parts (``{parts}`` in ``sql``); no parts, no rows."""
    paths = [str(p) for p in wh.parts(table)]
    if not paths:
        return []
    relation = duckdb.connect().sql(
        sql.format(parts="read_parquet($paths, union_by_name=true)"),
        params={"paths": paths, **(params or {})})
    return relation.fetchall()


def _grouped(wh: Warehouse, table: str, columns: tuple[str, ...]) -> Counter:
    cols = ", ".join(columns)
    rows = _query(wh, table, f"select {cols}, count(*) from {{parts}} group by all")
    return Counter({tuple(r[:-1]): r[-1] for r in rows})


def cluster_snapshot(wh: Warehouse) -> dict[str, tuple]:
    """cluster_id -> what an analyst would see change (status, dates, parties, sources)."""
    return {c.cluster_id: (c.event_type, c.status, c.date_start, c.date_end,
                           tuple(c.participants), c.n_sources, tuple(sorted(c.event_ids)))
            for c in from_arrow("event_clusters", wh.read("event_clusters"))}


@dataclass(frozen=True)
class ClusterChange:
    cluster: object  # schemas.EventCluster
    change: str  # "created" | "changed"
    evidence: str  # one evidence sentence of its events


def cluster_changes(wh: Warehouse, before: dict[str, tuple]) -> list[ClusterChange]:
    """Clusters that are new since ``before`` (a :func:`cluster_snapshot`) or differ from it."""
    after = cluster_snapshot(wh)
    clusters = {c.cluster_id: c for c in from_arrow("event_clusters", wh.read("event_clusters"))}
    touched = [cid for cid, state in after.items() if before.get(cid) != state]
    if not touched:
        return []
    wanted = {clusters[cid].event_ids[0]: cid for cid in touched if clusters[cid].event_ids}
    rows = _query(wh, "events", "select event_id, evidence_text from {parts} "
                  "where event_id in (select unnest($ids))", {"ids": sorted(wanted)})
    evidence = {wanted[event_id]: text for event_id, text in rows}
    return [ClusterChange(clusters[cid], "created" if cid not in before else "changed",
                          evidence.get(cid, ""))
            for cid in sorted(touched, key=lambda c: (str(clusters[c].date_start), c))]


def _cell(text) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def changes_markdown(changes: list[ClusterChange], title: str, limit: int = 200) -> str:
    """A markdown table of cluster changes (at most ``limit`` rows, the rest counted)."""
    lines = [f"# {title}", "", f"{len(changes)} event clusters created or changed."]
    if changes:
        lines += ["", "| change | date | type | status | participants | sources | evidence |",
                  "|---|---|---|---|---|---|---|"]
        for ch in changes[:limit]:
            c = ch.cluster
            dates = f"{c.date_start or '—'}" + (
                f" – {c.date_end}" if c.date_end and c.date_end != c.date_start else "")
            lines.append(f"| {ch.change} | {dates} | {c.event_type} | {c.status} | "
                         f"{', '.join(c.participants)} | {c.n_sources} | {_cell(ch.evidence)} |")
        if len(changes) > limit:
            lines.append(f"\n… and {len(changes) - limit} more.")
    return "\n".join(lines) + "\n"
