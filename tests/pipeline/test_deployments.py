"""Against a real `prefect server start` and a `serve()` process: run a stage deployment, then
retry the finished run the way the UI's Retry button does, and check the retry reused every
cached batch instead of computing it again."""
import time

import pytest

from prefect_processes import prefect_server, serving, tail
from synthetic_corpus import BATCH_SIZE, N_BATCHES
from warehouse import Warehouse

pytestmark = [pytest.mark.slow, pytest.mark.flow, pytest.mark.model]

DEPLOYMENT = "waqai-timex/stage"


def _wait(what: str, check, timeout: float, log, served):
    """Poll ``check`` until it returns something truthy; fail with the serve log otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert served.poll() is None, f"serve() exited while waiting for {what}:\n{tail(log)}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{tail(log)}"
        time.sleep(0.5)


def _deployment_exists(client):
    from prefect.exceptions import ObjectNotFound

    try:
        return client.read_deployment_by_name(DEPLOYMENT)
    except ObjectNotFound:
        return None


def _batch_task_runs(client, flow_run_id, attempt: int) -> list:
    """The timex batch task runs of one attempt of a flow run, once all of them are final."""
    from prefect.client.schemas.filters import (FlowRunFilter, FlowRunFilterId, TaskRunFilter,
                                                TaskRunFilterName)

    runs = client.read_task_runs(
        flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])),
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="timex-batch")))
    runs = [r for r in runs if r.flow_run_run_count == attempt]
    done = len(runs) == N_BATCHES and all(r.state and r.state.is_final() for r in runs)
    return runs if done else None


def _files(wh: Warehouse) -> dict:
    """Every timex part and manifest with its modification time and content."""
    paths = wh.parts("timexes") + sorted((wh.root / "_manifest" / "timex").glob("*.json"))
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in paths}


def test_retry_of_a_stage_run_reuses_cached_batches(model_path, corpus, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.responses import SetStateStatus
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.states import AwaitingRetry

    from flows.stages import ingest_flow, tokenize_flow

    home, root = tmp_path / "prefect-home", tmp_path / "wh"
    log = tmp_path / "serve.log"
    with prefect_server(home, tmp_path / "server.log") as api_url, \
            serving(api_url, home, root, corpus, log) as served, \
            temporary_settings(updates={PREFECT_API_URL: api_url,
                                        PREFECT_LOCAL_STORAGE_PATH: home / "storage"}), \
            get_client(sync_client=True) as client:
        ingest_flow(warehouse=str(root), input=[str(corpus)], batch_size=BATCH_SIZE)
        tokenize_flow(warehouse=str(root), model=str(model_path))
        _wait("the stage deployments", lambda: _deployment_exists(client), 120, log, served)

        run = run_deployment(DEPLOYMENT, timeout=240)
        assert run.state.is_completed(), f"{run.state}\n{tail(log)}"
        first = _wait("the first attempt's task runs",
                      lambda: _batch_task_runs(client, run.id, 1), 60, log, served)
        assert sorted(r.state.name for r in first) == ["Completed"] * N_BATCHES
        wh = Warehouse(root)
        written = _files(wh)
        assert len(written) == 2 * N_BATCHES

        # the UI's Retry: POST /flow_runs/{id}/set_state AwaitingRetry, orchestrated (no force)
        answer = client.set_flow_run_state(run.id, AwaitingRetry(message="Retry from the UI"))
        assert answer.status == SetStateStatus.ACCEPT, answer.details
        retried = _wait("the retry to finish", lambda: (
            (r := client.read_flow_run(run.id)).run_count == 2 and r.state.is_final() and r),
            240, log, served)
        assert retried.state.type == StateType.COMPLETED, f"{retried.state}\n{tail(log)}"
        second = _wait("the retry's task runs",
                       lambda: _batch_task_runs(client, run.id, 2), 60, log, served)
        assert sorted(r.state.name for r in second) == ["Cached"] * N_BATCHES
        assert _files(wh) == written
