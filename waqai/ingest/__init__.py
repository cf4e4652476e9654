"""Ingest: raw files to decoded documents, or to rejects with a reason."""
from waqai.ingest.decode import DecodeError, decode_bytes
from waqai.ingest.sources import Limits, RawDoc, Rejected, iter_inputs
from waqai.ingest.documents import doc_id_of, to_documents

__all__ = ["DecodeError", "Limits", "RawDoc", "Rejected", "decode_bytes", "doc_id_of",
           "iter_inputs", "to_documents"]
