"""Standard exports of the warehouse: UD CoNLL-U tokens, event tables, PLOVER records."""
from waqai.export.tables import FORMATS, ExportError, export

__all__ = ["FORMATS", "ExportError", "export"]
