"""The six stages as plain functions over a :class:`warehouse.Warehouse`.

Ingest groups the new documents of a run into *batches* (a batch id is a hash of its doc_ids).
Every later stage works batch by batch: it writes part ``part-<batch>.parquet`` of its output
tables and commits a manifest with its version. Re-running a batch replaces its parts, so a
document is never stored twice, and a batch whose manifest is at the current version is skipped.
"""
from __future__ import annotations

import bisect
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from schemas import SCHEMAS, Reject, Timex, from_arrow, shifted
from warehouse import Warehouse, publish
from warehouse.catalog import snapshots
from warehouse.store import part_name
from waqai.ingest import Limits, account, iter_inputs
from waqai.text.pieces import PIECE_CHARS, aligned_pieces

# stage -> tables it writes, one part per batch
OUTPUTS = {
    "ingest": ("documents",),
    "tokenize": ("sentences", "tokens"),
    "timex": ("timexes",),
    "extract": ("events",),
}
UPSTREAM = {"tokenize": "ingest", "timex": "tokenize", "extract": "timex"}
# Fewest documents worth a batch of their own when splitting for parallel workers: a worker
# process costs ~3 s to start (imports, UDPipe model), the UDPipe time of ~50-70 documents.
MIN_PARALLEL_BATCH = 50


@dataclass
class StageResult:
    stage: str
    batch: str | None = None
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    inner_seconds: float = 0.0  # time inside UDPipe itself (tokenize)
    skipped: bool = False  # the batch was already done at this version


def _published_fn():
    from waqai.dates import infer_published

    return infer_published


