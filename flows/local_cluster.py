"""A Dask cluster of single-threaded worker processes on this machine, for one run."""
from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from typing import Iterator

import dask
from distributed import Client, LocalCluster, WorkerPlugin

# What an idle two-worker cluster spends on diagnostics this run never shows (a dashboard's
# profiles and system graphs), on work stealing (the batches are equal) and on checking each
# worker's memory ten times a second: 0.85 s of CPU in this process and 1.1 s in the workers
# per 30 s with Dask's defaults, 0.62 s and 0.81 s with these.
QUIET = {"distributed.worker.profile.enabled": False,
         "distributed.admin.system-monitor.interval": "2s",
         "distributed.scheduler.work-stealing": False,
         "distributed.worker.memory.monitor-interval": "1s"}


class ExitWhenClosed(WorkerPlugin):
    """A closing worker sends what Prefect's log and event workers hold, then ends its process
    at once: left to exit normally, a worker process that has imported Prefect takes ~4 s to
    end, and its nanny waits that long before it kills it."""

    def teardown(self, worker) -> None:
        # teardown runs on the worker's event loop, where Prefect's drain_all would only return
        # an awaitable: drain from a thread of its own, where it blocks until sent
        drain = threading.Thread(target=_send_prefect_logs_and_events)
        drain.start()
        drain.join(timeout=10)
        os._exit(0)


def _send_prefect_logs_and_events() -> None:
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all()
    EventsWorker.drain_all()


@contextmanager
def local_cluster(workers: int) -> Iterator[str]:
    """The scheduler address of a local cluster of ``workers`` processes, closed on exit."""
    logging.getLogger("distributed").setLevel(logging.WARNING)  # not each worker's start
    with dask.config.set(QUIET), LocalCluster(n_workers=workers, threads_per_worker=1,
                                              processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            client.register_plugin(ExitWhenClosed())
        yield cluster.scheduler_address
