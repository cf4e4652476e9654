"""Crash safety: SIGKILL `waqai run` mid-tokenize, then resume it to the tables of a clean run."""
import signal
import subprocess
import time

import pyarrow.parquet as pq
import pytest

from prefect_processes import child_env, kill_group, spawn, tail, waqai_command
from schemas import SCHEMAS
from synthetic_corpus import BATCH_SIZE, N_BATCHES, N_DOCS
from warehouse import Warehouse, connect, publish
from warehouse_snapshot import duplicates

pytestmark = [pytest.mark.slow, pytest.mark.flow, pytest.mark.model]


def _kill_once_tokenize_commits(proc: subprocess.Popen, wh: Warehouse, log, timeout=240) -> int:
    """Wait for the first tokenize manifest, then SIGKILL the whole process group."""
    deadline = time.monotonic() + timeout
    while not wh.manifests("tokenize"):
        assert proc.poll() is None, f"`waqai run` ended before tokenize committed:\n{tail(log)}"
        assert time.monotonic() < deadline, f"no tokenize manifest in time:\n{tail(log)}"
        time.sleep(0.02)
    kill_group(proc, signal.SIGKILL)
    return len(wh.manifests("tokenize"))


def test_a_killed_run_resumes_to_the_tables_of_an_uninterrupted_run(reference, corpus,
                                                                     model_path, tmp_path):
    root, log = tmp_path / "wh", tmp_path / "run.log"
    wh = Warehouse(root)
    env = child_env(tmp_path / "prefect-home")  # ephemeral server, killed with the run
    run = waqai_command("run", "--input", corpus, "--warehouse", root, "--model", model_path,
                        "--batch-size", BATCH_SIZE, "--no-progress")

    proc = spawn(run + ["--workers", 1], env, log)  # in one process, as one kills it mid-batch
    try:
        committed = _kill_once_tokenize_commits(proc, wh, log)
    finally:
        kill_group(proc, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert 1 <= committed < N_BATCHES, "killed too late to interrupt tokenize"
    done = {p: p.stat().st_mtime_ns for batch in wh.manifests("tokenize")
            for p in (wh.root / "_manifest" / "tokenize" / f"{batch}.json",
                      wh.part_path("sentences", batch), wh.part_path("tokens", batch))}

    # what the kill left is readable: whole Parquet parts, and a catalog over them
    for table in SCHEMAS:
        for part in wh.parts(table):
            pq.read_table(part)
    publish(root, {table: wh.parts(table) for table in SCHEMAS})  # every part, committed or not
    con = connect(root)
    assert con.execute("select count(distinct doc_id) from documents").fetchone() == (N_DOCS,)
    assert con.execute("select count(*) from events").fetchone() == (0,)
    con.close()

    # resume on two workers: they must use this run's ephemeral server, not start their own
    resumed = subprocess.run([str(a) for a in run + ["--workers", 2]],
                             env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    output = resumed.stdout + resumed.stderr
    assert resumed.returncode == 0, output[-6000:]
    assert output.count("Starting temporary server") == 1, output[-6000:]
    assert not any(duplicates(root).values())
    reference.assert_reproduced(root)
    # batches committed before the kill were kept, not tokenized again
    assert {p: p.stat().st_mtime_ns for p in done} == done
