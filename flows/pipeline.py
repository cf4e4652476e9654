"""The ``waqai-pipeline`` flow: ingest -> tokenize -> timex -> extract -> cluster -> publish.

In-process (``waqai run``) it calls the stage flows as subflows. Deployed with
``via_deployments=True`` it starts each stage's own deployment with ``run_deployment``, so
every stage appears as its own run in the UI and can be retried alone.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Literal

from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.deployments import run_deployment
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.stages import DEFAULT_BATCH, DEFAULT_MAX_BYTES, STAGE_FLOWS, StageReport
from tasks import artifacts

STAGE_DEPLOYMENT = "stage"  # deployment name of every stage flow: "<flow name>/stage"


@contextmanager
def _api_for_workers():
    """Give Dask workers the Prefect API this flow run talks to.

    A task on a worker runs with the settings submitted with it. Without ``PREFECT_API_URL``
    (plain ``waqai run``: an ephemeral server) those name no API, and each worker would start
    a server of its own on the same database; under ``prefect_test_harness`` the URL exists only
    in this process's settings. So set it in the settings (for the submitted tasks) and in the
    environment (for worker processes spawned meanwhile), and restore both afterwards.
    """
    context = FlowRunContext.get()
    url = PREFECT_API_URL.value() or (context and context.client and str(context.client.api_url))
    if not url:
        yield
        return
    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    try:
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


@contextmanager
def dask_cluster(runner: str, address: str | None, workers: int):
    """The Dask scheduler address to use: the given one, or a local cluster for this run."""
    if runner != "dask":
        yield address
        return
    with _api_for_workers():
        if address:
            yield address
            return
        from distributed import LocalCluster

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            yield cluster.scheduler_address


def _via_deployment(stage: str, parameters: dict) -> StageReport:
    name = f"{STAGE_FLOWS[stage].name}/{STAGE_DEPLOYMENT}"
    run = run_deployment(name=name, parameters=parameters, timeout=None)
    if not run.state or not run.state.is_completed():
        raise RuntimeError(f"stage {stage} ended {run.state and run.state.name}: see run {run.id}")
    return StageReport(stage)


@flow(name="waqai-pipeline")
def waqai_pipeline(input: list[str], warehouse: str, model: str | None = None,
                   batch_size: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES,
                   force: bool = False, runner: Literal["local", "dask"] = "local",
                   dask_address: str | None = None, dask_workers: int = 2,
                   via_deployments: bool = False, wait: bool = True) -> dict[str, StageReport]:
    """Run every stage in order on ``input`` into ``warehouse``; each stage waits for the
    warehouse's writer lock, or fails at once when ``wait`` is false."""
    params = {
        "ingest": dict(warehouse=warehouse, input=list(input), batch_size=batch_size,
                       max_bytes=max_bytes),
        "tokenize": dict(warehouse=warehouse, model=model, force=force),
        "timex": dict(warehouse=warehouse, force=force),
        "extract": dict(warehouse=warehouse, force=force),
        "cluster": dict(warehouse=warehouse),
        "publish": dict(warehouse=warehouse),
    }
    reports: dict[str, StageReport] = {}
    before = artifacts.snapshot_clusters(warehouse)
    with dask_cluster(runner, dask_address, dask_workers) as address:
        for stage in ("tokenize", "timex", "extract"):
            params[stage]["dask_address"] = address
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
