"""Where the batch tasks of tokenize, timex and extract run: worker processes, or this process.

By default every core the process may use gets a worker: a pool of worker processes (Prefect's
``ProcessPoolTaskRunner``), started with the first batch task of a run that has two batches or
more to compute and closed when the run's batch tasks are done. Its workers are forked from the
forkserver (:mod:`flows.forkserver`), so each starts with the stage modules imported and the
UDPipe model and language data loaded (a model cannot be pickled, but a forked process keeps
it). ``workers=1`` runs the batches in this process, one at a time; ``dask_address`` sends them
to an existing Dask cluster instead.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import Iterator

from prefect.context import FlowRunContext
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows import forkserver
from waqai.settings import available_cores


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


class ForkedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """Prefect's process pool, its workers forked from the forkserver rather than spawned (a
    spawned worker imports Prefect and waqai and loads the model and data itself: ~2 s CPU)."""

    def __enter__(self) -> "ForkedProcessPoolTaskRunner":
        super().__enter__()
        spawning = self._executor  # no process started yet: they start with the tasks
        self._executor = ProcessPoolExecutor(self._max_workers, mp_context=forkserver.context(),
                                             initializer=spawning._initializer,
                                             initargs=spawning._initargs)
        spawning.shutdown()
        return self


@contextmanager
def task_runner(batches: int, workers: int | None = None, dask_address: str | None = None,
                model: str | None = None) -> Iterator[TaskRunner]:
    """A started task runner for ``batches`` batch tasks to compute, closed (its worker
    processes ended) on exit: the Dask cluster at ``dask_address``, else a pool of
    ``min(workers, batches)`` worker processes (default: every core) forked from the forkserver
    (started now if need be, with the UDPipe ``model`` loaded; spawned where the platform has
    none), else this process."""
    processes = min(max(1, workers or available_cores()), batches)
    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask_address)
    elif processes > 1:
        forkserver.start(model)
        pool = ForkedProcessPoolTaskRunner if forkserver.available() else ProcessPoolTaskRunner
        runner = pool(max_workers=processes)
    else:
        runner = ThreadPoolTaskRunner(max_workers=1)
    # worker processes reach the API this flow run talks to; this process already does
    with (_api_for_workers() if dask_address or processes > 1 else nullcontext()), runner:
        yield runner
    forkserver.stop()
