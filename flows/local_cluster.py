"""A Dask cluster of single-threaded worker processes on this machine, for one run."""
from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from typing import Iterator

from distributed import Client, LocalCluster, WorkerPlugin


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
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            client.register_plugin(ExitWhenClosed())
        yield cluster.scheduler_address
