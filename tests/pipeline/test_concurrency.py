"""Real `waqai run` processes at once on one warehouse: nothing lost, readers see only
published complete states, and the temporary Prefect server dies with its run."""
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prefect_processes import child_env, kill_group, spawn, tail, waqai_command
from synthetic_corpus import N_DOCS, documents
from warehouse import Warehouse, connect
from waqai.cli import app

pytestmark = [pytest.mark.slow, pytest.mark.flow, pytest.mark.model]


def write_feed(folder: Path, docs: list[dict]) -> Path:
    folder.mkdir(parents=True)
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def run_command(inbox: Path, root: Path, model_path: Path, batch_size: int) -> list:
    return waqai_command("run", "--input", inbox, "--warehouse", root, "--model", model_path,
                         "--batch-size", batch_size, "--no-progress")


def _names(folder: Path, prefix: str, suffix: str) -> set[str]:
    try:
        return {n[len(prefix):-len(suffix)] for n in os.listdir(folder)
                if n.startswith(prefix) and n.endswith(suffix)}
    except FileNotFoundError:
        return set()


def pause_mid_ingest(proc: subprocess.Popen, root: Path, n_batches: int, log: Path,
                     timeout: float = 240) -> bool:
    """SIGSTOP ``proc`` at a moment its ingest has written a documents part that no manifest
    covers yet (what a second writer's clean-up would take for a leftover); when no such moment
    is caught before ingest ends, at the end of ingest. Returns whether one was caught."""
    parts, manifests = root / "documents", root / "_manifest" / "ingest"
    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, f"`waqai run` ended before it was paused:\n{tail(log)}"
        assert time.monotonic() < deadline, f"ingest did not start in time:\n{tail(log)}"
        written = _names(parts, "part-", ".parquet")
        committed = _names(manifests, "", ".json")
        if written - committed or len(committed) == n_batches:
            os.kill(proc.pid, signal.SIGSTOP)
            time.sleep(0.05)
            if _names(parts, "part-", ".parquet") - _names(manifests, "", ".json"):
                return True
            if len(_names(manifests, "", ".json")) == n_batches:
                return False
            os.kill(proc.pid, signal.SIGCONT)


def test_two_runs_at_once_keep_every_document(model_path, tmp_path):
    docs = documents(16)
    first_inbox = write_feed(tmp_path / "first", docs[:8])
    second_inbox = write_feed(tmp_path / "second", docs[8:])
    root = tmp_path / "wh"
    logs = tmp_path / "first.log", tmp_path / "second.log"
    first = spawn(run_command(first_inbox, root, model_path, 1), child_env(tmp_path / "h1"),
                  logs[0])
    second = None
    try:
        caught = pause_mid_ingest(first, root, 8, logs[0])
        second = spawn(run_command(second_inbox, root, model_path, 4),
                       child_env(tmp_path / "h2"), logs[1])
        deadline = time.monotonic() + 240
        while "waiting: another run" not in tail(logs[1]) and second.poll() is None:
            assert time.monotonic() < deadline, f"second run neither waited nor ended:\n{tail(logs[1])}"
            time.sleep(0.2)
        os.kill(first.pid, signal.SIGCONT)
        assert first.wait(timeout=300) == 0, tail(logs[0])
        assert second.wait(timeout=300) == 0, tail(logs[1])
    finally:
        if first.poll() is None:
            os.kill(first.pid, signal.SIGCONT)
        for proc in (first, second):
            if proc:
                kill_group(proc, signal.SIGKILL)
    wh = Warehouse(root)
    lost = [b for b in wh.manifests("ingest") if not wh.part_path("documents", b).exists()]
    con = connect(root)
    published = con.execute("select count(distinct doc_id) from documents").fetchone()[0]
    con.close()
    assert (published, lost) == (16, []), f"paused with an uncommitted part: {caught}"
    if caught:  # paused inside ingest, holding the lock: the second run had to wait
        assert "waiting: another run is writing" in tail(logs[1], 400)


# per published document: its sentences, its events and how many of them are clustered
STATE = """
select d.doc_id,
       (select count(*) from sentences s where s.doc_id = d.doc_id),
       (select count(*) from events e where e.doc_id = d.doc_id),
       (select count(cluster_id) from events e where e.doc_id = d.doc_id)
from documents d
"""


def read_state(root: Path) -> dict | None:
    try:
        con = connect(root)
    except FileNotFoundError:
        return None
    try:
        return {row[0]: row[1:] for row in con.execute(STATE).fetchall()}
    finally:
        con.close()


def test_a_reader_never_sees_a_partial_state_during_a_run(reference, model_path, tmp_path):
    root, log = tmp_path / "wh", tmp_path / "run.log"
    shutil.copytree(reference.root, root)
    assert CliRunner().invoke(app, ["publish", "-w", str(root)]).exit_code == 0
    inbox = write_feed(tmp_path / "inbox", documents(N_DOCS + 12)[N_DOCS:])
    proc = spawn(run_command(inbox, root, model_path, 2), child_env(tmp_path / "home"), log)
    seen = []
    try:
        while proc.poll() is None:
            seen.append(read_state(root))
    finally:
        kill_group(proc)
    assert proc.returncode == 0, tail(log)
    final = read_state(root)
    assert len(final) == N_DOCS + 12
    assert {len(state) for state in seen} <= {N_DOCS, N_DOCS + 12}
    for state in seen:  # every document published with all its rows, in every table
        assert {doc: final[doc] for doc in state} == state
    assert len(seen) > 10, "the reader hardly ran during the run"


def _temporary_server_of(pid: int, timeout: float = 120) -> int:
    """The pid of the Prefect server process that ``pid`` started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in Path("/proc").iterdir():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except (OSError, ValueError):
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"create_app" in cmdline:
                return int(entry.name)
        time.sleep(0.2)
    raise AssertionError("no temporary server started")


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find processes")
def test_the_temporary_server_dies_with_a_killed_run(corpus, model_path, tmp_path):
    log = tmp_path / "run.log"
    proc = spawn(run_command(corpus, tmp_path / "wh", model_path, 5),
                 child_env(tmp_path / "home"), log)
    try:
        server = _temporary_server_of(proc.pid)
        time.sleep(1)  # `waqai run` now hands the server's pid to its watchdog
        os.kill(proc.pid, signal.SIGKILL)  # the run alone, as `kill -9 PID` does
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _alive(server) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(server), f"temporary server {server} outlived its run:\n{tail(log)}"
    finally:
        kill_group(proc, signal.SIGKILL)
