"""End to end: the Prefect flow on a small batch with good and bad inputs, run twice."""
import json

import pytest

from schemas import SCHEMAS
from warehouse import Warehouse, connect

GOOD = {
    "a.txt": "أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني، اليوم الأحد، بحثا خلاله "
             "التطورات الإقليمية.",
    "b.txt": "يزور الرئيس التونسي الجزائر يومي 21 و22 نوفمبر الجاري في زيارة رسمية تستغرق يومين.",
}


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2024-11-10"}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"published": "2024-11-12"}), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "english.txt").write_text("No Arabic here.", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"id": "x1", "text": "' + GOOD["a.txt"] + '"}\n{bad\n',
                                       encoding="utf-8")
    return folder


def _counts(root):
    wh = Warehouse(root)
    return {table: wh.count(table) for table in SCHEMAS}


@pytest.mark.model
@pytest.mark.flow
def test_pipeline_writes_every_table_and_is_idempotent(prefect_harness, model_path, inbox, tmp_path):
    from flows.pipeline import waqai_pipeline

    root = tmp_path / "wh"
    waqai_pipeline(input=[str(inbox)], warehouse=str(root), model=str(model_path), batch_size=1)
    first = _counts(root)
    assert first["documents"] == 2  # the feed line duplicates a.txt and collapses
    assert first["rejects"] == 3
    assert first["sentences"] >= 2 and first["tokens"] > 20 and first["timexes"] >= 2
    con = connect(root)
    reasons = dict(con.execute("select source, reason from rejects").fetchall())
    assert sorted(reasons.values()) == ["empty", "malformed_json", "no_arabic"]
    for doc_id, text in con.execute("select doc_id, text from documents").fetchall():
        rows = con.execute("select start_char, end_char, surface from tokens where doc_id = ?",
                           [doc_id]).fetchall()
        assert rows and all(text[s:e] == surface for s, e, surface in rows)
        for table, col in (("timexes", "text"), ("events", "trigger_text")):
            start, end = ("start_char", "end_char") if table == "timexes" else \
                ("trigger_start", "trigger_end")
            for s, e, stored in con.execute(
                    f"select {start}, {end}, {col} from {table} where doc_id = ?", [doc_id]).fetchall():
                assert text[s:e] == stored
    con.close()
    waqai_pipeline(input=[str(inbox)], warehouse=str(root), model=str(model_path), batch_size=1)
    assert _counts(root) == first
