"""Documents from raw inputs: stable ids, duplicates collapsed, publication date resolved."""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Callable, Iterable

from schemas import Document
from waqai.ingest.sources import RawDoc
from waqai.text.normalise import norm

PublishedFn = Callable[[str, "dt.date | None"], "tuple[dt.date | None, str]"]


def doc_id_of(text: str) -> str:
    """Stable id: hash of the normalised, whitespace-collapsed text (identical articles collapse)."""
    key = " ".join(norm(text).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _metadata_only(text: str, metadata: dt.date | None) -> tuple[dt.date | None, str]:
    return (metadata, "metadata") if metadata else (None, "none")


def to_documents(raws: Iterable[RawDoc], run_id: str, known: set[str] = frozenset(),
                 published_fn: PublishedFn = _metadata_only,
                 now: dt.datetime | None = None) -> list[Document]:
    """One Document per distinct text not in ``known``, first source wins."""
    now = now or dt.datetime.now(dt.timezone.utc)
    seen = set(known)
    docs = []
    for raw in raws:
        doc_id = doc_id_of(raw.text)
        if doc_id in seen:
            continue
        seen.add(doc_id)
        published, basis = published_fn(raw.text, raw.published)
        docs.append(Document(
            doc_id=doc_id, source_id=raw.source_id, source_path=raw.source_path, url=raw.url,
            title=raw.title, published=published, published_basis=basis, text=raw.text,
            n_chars=len(raw.text), ingested_at=now, run_id=run_id))
    return docs
