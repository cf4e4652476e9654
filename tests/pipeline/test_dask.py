"""Worker processes: the tables of the in-process run, and workers that use this run's API."""
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


def test_workers_get_the_api_of_an_ephemeral_run(prefect_harness):
    """`waqai run` without PREFECT_API_URL: the workers must reach the run's own server rather
    than each start one of their own, through the settings sent with a task and the
    environment a spawned worker inherits."""
    from prefect import flow
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.workers import Workers

    @flow
    def probe():
        served_by = str(FlowRunContext.get().client.api_url)
        with temporary_settings(restore_defaults={PREFECT_API_URL}):  # as in ephemeral mode
            assert PREFECT_API_URL.value() is None
            with Workers(2, "tcp://127.0.0.1:8786") as workers:
                seen = workers.address, PREFECT_API_URL.value(), os.environ.get("PREFECT_API_URL")
            after = PREFECT_API_URL.value(), os.environ.get("PREFECT_API_URL")
        return served_by, seen, after

    before = os.environ.get("PREFECT_API_URL")
    served_by, seen, after = probe()
    assert seen == ("tcp://127.0.0.1:8786", served_by, served_by)
    assert after == (None, before)


@pytest.mark.parametrize("workers,batches,runner", [
    (1, 8, "ThreadPoolTaskRunner"),  # --workers 1: this process
    (4, 1, "ThreadPoolTaskRunner"),  # one batch to compute: no worker processes to start
    (4, 0, "ThreadPoolTaskRunner"),  # everything cached
])
def test_one_worker_or_one_batch_runs_in_this_process(prefect_harness, workers, batches, runner):
    from flows.workers import Workers

    before = os.environ.get("PREFECT_API_URL")
    with Workers(workers) as pool:
        assert type(pool.task_runner(batches)).__name__ == runner
        assert pool.address is None  # no cluster started
    assert os.environ.get("PREFECT_API_URL") == before
