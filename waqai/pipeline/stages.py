"""The six stages as plain functions over a :class:`warehouse.Warehouse`.

Each batch function reads its documents from the warehouse, computes, writes its output parts
and commits a manifest; it is safe to re-run (same part names, manifests skip done work).
"""
from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from typing import Iterable

from schemas import Reject, Timex, from_arrow
from warehouse import Warehouse, publish
from warehouse.store import part_name
from waqai import __version__
from waqai.ingest import Limits, Rejected, iter_inputs, to_documents

# stage -> tables it writes
OUTPUTS = {
    "ingest": ("documents",),
    "tokenize": ("sentences", "tokens"),
    "timex": ("timexes",),
    "extract": ("events",),
}
UPSTREAM = {"tokenize": "ingest", "timex": "tokenize", "extract": "timex"}


@dataclass
class StageResult:
    stage: str
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    inner_seconds: float = 0.0  # time inside the model / normaliser itself


def _published_fn():
    try:
        from waqai.dates import infer_published
    except ImportError:  # the dates package is optional until it lands
        return None
    return infer_published


def ingest(wh: Warehouse, inputs: list[str], run_id: str, limits: Limits = Limits()
           ) -> StageResult:
    """Read inputs, write new documents and the rejects of this input."""
    t0 = time.perf_counter()
    wh.init()
    wh.remove_uncommitted("ingest", OUTPUTS["ingest"])
    known = wh.done("ingest")
    raws, rejects = [], []
    for item in iter_inputs(inputs, limits):
        (rejects if isinstance(item, Rejected) else raws).append(item)
    kwargs = {}
    fn = _published_fn()
    if fn is not None:
        kwargs["published_fn"] = fn
    docs = to_documents(raws, run_id, known=known, **kwargs)
    if docs:
        part = part_name(d.doc_id for d in docs)
        wh.write_part("documents", docs, part)
        wh.commit("ingest", part, [d.doc_id for d in docs], "1")
    if rejects:
        rows = [Reject(r.source, r.reason, r.detail, run_id) for r in rejects]
        wh.write_part("rejects", rows, part_name(f"{r.source}\t{r.reason}" for r in rejects))
    return StageResult("ingest", len(docs), {"documents": len(docs), "rejects": len(rejects)},
                       time.perf_counter() - t0)


def pending_batches(wh: Warehouse, stage: str, version: str, batch_size: int) -> list[list[str]]:
    """Documents the upstream stage has and ``stage`` lacks at ``version``, in batches."""
    wh.remove_uncommitted(stage, OUTPUTS[stage])
    todo = sorted(wh.done(UPSTREAM[stage]) - wh.done(stage, version))
    return [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]


def drop_superseded(wh: Warehouse, stage: str, version: str) -> int:
    """Remove committed parts of older versions whose documents are all redone."""
    current = wh.done(stage, version)
    stale = [part for part, m in wh.manifests(stage).items()
             if m["version"] != version and set(m["doc_ids"]) <= current]
    wh.remove_parts(stage, OUTPUTS[stage], stale)
    return len(stale)


def _documents(wh: Warehouse, doc_ids: list[str]):
    return from_arrow("documents", wh.read("documents", doc_ids, order_by="doc_id"))


def tokenize_batch(wh: Warehouse, doc_ids: list[str], model_path: str, version: str
                   ) -> StageResult:
    from waqai.nlp.udpipe import TokenizeError, load

    t0 = time.perf_counter()
    nlp = load(str(model_path))
    sentences, tokens, failed = [], [], []
    inner = 0.0
    for doc in _documents(wh, doc_ids):
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
    part = part_name(doc_ids)
    wh.write_part("sentences", sentences, part)
    wh.write_part("tokens", tokens, part)
    if failed:
        wh.write_part("rejects", failed, part_name(r.source for r in failed))
    wh.commit("tokenize", part, doc_ids, version)
    return StageResult("tokenize", len(doc_ids), {"sentences": len(sentences),
                       "tokens": len(tokens)}, time.perf_counter() - t0, inner)


