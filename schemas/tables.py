"""Every warehouse table, declared once as a dataclass; pyarrow schemas are derived from them.

Producers build rows with these classes, writers turn them into Arrow with :func:`to_arrow`,
and DuckDB views read the Parquet files the writers leave. No other module spells a column.
A column that takes one of the closed vocabularies of :mod:`schemas.enums` says which
(:class:`Vocabulary`); the warehouse's writer checks every row against it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Annotated, Optional, get_args, get_origin, get_type_hints

import pyarrow as pa

OFFSET = "offset"  # marks a column that indexes the document text (see :func:`shifted`)


@dataclass(frozen=True)
class Vocabulary:
    """Marks a column whose values are one of ``schemas.enums.<name>`` (for a list of structs:
    the values of each item's ``key``)."""

    name: str
    key: str | None = None


def closed(name: str):
    """A string column of the closed vocabulary ``schemas.enums.<name>``."""
    return Annotated[str, pa.string(), Vocabulary(name)]


Int32 = Annotated[int, pa.int32()]
Offset = Annotated[int, pa.int32(), OFFSET]
Float32 = Annotated[float, pa.float32()]
Text = Annotated[str, pa.large_string()]
Codes = Annotated[list, pa.list_(pa.string())]
Timestamp = Annotated[dt.datetime, pa.timestamp("us", tz="UTC")]
Notes = Annotated[list, pa.list_(pa.struct([("kind", pa.string()), ("detail", pa.string())])),
                  Vocabulary("NoteKind", key="kind")]
Spans = Annotated[list, pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())])), OFFSET]

_PLAIN = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
          dt.date: pa.date32()}


@dataclass(slots=True)
class Document:
    doc_id: str
    source_id: str
    source_path: str
    url: Optional[str]
    title: Optional[str]
    published: Optional[dt.date]
    published_basis: closed("PublishedBasis")
    text: Text
    n_chars: Int32
    ingested_at: Timestamp
    run_id: str


@dataclass(slots=True)
class Sentence:
    doc_id: str
    sentence_index: Int32
    start_char: Offset
    end_char: Offset
    text: Text


@dataclass(slots=True)
class Token:
    """One syntactic word; ``surface`` is the surface token it belongs to (clitics split)."""

    doc_id: str
    sentence_index: Int32
    token_index: Int32
    form: str
    surface: str
    start_char: Offset
    end_char: Offset
    lemma: Optional[str]
    upos: Optional[str]
    xpos: Optional[str]
    feats: Optional[str]
    head: Int32
    deprel: Optional[str]


@dataclass(slots=True)
class Reject:
    source: str
    reason: closed("RejectReason")
    detail: str
    run_id: str


@dataclass(slots=True)
class Input:
    """One input record (a file, or a line of a JSON Lines file) and what became of it:
    the document it became or duplicates (``doc_id``), or the reason it was rejected."""

    path: str
    line: Optional[Int32]  # 1-based line of a JSON Lines file; null for a whole file
    given_id: Optional[str]  # the record's own id (JSON field or sidecar), if any
    fate: closed("InputFate")
    doc_id: Optional[str]
    reason: Optional[closed("RejectReason")]  # when rejected
    detail: Optional[str]
    notes: Notes  # [{kind, detail}]
    run_id: str


@dataclass(slots=True)
class Timex:
    doc_id: str
    sentence_index: Optional[Int32]
    start_char: Offset
    end_char: Offset
    text: str
    value_start: Optional[dt.date]
    value_end: Optional[dt.date]
    granularity: closed("Granularity")
    calendar: closed("Calendar")
    anchor: closed("Anchor")
    rule: str


@dataclass(slots=True)
class Event:
    event_id: str
    doc_id: str
    sentence_index: Int32
    event_type: closed("EventType")
    cameo_code: str
    plover_category: str
    status: closed("Status")
    actor1_text: Optional[str]
    actor1_country: Optional[str]
    actor2_text: Optional[str]
    actor2_country: Optional[str]
    location_text: Optional[str]
    location_country: Optional[str]
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    date_granularity: Optional[closed("Granularity")]
    date_text: Optional[str]
    date_basis: Optional[closed("DateBasis")]  # which level of the analysis dated it
    trigger_text: str
    trigger_start: Offset
    trigger_end: Offset
    evidence_text: Text
    evidence_start: Offset
    evidence_end: Offset
    mentions: Spans
    participants: Codes
    confidence: Float32
    extractor_version: str
    cluster_id: Optional[str] = None
    # The location as a GeoNames city (waqai.places)
    location_geonames_id: Optional[int] = None
    location_latitude: Optional[float] = None
    location_longitude: Optional[float] = None
    location_precision: Optional[closed("LocationPrecision")] = None


