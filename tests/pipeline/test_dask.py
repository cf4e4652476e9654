"""Worker processes and a Dask cluster: the tables of the in-process run, workers that use this
run's API and end with the run's batch tasks."""
import multiprocessing
import os

import pytest

from synthetic_corpus import BATCH_SIZE, N_BATCHES, N_DOCS
from warehouse_snapshot import duplicates

pytestmark = [pytest.mark.flow]


@pytest.mark.slow
@pytest.mark.model
def test_two_workers_give_the_tables_of_one(reference, corpus, model_path, tmp_path):
    from flows.pipeline import waqai_pipeline

    root = tmp_path / "wh"
    reports = waqai_pipeline(input=[str(corpus)], warehouse=str(root), model=str(model_path),
                             batch_size=BATCH_SIZE, workers=2)
    for stage in ("tokenize", "timex", "extract"):
        assert (reports[stage].batches, reports[stage].documents) == (N_BATCHES, N_DOCS)
    reference.assert_reproduced(root)
    assert not any(duplicates(root).values())
    assert not multiprocessing.active_children()  # the worker processes ended with the run


@pytest.mark.slow
@pytest.mark.model
def test_an_existing_dask_cluster_gives_the_tables_of_one(reference, corpus, model_path,
                                                          tmp_path):
    """``--dask-address``: the batch tasks run on a cluster this run did not start."""
    from distributed import LocalCluster

    from flows.pipeline import waqai_pipeline

    root = tmp_path / "wh"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        reports = waqai_pipeline(input=[str(corpus)], warehouse=str(root),
                                 model=str(model_path), batch_size=BATCH_SIZE,
                                 dask_address=cluster.scheduler_address)
        assert cluster.scheduler.transition_counter  # its scheduler ran the tasks
    for stage in ("tokenize", "timex", "extract"):
        assert (reports[stage].batches, reports[stage].documents) == (N_BATCHES, N_DOCS)
    reference.assert_reproduced(root)


def test_workers_get_the_api_of_an_ephemeral_run(prefect_harness):
    """`waqai run` without PREFECT_API_URL: the workers must reach the run's own server rather
    than each start one of their own, through the settings and the environment sent with a
    task."""
    from prefect import flow
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.workers import task_runner

    @flow
    def probe():
        served_by = str(FlowRunContext.get().client.api_url)
        with temporary_settings(restore_defaults={PREFECT_API_URL}):  # as in ephemeral mode
            assert PREFECT_API_URL.value() is None
            with task_runner(batches=2, workers=2) as runner:
                seen = (type(runner).__name__, PREFECT_API_URL.value(),
                        os.environ.get("PREFECT_API_URL"))
            after = PREFECT_API_URL.value(), os.environ.get("PREFECT_API_URL")
        return served_by, seen, after

    before = os.environ.get("PREFECT_API_URL")
    served_by, seen, after = probe()
    assert seen == ("ForkedProcessPoolTaskRunner", served_by, served_by)
    assert after == (None, before)


@pytest.mark.parametrize("workers,batches,runner", [
    (1, 8, "ThreadPoolTaskRunner"),  # --workers 1: this process
    (4, 1, "ThreadPoolTaskRunner"),  # one batch to compute: no worker processes to start
    (4, 0, "ThreadPoolTaskRunner"),  # everything cached
    (4, 2, "ForkedProcessPoolTaskRunner"),  # as many workers as batches to compute
])
def test_one_worker_or_one_batch_runs_in_this_process(prefect_harness, workers, batches, runner):
    from flows.workers import task_runner

    before = os.environ.get("PREFECT_API_URL")
    with task_runner(batches, workers) as started:
        assert type(started).__name__ == runner
    assert not multiprocessing.active_children()
    assert os.environ.get("PREFECT_API_URL") == before
