"""The settings: a given value, else its WAQAI_* variable, else the declared default."""
import pytest
from typer.testing import CliRunner

from waqai.cli import app
from waqai.settings import DEFAULTS, Settings, SettingsError


@pytest.mark.parametrize("environ,given,expected", [
    ({}, {}, {"batch_size": 200, "max_bytes": 5_000_000, "workers": None, "cron": "30 2 * * *",
              "stage_deployment": "stage", "pipeline_deployment": "nightly"}),
    ({"WAQAI_BATCH_SIZE": "50", "WAQAI_CRON": "0 3 * * *"}, {},
     {"batch_size": 50, "cron": "0 3 * * *"}),
    ({"WAQAI_BATCH_SIZE": "50"}, {"batch_size": 7}, {"batch_size": 7}),
    ({"WAQAI_WORKERS": "2"}, {"workers": None}, {"workers": 2}),  # None: not given
    ({"WAQAI_UDPIPE_MODEL": "/m.udpipe", "WAQAI_BATCH_SIZE": ""}, {},
     {"udpipe_model": "/m.udpipe", "batch_size": 200}),  # an empty variable: unset
])
def test_given_over_environment_over_defaults(environ, given, expected):
    settings = Settings.load(environ, **given)
    assert {name: getattr(settings, name) for name in expected} == expected


@pytest.mark.parametrize("environ,message", [
    ({"WAQAI_BATCH_SIZE": "many"}, "WAQAI_BATCH_SIZE='many': not a valid batch size"),
    ({"WAQAI_WORKERS": "0"}, "WAQAI_WORKERS='0': not a valid workers"),
])
def test_a_bad_variable_names_itself(environ, message):
    with pytest.raises(SettingsError, match=message):
        Settings.load(environ)


def test_an_unknown_setting_is_refused():
    with pytest.raises(TypeError, match="unknown settings: batchsize"):
        Settings.load({}, batchsize=3)


def test_defaults_are_the_declared_ones():
    assert Settings.load({}) == DEFAULTS == Settings()


def test_a_bad_variable_is_one_line_from_the_cli(monkeypatch, tmp_path):
    monkeypatch.setenv("WAQAI_MAX_BYTES", "-1")
    result = CliRunner().invoke(app, ["run", "--input", str(tmp_path), "--warehouse",
                                      str(tmp_path / "wh")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: WAQAI_MAX_BYTES='-1': not a valid max bytes"]
