#!/usr/bin/env python3
"""Ablation of the event extractor: the dependency tree on and off, on each gold file.

    ablation.py GOLD.jsonl [GOLD.jsonl ...] [--model PATH]

Each document is parsed once with UDPipe and its timexes found as the timex stage finds them;
events are extracted twice, with UDPipe's dependency tree (the default: it dates what word
order leaves unowned and gives silent same-day events a status) and without it, and
``score.py`` scores each run. Prints one Markdown table row per gold file and setting.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from eval_events import SCORE, document_row, model_path, write  # noqa: E402
from waqai.events import cluster_events, extract_events  # noqa: E402
from waqai.nlp import udpipe  # noqa: E402
from waqai.pipeline.timex import timex_rows  # noqa: E402

FIGURES = ("precision", "recall", "f1", "status_accuracy", "exact_date_accuracy")


def score(gold: str, documents, timexes, events, published) -> dict[str, str]:
    clusters, membership = cluster_events(events, published)
    for e in events:
        e.cluster_id = membership[e.event_id]
    with tempfile.TemporaryDirectory() as tmp:
        for table, rows in (("documents", documents), ("timexes", timexes), ("events", events),
                            ("event_clusters", clusters)):
            write(Path(tmp), table, rows)
        out = subprocess.run([sys.executable, str(SCORE), gold, tmp], capture_output=True,
                             text=True, check=True).stdout
    return dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--model")
    args = ap.parse_args()
    model = udpipe.load(str(model_path(args.model)))
    print("| gold file | tree | " + " | ".join(FIGURES) + " |")
    print("|---|---|" + "---:|" * len(FIGURES))
    for gold in args.gold:
        docs = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
        inputs, documents, timexes, published = [], [], [], {}
        for doc in docs:
            pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
            published[doc["doc_id"]] = pub
            parsed = model.parse(doc["doc_id"], doc["text"])
            row = document_row(doc, pub)
            tx = timex_rows(row, parsed.tokens)  # as the timex stage finds them
            inputs.append((doc["doc_id"], doc["text"], pub, parsed.sentences, parsed.tokens, tx))
            documents.append(row)
            timexes += tx
        for use_tree in (True, False):
            events = [e for x in inputs for e in extract_events(*x, use_tree=use_tree)]
            figures = score(gold, documents, timexes, events, published)
            print(f"| {Path(gold).name} | {'on' if use_tree else 'off'} | "
                  + " | ".join(figures.get(f, "-") for f in FIGURES) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