def timex_rows(doc, tokens) -> list[Timex]:
    """Timex rows of one document, sentence index taken from its tokens."""
    from waqai.dates import find_timexes
    from waqai.nlp.tense import tense_resolver

    sentence_of = sorted((t.start_char, t.sentence_index) for t in tokens)
    starts = [s for s, _ in sentence_of]

    def sentence_index(pos: int):
        i = bisect.bisect_right(starts, pos) - 1
        return sentence_of[i][1] if i >= 0 else None

    matches = find_timexes(doc.text, doc.published, tense=tense_resolver(tokens))
    return [Timex(doc_id=doc.doc_id, sentence_index=sentence_index(m.start), start_char=m.start,
                  end_char=m.end, text=m.text, value_start=m.value_start, value_end=m.value_end,
                  granularity=m.granularity, calendar=m.calendar, anchor=m.anchor, rule=m.rule)
            for m in matches]


def _grouped(rows, doc_ids) -> dict[str, list]:
    out = {d: [] for d in doc_ids}
    for r in rows:
        out[r.doc_id].append(r)
    return out


def timex_batch(wh: Warehouse, doc_ids: list[str], version: str) -> StageResult:
    t0 = time.perf_counter()
    tokens = _grouped(from_arrow("tokens", wh.read("tokens", doc_ids)), doc_ids)
    rows = []
    for doc in _documents(wh, doc_ids):
        rows.extend(timex_rows(doc, tokens[doc.doc_id]))
    part = part_name(doc_ids)
    wh.write_part("timexes", rows, part)
    wh.commit("timex", part, doc_ids, version)
    return StageResult("timex", len(doc_ids), {"timexes": len(rows)}, time.perf_counter() - t0)


def extract_batch(wh: Warehouse, doc_ids: list[str], version: str) -> StageResult:
    from waqai.events import extract_events

    t0 = time.perf_counter()
    sentences = _grouped(from_arrow("sentences", wh.read("sentences", doc_ids)), doc_ids)
    tokens = _grouped(from_arrow("tokens", wh.read("tokens", doc_ids)), doc_ids)
    timexes = _grouped(from_arrow("timexes", wh.read("timexes", doc_ids)), doc_ids)
    rows = []
    for doc in _documents(wh, doc_ids):
        rows.extend(extract_events(doc.doc_id, doc.text, doc.published, sentences[doc.doc_id],
                                   tokens[doc.doc_id], timexes[doc.doc_id]))
    part = part_name(doc_ids)
    wh.write_part("events", rows, part)
    wh.commit("extract", part, doc_ids, version)
    return StageResult("extract", len(doc_ids), {"events": len(rows)}, time.perf_counter() - t0)


def cluster(wh: Warehouse) -> StageResult:
    """Cluster all events across documents; rewrite event parts with their cluster ids."""
    from waqai.events import cluster_events

    t0 = time.perf_counter()
    docs = wh.read("documents")
    published = dict(zip(docs.column("doc_id").to_pylist(), docs.column("published").to_pylist()))
    parts = wh.parts("events")
    by_part = {p: from_arrow("events", wh.read_part("events", p)) for p in parts}
    events = [e for rows in by_part.values() for e in rows]
    clusters, membership = cluster_events(events, published)
    for path, rows in by_part.items():
        for e in rows:
            e.cluster_id = membership.get(e.event_id)
        wh.write_part("events", rows, path.stem.removeprefix("part-"))
    wh.write_part("event_clusters", clusters, "all")
    return StageResult("cluster", len(published), {"event_clusters": len(clusters)},
                       time.perf_counter() - t0)


def publish_catalog(wh: Warehouse) -> StageResult:
    t0 = time.perf_counter()
    wh.init()
    publish(wh.root)
    return StageResult("publish", seconds=time.perf_counter() - t0)


def stage_versions(model_id: str) -> dict[str, str]:
    """Version of each stage's output; a change upstream changes every version downstream."""
    from waqai.dates import DATES_VERSION
    from waqai.events import EXTRACTOR_VERSION

    tokenize = f"tok-{__version__}:{model_id}"
    timex = f"tmx-{DATES_VERSION}:{tokenize}"
    return {"tokenize": tokenize, "timex": timex, "extract": f"evt-{EXTRACTOR_VERSION}:{timex}"}
