"""Serve every stage flow and the scheduled pipeline from one process (no work pool needed)."""
from __future__ import annotations

from prefect import serve

from flows.pipeline import STAGE_DEPLOYMENT, waqai_pipeline
from flows.stages import STAGE_FLOWS


def deployments(warehouse: str, inbox: str, cron: str) -> list:
    """One deployment per stage (default parameters: the warehouse) plus the nightly pipeline."""
    stage_deployments = [
        f.to_deployment(name=STAGE_DEPLOYMENT, parameters={"warehouse": warehouse}
                        | ({"input": [inbox]} if name == "ingest" else {}))
        for name, f in STAGE_FLOWS.items()
    ]
    pipeline = waqai_pipeline.to_deployment(
        name="nightly", cron=cron,
        parameters={"input": [inbox], "warehouse": warehouse, "via_deployments": True})
    return stage_deployments + [pipeline]


def serve_all(warehouse: str, inbox: str, cron: str) -> None:
    serve(*deployments(warehouse, inbox, cron))
