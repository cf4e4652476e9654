"""The closed vocabularies of the warehouse, as ``Literal`` types (checked by the writers)."""
from __future__ import annotations

from typing import Literal, get_args

PublishedBasis = Literal["metadata", "dateline", "none"]
Granularity = Literal["day", "week", "month", "year"]
Calendar = Literal["gregorian", "levantine", "maghrebi", "libyan", "hijri", "relative", "numeric"]
Anchor = Literal["publication", "explicit", "missing"]
EventType = Literal["VISIT", "MEETING", "PHONE_CALL", "TALKS", "SUMMIT", "AGREEMENT"]
Status = Literal["occurred", "planned", "postponed", "cancelled"]
# What dated an event: the dependency tree, word order in its clause, the event it is the aim
# of, the report that tells it done, an event it refers to, the events held at its
# destination, its place in a visit's programme.
DateBasis = Literal["tree", "clause", "purpose", "report", "reference", "venue", "programme",
                    "narrative"]
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


def values(literal) -> tuple[str, ...]:
    """The allowed values of a ``Literal`` type."""
    return get_args(literal)