def batch_bounds(n: int, batch_size: int, workers: int = 1) -> list[tuple[int, int]]:
    """(start, end) of the batches ``n`` documents are split into for ``workers`` workers.

    At most ``batch_size`` documents a batch; the number of batches is a multiple of the
    workers that can be kept busy (each batch at least ``MIN_PARALLEL_BATCH`` documents), and
    sizes differ by one at most, so every worker gets the same share, on small inputs too.
    """
    if n <= 0:
        return []
    busy = max(1, min(workers, n // MIN_PARALLEL_BATCH))
    count = -(-n // batch_size)
    count = -(-count // busy) * busy
    return [(i * n // count, (i + 1) * n // count) for i in range(count)]


def _stored_sources(wh: Warehouse) -> dict[str, str]:
    """doc_id -> the record (``source_path``) each committed document came from."""
    sources = {doc_id: "" for doc_id in wh.done("ingest")}
    for batch in wh.manifests("ingest"):
        path = wh.part_path("documents", batch)
        if path.exists():
            part = pq.read_table(path, columns=["doc_id", "source_path"])
            sources.update(zip(part.column("doc_id").to_pylist(),
                               part.column("source_path").to_pylist()))
    return sources


def ingest(wh: Warehouse, inputs: list[str], run_id: str, limits: Limits = Limits(),
           batch_size: int = 200, workers: int = 1) -> StageResult:
    """Read inputs; write new documents in batches (see :func:`batch_bounds`), the rejects, and
    every record's fate.

    The rejects and inputs parts are named by their content, so reading the same input again
    replaces them rather than adding rows.
    """
    t0 = time.perf_counter()
    wh.init()
    wh.remove_uncommitted("ingest", OUTPUTS["ingest"])
    got = account(iter_inputs(inputs, limits), run_id, known=_stored_sources(wh),
                  published_fn=_published_fn())
    docs = got.documents
    stamp = dt.datetime.now(dt.timezone.utc).isoformat()
    for start, end in batch_bounds(len(docs), batch_size, workers):
        chunk = docs[start:end]
        batch = part_name(d.doc_id for d in chunk)
        wh.write_part("documents", chunk, batch)
        wh.commit("ingest", batch, [d.doc_id for d in chunk], "1", ingested_at=stamp)
    if got.rejects:
        wh.write_part("rejects", got.rejects,
                      part_name(f"{r.source}\t{r.reason}" for r in got.rejects))
    if got.inputs:
        wh.write_part("inputs", got.inputs, part_name(
            f"{r.path}\t{r.line}\t{r.fate}\t{r.doc_id or r.reason}" for r in got.inputs))
    return StageResult("ingest", None, len(docs), {"documents": len(docs),
                       "rejects": len(got.rejects), "inputs": len(got.inputs)},
                       time.perf_counter() - t0)


def select_batches(wh: Warehouse, batch_ids: list[str] | None = None,
                   since: dt.datetime | None = None) -> list[str]:
    """Ingested batches, optionally only ``batch_ids`` or those ingested at/after ``since``."""
    manifests = wh.manifests("ingest")
    chosen = []
    for batch, m in manifests.items():
        if batch_ids is not None and batch not in batch_ids:
            continue
        if since is not None:
            at = dt.datetime.fromisoformat(m.get("ingested_at", "1970-01-01T00:00:00+00:00"))
            if at < (since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)):
                continue
        chosen.append(batch)
    if batch_ids is not None:
        unknown = sorted(set(batch_ids) - set(manifests))
        if unknown:
            raise KeyError(f"unknown batch ids: {', '.join(unknown)}")
    return chosen


def plan(wh: Warehouse, stage: str, own_version: str, batch_ids: list[str] | None = None,
         since: dt.datetime | None = None) -> tuple[list[tuple[str, str]], list[str]]:
    """(batch, version) pairs ready for ``stage``, and the batches still waiting upstream.

    A batch's version joins the stage's own version with the version its upstream stage
    committed, so redoing a batch upstream makes it stale downstream.
    """
    upstream = wh.manifests(UPSTREAM[stage])
    ready, waiting = [], []
    for batch in select_batches(wh, batch_ids, since):
        if batch in upstream:
            ready.append((batch, f"{own_version}|{upstream[batch]['version']}"))
        else:
            waiting.append(batch)
    return ready, waiting


def is_current(wh: Warehouse, stage: str, batch: str, version: str) -> bool:
    """The batch's outputs exist and were written at ``version``."""
    manifest = wh.manifest(stage, batch)
    return (manifest is not None and manifest["version"] == version
            and all(wh.part_path(t, batch).exists() for t in OUTPUTS[stage]))


def _batch_docs(wh: Warehouse, batch: str):
    """The batch's doc ids and documents, in doc id order, from the part ingest wrote for it."""
    doc_ids = wh.manifest("ingest", batch)["doc_ids"]
    part = wh.read_part("documents", wh.part_path("documents", batch)).sort_by("doc_id")
    return doc_ids, from_arrow("documents", part)


def _grouped(rows, doc_ids) -> dict[str, list]:
    out = {d: [] for d in doc_ids}
    for r in rows:
        out[r.doc_id].append(r)
    return out


def tokenize_batch(wh: Warehouse, batch: str, model_path: str, version: str,
                   force: bool = False) -> StageResult:
    from waqai.nlp.udpipe import TokenizeError, load

    if not force and is_current(wh, "tokenize", batch, version):
        return StageResult("tokenize", batch, skipped=True)
    t0 = time.perf_counter()
    nlp = load(str(model_path))
    doc_ids, docs = _batch_docs(wh, batch)
    sentences, tokens, failed = [], [], []
    inner = 0.0
    for doc in docs:
        t1 = time.perf_counter()
        try:
            parsed = nlp.parse(doc.doc_id, doc.text)
        except TokenizeError as exc:
            failed.append(Reject(doc.source_id, "tokenize_failed", str(exc), doc.run_id))
            continue
        finally:
            inner += time.perf_counter() - t1
        sentences.extend(parsed.sentences)
        tokens.extend(parsed.tokens)
    wh.write_part("sentences", sentences, batch)
    wh.write_part("tokens", tokens, batch)
    if failed:
        wh.write_part("rejects", failed, part_name(r.source for r in failed))
    wh.commit("tokenize", batch, doc_ids, version)
    return StageResult("tokenize", batch, len(doc_ids),
                       {"sentences": len(sentences), "tokens": len(tokens)},
                       time.perf_counter() - t0, inner)


def _split_rows(rows: list, starts: list[int]) -> list[list]:
    """``rows`` (with ``start_char``) grouped by the piece each starts in."""
    groups: list[list] = [[] for _ in starts]
    for row in rows:
        groups[bisect.bisect_right(starts, row.start_char) - 1].append(row)
    return groups


def doc_pieces(text: str, tokens: list, **tables: list) -> list[tuple[int, str, dict]]:
    """``(start, piece text, {table: its rows shifted into the piece})`` for the extractors.

    A text over ``PIECE_CHARS`` is cut at UDPipe sentence starts, so the extractors, whose cost
    grows faster than a document's length, run on bounded pieces; a shorter text is one piece.
    """
    first: dict[int, int] = {}
    if len(text) > PIECE_CHARS:
        for t in tokens:
            first[t.sentence_index] = min(t.start_char, first.get(t.sentence_index, t.start_char))
    spans = aligned_pieces(len(text), sorted(first.values()), PIECE_CHARS)
    starts = [start for start, _ in spans]
    grouped = {table: _split_rows(rows, starts)
               for table, rows in {"tokens": tokens, **tables}.items()}
    return [(start, text[start:end],
             {table: [shifted(table, r, -start) for r in groups[i]]
              for table, groups in grouped.items()})
            for i, (start, end) in enumerate(spans)]


def timex_rows(doc, tokens) -> list[Timex]:
    """Timex rows of one document, sentence index taken from its tokens."""
    from waqai.dates import find_timexes
    from waqai.nlp.tense import tense_resolver

    sentence_of = sorted((t.start_char, t.sentence_index) for t in tokens)
    starts = [s for s, _ in sentence_of]

    def sentence_index(pos: int):
        i = bisect.bisect_right(starts, pos) - 1
        return sentence_of[i][1] if i >= 0 else None

    rows = []
    for offset, text, piece in doc_pieces(doc.text, tokens):
        matches = find_timexes(text, doc.published, tense=tense_resolver(piece["tokens"]))
        rows.extend(Timex(doc_id=doc.doc_id, sentence_index=sentence_index(offset + m.start),
                          start_char=offset + m.start, end_char=offset + m.end, text=m.text,
                          value_start=m.value_start, value_end=m.value_end,
                          granularity=m.granularity, calendar=m.calendar, anchor=m.anchor,
                          rule=m.rule) for m in matches)
    return rows


def event_rows(doc, sentences, tokens, timexes) -> list:
    """Event rows of one document, extracted piece by piece (see :func:`doc_pieces`)."""
    from waqai.events import extract_events

    rows = []
    for offset, text, piece in doc_pieces(doc.text, tokens, sentences=sentences,
                                           timexes=timexes):
        # a piece after the first has its own id for the extractor: event ids stay unique
        piece_id = doc.doc_id if offset == 0 else f"{doc.doc_id}@{offset}"
        for event in extract_events(piece_id, text, doc.published, piece["sentences"],
                                    piece["tokens"], piece["timexes"]):
            event.doc_id = doc.doc_id
            rows.append(shifted("events", event, offset))
    return rows


def timex_batch(wh: Warehouse, batch: str, version: str, force: bool = False) -> StageResult:
    if not force and is_current(wh, "timex", batch, version):
        return StageResult("timex", batch, skipped=True)
    t0 = time.perf_counter()
    doc_ids, docs = _batch_docs(wh, batch)
    tokens = _grouped(from_arrow("tokens", wh.read_part("tokens", wh.part_path("tokens", batch))),
                      doc_ids)
    rows = [row for doc in docs for row in timex_rows(doc, tokens[doc.doc_id])]
    wh.write_part("timexes", rows, batch)
    wh.commit("timex", batch, doc_ids, version)
    return StageResult("timex", batch, len(doc_ids), {"timexes": len(rows)},
                       time.perf_counter() - t0)


def extract_batch(wh: Warehouse, batch: str, version: str, force: bool = False) -> StageResult:
    from waqai.places import locate_events

    if not force and is_current(wh, "extract", batch, version):
        return StageResult("extract", batch, skipped=True)
    t0 = time.perf_counter()
    doc_ids, docs = _batch_docs(wh, batch)
    inputs = {table: _grouped(from_arrow(table, wh.read_part(table, wh.part_path(table, batch))),
                              doc_ids) for table in ("sentences", "tokens", "timexes")}
    rows = []
    for doc in docs:
        rows.extend(event_rows(doc, inputs["sentences"][doc.doc_id], inputs["tokens"][doc.doc_id],
                               inputs["timexes"][doc.doc_id]))
    rows = locate_events(rows)
    wh.write_part("events", rows, batch)
    wh.commit("extract", batch, doc_ids, version)
    return StageResult("extract", batch, len(doc_ids), {"events": len(rows)},
                       time.perf_counter() - t0)


def cluster(wh: Warehouse) -> StageResult:
    """Cluster all events across documents; rewrite event parts with their cluster ids."""
    from waqai.events import cluster_events

    t0 = time.perf_counter()
    docs = wh.read("documents")
    published = dict(zip(docs.column("doc_id").to_pylist(), docs.column("published").to_pylist()))
    by_part = {p: from_arrow("events", wh.read_part("events", p)) for p in wh.parts("events")}
    events = [e for rows in by_part.values() for e in rows]
    clusters, membership = cluster_events(events, published)
    for path, rows in by_part.items():
        changed = False
        for e in rows:
            cid = membership.get(e.event_id)
            changed |= cid != e.cluster_id
            e.cluster_id = cid
        if changed:
            wh.write_part("events", rows, path.stem.removeprefix("part-"))
    wh.write_part("event_clusters", clusters, "all")
    return StageResult("cluster", None, len(published),
                       {"events": len(events), "event_clusters": len(clusters)},
                       time.perf_counter() - t0)


def is_complete(wh: Warehouse, manifests: dict[str, dict], batch: str) -> bool:
    """Every batch stage committed ``batch`` on what its upstream stage committed last, and
    its parts exist: the batch's rows agree across all tables."""
    for stage, upstream in UPSTREAM.items():
        done, source = manifests[stage].get(batch), manifests[upstream].get(batch)
        if done is None or source is None or not done["version"].endswith(f"|{source['version']}"):
            return False
    return all(wh.part_path(t, batch).exists() for tables in OUTPUTS.values() for t in tables)


def published_files(wh: Warehouse) -> dict[str, list[Path]]:
    """The part files readers get: a complete batch's current parts; a batch not complete now
    keeps the parts of the last published state, or stays out; every part of the tables no
    batch stage writes (rejects, clusters)."""
    manifests = {stage: wh.manifests(stage) for stage in OUTPUTS}
    batch_tables = [t for tables in OUTPUTS.values() for t in tables]
    last = snapshots(wh.root)[-1:]
    files: dict[str, list[Path]] = {t: [] for t in batch_tables}
    for batch in manifests["ingest"]:
        current = {t: wh.part_path(t, batch) for t in batch_tables}
        if not is_complete(wh, manifests, batch):
            current = {t: snapshot / t / p.name for t, p in current.items() for snapshot in last}
            if not current or not all(p.exists() for p in current.values()):
                continue
        for table, path in current.items():
            files[table].append(path)
    return files | {t: wh.parts(t) for t in SCHEMAS if t not in files}


def publish_catalog(wh: Warehouse) -> StageResult:
    t0 = time.perf_counter()
    wh.init()
    publish(wh.root, published_files(wh))
    return StageResult("publish", seconds=time.perf_counter() - t0)
