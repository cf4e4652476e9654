"""Ingest: raw files to decoded documents, or to rejects with a reason; every record accounted."""
from waqai.ingest.decode import DecodeError, decode_bytes, decode_lines
from waqai.ingest.documents import Accounted, account, doc_id_of
from waqai.ingest.records import Blank, Note, Origin, RawDoc, Rejected
from waqai.ingest.sources import Limits, iter_inputs

__all__ = ["Accounted", "Blank", "DecodeError", "Limits", "Note", "Origin", "RawDoc", "Rejected",
           "account", "decode_bytes", "decode_lines", "doc_id_of", "iter_inputs"]
