"""Every pipeline run and stage flow run publishes its counts and its changed clusters as
Prefect artifacts with stable keys, linked to the run (read back through the Prefect client)."""
from __future__ import annotations

import json

import pytest

from flows.stages import STAGE_FLOWS, parameters
from tasks.artifacts import artifact_keys
from warehouse import Warehouse

ARTICLES = {  # our own sentences: two reports of one visit, and a call
    "a.txt": "يزور وزير الخارجية التونسي الجزائر يوم 21 نوفمبر 2024 في زيارة رسمية تستغرق يومين.",
    "b.txt": "وصل وزير الخارجية التونسي إلى الجزائر يوم 21 نوفمبر 2024 في زيارة رسمية.",
    "c.txt": "أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني يوم 20 نوفمبر 2024.",
    "empty.txt": "",
}


def _artifacts(client, flow_run_ids: list) -> dict[str, object]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    found = client.read_artifacts(artifact_filter=ArtifactFilter(
        flow_run_id=ArtifactFilterFlowRunId(any_=flow_run_ids)))
    return {a.key: a for a in found}


def _child_runs(client, parent_id) -> dict[str, object]:
    """The stage flow runs of a pipeline run, by flow name."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentFlowRunId

    runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(
        parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[parent_id])))
    return {client.read_flow(r.flow_id).name: r for r in runs}


@pytest.fixture(scope="module")
def pipeline_run(prefect_harness, model_path, tmp_path_factory):
    """(warehouse, inbox, pipeline flow run id) of a pipeline run on the articles."""
    from flows.pipeline import waqai_pipeline

    inbox = tmp_path_factory.mktemp("inbox")
    for name, text in ARTICLES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    (inbox / "a.json").write_text('{"published": "2024-11-19"}', encoding="utf-8")
    (inbox / "b.json").write_text('{"published": "2024-11-21"}', encoding="utf-8")
    (inbox / "c.json").write_text('{"published": "2024-11-20"}', encoding="utf-8")
    root = tmp_path_factory.mktemp("artifacts") / "wh"
    state = waqai_pipeline(input=[str(inbox)], warehouse=str(root), model=str(model_path),
                           batch_size=2, return_state=True)
    assert state.is_completed()
    return root, inbox, state.state_details.flow_run_id


@pytest.mark.model
@pytest.mark.flow
def test_pipeline_run_publishes_counts_and_clusters(pipeline_run):
    from prefect import get_client

    root, _, run_id = pipeline_run
    counts_key, clusters_key = artifact_keys("pipeline")
    with get_client(sync_client=True) as client:
        found = _artifacts(client, [run_id])
    assert found[counts_key].type == "table" and found[clusters_key].type == "markdown"
    table = found[counts_key].data  # the API stores a table artifact as JSON text
    rows = {(r["scope"], r["stage"], r["table"], r["group"]): r["count"]
            for r in (json.loads(table) if isinstance(table, str) else table)}
    wh = Warehouse(root)
    assert rows[("run", "ingest", "documents", "written")] == 3
    assert rows[("warehouse", "", "rejects", "empty")] == 1
    assert rows[("warehouse", "", "events", "")] == wh.count("events") > 0
    by_type = {k[3]: n for k, n in rows.items() if k[:3] == ("warehouse", "", "events") and k[3]}
    assert sum(by_type.values()) == wh.count("events")
    assert any(g.startswith("PHONE_CALL ") for g in by_type)
    markdown = found[clusters_key].data
    n_clusters = wh.count("event_clusters")
    assert f"{n_clusters} event clusters created or changed." in markdown
    assert markdown.count("| created |") == n_clusters  # a first run creates every cluster
    assert "PHONE_CALL" in markdown and "EGY, JOR" in markdown


@pytest.mark.model
@pytest.mark.flow
def test_the_pipeline_runs_its_stages_in_its_own_flow_run(pipeline_run):
    from prefect import get_client

    _, _, run_id = pipeline_run
    with get_client(sync_client=True) as client:
        assert _child_runs(client, run_id) == {}
        assert set(_artifacts(client, [run_id])) == set(artifact_keys("pipeline"))


@pytest.mark.model
@pytest.mark.flow
@pytest.mark.parametrize("stage", list(STAGE_FLOWS))
def test_every_stage_flow_run_publishes_its_own_artifacts(pipeline_run, model_path, stage):
    from prefect import get_client

    root, inbox, _ = pipeline_run
    offered = {"warehouse": str(root), "input": [str(inbox)], "model": str(model_path)}
    state = STAGE_FLOWS[stage](**{k: v for k, v in offered.items() if k in parameters(stage)},
                               return_state=True)
    assert state.is_completed()
    with get_client(sync_client=True) as client:
        found = _artifacts(client, [state.state_details.flow_run_id])
    assert set(found) == set(artifact_keys(stage))


@pytest.mark.model
@pytest.mark.flow
def test_a_rerun_changes_no_cluster_and_keeps_the_keys(pipeline_run):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.stages import cluster_flow

    root, _, _ = pipeline_run
    states = [cluster_flow(warehouse=str(root), return_state=True) for _ in range(2)]
    with get_client(sync_client=True) as client:
        found = _artifacts(client, [states[-1].state_details.flow_run_id])
        history = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=[artifact_keys("cluster")[1]])))
    assert "0 event clusters created or changed." in found[artifact_keys("cluster")[1]].data
    assert len(history) >= 2  # the same key holds every run's version
