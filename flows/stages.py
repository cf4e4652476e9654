"""One Prefect flow per stage; each works on the warehouse's current state and runs alone.

Deployed, each stage is its own deployment, so a stage run can be re-run or retried from the
UI with its own parameters (``batch_ids`` or ``since`` to narrow it, ``force`` to recompute).
Each stage holds the warehouse's writer lock while it runs: it waits for another writer, or
fails at once when ``wait`` is false. The batch stages run their batch tasks on every core by
default (``workers``, see :mod:`flows.workers`); the pipeline runs the three together
(:func:`run_batched`): one task per batch takes it through tokenize, timex and extract.

The flows are those of the stages of :data:`waqai.pipeline.registry.STAGES`, one each, named
``waqai-<stage>`` (checked when this module is imported); a stage's flow run publishes the
run's artifacts around the stage's work (:data:`STAGE_WORK`), which the pipeline run of
``waqai run`` calls itself, with no flow run of its own. Parameters left empty take the
settings (:class:`waqai.settings.Settings`: a ``WAQAI_*`` variable, else the default).
"""
from __future__ import annotations

import datetime as dt
import functools
import inspect
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from prefect import Flow, flow, get_run_logger
from prefect.futures import as_completed
from prefect.runtime import flow_run

from flows.workers import task_runner
from tasks import artifacts
from tasks import stages as t
from waqai import progress
from waqai.nlp.model import resolve_model
from waqai.pipeline.registry import STAGES
from waqai.pipeline.versions import own_version
from waqai.settings import Settings, available_cores
from warehouse import writer

STAGE_FLOWS: dict[str, Flow] = {}  # stage -> its flow, in the registry's order
STAGE_WORK: dict[str, Callable[..., StageReport]] = {}  # stage -> what its flow runs


def flow_name(stage: str) -> str:
    return f"waqai-{stage}"


def stage_flow(fn) -> Flow:
    """``fn``, named ``<stage>_flow``, as the work of that stage of the registry; its flow runs
    ``fn`` between a cluster snapshot and the artifacts of the run."""
    stage = STAGES[fn.__name__.removesuffix("_flow")].name
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def with_artifacts(*args, **kwargs) -> StageReport:
        warehouse = signature.bind(*args, **kwargs).arguments["warehouse"]
        before = artifacts.snapshot_clusters(warehouse)
        report = fn(*args, **kwargs)
        artifacts.publish_artifacts(warehouse, stage, {stage: report}, before)
        return report

    STAGE_WORK[stage] = fn
    STAGE_FLOWS[stage] = made = flow(name=flow_name(stage))(with_artifacts)
    return made


def parameters(stage: str) -> set[str]:
    """The parameters the flow of ``stage`` takes."""
    return set(inspect.signature(STAGE_FLOWS[stage].fn).parameters)


@dataclass
class StageReport:
    stage: str
    batches: int = 0
    cache_hits: int = 0  # batch task runs answered from Prefect's cache
    skipped: int = 0  # batch runs that found their outputs current and did nothing
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    inner_seconds: float = 0.0

    def add(self, result, cached: bool) -> None:
        self.cache_hits += cached
        self.skipped += result.skipped and not cached
        if cached or result.skipped:
            return
        self.documents += result.documents
        self.seconds += result.seconds
        self.inner_seconds += result.inner_seconds
        for k, v in result.rows.items():
            self.rows[k] = self.rows.get(k, 0) + v


@contextmanager
def _writing(warehouse: str, wait: bool):
    """The stage's hold on the warehouse's writer lock."""
    with writer(warehouse, wait=wait, on_wait=get_run_logger().warning):
        yield


@dataclass(frozen=True)
class BatchWork:
    """A batch stage as a run computes it: its own version, and its parameters besides the
    batch's (tokenize: the model)."""
    stage: str
    own_version: str
    params: dict = field(default_factory=dict)


def batch_work(stage: str, model: str | None = None) -> BatchWork:
    """What ``stage`` computes per batch; a stage that uses the model with ``model`` (default
    as for every run)."""
    if not STAGES[stage].uses_model:
        return BatchWork(stage, own_version(stage))
    choice = resolve_model(model)
    return BatchWork(stage, own_version(stage, choice.model_id),
                     {"model_path": str(choice.path)})


