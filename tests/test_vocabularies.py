"""Closed vocabularies: the writer refuses a row with a value outside its column's, naming the
table, the column and the value, and a batch with such a row is not committed."""
import dataclasses
import datetime as dt

import pytest

from schemas import Input, Reject, Timex
from schemas.enums import EventType, VocabularyError, values
from small_warehouse import EVENTS
from waqai.data import load_yaml
from waqai.pipeline import batches
from waqai.pipeline.parts import Computed
from warehouse import Warehouse

TIMEX = Timex(doc_id="d1", sentence_index=0, start_char=0, end_char=4, text="أمس",
              value_start=dt.date(2024, 3, 2), value_end=dt.date(2024, 3, 2), granularity="day",
              calendar="gregorian", anchor="publication", rule="yesterday")
INPUT = Input(path="a.txt", line=None, given_id=None, fate="document", doc_id="d1", reason=None,
              detail=None, notes=[{"kind": "truncated_char", "detail": ""}], run_id="r")


@pytest.mark.parametrize("table,row,column,value", [
    ("events", EVENTS[0], "event_type", "PARADE"),
    ("events", EVENTS[0], "status", "rumoured"),
    ("events", EVENTS[0], "date_basis", "guess"),
    ("events", EVENTS[0], "location_precision", "street"),
    ("timexes", TIMEX, "calendar", "julian"),
    ("timexes", TIMEX, "granularity", "decade"),
    ("rejects", Reject("a.txt", "empty", "", "r"), "reason", "boring"),
    ("inputs", INPUT, "fate", "lost"),
    ("inputs", INPUT, "notes", [{"kind": "odd", "detail": ""}]),
])
def test_a_value_outside_the_vocabulary_fails_the_write(table, row, column, value, tmp_path):
    wh = Warehouse(tmp_path)
    wh.write_part(table, [row], "ok")  # the row as it is passes
    with pytest.raises(VocabularyError, match=f"table {table}, column {column}.*unknown value"):
        wh.write_part(table, [row, dataclasses.replace(row, **{column: value})], "bad")
    assert not wh.part_path(table, "bad").exists()


@pytest.mark.parametrize("column", ["date_basis", "location_precision", "date_granularity"])
def test_null_passes_where_the_column_is_nullable(column, tmp_path):
    Warehouse(tmp_path).write_part("events", [dataclasses.replace(EVENTS[0], **{column: None})],
                                   "b")


def test_the_event_types_are_those_of_the_event_data():
    assert values(EventType) == tuple(load_yaml("events/event_types.yaml"))


def test_a_batch_with_an_unknown_value_is_not_committed(monkeypatch, tmp_path):
    from small_warehouse import write_small_warehouse

    wh = write_small_warehouse(tmp_path)
    wh.commit("ingest", "b1", ["d1"], "1")
    bad = dataclasses.replace(EVENTS[0], status="rumoured")
    monkeypatch.setattr("waqai.pipeline.extract.compute",
                        lambda batch: Computed({"events": [bad]}))
    with pytest.raises(VocabularyError, match="table events, column status: unknown value "
                                              "'rumoured'"):
        batches.run_batch(wh, "extract", "b1", "v")
    assert wh.manifest("extract", "b1") is None
