"""The closed vocabularies of the warehouse, as ``Literal`` types, and the check of a table's
rows against them (:func:`check`, run by the warehouse's writer on every part it writes).

Which column takes which vocabulary is declared with the column (``closed(...)`` in
:mod:`schemas.tables`). The event types are those ``waqai/data/events/event_types.yaml``
declares.
"""
from __future__ import annotations

from typing import Literal, get_args

from schemas.tables import VOCABULARIES
from waqai.data import load_yaml

PublishedBasis = Literal["metadata", "dateline", "none"]
Granularity = Literal["day", "week", "month", "year"]
Calendar = Literal["gregorian", "levantine", "maghrebi", "libyan", "hijri", "relative", "numeric"]
Anchor = Literal["publication", "explicit", "missing"]
EventType = Literal[tuple(load_yaml("events/event_types.yaml"))]
Status = Literal["occurred", "planned", "postponed", "cancelled"]
# What dated an event: the dependency tree, word order in its clause, the event it is the aim
# of, the report that tells it done, an event it refers to, the events held at its
# destination, its place in a visit's programme, the act it goes on from, the report's day
# (under way), a counted offset from another event ("بعد أسبوع من زيارة"), the dated act it is
# the frame of ("التقى ... اليوم، في زيارة"), the date heading the line it is told on (a
# chronology), the article's dateline for its lead act, or with no dateline its publication day.
DateBasis = Literal["tree", "clause", "purpose", "report", "reference", "venue", "programme",
                    "narrative", "ongoing", "offset", "frame", "heading", "dateline",
                    "publication"]
# "city": the text named the city; "country": only the country, so its capital stands for it
LocationPrecision = Literal["city", "country"]
RejectReason = Literal[
    "empty", "binary", "undecodable", "no_arabic", "too_large",
    "malformed_json", "missing_text", "unreadable", "not_regular_file", "tokenize_failed",
]
# what became of one input record (a file, or one line of a JSON Lines file)
InputFate = Literal["document", "duplicate", "rejected", "blank"]
# metadata that was ignored or text that was mended while reading a record
NoteKind = Literal["published_invalid", "field_invalid", "sidecar_malformed", "truncated_char",
                   "lone_surrogate"]


class VocabularyError(ValueError):
    """A row holds a value outside its column's closed vocabulary."""


def values(literal) -> tuple[str, ...]:
    """The allowed values of a ``Literal`` type."""
    return get_args(literal)


def check(table: str, rows: list) -> None:
    """Raise :class:`VocabularyError` at the first value of ``rows`` (of ``table``) that its
    column's vocabulary does not hold; null is allowed where the column is nullable."""
    for column, vocabulary in VOCABULARIES[table].items():
        allowed = set(values(globals()[vocabulary.name]))
        for row in rows:
            value = getattr(row, column)
            found = [item[vocabulary.key] for item in value] if vocabulary.key else [value]
            bad = next((v for v in found if v is not None and v not in allowed), None)
            if bad is not None:
                where = f"{column}[].{vocabulary.key}" if vocabulary.key else column
                raise VocabularyError(
                    f"table {table}, column {where}: unknown value {bad!r} (schemas.enums."
                    f"{vocabulary.name}: {', '.join(sorted(allowed))})")
