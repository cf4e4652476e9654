"""A write cut short by a kill leaves a temp file; readers must never take it for data."""
import datetime as dt

import pyarrow.parquet as pq

from schemas import Document
from warehouse import Warehouse, connect, publish
from warehouse.store import _temp_path


def _half_written(path) -> None:
    """What a SIGKILL in the middle of an atomic write of ``path`` leaves behind."""
    tmp = _temp_path(path)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(b"PAR1 half a file")


def _document(doc_id: str) -> Document:
    return Document(doc_id=doc_id, source_id=f"{doc_id}.txt", source_path=f"/in/{doc_id}.txt",
                    url=None, title=None, published=None, published_basis="none",
                    text="التقى الوزيران أمس.", n_chars=19,
                    ingested_at=dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc), run_id="r1")


def test_temp_files_of_a_killed_write_are_not_read(tmp_path):
    wh = Warehouse(tmp_path).init()
    wh.write_part("documents", [_document("d1")], "b1")
    wh.commit("ingest", "b1", ["d1"], "1")
    for table, part in (("documents", "b2"), ("sentences", "b1"), ("tokens", "b1")):
        _half_written(wh.part_path(table, part))
    _half_written(tmp_path / "_manifest" / "tokenize" / "b1.json")
    _half_written(tmp_path / "_manifest" / "ingest" / "b2.json")

    assert set(wh.manifests("ingest")) == {"b1"}
    assert wh.manifests("tokenize") == {}
    assert [p.name for p in wh.parts("documents")] == ["part-b1.parquet"]
    publish(tmp_path, {table: wh.parts(table) for table in ("documents", "tokens")})
    con = connect(tmp_path)
    assert con.execute("select doc_id from documents").fetchall() == [("d1",)]
    assert con.execute("select count(*) from tokens").fetchone() == (0,)
    con.close()
    for path in tmp_path.rglob("*.parquet"):
        pq.read_metadata(path)  # every file a reader globs is a whole Parquet file
