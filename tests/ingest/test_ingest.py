"""Ingest: every bad-input kind goes to rejects with its reason; good documents are kept."""
import json

import pytest

from waqai.ingest import (Limits, Origin, RawDoc, Rejected, account, decode_bytes, doc_id_of,
                          iter_inputs)
from waqai.ingest.decode import DecodeError

ARTICLE = "التقى وزير الخارجية المصري نظيره الأردني في عمّان اليوم الأحد لبحث العلاقات الثنائية."
OTHER = "أعلنت الرئاسة التونسية أن الرئيس سيزور الجزائر الأسبوع المقبل في زيارة رسمية."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom",
                                      "cp1256"])
def test_decodes_common_arabic_encodings(encoding):
    text = ARTICLE + "\n" + OTHER
    data = (b"\xff\xfe" + text.encode("utf-16-le")) if encoding == "utf-16-le-bom" \
        else text.encode(encoding)
    assert decode_bytes(data).text == text


BAD_FILES = {
    "empty": b"",
    "whitespace": b"  \n\t ",
    "binary": bytes(range(256)) * 4,
    "no_arabic": b"Only an English sentence here, nothing in Arabic.",
    "undecodable": b"\xff\xfe\x00\xd8",  # UTF-16 BOM then a lone surrogate
    "mojibake": b"\xc3\x28\xa0\xa1" * 3 + b"\x81\x8d\x8e\x8f\x90\x9d" * 2,  # no Arabic in any guess
}
EXPECTED_REASON = {"empty": "empty", "whitespace": "empty", "binary": "binary",
                   "no_arabic": "no_arabic", "undecodable": "undecodable",
                   "mojibake": "no_arabic"}


def _reasons(items):
    return {r.source.split("/")[-1]: r.reason for r in items if isinstance(r, Rejected)}


def test_bad_files_are_rejected_and_good_ones_kept(tmp_path):
    for name, data in BAD_FILES.items():
        (tmp_path / f"{name}.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps({"published": "2024-03-10", "url": "u",
                                                     "title": "عنوان"}), encoding="utf-8")
    (tmp_path / "big.txt").write_text(ARTICLE * 50, encoding="utf-8")
    items = list(iter_inputs([tmp_path], Limits(max_bytes=2000)))
    reasons = _reasons(items)
    for name, reason in EXPECTED_REASON.items():
        assert reasons[f"{name}.txt"] == reason
    assert reasons["big.txt"] == "too_large"
    good = [i for i in items if isinstance(i, RawDoc)]
    assert [g.source_id for g in good] == ["good.txt"]
    assert good[0].published.isoformat() == "2024-03-10" and good[0].title == "عنوان"


def test_jsonl_line_problems_are_rejected_per_line(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2024-01-02"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": 42}),
        json.dumps({"id": "a5", "text": "English only"}),
        json.dumps({"id": "a6", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"text": OTHER}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([path]))
    rejects = {r.source.rsplit(":", 1)[1]: r.reason for r in items if isinstance(r, Rejected)}
    assert rejects == {"2": "malformed_json", "3": "missing_text", "4": "missing_text",
                       "5": "no_arabic", "6": "empty", "7": "malformed_json"}
    good = [i for i in items if isinstance(i, RawDoc)]
    assert [g.source_id for g in good] == ["a1", f"{path}:8"]
    assert good[0].text == ARTICLE


def test_missing_input_path_is_a_reject(tmp_path):
    items = list(iter_inputs([tmp_path / "nope"]))
    assert len(items) == 1 and items[0].reason == "unreadable"


def test_decode_error_carries_reason():
    with pytest.raises(DecodeError) as err:
        decode_bytes(b"")
    assert err.value.reason == "empty"


def test_identical_articles_collapse_and_ids_are_stable():
    raws = [RawDoc(Origin("p1", None, "s1"), ARTICLE),
            RawDoc(Origin("p2", None, "s2"), ARTICLE.replace("أ", "ا") + "  "),
            RawDoc(Origin("p3", None, "s3"), OTHER)]
    docs = account(raws, run_id="r1").documents
    assert [d.source_id for d in docs] == ["s1", "s3"]
    assert docs[0].doc_id == doc_id_of(ARTICLE) == doc_id_of(ARTICLE.replace("أ", "ا"))
    assert docs[0].text == ARTICLE and docs[0].n_chars == len(ARTICLE)
    again = account(raws, run_id="r2", known={docs[0].doc_id: "p1"}).documents
    assert [d.source_id for d in again] == ["s3"]
