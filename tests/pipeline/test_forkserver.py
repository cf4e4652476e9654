"""The forkserver the workers are forked from: they start with the stage modules imported and
the run's model loaded; `waqai run` starts it early only when the run is likely to have
workers."""
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from flows import forkserver


def _warm(model: str) -> tuple[bool, bool]:
    """In a worker: (the preload module was imported, ``model`` was loaded before the fork)."""
    from waqai.nlp.udpipe import load

    hits = load.cache_info().hits
    load(model)
    return "flows.preload" in sys.modules, load.cache_info().hits == hits + 1


@pytest.mark.model
def test_workers_are_forked_with_the_model_loaded(model_path):
    forkserver.start(str(model_path))
    try:
        with ProcessPoolExecutor(2, mp_context=forkserver.context()) as pool:
            assert list(pool.map(_warm, [str(model_path)] * 2)) == [(True, True)] * 2
    finally:
        forkserver.stop()


@pytest.mark.parametrize("workers,dask_address,cores,kbytes,starts", [
    (None, None, 2, 200, True),  # default: every core
    (2, None, 1, 200, True),
    (None, None, 1, 200, False),  # one core: no worker processes
    (1, None, 4, 200, False),
    (None, "tcp://scheduler:8786", 4, 200, False),  # the workers are the cluster's
    (None, None, 4, 20, False),  # too little input for two batches
])
def test_early_start(monkeypatch, tmp_path, workers, dask_address, cores, kbytes, starts):
    started = []
    monkeypatch.setattr(forkserver, "start", started.append)
    monkeypatch.setattr(forkserver, "available_cores", lambda: cores)
    (tmp_path / "in").mkdir()
    for i in range(4):  # a folder of files, counted together
        (tmp_path / "in" / f"{i}.txt").write_bytes(b"x" * (kbytes * 250))
    forkserver.start_early([str(tmp_path / "in")], "model.udpipe", workers, dask_address)
    assert started == (["model.udpipe"] if starts else [])


@pytest.mark.parametrize("methods,runner", [
    (["fork", "spawn", "forkserver"], "ForkedProcessPoolTaskRunner"),
    (["spawn"], "ProcessPoolTaskRunner"),  # Windows: spawned workers, no forkserver
])
def test_pool_without_a_forkserver_spawns_its_workers(monkeypatch, methods, runner):
    import multiprocessing

    from flows import workers

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: methods)
    monkeypatch.setattr(forkserver, "start", lambda model=None: None)
    monkeypatch.setattr(forkserver, "stop", lambda: None)
    with workers.task_runner(batches=4, workers=2) as started:
        assert type(started).__name__ == runner
