"""The process the batch tasks' worker processes are forked from (multiprocessing's forkserver).

It imports what a batch task runs and loads the UDPipe model and the language data once
(:mod:`flows.preload`), so a worker forked from it starts working at once instead of spending
~2 s of CPU on that first, as a spawned one did. ``waqai run`` starts it before it imports
Prefect, so that work runs on another core while the run starts, ingests and plans; else it
starts with a run's first worker. Single-threaded, it forks safely; it ends with this process.

This module imports no Prefect, so starting the forkserver waits for nothing.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from multiprocessing.context import BaseContext
from pathlib import Path

from waqai.settings import available_cores, env_var

PRELOAD = ["flows.preload"]
# Input worth starting the forkserver before ingest: ~100 documents, two batches' worth (fewer
# make one batch, which no worker process computes)
EARLY_INPUT_BYTES = 150_000


def available() -> bool:
    """Whether this platform has the forkserver start method (Windows has none: its workers
    are spawned and load what they need themselves)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def context() -> BaseContext:
    """The multiprocessing context whose processes are forked from the forkserver."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start(model: str | None = None) -> None:
    """Start this process's forkserver now (nothing if it runs), the UDPipe model at ``model``
    loaded in it (its environment names the model as ``WAQAI_UDPIPE_MODEL`` does; default: the
    model a run takes by default)."""
    if not available():
        return
    context()
    name, before = env_var("udpipe_model"), os.environ.get(env_var("udpipe_model"))
    if model:
        os.environ[name] = model
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def stop() -> None:
    """End the forkserver, if it runs, and wait for it (so its CPU and its workers' count as
    this process's children's)."""
    if available():
        multiprocessing.forkserver._forkserver._stop()  # noqa: SLF001  (no public way in 3.10-3.13)


def _input_bytes(inputs: list[str], enough: int) -> int:
    """The size of the files under ``inputs``, counted up to ``enough``."""
    total = 0
    for given in map(Path, inputs):
        for path in given.rglob("*") if given.is_dir() else [given]:
            if path.is_file():
                total += path.stat().st_size
                if total >= enough:
                    return total
    return total


def start_early(inputs: list[str], model: str, workers: int | None, dask_address: str | None
                ) -> None:
    """Start the forkserver now if the run is likely to have worker processes: more than one
    worker (default: every core), no Dask cluster, and ``EARLY_INPUT_BYTES`` of input."""
    if (not dask_address and (workers or available_cores()) > 1
            and _input_bytes(inputs, EARLY_INPUT_BYTES) >= EARLY_INPUT_BYTES):
        start(model)
