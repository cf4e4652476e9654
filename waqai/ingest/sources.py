"""Walk the inputs: a folder of .txt (+ sidecar NAME.json) and .jsonl files, or single files.

Every record found comes out once, as a document, a reject or a blank line, with where it was
read and notes on what was ignored or mended. Only regular files are opened: a FIFO or a device
is rejected from its ``stat`` alone, so it can never block a run.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from waqai.ingest.decode import DecodeError, check_text, decode_bytes, decode_lines
from waqai.ingest.records import Blank, Item, Note, Origin, RawDoc, Rejected
from waqai.settings import DEFAULTS

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_MAX_BYTES = 1_000_000
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_FILE_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"))


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULTS.max_bytes
    max_chars: int = 2_000_000


def read_regular(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file; anything else (or a file over ``max_bytes``) raises
    :class:`DecodeError` before it is opened for reading."""
    size = _regular_size(os.stat(path))
    if max_bytes is not None and size > max_bytes:
        raise DecodeError("too_large", f"{size} bytes > limit {max_bytes}")
    # O_NONBLOCK: a file swapped for a FIFO after the stat still cannot block the open
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        _regular_size(os.fstat(fd))
        return fh.read()


def _regular_size(st: os.stat_result) -> int:
    if stat.S_ISREG(st.st_mode):
        return st.st_size
    kind = next((kind for test, kind in _FILE_KINDS if test(st.st_mode)), "a special file")
    raise DecodeError("not_regular_file", f"{kind}, not a regular file")


def _mended(field: str, value: str, notes: list[Note]) -> str:
    """``value`` with lone surrogates (from JSON escapes such as "\\ud800") replaced by U+FFFD."""
    mended, n = _SURROGATE.subn("\ufffd", value)
    if n:
        notes.append(Note("lone_surrogate", f"{field}: {n} lone surrogate(s) replaced by U+FFFD"))
    return mended


def _published(value, notes: list[Note]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    notes.append(Note("published_invalid", f"{_shown(value)} is not an ISO date: ignored"))
    return None


def _optional_str(field: str, value, notes: list[Note]) -> str | None:
    if isinstance(value, str):
        return _mended(field, value, notes) if value.strip() else None
    if isinstance(value, int) and not isinstance(value, bool) and field == "id":
        return str(value)
    if value is not None:
        notes.append(Note("field_invalid", f"{field}: {_shown(value)} is not a string: ignored"))
    return None


def _shown(value) -> str:
    shown = _SURROGATE.sub("\ufffd", json.dumps(value, ensure_ascii=False))
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _metadata(meta: dict, notes: list[Note]) -> dict:
    """The id, date, url and title of a record (bad values noted and ignored)."""
    return {"given_id": _optional_str("id", meta.get("id"), notes),
            "published": _published(meta.get("published"), notes),
            "url": _optional_str("url", meta.get("url"), notes),
            "title": _optional_str("title", meta.get("title"), notes)}


def _read_sidecar(path: Path, notes: list[Note]) -> dict:
    sidecar = path.with_suffix(".json")
    if not os.path.lexists(sidecar):
        return {}
    try:
        meta = json.loads(read_regular(sidecar, SIDECAR_MAX_BYTES).decode("utf-8-sig"))
    except (OSError, DecodeError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        notes.append(Note("sidecar_malformed", f"{sidecar.name}: {exc}: ignored"))
        return {}
    if not isinstance(meta, dict):
        notes.append(Note("sidecar_malformed", f"{sidecar.name}: not a JSON object: ignored"))
        return {}
    return meta


def _text_file(path: Path, limits: Limits) -> Item:
    notes: list[Note] = []
    meta = _metadata(_read_sidecar(path, notes), notes)
    origin = Origin(str(path), None, meta.pop("given_id"))
    try:
        text, _, mended = decode_bytes(read_regular(path, limits.max_bytes))
        check_text(text, limits.max_chars)
    except DecodeError as exc:
        return Rejected(origin, exc.reason, exc.detail, tuple(notes))
    except OSError as exc:
        return Rejected(origin, "unreadable", str(exc), tuple(notes))
    return RawDoc(origin, text, notes=tuple(notes) + mended, **meta)


def _jsonl_record(path: Path, number: int, line: str, limits: Limits) -> Item:
    origin = Origin(str(path), number)
    if not line.strip():
        return Blank(origin)
    if len(line) > limits.max_bytes:
        return Rejected(origin, "too_large", f"line of {len(line)} characters")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejected(origin, "malformed_json", str(exc))
    if not isinstance(record, dict):
        return Rejected(origin, "malformed_json", "a line must hold one JSON object")
    notes: list[Note] = []
    meta = _metadata(record, notes)
    origin = Origin(str(path), number, meta.pop("given_id"))
    text = record.get("text")
    if not isinstance(text, str):
        return Rejected(origin, "missing_text", "no string field 'text'", tuple(notes))
    text = _mended("text", text, notes)
    try:
        check_text(text, limits.max_chars)
    except DecodeError as exc:
        return Rejected(origin, exc.reason, exc.detail, tuple(notes))
    return RawDoc(origin, text, notes=tuple(notes), **meta)


def _jsonl_file(path: Path, limits: Limits) -> Iterator[Item]:
    try:
        lines = decode_lines(read_regular(path))
    except DecodeError as exc:
        yield Rejected(Origin(str(path)), exc.reason, exc.detail)
        return
    except OSError as exc:
        yield Rejected(Origin(str(path)), "unreadable", str(exc))
        return
    for number, line in lines:
        if isinstance(line, DecodeError):
            yield Rejected(Origin(str(path), number), line.reason, line.detail)
        else:
            yield _jsonl_record(path, number, line, limits)


def _files(path: Path, unreadable: list[OSError]) -> list[Path]:
    if path.is_dir():
        found = []
        for dirpath, dirnames, filenames in os.walk(path, onerror=unreadable.append):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and not name.startswith("."):
                    found.append(p)
        return found
    return [path]


def iter_inputs(paths: list[str | os.PathLike], limits: Limits = Limits()) -> Iterator[Item]:
    """Every record found under ``paths``, in a stable order."""
    for given in paths:
        root = Path(given)
        if not os.path.lexists(root):
            yield Rejected(Origin(str(root)), "unreadable", "no such file or directory")
            continue
        unreadable: list[OSError] = []
        for path in _files(root, unreadable):
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_file(path, limits)
            else:
                yield _text_file(path, limits)
        for exc in unreadable:
            yield Rejected(Origin(str(exc.filename)), "unreadable", exc.strerror or str(exc))
