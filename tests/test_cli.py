"""CLI: every command documents itself with an example; library errors become clean messages."""
import errno
import os
import subprocess

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
    assert COMMANDS == [("export",), ("model", "download"), ("model", "info"), ("publish",),
                        ("query",), ("report",), ("run",), ("serve",), ("stage",), ("timex",)]


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


def test_the_downloaded_model_is_found_where_spacy_udpipe_puts_it(monkeypatch, tmp_path):
    import importlib.machinery

    from waqai.nlp import model

    package = tmp_path / "spacy_udpipe"
    (package / "models").mkdir(parents=True)
    (package / "languages.json").write_text('{"ar": "arabic-x.udpipe"}', encoding="utf-8")
    spec = importlib.machinery.ModuleSpec("spacy_udpipe", None, is_package=True)
    spec.submodule_search_locations = [str(package)]
    monkeypatch.setattr(model.importlib.util, "find_spec", lambda name: spec)
    assert model.downloaded_model_path() is None  # not downloaded
    (package / "models" / "arabic-x.udpipe").write_bytes(b"model")
    assert model.downloaded_model_path() == package / "models" / "arabic-x.udpipe"


def test_model_given_but_absent_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["model", "info", "--model", str(tmp_path / "x.udpipe")])
    assert result.exit_code == 1 and "does not exist" in result.output


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
])
def test_bad_stage_arguments_are_clean_errors(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and message in result.output


def _unusable_warehouses(tmp_path):
    a_file = tmp_path / "wh.txt"
    a_file.write_text("not a folder")
    return {"a file": (a_file, "is a file, not a folder"),
            "below a file": (a_file / "wh", "a parent of it is a file")}


@pytest.mark.parametrize("kind", ["a file", "below a file"])
@pytest.mark.parametrize("command", [["run", "-i", "samples"], ["stage", "ingest", "-i", "samples"],
                                     ["publish"]], ids=["run", "stage", "publish"])
def test_an_unusable_warehouse_is_one_line_and_status_2(tmp_path, kind, command):
    path, message = _unusable_warehouses(tmp_path)[kind]
    result = runner.invoke(app, [*command, "-w", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("error: ")
    assert message in result.output


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder this process cannot write to: mode 0500, or immutable when running as root."""
    folder = tmp_path / "wh"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: no unwritable folder")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_an_unwritable_warehouse_is_one_line_and_status_2(unwritable_folder):
    result = runner.invoke(app, ["publish", "-w", str(unwritable_folder)])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "is not writable" in result.output


@pytest.mark.parametrize("error,transient", [
    (OSError(errno.EIO, "input/output error"), True),
    (OSError(errno.ENOSPC, "no space left"), True),
    (TimeoutError("stale NFS handle"), True),
    (PermissionError(errno.EACCES, "permission denied"), False),
    (NotADirectoryError(errno.ENOTDIR, "not a directory"), False),
    (OSError(errno.EROFS, "read-only file system"), False),
    (ValueError("a bug"), False),
])
def test_only_transient_io_errors_are_retried(error, transient):
    from tasks.stages import is_transient

    assert is_transient(error) is transient


@pytest.mark.parametrize("command", [["run", "-i", "samples"], ["stage", "cluster"]])
def test_an_api_url_that_does_not_answer_is_a_clean_error(command, tmp_path):
    import socket

    from prefect.settings import PREFECT_API_URL, temporary_settings

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/api"
    with temporary_settings(updates={PREFECT_API_URL: dead}):
        result = runner.invoke(app, [*command, "-w", str(tmp_path / "wh")])
    assert result.exit_code == 1
    assert f"PREFECT_API_URL={dead} does not answer" in result.output
    assert not (tmp_path / "wh" / "documents").exists()  # nothing ran