@dataclass(slots=True)
class EventCluster:
    cluster_id: str
    event_type: closed("EventType")
    status: closed("Status")
    status_rule: str
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    participants: Codes
    n_sources: Int32
    n_events: Int32
    first_reported: Optional[dt.date]
    event_ids: Codes


TABLES: dict[str, type] = {
    "documents": Document,
    "sentences": Sentence,
    "tokens": Token,
    "rejects": Reject,
    "inputs": Input,
    "timexes": Timex,
    "events": Event,
    "event_clusters": EventCluster,
}


def _hints(cls: type) -> dict:
    return get_type_hints(cls, include_extras=True)


def _arrow_type(hint) -> pa.DataType:
    if get_origin(hint) is Annotated:
        return get_args(hint)[1]
    args = [a for a in get_args(hint) if a is not type(None)]
    if args:  # Optional[...]
        return _arrow_type(args[0])
    return _PLAIN[hint]


def _nullable(hint) -> bool:
    return type(None) in get_args(hint)


def arrow_schema(cls: type) -> pa.Schema:
    """The pyarrow schema of a row class."""
    hints = _hints(cls)
    return pa.schema([
        pa.field(f.name, _arrow_type(hints[f.name]), nullable=_nullable(hints[f.name]))
        for f in dataclasses.fields(cls)
    ])


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(cls) for name, cls in TABLES.items()}


def _marks(hint) -> tuple:
    """What a column's annotation marks it with (after its Arrow type), through Optional."""
    if get_origin(hint) is Annotated:
        return get_args(hint)[2:]
    return next((_marks(a) for a in get_args(hint) if a is not type(None)), ())


def _marked(cls: type) -> dict[str, tuple]:
    hints = _hints(cls)
    return {f.name: _marks(hints[f.name]) for f in dataclasses.fields(cls)}


# the columns of each table that hold character offsets into the document text
OFFSET_COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(c for c, marks in _marked(cls).items() if OFFSET in marks)
    for name, cls in TABLES.items()}
# the columns of each table that take a closed vocabulary, and which
VOCABULARIES: dict[str, dict[str, Vocabulary]] = {
    name: {c: m for c, marks in _marked(cls).items() for m in marks if isinstance(m, Vocabulary)}
    for name, cls in TABLES.items()}


def shifted(table: str, row, by: int):
    """A copy of ``row`` (of ``table``) with every offset moved by ``by`` characters."""
    if by == 0:
        return row
    moved = {}
    for name in OFFSET_COLUMNS[table]:
        value = getattr(row, name)
        moved[name] = ([{"start": s["start"] + by, "end": s["end"] + by} for s in value]
                       if isinstance(value, list) else value + by)
    return dataclasses.replace(row, **moved)


def columns(table: str) -> list[str]:
    return SCHEMAS[table].names


def to_arrow(table: str, rows: list) -> pa.Table:
    """Rows of ``TABLES[table]`` as an Arrow table with the declared schema."""
    schema = SCHEMAS[table]
    data = {name: list(map(attrgetter(name), rows)) for name in schema.names}
    return pa.Table.from_pydict(data, schema=schema)


def from_arrow(table: str, arrow: pa.Table) -> list:
    """Arrow rows back as instances of the table's row class."""
    cls = TABLES[table]
    names = [n for n in SCHEMAS[table].names if n in arrow.column_names]
    cols = [arrow.column(n).to_pylist() for n in names]
    if names == SCHEMAS[table].names:  # every field, in declaration order
        return [cls(*vals) for vals in zip(*cols)]
    return [cls(**dict(zip(names, vals))) for vals in zip(*cols)]


__all__ = ["TABLES", "SCHEMAS", "OFFSET_COLUMNS", "VOCABULARIES", "Vocabulary", "columns", "to_arrow", "from_arrow", "shifted",
           "field"] + [
    c.__name__ for c in TABLES.values()]
