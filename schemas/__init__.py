"""The warehouse contract: row classes, pyarrow schemas and closed vocabularies."""
from schemas.tables import (OFFSET_COLUMNS, SCHEMAS, TABLES, Document, Event, EventCluster,
                            Input, Reject, Sentence, Timex, Token, columns, from_arrow, shifted,
                            to_arrow)

__all__ = ["OFFSET_COLUMNS", "SCHEMAS", "TABLES", "Document", "Event", "EventCluster", "Input", "Reject", "Sentence",
           "Timex", "Token", "columns", "from_arrow", "shifted", "to_arrow"]
