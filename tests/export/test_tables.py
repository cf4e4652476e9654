"""`waqai export` of events and event clusters: every format carries the schema's columns."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from schemas import SCHEMAS
from waqai.cli import app
from waqai.export import ExportError, export

runner = CliRunner()


def _export(root, table, fmt) -> bytes:
    out = io.BytesIO()
    export(root, table, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("table", ["events", "event_clusters"])
def test_csv_has_the_schema_columns_and_every_row(small_warehouse, table):
    rows = list(csv.reader(io.StringIO(_export(small_warehouse, table, "csv").decode())))
    assert rows[0] == SCHEMAS[table].names
    assert len(rows) == 1 + 3
    participants = rows[1][rows[0].index("participants")]
    assert json.loads(participants) == ["EGY", "SAU"]  # list cells as JSON


@pytest.mark.parametrize("table", ["events", "event_clusters"])
def test_jsonl_records_have_the_schema_columns(small_warehouse, table):
    lines = _export(small_warehouse, table, "jsonl").decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    assert all(list(r) == SCHEMAS[table].names for r in records)


@pytest.mark.parametrize("table", ["events", "event_clusters"])
def test_parquet_has_the_declared_schema(small_warehouse, table):
    arrow = pq.read_table(io.BytesIO(_export(small_warehouse, table, "parquet")))
    assert arrow.schema.equals(SCHEMAS[table]) and arrow.num_rows == 3


def test_events_keep_their_coordinates(small_warehouse):
    records = {r["event_id"]: r for r in map(
        json.loads, _export(small_warehouse, "events", "jsonl").decode().splitlines())}
    assert records["e1"]["location_geonames_id"] == 108410  # Riyadh, named
    assert records["e1"]["location_precision"] == "city"
    assert records["e2"]["location_precision"] == "country"  # only the country: its capital
    assert records["e3"]["location_latitude"] is None


@pytest.mark.parametrize("table,fmt,message", [
    ("events", "conllu", "applies to tokens only"),
    ("tokens", "plover", "applies to events only"),
    ("nothing", "csv", "unknown table"),
    ("events", "xml", "unknown format"),
])
def test_impossible_exports_are_refused(small_warehouse, table, fmt, message):
    with pytest.raises(ExportError, match=message):
        export(small_warehouse, table, fmt, io.BytesIO())


def test_cli_writes_a_file_and_stdout(small_warehouse, tmp_path):
    target = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "-w", str(small_warehouse), "-t", "events",
                                 "-f", "csv", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").splitlines()[0].split(",") == SCHEMAS["events"].names
    result = runner.invoke(app, ["export", "-w", str(small_warehouse), "-t", "event_clusters",
                                 "-f", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_cli_error_is_one_clean_line(small_warehouse):
    result = runner.invoke(app, ["export", "-w", str(small_warehouse), "-t", "events",
                                 "-f", "conllu"])
    assert result.exit_code == 1
    assert result.output.strip() == "error: --format conllu applies to tokens only"
