"""Odd records cost themselves only: per-line decoding, surrogates, line separators inside JSON
strings, cut final characters, bad metadata noted, special files rejected without opening."""
import json
import os
import signal

import pytest

from waqai.ingest import Blank, RawDoc, Rejected, account, iter_inputs

VISIT = "وصل رئيس الوزراء العراقي إلى الرياض مساء الاثنين في زيارة رسمية تستغرق يومين."
CALL = "أجرى الملك اتصالا هاتفيا بالرئيس الفرنسي تناول فيه الأوضاع الإقليمية."
TALKS = "استأنف الوفدان المفاوضات في مسقط بعد توقف دام شهرين، وفق بيان مشترك."


def _line(**record) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _read_jsonl(tmp_path, *lines: bytes) -> list:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return list(iter_inputs([path]))


def _notes(item) -> list[str]:
    return [n.kind for n in item.notes]


# (category, the middle line of three as raw bytes, what that line becomes)
MIDDLE_LINES = [
    ("undecodable byte", _line(id="m", text=CALL).replace("اتصالا".encode(), b"\xff\xfe"),
     ("rejected", "undecodable", [])),
    ("cut sequence inside the line", _line(id="m", text=CALL)[:-5] + b'\xd8"}',
     ("rejected", "undecodable", [])),
    ("lone high surrogate in text", b'{"id": "m", "text": "' + CALL.encode() + b' \\ud800"}',
     ("document", None, ["lone_surrogate"])),
    ("lone low surrogate in id", b'{"id": "m\\udc00", "text": "' + CALL.encode() + b'"}',
     ("document", None, ["lone_surrogate"])),
    ("raw U+2028 inside the text", _line(id="m", text=CALL.replace(" ", "\u2028", 1)),
     ("document", None, [])),
    ("raw U+0085 inside the text", _line(id="m", text=CALL.replace(" ", "\u0085", 1)),
     ("document", None, [])),
    ("raw U+2029 in the title", _line(id="m", text=CALL, title="عنوان\u2029جديد"),
     ("document", None, [])),
    ("impossible date", _line(id="m", text=CALL, published="2020-02-30"),
     ("document", None, ["published_invalid"])),
    ("a word for a date", _line(id="m", text=CALL, published="yesterday"),
     ("document", None, ["published_invalid"])),
    ("a number for a date", _line(id="m", text=CALL, published=20200101),
     ("document", None, ["published_invalid"])),
    ("a list for a title", _line(id="m", text=CALL, title=["عنوان"]),
     ("document", None, ["field_invalid"])),
    ("blank line", b"  \t", ("blank", None, [])),
]


@pytest.mark.parametrize("middle,expected", [pytest.param(m, e, id=name)
                                             for name, m, e in MIDDLE_LINES])
def test_an_odd_line_costs_at_most_itself(tmp_path, middle, expected):
    items = _read_jsonl(tmp_path, _line(id="a", text=VISIT), middle, _line(id="c", text=TALKS))
    assert [i.origin.line for i in items] == [1, 2, 3]  # no line split, none shifted
    first, odd, last = items
    assert isinstance(first, RawDoc) and first.text == VISIT and first.source_id == "a"
    assert isinstance(last, RawDoc) and last.text == TALKS and last.source_id == "c"
    fate, reason, notes = expected
    got = account(items, run_id="r").inputs[1]
    assert (got.fate, got.reason, [n["kind"] for n in got.notes]) == (fate, reason, notes)
    if isinstance(odd, RawDoc):
        assert "\ud800" not in odd.text and odd.text.startswith(CALL[:4])
        json.dumps(odd.origin.given_id).encode("utf-8")  # storable: no surrogate left


def test_surrogates_are_replaced_by_the_replacement_character(tmp_path):
    odd = _read_jsonl(tmp_path, b'{"id": "x\\udfff", "text": "' + VISIT.encode() + b'\\ud83d"}')[0]
    assert odd.text == VISIT + "\ufffd" and odd.origin.given_id == "x\ufffd"
    assert _notes(odd) == ["lone_surrogate", "lone_surrogate"]


def test_a_pair_of_surrogate_escapes_is_one_character(tmp_path):
    doc = _read_jsonl(tmp_path, b'{"text": "' + VISIT.encode() + b' \\ud83d\\ude00"}')[0]
    assert doc.text == VISIT + " \U0001F600" and _notes(doc) == []


