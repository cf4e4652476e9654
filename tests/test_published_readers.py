"""`waqai report` and `waqai export` read the last published state (the catalog's snapshot), never
parts a run wrote since: taken while a run writes, they show exactly what was published."""
from __future__ import annotations

import csv
import dataclasses
import io
import json

import conllu
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from small_warehouse import (EVENTS, TEXT, document, publish_parts, tokenized,
                             write_small_warehouse)
from waqai.cli import app
from waqai.export import export
from waqai.export.tables import _tokenized_documents
from waqai.places import locate_events
from waqai.report import load
from warehouse import NotPublished, Published, Warehouse

# format -> the ids an export of it lists (first column, PLOVER id, CoNLL-U document)
IDS = {
    "csv": lambda data: [row[0] for row in csv.reader(io.StringIO(data.decode()))][1:],
    "jsonl": lambda data: [next(iter(json.loads(line).values()))
                           for line in data.decode().splitlines()],
    "parquet": lambda data: pq.read_table(io.BytesIO(data)).column(0).to_pylist(),
    "plover": lambda data: [json.loads(line)["id"] for line in data.decode().splitlines()],
    "conllu": lambda data: [s.metadata["newdoc id"] for s in conllu.parse(data.decode())
                            if "newdoc id" in s.metadata],
}

EXPORTS = [  # (table, format, ids published, ids once the run's parts are published too)
    ("events", "csv", ["e1", "e2", "e3"], ["e1", "e2", "e3", "e9"]),
    ("events", "jsonl", ["e1", "e2", "e3"], ["e1", "e2", "e3", "e9"]),
    ("events", "parquet", ["e1", "e2", "e3"], ["e1", "e2", "e3", "e9"]),
    ("events", "plover", ["e1", "e2", "e3"], ["e1", "e2", "e3", "e9"]),
    ("event_clusters", "csv", ["c-e1", "c-e2", "c-e3"], []),
    ("documents", "jsonl", ["d1"], ["d1", "d2"]),
    ("tokens", "conllu", ["d1"], ["d2"]),
]


def _export(root, table: str, fmt: str) -> bytes:
    out = io.BytesIO()
    export(root, table, fmt, out)
    return out.getvalue()


def write_unpublished(wh: Warehouse) -> None:
    """What a run at work writes before it publishes: parts replaced, new parts."""
    wh.write_part("events", locate_events(
        [dataclasses.replace(e, status="cancelled") for e in EVENTS]), "b1")
    wh.write_part("events", locate_events(
        [dataclasses.replace(EVENTS[0], event_id="e9", doc_id="d2")]), "b2")
    wh.write_part("documents", [document("d2", "b")], "b2")
    sentences, tokens = tokenized("d2")
    wh.write_part("sentences", sentences, "b2")
    wh.write_part("tokens", tokens, "b2")
    wh.write_part("tokens", [], "b1")  # d1 re-tokenized, its new tokens not written yet
    wh.write_part("event_clusters", [], "all")  # clusters being recomputed


@pytest.fixture
def wh(tmp_path):
    return write_small_warehouse(tmp_path / "wh")


@pytest.mark.parametrize("table,fmt,published,later", EXPORTS,
                         ids=[f"{t}-{f}" for t, f, *_ in EXPORTS])
def test_an_export_is_of_the_published_state(wh, table, fmt, published, later):
    before = _export(wh.root, table, fmt)
    assert IDS[fmt](before) == published
    write_unpublished(wh)
    assert _export(wh.root, table, fmt) == before
    publish_parts(wh)
    assert IDS[fmt](_export(wh.root, table, fmt)) == later


def test_the_report_is_of_the_published_state(wh):
    before = load(wh.root)
    assert {e.status for e in before.events} == {"occurred", "planned", "cancelled"}
    write_unpublished(wh)
    assert load(wh.root) == before
    publish_parts(wh)
    after = load(wh.root)
    assert [(e.event_id, e.status) for e in after.events] == [
        ("e1", "cancelled"), ("e9", "occurred"), ("e2", "cancelled"), ("e3", "cancelled")]
    assert after.clusters == []
    assert set(after.documents) == {"d1", "d2"}


def test_conllu_documents_come_in_doc_id_order_across_parts(tmp_path):
    wh = Warehouse(tmp_path / "wh").init()
    for part, doc_ids in {"b1": ["d1", "d3"], "b2": ["d2"]}.items():
        pairs = [tokenized(d) for d in doc_ids]
        wh.write_part("sentences", [s for ss, _ in pairs for s in ss], part)
        wh.write_part("tokens", [t for _, ts in reversed(pairs) for t in ts], part)
    publish_parts(wh)
    with Published(wh.root) as published:
        documents = list(_tokenized_documents(published))
    words = list(range(1, len(TEXT.split()) + 1))
    assert [(d, len(s), [t.token_index for t in ts]) for d, s, ts in documents] == [
        (d, 1, words) for d in ("d1", "d2", "d3")]
    assert all(t.doc_id == d for d, _, ts in documents for t in ts)


def test_conllu_holds_one_document_at_a_time(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "wh").init()
    for part, doc_id in enumerate(["d1", "d2", "d3"]):
        sentences, tokens = tokenized(doc_id)
        wh.write_part("sentences", sentences, f"b{part}")
        wh.write_part("tokens", tokens, f"b{part}")
    publish_parts(wh)
    fetched: list[str] = []
    stream = Published.stream

    def counted(self, table, order_by):
        for row in stream(self, table, order_by):
            fetched.append(row.doc_id)
            yield row

    monkeypatch.setattr("warehouse.published.BATCH_ROWS", 1)
    monkeypatch.setattr(Published, "stream", counted)
    with Published(wh.root) as published:
        documents = _tokenized_documents(published)
        assert next(documents)[0] == "d1"
        assert "d3" not in fetched  # only the first rows of the next document were read
        assert [d for d, _, _ in documents] == ["d2", "d3"]


READERS = {  # what reads the warehouse -> the call
    "report": lambda root: load(root),
    "export csv": lambda root: export(root, "events", "csv", io.BytesIO()),
    "export conllu": lambda root: export(root, "tokens", "conllu", io.BytesIO()),
}


@pytest.mark.parametrize("reader", list(READERS))
def test_parts_never_published_are_not_read(tmp_path, reader):
    wh = Warehouse(tmp_path / "wh").init()
    wh.write_part("documents", [document("d1", "a")], "b1")
    message = (f"no published warehouse at {wh.root}: run `waqai run` (or `waqai publish`) "
               "first")
    with pytest.raises(NotPublished) as raised:
        READERS[reader](wh.root)
    assert str(raised.value) == message


@pytest.mark.parametrize("command", [
    ["report", "-o", "report.html"], ["export", "-t", "events"],
    ["export", "-t", "tokens", "-f", "conllu"], ["query", "select 1"],
], ids=["report", "export", "export-conllu", "query"])
def test_the_cli_says_so_in_one_line_with_status_2(tmp_path, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*command, "-w", "wh"])
    assert result.exit_code == 2
    assert result.output == ("error: no published warehouse at wh: run `waqai run` "
                             "(or `waqai publish`) first\n")
    assert not (tmp_path / "report.html").exists()
