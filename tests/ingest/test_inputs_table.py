"""The ``inputs`` table accounts for every record of a hostile batch, once, in the catalog."""
import json
import os

from schemas.enums import InputFate, NoteKind, RejectReason, values
from waqai.pipeline.ingest import ingest
from waqai.pipeline.publish import publish_catalog
from warehouse import Warehouse, connect

MEETING = "استقبل رئيس الجمهورية اللبنانية في قصر بعبدا وزير الخارجية القطري صباح اليوم."
VISIT = "يبدأ وزير الدفاع التركي غدا زيارة إلى بغداد يلتقي خلالها كبار المسؤولين."
SUMMIT = "اختتمت القمة الخليجية أعمالها في الدوحة ببيان ختامي دعا إلى تعزيز التعاون."
AGREEMENT = "وقع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة خلال زيارة الوفد الياباني."


def _json(**record) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _hostile_batch(folder):
    """Files of every kind of trouble; returns the (file name, line) of every record in it."""
    feed = [
        _json(id="m1", text=MEETING, published="2024-06-02"),       # 1 document
        b'{"id": "s1", "text": "' + VISIT.encode() + b' \\ud800"}',  # 2 lone surrogate
        _json(id="v2", text=VISIT.replace(" ", "\u2028", 2)),         # 3 raw U+2028
        b"",                                                          # 4 blank
        _json(id="x", text=SUMMIT).replace("القمة".encode(), b"\xc0\xaf"),  # 5 undecodable
        _json(id="m2", text=MEETING, published="yesterday"),          # 6 same text, 2nd id
        b"{half a record",                                            # 7 malformed
        _json(id="e", text="No Arabic here at all."),                 # 8 no Arabic
        _json(id="d", text=SUMMIT, published="2020-02-30"),           # 9 bad date
        _json(id="nl", text=AGREEMENT + "\u0085" + VISIT),            # 10 raw U+0085
    ]
    (folder / "feed.jsonl").write_bytes(b"\n".join(feed) + b"\n")
    (folder / "cut.txt").write_bytes(AGREEMENT.encode() + "ج".encode()[:1])
    (folder / "meta.txt").write_text(SUMMIT + " " + MEETING, encoding="utf-8")
    (folder / "meta.json").write_text('{"id": "meta", "published": ', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    os.mkfifo(folder / "pipe.txt")
    return {("feed.jsonl", n) for n in range(1, len(feed) + 1)} | {
        (name, None) for name in ("cut.txt", "meta.txt", "empty.txt", "pipe.txt")}


def _inputs(root) -> list[dict]:
    publish_catalog(Warehouse(root))
    con = connect(root)
    cur = con.execute("select * from inputs order by path, line")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    con.close()
    return rows


def test_every_record_of_a_hostile_batch_is_accounted_once(tmp_path):
    inbox, root = tmp_path / "inbox", tmp_path / "wh"
    inbox.mkdir()
    records = _hostile_batch(inbox)
    result = ingest(Warehouse(root), [str(inbox)], "run-1")
    rows = _inputs(root)
    by_record = {(os.path.basename(r["path"]), r["line"]): r for r in rows}
    assert len(rows) == len(by_record) == len(records) and set(by_record) == records

    fates = {k: (r["fate"], r["reason"], sorted(n["kind"] for n in r["notes"]))
             for k, r in by_record.items()}
    assert fates == {
        ("feed.jsonl", 1): ("document", None, []),
        ("feed.jsonl", 2): ("document", None, ["lone_surrogate"]),
        ("feed.jsonl", 3): ("document", None, []),
        ("feed.jsonl", 4): ("blank", None, []),
        ("feed.jsonl", 5): ("rejected", "undecodable", []),
        ("feed.jsonl", 6): ("duplicate", None, ["published_invalid"]),
        ("feed.jsonl", 7): ("rejected", "malformed_json", []),
        ("feed.jsonl", 8): ("rejected", "no_arabic", []),
        ("feed.jsonl", 9): ("document", None, ["published_invalid"]),
        ("feed.jsonl", 10): ("document", None, []),
        ("cut.txt", None): ("document", None, ["truncated_char"]),
        ("meta.txt", None): ("document", None, ["sidecar_malformed"]),
        ("empty.txt", None): ("rejected", "empty", []),
        ("pipe.txt", None): ("rejected", "not_regular_file", []),
    }
    for row in rows:
        assert row["fate"] in values(InputFate)
        assert row["reason"] is None or row["reason"] in values(RejectReason)
        assert all(n["kind"] in values(NoteKind) for n in row["notes"])

    # both ids of one text are kept, pointing at the one document
    assert by_record[("feed.jsonl", 1)]["given_id"] == "m1"
    assert by_record[("feed.jsonl", 6)]["given_id"] == "m2"
    assert by_record[("feed.jsonl", 6)]["doc_id"] == by_record[("feed.jsonl", 1)]["doc_id"]

    wh = Warehouse(root)
    docs = {d["doc_id"]: d for d in wh.read("documents").to_pylist()}
    made = {r["doc_id"] for r in rows if r["fate"] == "document"}
    assert set(docs) == made and result.documents == len(made) == 7
    assert {r["doc_id"] for r in rows if r["fate"] == "duplicate"} <= made
    assert docs[by_record[("cut.txt", None)]["doc_id"]]["text"] == AGREEMENT
    nel = docs[by_record[("feed.jsonl", 10)]["doc_id"]]["text"]
    assert nel == AGREEMENT + "\u0085" + VISIT
    rejected = {os.path.basename(r["source"]) for r in wh.read("rejects").to_pylist()}
    assert rejected == {f"feed.jsonl:{n}" for n in (5, 7, 8)} | {"empty.txt", "pipe.txt"}


def test_reading_the_same_batch_again_replaces_its_account(tmp_path):
    inbox, root = tmp_path / "inbox", tmp_path / "wh"
    inbox.mkdir()
    _hostile_batch(inbox)
    ingest(Warehouse(root), [str(inbox)], "run-1")
    first = _inputs(root)
    again = ingest(Warehouse(root), [str(inbox)], "run-2")
    second = _inputs(root)
    assert again.documents == 0
    assert [{**r, "run_id": None} for r in second] == [{**r, "run_id": None} for r in first]
    assert {r["run_id"] for r in second} == {"run-2"}
