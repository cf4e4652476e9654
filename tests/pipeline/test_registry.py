"""The stage registry is the one list of stages: the flows, `waqai stage`, the run summary,
`prefect.yaml` and `waqai serve`'s deployments agree with it."""
from importlib import import_module
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from flows.serve import deployments
from flows.stages import STAGE_FLOWS, flow_name, parameters
from schemas import SCHEMAS
from waqai.cli import app
from waqai.pipeline.registry import STAGES, TABLES, Stage, check_order
from waqai.settings import DEFAULTS, Settings

REPO = Path(__file__).resolve().parents[2]
PREFECT_YAML = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
PIPELINE_ENTRYPOINT = "flows/pipeline.py:waqai_pipeline"


def _yaml_deployment(entrypoint: str) -> dict:
    found = [d for d in PREFECT_YAML["deployments"] if d["entrypoint"] == entrypoint]
    assert len(found) == 1, f"prefect.yaml: {len(found)} deployments of {entrypoint}"
    return found[0]


def _entrypoint(stage: str) -> str:
    return f"flows/stages.py:{STAGE_FLOWS[stage].fn.__name__}"


def test_the_flows_are_the_registry_stages_in_order():
    assert list(STAGE_FLOWS) == list(STAGES)
    assert [f.name for f in STAGE_FLOWS.values()] == [flow_name(s) for s in STAGES]


@pytest.mark.parametrize("stage", list(STAGES))
def test_each_stage_has_its_module(stage):
    module = import_module(STAGES[stage].module)
    assert hasattr(module, "compute") == STAGES[stage].batched


def test_every_table_is_written_by_a_stage_and_summarised():
    assert set(TABLES) == set(SCHEMAS)


@pytest.mark.parametrize("stages,error", [
    ((Stage("a", "", ()), Stage("b", "", ("a",))), None),
    ((Stage("b", "", ("a",)), Stage("a", "", ())), "stage b: upstream 'a' is not declared"),
    ((Stage("a", "", ("missing",)),), "stage a: upstream 'missing' is not declared"),
])
def test_an_upstream_must_come_first(stages, error):
    declared = {s.name: s for s in stages}
    if error is None:
        check_order(declared)
    else:
        with pytest.raises(ValueError, match=error):
            check_order(declared)


@pytest.mark.parametrize("stage", list(STAGES))
def test_prefect_yaml_has_each_stage_deployment(stage):
    deployment = _yaml_deployment(_entrypoint(stage))
    assert deployment["name"] == DEFAULTS.stage_deployment
    assert deployment["description"] == STAGES[stage].description
    assert set(deployment["parameters"]) <= parameters(stage)
    assert deployment["parameters"]["warehouse"] == DEFAULTS.warehouse
    assert ("input" in deployment["parameters"]) == ("input" in parameters(stage))


def test_prefect_yaml_has_only_the_registry_stages_and_the_pipeline():
    assert [d["entrypoint"] for d in PREFECT_YAML["deployments"]] == [
        *(_entrypoint(s) for s in STAGES), PIPELINE_ENTRYPOINT]


def test_prefect_yaml_pipeline_is_named_and_scheduled_as_the_settings_say():
    deployment = _yaml_deployment(PIPELINE_ENTRYPOINT)
    assert deployment["name"] == DEFAULTS.pipeline_deployment
    assert [s["cron"] for s in deployment["schedules"]] == [DEFAULTS.cron]
    assert deployment["parameters"] == {"input": [DEFAULTS.inbox], "warehouse": DEFAULTS.warehouse,
                                        "via_deployments": True}


@pytest.mark.parametrize("given", [{}, {"stage_deployment": "alone", "pipeline_deployment": "daily",
                                        "cron": "0 3 * * *"}])
def test_serve_deploys_each_registry_stage_and_the_pipeline(given):
    settings = Settings.load({}, warehouse="/wh", inbox="/in", **given)
    served = deployments(settings)
    assert [(d.flow_name, d.name, d.entrypoint) for d in served] == [
        *((flow_name(s), settings.stage_deployment, _entrypoint(s)) for s in STAGES),
        ("waqai-pipeline", settings.pipeline_deployment, PIPELINE_ENTRYPOINT)]
    assert [d.parameters for d in served[:-1]] == [
        {"warehouse": "/wh"} | ({"input": ["/in"]} if "input" in parameters(s) else {})
        for s in STAGES]
    assert [s.schedule.cron for s in served[-1].schedules] == [settings.cron]


@pytest.mark.parametrize("args,message", [
    (["nothing"], "unknown stage 'nothing': one of " + ", ".join(STAGES)),
    (["ingest"], "ingest needs --input"),
])
def test_waqai_stage_checks_the_name_and_input_against_the_registry(args, message, tmp_path):
    result = CliRunner().invoke(app, ["stage", *args, "--warehouse", str(tmp_path / "wh")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {message}"]