def test_a_legacy_encoded_jsonl_is_still_decoded_whole(tmp_path):
    lines = [_line(id="a", text=VISIT).decode(), "", _line(id="c", text=TALKS).decode()]
    path = tmp_path / "old.jsonl"
    path.write_bytes("\r\n".join(lines).encode("cp1256"))
    items = list(iter_inputs([path]))
    assert [type(i) for i in items] == [RawDoc, Blank, RawDoc]
    assert [i.text for i in items if isinstance(i, RawDoc)] == [VISIT, TALKS]


# (category, the bytes of a .txt file, expected text kept, notes)
CUT_TEXTS = [
    ("cut after two bytes of a three-byte sign", VISIT.encode() + "€".encode()[:2], VISIT),
    ("cut after one byte of an Arabic letter", VISIT.encode() + "ب".encode()[:1], VISIT),
    ("cut after the BOM's text", b"\xef\xbb\xbf" + CALL.encode() + "😀".encode()[:3], CALL),
]


@pytest.mark.parametrize("data,kept", [pytest.param(d, k, id=n) for n, d, k in CUT_TEXTS])
def test_a_text_whose_only_defect_is_a_cut_final_character_is_kept(tmp_path, data, kept):
    (tmp_path / "cut.txt").write_bytes(data)
    (doc,) = iter_inputs([tmp_path])
    assert isinstance(doc, RawDoc) and doc.text == kept
    assert _notes(doc) == ["truncated_char"]


def test_a_cut_character_in_the_middle_is_not_mended(tmp_path):
    (tmp_path / "bad.txt").write_bytes(VISIT.encode() + b"\xd8 " + CALL.encode())
    (doc,) = iter_inputs([tmp_path])
    assert not isinstance(doc, RawDoc) or "truncated_char" not in _notes(doc)


# (category, sidecar content, expected published, note kinds)
SIDECARS = [
    ("not JSON", b'{"published": "2024-05-01",', None, ["sidecar_malformed"]),
    ("a JSON list", b'["2024-05-01"]', None, ["sidecar_malformed"]),
    ("not UTF-8", b'{"title": "\xff"}', None, ["sidecar_malformed"]),
    ("an impossible date", b'{"published": "2021-02-29"}', None, ["published_invalid"]),
    ("a good date", b'{"published": "2024-05-01T08:00:00Z"}', "2024-05-01", []),
]


@pytest.mark.parametrize("sidecar,published,notes", [pytest.param(s, p, n, id=name)
                                                     for name, s, p, n in SIDECARS])
def test_sidecar_problems_are_noted_and_the_text_kept(tmp_path, sidecar, published, notes):
    (tmp_path / "a.txt").write_text(VISIT, encoding="utf-8")
    (tmp_path / "a.json").write_bytes(sidecar)
    (doc,) = iter_inputs([tmp_path])
    assert isinstance(doc, RawDoc) and doc.text == VISIT
    assert (doc.published and doc.published.isoformat()) == published
    assert _notes(doc) == notes


class Blocked(Exception):
    """Not an OSError, so the code under test cannot take it for a read error."""


@pytest.fixture
def no_hang():
    """Fail (instead of hanging) when the code under test blocks for over 5 seconds."""
    def timeout(signum, frame):
        raise Blocked("blocked reading a special file")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl"])
def test_a_fifo_is_rejected_without_being_opened(tmp_path, no_hang, name):
    os.mkfifo(tmp_path / name)
    (tmp_path / "good.txt").write_text(VISIT, encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert [type(i) for i in items] == [RawDoc, Rejected]
    assert items[1].reason == "not_regular_file" and "FIFO" in items[1].detail


def test_a_fifo_sidecar_is_noted_without_being_opened(tmp_path, no_hang):
    (tmp_path / "a.txt").write_text(VISIT, encoding="utf-8")
    os.mkfifo(tmp_path / "a.json")
    (doc,) = iter_inputs([tmp_path])
    assert isinstance(doc, RawDoc) and _notes(doc) == ["sidecar_malformed"]


def test_a_device_given_as_input_is_rejected(no_hang):
    (item,) = iter_inputs(["/dev/zero"])
    assert isinstance(item, Rejected) and item.reason == "not_regular_file"


def test_one_text_under_two_ids_records_both(tmp_path):
    items = _read_jsonl(tmp_path, _line(id="first", text=VISIT), _line(id="second", text=VISIT))
    got = account(items, run_id="r")
    assert [d.source_id for d in got.documents] == ["first"]
    rows = [(r.given_id, r.fate, r.doc_id) for r in got.inputs]
    assert rows == [("first", "document", got.documents[0].doc_id),
                    ("second", "duplicate", got.documents[0].doc_id)]
