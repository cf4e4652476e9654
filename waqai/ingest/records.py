"""What reading one input record gives: a document, a reject or a blank line, with its origin
and notes on metadata that was ignored or text that was mended."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Origin:
    """Where a record was read: a file, the line for JSON Lines, and the record's own id."""

    path: str
    line: int | None = None
    given_id: str | None = None

    @property
    def where(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Note:
    kind: str  # schemas.enums.NoteKind
    detail: str


@dataclass(frozen=True)
class RawDoc:
    origin: Origin
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    notes: tuple[Note, ...] = ()

    @property
    def source_id(self) -> str:
        """The record's own id, else its file name (a text file) or path:line (JSON Lines)."""
        if self.origin.given_id:
            return self.origin.given_id
        return Path(self.origin.path).name if self.origin.line is None else self.origin.where

    @property
    def source_path(self) -> str:
        return self.origin.where


@dataclass(frozen=True)
class Rejected:
    origin: Origin
    reason: str  # schemas.enums.RejectReason
    detail: str
    notes: tuple[Note, ...] = ()

    @property
    def source(self) -> str:
        return self.origin.where


@dataclass(frozen=True)
class Blank:
    """An empty line of a JSON Lines file: no record, but still accounted for."""

    origin: Origin
    notes: tuple[Note, ...] = ()


Item = RawDoc | Rejected | Blank
