"""The Dask runner: the same tables as the local runner, and workers that use this run's API."""
import os

import pytest

from synthetic_corpus import BATCH_SIZE, N_BATCHES, N_DOCS
from warehouse_snapshot import duplicates

pytestmark = [pytest.mark.flow]


@pytest.mark.slow
@pytest.mark.model
def test_two_dask_workers_give_the_tables_of_the_local_runner(reference, corpus, model_path,
                                                              tmp_path):
    from flows.pipeline import waqai_pipeline

    root = tmp_path / "wh"
    reports = waqai_pipeline(input=[str(corpus)], warehouse=str(root), model=str(model_path),
                             batch_size=BATCH_SIZE, runner="dask", dask_workers=2)
    for stage in ("tokenize", "timex", "extract"):
        assert (reports[stage].batches, reports[stage].documents) == (N_BATCHES, N_DOCS)
    reference.assert_reproduced(root)
    assert not any(duplicates(root).values())


def test_dask_workers_get_the_api_of_an_ephemeral_run(prefect_harness):
    """`waqai run` without PREFECT_API_URL: the workers must reach the run's own server rather
    than each start one of their own, through the settings sent with a task and the
    environment a spawned worker inherits."""
    from prefect import flow
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.pipeline import dask_cluster

    @flow
    def probe():
        served_by = str(FlowRunContext.get().client.api_url)
        with temporary_settings(restore_defaults={PREFECT_API_URL}):  # as in ephemeral mode
            assert PREFECT_API_URL.value() is None
            with dask_cluster("dask", "tcp://127.0.0.1:8786", 2) as address:
                seen = address, PREFECT_API_URL.value(), os.environ.get("PREFECT_API_URL")
            after = PREFECT_API_URL.value(), os.environ.get("PREFECT_API_URL")
        return served_by, seen, after

    before = os.environ.get("PREFECT_API_URL")
    served_by, seen, after = probe()
    assert seen == ("tcp://127.0.0.1:8786", served_by, served_by)
    assert after == (None, before)


def test_local_runner_leaves_the_api_alone(prefect_harness):
    from flows.pipeline import dask_cluster

    before = os.environ.get("PREFECT_API_URL")
    with dask_cluster("local", None, 2) as address:
        assert address is None
        assert os.environ.get("PREFECT_API_URL") == before
