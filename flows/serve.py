"""Serve every stage flow and the scheduled pipeline from one process (no work pool needed)."""
from __future__ import annotations

from prefect import serve

from flows.pipeline import waqai_pipeline
from flows.stages import STAGE_FLOWS, parameters
from waqai.settings import Settings


def deployments(settings: Settings) -> list:
    """One deployment per stage (default parameters: the warehouse, and the inbox for a stage
    that reads input) plus the scheduled pipeline, named and scheduled as ``settings`` say."""
    defaults = {"warehouse": settings.warehouse, "input": [settings.inbox]}
    stage_deployments = [
        f.to_deployment(name=settings.stage_deployment,
                        parameters={k: v for k, v in defaults.items() if k in parameters(stage)})
        for stage, f in STAGE_FLOWS.items()
    ]
    pipeline = waqai_pipeline.to_deployment(
        name=settings.pipeline_deployment, cron=settings.cron,
        parameters=defaults | {"via_deployments": True})
    return stage_deployments + [pipeline]


def serve_all(settings: Settings) -> None:
    serve(*deployments(settings))
