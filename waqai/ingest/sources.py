"""Walk the inputs: a folder of .txt (+ sidecar NAME.json) and .jsonl files, or single files."""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from waqai.ingest.decode import DecodeError, check_text, decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 5_000_000
    max_chars: int = 2_000_000


@dataclass(frozen=True)
class RawDoc:
    source_id: str
    source_path: str
    text: str
    published: dt.date | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class Rejected:
    source: str
    reason: str
    detail: str


def _parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _str_or_none(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _read_sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _text_file(path: Path, limits: Limits) -> RawDoc | Rejected:
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            return Rejected(str(path), "too_large", f"{size} bytes > limit {limits.max_bytes}")
        text, _ = decode_bytes(path.read_bytes())
        check_text(text, limits.max_chars)
    except DecodeError as exc:
        return Rejected(str(path), exc.reason, exc.detail)
    except OSError as exc:
        return Rejected(str(path), "unreadable", str(exc))
    meta = _read_sidecar(path)
    return RawDoc(source_id=str(meta.get("id") or path.name), source_path=str(path), text=text,
                  published=_parse_date(meta.get("published")), url=_str_or_none(meta.get("url")),
                  title=_str_or_none(meta.get("title")))


def _jsonl_file(path: Path, limits: Limits) -> Iterator[RawDoc | Rejected]:
    try:
        data = path.read_bytes()
        content, _ = decode_bytes(data)
    except DecodeError as exc:
        yield Rejected(str(path), exc.reason, exc.detail)
        return
    except OSError as exc:
        yield Rejected(str(path), "unreadable", str(exc))
        return
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        if len(line) > limits.max_bytes:
            yield Rejected(where, "too_large", f"line of {len(line)} characters")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, "malformed_json", str(exc))
            continue
        if not isinstance(record, dict):
            yield Rejected(where, "malformed_json", "a line must hold one JSON object")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield Rejected(where, "missing_text", "no string field 'text'")
            continue
        try:
            check_text(text, limits.max_chars)
        except DecodeError as exc:
            yield Rejected(where, exc.reason, exc.detail)
            continue
        source_id = record.get("id")
        yield RawDoc(source_id=str(source_id) if source_id not in (None, "") else where,
                     source_path=where, text=text, published=_parse_date(record.get("published")),
                     url=_str_or_none(record.get("url")), title=_str_or_none(record.get("title")))


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = []
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and not name.startswith("."):
                    found.append(p)
        return found
    return [path]


def iter_inputs(paths: list[str | os.PathLike], limits: Limits = Limits()
                ) -> Iterator[RawDoc | Rejected]:
    """Every document or reject found under ``paths``, in a stable order."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Rejected(str(root), "unreadable", "no such file or directory")
            continue
        for path in _files(root):
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_file(path, limits)
            else:
                yield _text_file(path, limits)
