"""One task per stage batch; the logic lives in :mod:`waqai.pipeline.stages`."""
from __future__ import annotations

from prefect import get_run_logger, task

from waqai import progress
from waqai.ingest import Limits
from waqai.pipeline import stages
from warehouse import Warehouse


def _retry_on_io(task, task_run, state) -> bool:
    """Retry only when the failure was an I/O error (disk, network file system)."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


IO_RETRIES = dict(retries=2, retry_delay_seconds=2, retry_condition_fn=_retry_on_io)


def _log(result: stages.StageResult) -> stages.StageResult:
    rows = ", ".join(f"{k}={v}" for k, v in result.rows.items())
    get_run_logger().info("%s: %d documents, %s in %.2fs", result.stage, result.documents, rows,
                          result.seconds)
    progress.advance(result.stage, result.documents)
    return result


@task(name="ingest", **IO_RETRIES)
def ingest(warehouse: str, inputs: list[str], run_id: str, max_bytes: int) -> stages.StageResult:
    limits = Limits(max_bytes=max_bytes)
    return _log(stages.ingest(Warehouse(warehouse), inputs, run_id, limits))


@task(name="plan-batches", **IO_RETRIES)
def plan(warehouse: str, stage: str, version: str, batch_size: int) -> list[list[str]]:
    batches = stages.pending_batches(Warehouse(warehouse), stage, version, batch_size)
    progress.start(stage, sum(map(len, batches)))
    return batches


@task(name="tokenize-batch", **IO_RETRIES)
def tokenize(warehouse: str, doc_ids: list[str], model_path: str, version: str
             ) -> stages.StageResult:
    return _log(stages.tokenize_batch(Warehouse(warehouse), doc_ids, model_path, version))


@task(name="timex-batch", **IO_RETRIES)
def timex(warehouse: str, doc_ids: list[str], version: str) -> stages.StageResult:
    return _log(stages.timex_batch(Warehouse(warehouse), doc_ids, version))


@task(name="extract-batch", **IO_RETRIES)
def extract(warehouse: str, doc_ids: list[str], version: str) -> stages.StageResult:
    return _log(stages.extract_batch(Warehouse(warehouse), doc_ids, version))


@task(name="finish-stage", **IO_RETRIES)
def finish(warehouse: str, stage: str, version: str) -> int:
    progress.close(stage)
    return stages.drop_superseded(Warehouse(warehouse), stage, version)


@task(name="cluster", **IO_RETRIES)
def cluster(warehouse: str) -> stages.StageResult:
    return _log(stages.cluster(Warehouse(warehouse)))


@task(name="publish", **IO_RETRIES)
def publish(warehouse: str) -> stages.StageResult:
    return _log(stages.publish_catalog(Warehouse(warehouse)))
