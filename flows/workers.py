"""Where the batch tasks of tokenize, timex and extract run: worker processes, or this process.

By default every core the process may use gets a worker: a pool of worker processes (Prefect's
``ProcessPoolTaskRunner``), started with the first batch task of a run that has two batches or
more to compute and closed when the run's batch tasks are done, so each worker imports the
stage modules and loads the UDPipe model once (a model cannot be pickled). ``workers=1`` runs
the batches in this process, one at a time; ``dask_address`` sends them to an existing Dask
cluster instead.
"""
from __future__ import annotations

import atexit
import os
from contextlib import contextmanager, nullcontext
from typing import Iterator

from prefect.context import FlowRunContext
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


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


def _exit_at_once() -> None:
    """In a worker process: end at once when the pool closes it. Left to exit normally, a
    process that has imported Prefect takes ~0.4 s to end, and the pool waits for it; what its
    tasks logged has gone to this process through the pool's queue (flushed before ``atexit``),
    and what Prefect still holds is sent first."""
    def send_and_exit() -> None:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all()
        EventsWorker.drain_all()
        os._exit(0)

    atexit.register(send_and_exit)  # registered last, so it runs before Prefect's own


@contextmanager
def task_runner(batches: int, workers: int | None = None, dask_address: str | None = None
                ) -> Iterator[TaskRunner]:
    """A started task runner for ``batches`` batch tasks to compute, closed (its worker
    processes ended) on exit: the Dask cluster at ``dask_address``, else a pool of
    ``min(workers, batches)`` worker processes (default: every core), else this process."""
    processes = min(max(1, workers or available_cores()), batches)
    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask_address)
    elif processes > 1:
        runner = ProcessPoolTaskRunner(max_workers=processes, initializer=_exit_at_once)
    else:
        runner = ThreadPoolTaskRunner(max_workers=1)
    # worker processes reach the API this flow run talks to; this process already does
    with (_api_for_workers() if dask_address or processes > 1 else nullcontext()), runner:
        yield runner
