"""The ``waqai-pipeline`` flow: every stage of the registry, in its order (ingest -> tokenize ->
timex -> extract -> cluster -> publish).

In-process (``waqai run``) it does each stage's work itself, so the stages' task runs are its
own and a run makes one flow run (a subflow per stage cost ~0.3 s each, and more when the
server's database was busy); the batch stages run together, one task per batch taking it
through tokenize, timex and extract (:func:`flows.stages.run_batched`). Deployed with
``via_deployments=True`` it starts each stage's own deployment with ``run_deployment``, so
every stage appears as its own run in the UI and can be retried alone. Each stage gets the
pipeline's parameters that its flow takes.
"""
from __future__ import annotations

from itertools import groupby

from prefect import flow, get_run_logger
from prefect.deployments import run_deployment

from flows.stages import STAGE_FLOWS, STAGE_WORK, StageReport, batch_work, parameters, run_batched
from tasks import artifacts
from waqai.pipeline.registry import STAGES
from waqai.settings import Settings


def _via_deployment(stage: str, params: dict, deployment: str) -> StageReport:
    name = f"{STAGE_FLOWS[stage].name}/{deployment}"
    run = run_deployment(name=name, parameters=params, timeout=None)
    if not run.state or not run.state.is_completed():
        raise RuntimeError(f"stage {stage} ended {run.state and run.state.name}: see run {run.id}")
    return StageReport(stage)


@flow(name="waqai-pipeline")
def waqai_pipeline(input: list[str], warehouse: str, model: str | None = None,
                   batch_size: int | None = None, max_bytes: int | None = None,
                   force: bool = False, workers: int | None = None,
                   dask_address: str | None = None,
                   via_deployments: bool = False, wait: bool = True) -> dict[str, StageReport]:
    """Run every stage in order on ``input`` into ``warehouse``, the batches of tokenize, timex
    and extract on ``workers`` processes (default: every core; 1: this process) or on the Dask
    cluster at ``dask_address``; each stage waits for the warehouse's writer lock, or fails at
    once when ``wait`` is false. Parameters left empty take the settings (``WAQAI_*``)."""
    settings = Settings.load(batch_size=batch_size, max_bytes=max_bytes, workers=workers,
                             dask_address=dask_address)
    given = dict(warehouse=warehouse, input=list(input), model=model,
                 batch_size=settings.batch_size, max_bytes=settings.max_bytes, force=force,
                 workers=settings.workers, dask_address=settings.dask_address, wait=wait)
    reports: dict[str, StageReport] = {}
    before = artifacts.snapshot_clusters(warehouse)
    for batched, stages in groupby(STAGE_WORK, key=lambda stage: STAGES[stage].batched):
        stages = list(stages)
        if batched and not via_deployments:  # together: no stage waits for the whole one before
            reports.update(run_batched([batch_work(stage, model) for stage in stages],
                                       warehouse, None, None, force, settings.workers,
                                       settings.dask_address, wait))
            continue
        for stage in stages:
            params = {k: v for k, v in given.items() if k in parameters(stage)}
            if via_deployments:
                reports[stage] = _via_deployment(stage, params, settings.stage_deployment)
            else:
                reports[stage] = STAGE_WORK[stage](**params)
    get_run_logger().info("cache hits: %s", {s: r.cache_hits for s, r in reports.items()
                                             if r.batches})
    artifacts.publish_artifacts(warehouse, "pipeline", reports, before)
    return reports
