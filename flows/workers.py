"""Where the batch tasks of tokenize, timex and extract run: worker processes, or this process.

By default every core the process may use gets a worker: a local Dask cluster of single-threaded
worker processes, started when a stage first has two batches or more to compute and kept for
the following stages of the run, so that each worker imports the stage modules and loads the
UDPipe model once (a model cannot be pickled). ``workers=1`` runs the batches in this process,
one at a time; ``dask_address`` sends them to an existing cluster instead.
"""
from __future__ import annotations

import os
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from typing import Iterator

from prefect.context import FlowRunContext
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ThreadPoolTaskRunner


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no sched_getaffinity (macOS, Windows)
        return os.cpu_count() or 1


@contextmanager
def _api_for_workers() -> Iterator[None]:
    """Give worker processes the Prefect API this flow run talks to.

    A task on a worker runs with the settings submitted with it. Without ``PREFECT_API_URL``
    (an ephemeral server, or ``prefect_test_harness``, whose URL exists only in this process's
    settings) each worker would start a server of its own on the same database. So set it in
    the settings (for the submitted tasks) and in the environment (for worker processes spawned
    meanwhile), and restore both afterwards.
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


class Workers:
    """The workers of one run: an existing cluster, a local one started on first need, or none."""

    def __init__(self, workers: int | None = None, dask_address: str | None = None):
        self.workers = max(1, workers or available_cores())
        self.address = dask_address
        self._stack = ExitStack()

    def __enter__(self) -> "Workers":
        if self.workers > 1 or self.address:
            self._stack.enter_context(_api_for_workers())
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def task_runner(self, batches: int):
        """A task runner for ``batches`` batch tasks to compute (enter it to use it)."""
        if not self.address and min(self.workers, batches) > 1:
            self.address = self._start_cluster(min(self.workers, batches))
        if not self.address:
            return ThreadPoolTaskRunner(max_workers=1)
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=self.address)

    def _start_cluster(self, n: int) -> str:
        from flows.local_cluster import local_cluster

        return self._stack.enter_context(local_cluster(n))


_RUN_WORKERS: ContextVar[Workers | None] = ContextVar("waqai_run_workers", default=None)


@contextmanager
def run_workers(workers: int | None = None, dask_address: str | None = None
                ) -> Iterator[Workers]:
    """The workers of the enclosing run (the pipeline's, for its stage subflows), else new ones
    for this run, closed when it ends."""
    active = _RUN_WORKERS.get()
    if active is not None:
        yield active
        return
    with Workers(workers, dask_address) as pool:
        token = _RUN_WORKERS.set(pool)
        try:
            yield pool
        finally:
            _RUN_WORKERS.reset(token)
