"""CLI: every command documents itself with an example; library errors become clean messages."""
import pytest
from typer.testing import CliRunner

from waqai.cli import app

runner = CliRunner()


def _commands(typer_app, prefix=()):
    import typer.main

    group = typer.main.get_command(typer_app)
    stack = [(prefix, group)]
    while stack:
        path, cmd = stack.pop()
        subs = getattr(cmd, "commands", None)
        if subs:
            stack.extend((path + (name,), sub) for name, sub in subs.items())
        else:
            yield path


COMMANDS = sorted(_commands(app))


def test_the_expected_commands_exist():
    assert COMMANDS == [("model", "download"), ("model", "info"), ("publish",), ("query",),
                        ("run",), ("serve",), ("stage",), ("timex",)]


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "waqai " in result.output.split("Example:")[1]


def test_missing_model_message_lists_the_three_options(monkeypatch, tmp_path):
    monkeypatch.delenv("WAQAI_UDPIPE_MODEL", raising=False)
    monkeypatch.setattr("waqai.nlp.model.downloaded_model_path", lambda: None)
    monkeypatch.setattr("waqai.nlp.model.SHIPPED_MODEL", tmp_path / "absent.udpipe")
    result = runner.invoke(app, ["model", "info"])
    assert result.exit_code == 1
    for option in ("--model PATH", "WAQAI_UDPIPE_MODEL", "waqai model download", "make model"):
        assert option in result.output


def test_model_given_but_absent_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["model", "info", "--model", str(tmp_path / "x.udpipe")])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_query_without_catalog_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["query", "-w", str(tmp_path), "select 1"])
    assert result.exit_code == 1 and "no catalog" in result.output


def test_query_is_read_only(tmp_path):
    assert runner.invoke(app, ["publish", "-w", str(tmp_path)]).exit_code == 0
    ok = runner.invoke(app, ["query", "-w", str(tmp_path), "-f", "csv",
                             "select count(*) as n from documents"])
    assert ok.exit_code == 0 and ok.output.split() == ["n", "0"]
    bad = runner.invoke(app, ["query", "-w", str(tmp_path), "drop view documents"])
    assert bad.exit_code == 1 and "read-only" in bad.output


def test_timex_rejects_a_bad_anchor():
    result = runner.invoke(app, ["timex", "--anchor", "06/08/2020"], input="اليوم\n")
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("args,message", [
    (["stage", "bogus", "-w", "wh"], "unknown stage"),
    (["stage", "ingest", "-w", "wh"], "ingest needs --input"),
    (["run", "-i", "x", "-w", "wh", "--runner", "spark"], "--runner must be local or dask"),
])
def test_bad_stage_arguments_are_clean_errors(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and message in result.output
