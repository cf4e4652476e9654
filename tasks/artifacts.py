"""The run's Prefect artifacts: a table of counts and a markdown list of changed clusters.

Keys are stable (``waqai-<scope>-counts``, ``waqai-<scope>-clusters``; scope: ``pipeline`` or
a stage), so the UI shows each one's history across runs; each artifact is linked to the flow
run that published it.
"""
from __future__ import annotations

import dataclasses

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from waqai.pipeline import summary
from warehouse import Warehouse


def artifact_keys(scope: str) -> tuple[str, str]:
    return f"waqai-{scope}-counts", f"waqai-{scope}-clusters"


@task(name="snapshot-clusters", cache_policy=NO_CACHE)
def snapshot_clusters(warehouse: str) -> dict:
    """The clusters before a run, to tell afterwards which it created or changed."""
    return summary.cluster_snapshot(Warehouse(warehouse).init())


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def publish_artifacts(warehouse: str, scope: str, reports: dict, before: dict) -> None:
    """Counts of this run's ``reports`` (stage -> StageReport) and of the warehouse, and the
    clusters changed since ``before``."""
    wh = Warehouse(warehouse)
    rows = [c for stage, r in reports.items()
            for c in summary.run_counts(stage, r.documents, r.rows, r.batches, r.cache_hits)]
    rows += summary.warehouse_counts(wh)
    counts_key, clusters_key = artifact_keys(scope)
    create_table_artifact(key=counts_key, table=[dataclasses.asdict(c) for c in rows],
                          description=f"waqai {scope}: rows per stage and table ({warehouse})")
    changes = summary.cluster_changes(wh, before)
    create_markdown_artifact(
        key=clusters_key,
        markdown=summary.changes_markdown(changes, f"waqai {scope}: event clusters"),
        description=f"waqai {scope}: event clusters created or changed ({warehouse})")
