"""Readers see published snapshots: complete batches only, fixed until the next publish, read
from the warehouse's own folder wherever it was copied; one writer at a time."""
import datetime as dt
import shutil
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from schemas import Document, Sentence
from warehouse import Warehouse, WarehouseBusy, connect, writer
from warehouse.catalog import KEEP_SNAPSHOTS, snapshots
from warehouse.store import part_name
from waqai.cli import app
from waqai.pipeline.batches import joined, upstream_versions
from waqai.pipeline.publish import PART_STAGES, publish_catalog
from waqai.pipeline.registry import STAGES as REGISTRY

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
STAGES = list(PART_STAGES)  # ingest, tokenize, timex, extract: each on its upstream


def _documents(doc_ids):
    return [Document(d, f"{d}.txt", f"/in/{d}.txt", None, None, dt.date(2024, 1, 2), "metadata",
                     "التقى الوزيران أمس.", 19, NOW, "r") for d in doc_ids]


def commit(wh: Warehouse, doc_ids, stages=STAGES, sentences_per_doc: int = 1) -> str:
    """Write and commit one batch of ``doc_ids`` through ``stages`` (parts of the other tables
    empty, one sentence per document), each version chained on its upstream stages'."""
    batch = part_name(doc_ids)
    rows = {"documents": _documents(doc_ids),
            "sentences": [Sentence(d, i, 0, 19, "التقى الوزيران أمس.") for d in doc_ids
                          for i in range(sentences_per_doc)]}
    for stage in stages:
        manifests = {up: wh.manifests(up) for up in REGISTRY[stage].upstream}
        version = "1" if stage == "ingest" else joined(
            f"{stage}-{sentences_per_doc}", upstream_versions(manifests, stage, batch))
        for table in REGISTRY[stage].outputs:
            wh.write_part(table, rows.get(table, []), batch)
        wh.commit(stage, batch, doc_ids, version)
    return batch


def read(root, sql: str):
    con = connect(root)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


COUNTS = "select (select count(*) from documents), (select count(*) from sentences)"


@pytest.fixture
def wh(tmp_path):
    return Warehouse(tmp_path / "wh").init()


def test_a_batch_is_published_only_once_every_stage_committed_it(wh):
    commit(wh, ["a1", "a2"])
    commit(wh, ["b1"], stages=["ingest", "tokenize"])  # a run still at work on it
    publish_catalog(wh)
    assert read(wh.root, COUNTS) == [(2, 2)]
    commit(wh, ["b1"])
    publish_catalog(wh)
    assert read(wh.root, COUNTS) == [(3, 3)]


def test_uncommitted_parts_are_never_published(wh):
    commit(wh, ["a1"])
    wh.write_part("documents", _documents(["x1"]), "orphan")  # written, never committed
    publish_catalog(wh)
    assert read(wh.root, "select doc_id from documents") == [("a1",)]


def test_readers_keep_the_published_state_while_parts_are_rewritten(wh):
    batch = commit(wh, ["a1", "a2"])
    publish_catalog(wh)
    # a forced re-tokenize replaces the batch's parts in place; timex and extract still to do
    wh.write_part("sentences", [Sentence("a1", 0, 0, 5, "التقى")], batch)
    wh.commit("tokenize", batch, ["a1", "a2"], "tokenize-2|1")
    assert read(wh.root, COUNTS) == [(2, 2)]
    publish_catalog(wh)  # the batch is not complete again: its last published parts stay
    assert read(wh.root, COUNTS) == [(2, 2)]
    commit(wh, ["a1", "a2"], sentences_per_doc=2)
    publish_catalog(wh)
    assert read(wh.root, COUNTS) == [(2, 4)]


def test_a_copied_warehouse_answers_from_its_own_files(wh, tmp_path):
    commit(wh, ["a1"])
    publish_catalog(wh)
    copy = tmp_path / "copy"
    shutil.copytree(wh.root, copy)
    commit(wh, ["a2", "a3"])
    publish_catalog(wh)
    assert read(wh.root, COUNTS) == [(3, 3)]
    assert read(copy, COUNTS) == [(1, 1)]
    shutil.rmtree(wh.root)
    assert read(copy, "select doc_id from documents") == [("a1",)]


def test_a_moved_warehouse_is_read_from_any_working_folder(wh, tmp_path, monkeypatch):
    commit(wh, ["a1"])
    publish_catalog(wh)
    moved = tmp_path / "moved"
    wh.root.rename(moved)
    monkeypatch.chdir(tmp_path)
    assert read(moved, COUNTS) == [(1, 1)]


def test_glob_characters_in_the_warehouse_path(tmp_path):
    wh = Warehouse(tmp_path / "wh[1]" / "x*").init()
    commit(wh, ["a1"])
    publish_catalog(wh)
    assert read(wh.root, "select doc_id from documents") == [("a1",)]
    assert wh.read("documents").column("doc_id").to_pylist() == ["a1"]


def test_old_snapshots_are_pruned(wh):
    commit(wh, ["a1"])
    for _ in range(KEEP_SNAPSHOTS + 2):
        publish_catalog(wh)
    assert len(snapshots(wh.root)) == KEEP_SNAPSHOTS
    assert read(wh.root, COUNTS) == [(1, 1)]


def test_the_next_writer_removes_what_a_killed_publish_left(wh):
    commit(wh, ["a1"])
    publish_catalog(wh)
    leftovers = [wh.root / ".tmp-1f2e.duckdb", wh.root / ".tmp-1f2e.duckdb.wal",
                 wh.root / "_published" / ".tmp-0001-ab" / "documents" / "part-x.parquet",
                 wh.root / "documents" / ".tmp-3c4d-part-y.parquet.tmp"]
    for path in leftovers:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half written")
    result = CliRunner().invoke(app, ["publish", "-w", str(wh.root)])
    assert result.exit_code == 0, result.output
    assert [p for p in leftovers if p.exists()] == []
    assert not (wh.root / "_published" / ".tmp-0001-ab").exists()
    assert read(wh.root, COUNTS) == [(1, 1)]


HOLD = ("import sys; from warehouse import writer\n"
        "with writer(sys.argv[1]):\n"
        "    print('held', flush=True); sys.stdin.read()\n")


@pytest.fixture
def held(wh):
    """Another process holding the writer lock until the test lets go."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(wh.root)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_a_second_writer_fails_at_once_without_waiting(wh, held):
    with pytest.raises(WarehouseBusy):
        with writer(wh.root, wait=False):
            pass
    result = CliRunner().invoke(app, ["publish", "-w", str(wh.root), "--no-wait"])
    assert result.exit_code == 3 and "being written by another run" in result.output


def test_a_second_writer_waits_with_a_message_and_readers_never_wait(wh, held):
    commit(wh, ["a1"])
    publish_catalog(wh)
    assert read(wh.root, COUNTS) == [(1, 1)]  # while another process writes
    messages, acquired = [], threading.Event()

    def second_writer():
        with writer(wh.root, on_wait=messages.append):
            acquired.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not acquired.wait(1.0)
    assert len(messages) == 1 and "waiting" in messages[0]
    held.stdin.close()  # the first writer finishes
    assert acquired.wait(30)
    thread.join()
