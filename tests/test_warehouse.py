"""Warehouse: atomic parts, manifests, crash leftovers removed, catalog readable by the shell."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from schemas import SCHEMAS, Document, Reject, Sentence, to_arrow
from warehouse import Warehouse, connect, publish
from warehouse.store import part_name

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def _doc(i: int) -> Document:
    return Document(f"d{i}", f"s{i}", f"p{i}", None, None, dt.date(2024, 1, i + 1), "metadata",
                    "نص الخبر", 8, NOW, "r")


def test_every_table_has_a_typed_empty_part_and_a_view(tmp_path):
    wh = Warehouse(tmp_path).init()
    publish(tmp_path, {})
    con = connect(tmp_path)
    for table, schema in SCHEMAS.items():
        assert con.execute(f"select count(*) from {table}").fetchone() == (0,)
        assert [r[0] for r in con.execute(f"describe {table}").fetchall()] == schema.names
    assert wh.count("documents") == 0


def test_write_commit_and_done(tmp_path):
    wh = Warehouse(tmp_path).init()
    docs = [_doc(1), _doc(2)]
    part = part_name(d.doc_id for d in docs)
    wh.write_part("documents", docs, part)
    wh.commit("ingest", part, ["d1", "d2"], "v1")
    assert wh.done("ingest") == {"d1", "d2"}
    assert wh.manifests("ingest")[part]["version"] == "v1"
    assert wh.read("documents", ["d2"]).column("source_id").to_pylist() == ["s2"]
    assert pq.read_schema(wh.parts("documents")[0]).names == SCHEMAS["documents"].names


def test_uncommitted_parts_and_temp_files_are_removed(tmp_path):
    wh = Warehouse(tmp_path).init()
    wh.write_part("sentences", [Sentence("d1", 0, 0, 3, "نص ")], "orphan")
    (tmp_path / "sentences" / ".tmp-123-part-x.parquet").write_bytes(b"half written")
    wh.write_part("sentences", [Sentence("d2", 0, 0, 3, "نص ")], "kept")
    wh.commit("tokenize", "kept", ["d2"], "v1")
    removed = wh.remove_uncommitted("tokenize", ["sentences"])
    assert {p.name for p in removed} == {"part-orphan.parquet", ".tmp-123-part-x.parquet"}
    assert [p.name for p in wh.parts("sentences")] == ["part-kept.parquet"]


def test_rewriting_a_part_is_idempotent(tmp_path):
    wh = Warehouse(tmp_path).init()
    rows = [Reject("a.txt", "empty", "no content", "r1")]
    for _ in range(3):
        wh.write_part("rejects", rows, part_name(["a.txt"]))
    assert wh.count("rejects") == 1


def test_a_failed_write_leaves_the_previous_part_intact(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path).init()
    wh.write_part("documents", [_doc(1)], "p")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", boom)
    with pytest.raises(OSError):
        wh.write_part("documents", [_doc(1), _doc(2)], "p")
    monkeypatch.undo()
    assert wh.count("documents") == 1
    assert not list((tmp_path / "documents").glob(".tmp-*"))


def test_catalog_is_read_only_and_opens_in_the_duckdb_shell(tmp_path):
    wh = Warehouse(tmp_path).init()
    wh.write_part("documents", [_doc(1)], "p")
    path = publish(tmp_path, {"documents": wh.parts("documents")})
    con = connect(tmp_path)
    assert con.execute("select source_id from documents").fetchall() == [("s1",)]
    with pytest.raises(duckdb.Error):
        con.execute("create table x as select 1")
    con.close()
    shell = Path(sys.executable).with_name("duckdb")
    # the views name files relative to the warehouse: the shell runs in it
    out = subprocess.run([str(shell), path.name, "-csv", "-c", "select count(*) n from documents"],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["n", "1"]