def run_batched(work: list[BatchWork], warehouse: str, batch_ids, since, force: bool,
                workers: int | None, dask_address: str | None, wait: bool
                ) -> dict[str, StageReport]:
    """Plan the batches of each stage of ``work`` (in pipeline order) and run one task per
    batch on the run's workers, which takes the batch through every stage of ``work`` in turn
    (so no worker waits at a change of stage, and a stage's rows reach the next in memory)."""
    settings = Settings.load(workers=workers, dask_address=dask_address)
    reports: dict[str, StageReport] = {}
    with _writing(warehouse, wait):
        steps: dict[str, list] = {}  # batch -> [(stage, version, params)], upstream first
        current: dict[str, bool] = {}  # batch -> every stage's outputs current
        pending: dict[str, dict[str, str]] = {}  # stage -> batch -> version it will commit
        for w in work:
            planned = t.plan(warehouse, w.stage, w.own_version, batch_ids, since, pending)
            pending[w.stage] = {b: v for b, v, _ in planned}
            for b, v, done in planned:
                steps.setdefault(b, []).append((w.stage, v, w.params))
                current[b] = current.get(b, True) and done
            reports[w.stage] = StageReport(w.stage, batches=len(planned))
            progress.start(w.stage, len(planned))
        to_compute = sum(force or not done for done in current.values())
        if steps:
            model = next((w.params["model_path"] for w in work if "model_path" in w.params), None)
            with task_runner(to_compute, settings.workers, settings.dask_address,
                             model) as runner:
                futures = [runner.submit(t.for_batch(current[b], force),
                                         {"warehouse": warehouse, "batch": b, "steps": s,
                                          "force": force})
                           for b, s in steps.items()]
                for future in as_completed(futures):
                    for result in future.result():
                        reports[result.stage].add(result, cached=future.state.name == "Cached")
                        progress.advance(result.stage, 1)
        for w in work:
            progress.close(w.stage)
    return reports


@stage_flow
def ingest_flow(warehouse: str, input: list[str], batch_size: int | None = None,
                max_bytes: int | None = None, workers: int | None = None,
                wait: bool = True) -> StageReport:
    """Read new documents from ``input`` into the warehouse, in batches of at most
    ``batch_size`` documents that keep ``workers`` workers (default: every core) equally
    busy; a file over ``max_bytes`` is rejected."""
    run_id = str(flow_run.get_id() or uuid.uuid4())
    settings = Settings.load(batch_size=batch_size, max_bytes=max_bytes, workers=workers)
    with _writing(warehouse, wait):
        result = t.ingest(warehouse, list(input), run_id, settings.max_bytes,
                          settings.batch_size, settings.workers or available_cores())
    return StageReport("ingest", documents=result.documents, rows=dict(result.rows),
                       seconds=result.seconds)


@stage_flow
def tokenize_flow(warehouse: str, model: str | None = None, batch_ids: list[str] | None = None,
                  since: dt.datetime | None = None, force: bool = False,
                  workers: int | None = None, dask_address: str | None = None,
                  wait: bool = True) -> StageReport:
    """UDPipe sentences and tokens for every batch not yet tokenized with this model."""
    return run_batched([batch_work("tokenize", model)], warehouse, batch_ids, since, force,
                       workers, dask_address, wait)["tokenize"]


@stage_flow
def timex_flow(warehouse: str, batch_ids: list[str] | None = None,
               since: dt.datetime | None = None, force: bool = False,
               workers: int | None = None, dask_address: str | None = None,
               wait: bool = True) -> StageReport:
    """Temporal expressions for every tokenized batch."""
    return run_batched([batch_work("timex")], warehouse, batch_ids, since, force, workers,
                       dask_address, wait)["timex"]


@stage_flow
def extract_flow(warehouse: str, batch_ids: list[str] | None = None,
                 since: dt.datetime | None = None, force: bool = False,
                 workers: int | None = None, dask_address: str | None = None,
                 wait: bool = True) -> StageReport:
    """Dated diplomatic events for every batch with timexes."""
    return run_batched([batch_work("extract")], warehouse, batch_ids, since, force, workers,
                       dask_address, wait)["extract"]


@stage_flow
def cluster_flow(warehouse: str, wait: bool = True) -> StageReport:
    """Group events of all documents into real-world happenings."""
    with _writing(warehouse, wait):
        result = t.cluster(warehouse)
    return StageReport("cluster", documents=result.documents, rows=dict(result.rows),
                       seconds=result.seconds)


@stage_flow
def publish_flow(warehouse: str, wait: bool = True) -> StageReport:
    """Publish the complete batches: a snapshot of their parts, and the catalog's views on it."""
    with _writing(warehouse, wait):
        result = t.publish(warehouse)
    return StageReport("publish", seconds=result.seconds)


if list(STAGE_FLOWS) != list(STAGES):
    raise RuntimeError(f"flows/stages.py declares flows for {list(STAGE_FLOWS)}, in that order; "
                       f"the registry's stages are {list(STAGES)}")
