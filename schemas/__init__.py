"""The warehouse contract: row classes, pyarrow schemas and closed vocabularies."""
from schemas.tables import (SCHEMAS, TABLES, Document, Event, EventCluster, Input, Reject,
                            Sentence, Timex, Token, columns, from_arrow, to_arrow)

__all__ = ["SCHEMAS", "TABLES", "Document", "Event", "EventCluster", "Input", "Reject", "Sentence",
           "Timex", "Token", "columns", "from_arrow", "to_arrow"]
