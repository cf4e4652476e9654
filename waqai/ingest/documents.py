"""Documents from input records: stable ids, duplicates collapsed, publication date resolved,
and the fate of every record (the ``inputs`` table)."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from schemas import Document, Input, Reject
from waqai.ingest.records import Blank, Item, Rejected
from waqai.text.normalise import norm

PublishedFn = Callable[[str, "dt.date | None"], "tuple[dt.date | None, str]"]


def doc_id_of(text: str) -> str:
    """Stable id: hash of the normalised, whitespace-collapsed text (identical articles collapse)."""
    key = " ".join(norm(text).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _metadata_only(text: str, metadata: dt.date | None) -> tuple[dt.date | None, str]:
    return (metadata, "metadata") if metadata else (None, "none")


@dataclass
class Accounted:
    """What one reading of the inputs gives: new documents, rejects, and a row per record."""

    documents: list[Document] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    inputs: list[Input] = field(default_factory=list)


def account(items: Iterable[Item], run_id: str, known: Mapping[str, str] = {},
            published_fn: PublishedFn = _metadata_only,
            now: dt.datetime | None = None) -> Accounted:
    """One Document per distinct text not in ``known``, first record wins; every record's fate.

    ``known`` maps the ids of stored documents to the record (``source_path``) each came from:
    reading that record again finds the document it became, any other record with the same
    text a duplicate of it.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    first = dict(known)
    out = Accounted()
    for item in items:
        origin = item.origin
        notes = [{"kind": n.kind, "detail": n.detail} for n in item.notes]
        row = Input(path=origin.path, line=origin.line, given_id=origin.given_id, fate="blank",
                    doc_id=None, reason=None, detail=None, notes=notes, run_id=run_id)
        out.inputs.append(row)
        if isinstance(item, Blank):
            continue
        if isinstance(item, Rejected):
            row.fate, row.reason, row.detail = "rejected", item.reason, item.detail
            out.rejects.append(Reject(item.source, item.reason, item.detail, run_id))
            continue
        row.doc_id = doc_id_of(item.text)
        new = row.doc_id not in first
        source = first.setdefault(row.doc_id, item.source_path)
        row.fate = "document" if source == item.source_path else "duplicate"
        if not new:
            continue
        published, basis = published_fn(item.text, item.published)
        out.documents.append(Document(
            doc_id=row.doc_id, source_id=item.source_id, source_path=item.source_path,
            url=item.url, title=item.title, published=published, published_basis=basis,
            text=item.text, n_chars=len(item.text), ingested_at=now, run_id=run_id))
    return out
