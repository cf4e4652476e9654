"""The ``waqai-pipeline`` flow: ingest -> tokenize -> timex -> extract -> cluster -> publish.

In-process (``waqai run``) it calls the stage flows as subflows. Deployed with
``via_deployments=True`` it starts each stage's own deployment with ``run_deployment``, so
every stage appears as its own run in the UI and can be retried alone.
"""
from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.deployments import run_deployment

from flows.stages import DEFAULT_BATCH, DEFAULT_MAX_BYTES, STAGE_FLOWS, StageReport
from flows.workers import run_workers
from tasks import artifacts

STAGE_DEPLOYMENT = "stage"  # deployment name of every stage flow: "<flow name>/stage"


def _via_deployment(stage: str, parameters: dict) -> StageReport:
    name = f"{STAGE_FLOWS[stage].name}/{STAGE_DEPLOYMENT}"
    run = run_deployment(name=name, parameters=parameters, timeout=None)
    if not run.state or not run.state.is_completed():
        raise RuntimeError(f"stage {stage} ended {run.state and run.state.name}: see run {run.id}")
    return StageReport(stage)


@flow(name="waqai-pipeline")
def waqai_pipeline(input: list[str], warehouse: str, model: str | None = None,
                   batch_size: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES,
                   force: bool = False, workers: int | None = None,
                   dask_address: str | None = None,
                   via_deployments: bool = False, wait: bool = True) -> dict[str, StageReport]:
    """Run every stage in order on ``input`` into ``warehouse``, the batches of tokenize, timex
    and extract on ``workers`` processes (default: every core; 1: this process) or on the Dask
    cluster at ``dask_address``; each stage waits for the warehouse's writer lock, or fails at
    once when ``wait`` is false."""
    params = {
        "ingest": dict(warehouse=warehouse, input=list(input), batch_size=batch_size,
                       max_bytes=max_bytes, workers=workers),
        "tokenize": dict(warehouse=warehouse, model=model, force=force),
        "timex": dict(warehouse=warehouse, force=force),
        "extract": dict(warehouse=warehouse, force=force),
        "cluster": dict(warehouse=warehouse),
        "publish": dict(warehouse=warehouse),
    }
    reports: dict[str, StageReport] = {}
    before = artifacts.snapshot_clusters(warehouse)
    for stage in ("tokenize", "timex", "extract"):
        params[stage].update(workers=workers, dask_address=dask_address)
    with run_workers(workers, dask_address):  # shared by the stage subflows
        for stage, kwargs in params.items():
            kwargs["wait"] = wait
            if via_deployments:
                reports[stage] = _via_deployment(stage, kwargs)
            else:
                reports[stage] = STAGE_FLOWS[stage](**kwargs)
    get_run_logger().info("cache hits: %s", {s: r.cache_hits for s, r in reports.items()
                                             if r.batches})
    artifacts.publish_artifacts(warehouse, "pipeline", reports, before)
    return reports
