"""Thin Prefect tasks over the stage modules of :mod:`waqai.pipeline`: one task run per batch of
documents, which runs the batch stages of the flow (one stage, or tokenize, timex and extract in
the pipeline) on that batch in turn.

Batch tasks are cached on (stages, batch id = hash of its doc_ids, the stages' versions incl.
the model id and upstream versions) with persisted results, so a retry or a re-run recomputes
only what changed. The plan says per batch whether its outputs exist at those versions; a batch
whose outputs are missing (a deleted part, a killed run) is submitted with ``refresh_cache`` so
it is recomputed rather than trusted (a stage whose outputs are current is still skipped), and
its new result is recorded under the same key. Retries are for I/O errors only.
"""
from __future__ import annotations

import errno
import hashlib

from prefect import get_run_logger, task
from prefect.runtime import task_run

from waqai.ingest import Limits
from waqai.pipeline import batches, cluster as cluster_stage, ingest as ingest_stage
from waqai.pipeline import publish as publish_stage
from waqai.pipeline.batches import StageResult
from waqai.pipeline.registry import STAGES
from warehouse import Warehouse


# OS errors that a retry cannot mend: the path is wrong or forbidden, not busy or flaky
NOT_TRANSIENT = (PermissionError, NotADirectoryError, IsADirectoryError, FileExistsError)
NOT_TRANSIENT_ERRNOS = {errno.EROFS, errno.ENAMETOOLONG, errno.ELOOP}


def is_transient(exc: BaseException) -> bool:
    """An I/O error that may succeed when tried again (disk, network file system)."""
    return (isinstance(exc, OSError) and not isinstance(exc, NOT_TRANSIENT)
            and exc.errno not in NOT_TRANSIENT_ERRNOS)


def _retry_on_io(task, task_run, state) -> bool:
    """Retry only when the failure was a transient I/O error."""
    try:
        state.result()
    except Exception as exc:
        return is_transient(exc)
    return False


IO_RETRIES = dict(retries=2, retry_delay_seconds=2, retry_condition_fn=_retry_on_io)


def batch_cache_key(context, parameters: dict) -> str:
    """(stages, batch, their versions): one record per batch and versions, whatever the
    warehouse."""
    steps = parameters["steps"]
    versions = hashlib.sha256("\n".join(v for _, v, _ in steps).encode()).hexdigest()[:20]
    return f"waqai-{'+'.join(s for s, _, _ in steps)}-{parameters['batch']}-{versions}"


def batch_run_name() -> str:
    """``<stage>[+<stage>...]-batch-<batch id>``."""
    parameters = task_run.parameters
    return f"{'+'.join(s for s, _, _ in parameters['steps'])}-batch-{parameters['batch']}"


def for_batch(current: bool, force: bool):
    """The batch task to submit: one to (re)compute overwrites its cache record, not reads it."""
    return (compute_batch if current and not force
            else compute_batch.with_options(refresh_cache=True))


def _log(result: StageResult) -> StageResult:
    rows = ", ".join(f"{k}={v}" for k, v in result.rows.items())
    what = "already done" if result.skipped else f"{result.documents} documents, {rows}"
    get_run_logger().info("%s %s: %s in %.2fs", result.stage, result.batch or "", what,
                          result.seconds)
    return result


@task(name="ingest", **IO_RETRIES)
def ingest(warehouse: str, inputs: list[str], run_id: str, max_bytes: int, batch_size: int,
           workers: int = 1) -> StageResult:
    limits = Limits(max_bytes=max_bytes)
    return _log(ingest_stage.ingest(Warehouse(warehouse), inputs, run_id, limits, batch_size,
                                    workers))


@task(name="plan-batches", task_run_name="plan-{stage}", **IO_RETRIES)
def plan(warehouse: str, stage: str, own_version: str, batch_ids, since, pending=None
         ) -> list[tuple[str, str, bool]]:
    """(batch, version, outputs current) for every batch ready for ``stage``, counting the
    upstream versions in ``pending`` (stage -> batch -> version) as committed."""
    wh = Warehouse(warehouse)
    ready, waiting = batches.plan(wh, stage, own_version, batch_ids, since, pending)
    if waiting:
        get_run_logger().warning("%s: %d batches wait for stage %s to run first", stage,
                                 len(waiting), " and ".join(STAGES[stage].upstream))
    return [(b, v, batches.is_current(wh, stage, b, v)) for b, v in ready]


@task(name="batch", task_run_name=batch_run_name, cache_key_fn=batch_cache_key,
      persist_result=True, **IO_RETRIES)
def compute_batch(warehouse: str, batch: str, steps: list[tuple[str, str, dict]],
                  force: bool = False) -> list[StageResult]:
    """One batch through each ``(stage, version, params)`` of ``steps``, upstream first."""
    return [_log(result) for result in
            batches.run_stages(Warehouse(warehouse), batch, steps, force)]


@task(name="cluster", **IO_RETRIES)
def cluster(warehouse: str) -> StageResult:
    return _log(cluster_stage.cluster(Warehouse(warehouse)))


@task(name="publish", **IO_RETRIES)
def publish(warehouse: str) -> StageResult:
    return _log(publish_stage.publish_catalog(Warehouse(warehouse)))
