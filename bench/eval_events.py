#!/usr/bin/env python3
"""Score the event extractor and clustering on a gold JSON Lines file.

    eval_events.py GOLD.jsonl [--model PATH] [--gold-timex] [--keep DIR]

Each gold document is tokenized with UDPipe, its timexes found (or, with --gold-timex, taken
from the gold file's timexes at every place their text occurs), its events extracted; all
events are clustered. A temporary warehouse (documents, timexes, events, event_clusters) is
written and ``score.py GOLD WAREHOUSE --verbose`` run on it; its output is printed, then the
multi-source clusters and the time UDPipe and the extractor took on the same documents.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from schemas import Document, Timex, to_arrow  # noqa: E402
from waqai.events import cluster_events, extract_events  # noqa: E402
from waqai.events.actors import gazetteer  # noqa: E402
from waqai.events.lexicon import lexicon  # noqa: E402
from waqai.nlp import udpipe  # noqa: E402
from waqai.nlp.model import ModelNotFound, resolve_model  # noqa: E402

SCORE = Path("/work/shared/eval/score.py")
SHARED_MODEL = REPO.parent / "shared" / "models" / "ar_pud.udpipe"
BASIS = {"page": "metadata", "inferred": "dateline"}


def model_path(option: str | None) -> Path:
    try:
        return resolve_model(option).path
    except ModelNotFound:
        if option is None and SHARED_MODEL.is_file():
            return SHARED_MODEL
        raise


def sentence_of(sentences, start: int) -> int | None:
    for s in sentences:
        if s.start_char <= start < s.end_char:
            return s.sentence_index
    return None


def gold_timexes(doc: dict, sentences) -> list[Timex]:
    """Gold timexes at every occurrence of their text (not inside a longer gold occurrence)."""
    text, spans = doc["text"], []
    for g in sorted(doc.get("timexes", []), key=lambda g: -len(g["text"])):
        start = 0
        while (k := text.find(g["text"], start)) >= 0:
            end = k + len(g["text"])
            if not any(s <= k and end <= e for s, e, _ in spans):
                spans.append((k, end, g))
            start = k + 1
    rows = []
    for s, e, g in sorted(spans, key=lambda x: x[0]):
        rows.append(Timex(doc["doc_id"], sentence_of(sentences, s), s, e, text[s:e],
                          dt.date.fromisoformat(g["value_start"]),
                          dt.date.fromisoformat(g["value_end"]), g["granularity"],
                          "gregorian", "explicit", "gold"))
    return rows


def found_timexes(doc: dict, published, sentences) -> list[Timex]:
    from waqai.dates import find_timexes

    return [Timex(doc["doc_id"], sentence_of(sentences, m.start), m.start, m.end, m.text,
                  m.value_start, m.value_end, m.granularity, m.calendar, m.anchor, m.rule)
            for m in find_timexes(doc["text"], published)]


def document_row(doc: dict, published) -> Document:
    return Document(doc["doc_id"], doc["doc_id"], doc.get("source") or doc["doc_id"],
                    doc.get("source"), None, published,
                    BASIS.get(doc.get("published_basis"), "none"), doc["text"],
                    len(doc["text"]), dt.datetime.now(dt.timezone.utc), "eval")


def write(warehouse: Path, table: str, rows: list) -> None:
    (warehouse / table).mkdir(parents=True, exist_ok=True)
    pq.write_table(to_arrow(table, rows), warehouse / table / "part.parquet")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--model")
    ap.add_argument("--gold-timex", action="store_true")
    ap.add_argument("--keep", help="write the warehouse here instead of a temporary folder")
    args = ap.parse_args()

    docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    model = udpipe.load(str(model_path(args.model)))
    t = time.process_time()
    gazetteer()
    lexicon()
    t_load = time.process_time() - t
    t_udpipe = t_timex = t_extract = 0.0
    documents, timexes, events, published, inputs = [], [], [], {}, []
    for doc in docs:
        pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        published[doc["doc_id"]] = pub
        t = time.process_time()
        parsed = model.parse(doc["doc_id"], doc["text"])
        t_udpipe += time.process_time() - t
        t = time.process_time()
        tx = (gold_timexes(doc, parsed.sentences) if args.gold_timex
              else found_timexes(doc, pub, parsed.sentences))
        t_timex += time.process_time() - t
        inputs.append((doc["doc_id"], doc["text"], pub, parsed.sentences, parsed.tokens, tx))
        t = time.process_time()
        events += extract_events(*inputs[-1])
        t_extract += time.process_time() - t
        documents.append(document_row(doc, pub))
        timexes += tx
    t = time.process_time()
    clusters, membership = cluster_events(events, published)
    t_extract += time.process_time() - t
    for e in events:
        e.cluster_id = membership[e.event_id]
    t = time.process_time()  # again, with the per-process word caches warm (a long batch)
    cluster_events([e for x in inputs for e in extract_events(*x)], published)
    t_warm = time.process_time() - t

    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(args.keep or tmp)
        for table, rows in (("documents", documents), ("timexes", timexes), ("events", events),
                            ("event_clusters", clusters)):
            write(warehouse, table, rows)
        out = subprocess.run([sys.executable, str(SCORE), args.gold, str(warehouse), "--verbose"],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    print(out.stderr, end="", file=sys.stderr)

    print("\nclusters with several sources:")
    for c in clusters:
        if c.n_sources > 1:
            print(f"  {c.event_type} {c.status} ({c.status_rule}) {c.date_start}..{c.date_end} "
                  f"{','.join(c.participants)} n_sources={c.n_sources} n_events={c.n_events} "
                  f"first_reported={c.first_reported}")
    print(f"\nevents: {len(events)} ({sum(e.date_start is not None for e in events)} dated), "
          f"clusters: {len(clusters)}")
    share = t_extract / t_udpipe if t_udpipe else 0.0
    warm = t_warm / t_udpipe if t_udpipe else 0.0
    print(f"CPU time: udpipe {t_udpipe:.3f}s, timex {t_timex:.3f}s, "
          f"events+clusters {t_extract:.3f}s ({share:.1%} of udpipe; {t_warm:.3f}s = "
          f"{warm:.1%} with warm caches), event data loaded once in {t_load:.3f}s")
    return out.returncode


if __name__ == "__main__":
    sys.exit(main())
