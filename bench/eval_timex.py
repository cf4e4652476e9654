"""Score waqai's timex normaliser alone against a gold JSON Lines file.

Usage: python bench/eval_timex.py GOLD.jsonl [--keep DIR] [--verbose]

Runs :func:`waqai.dates.find_timexes` on each gold document (published from its ``published``
field, None flowing through), writes a minimal warehouse (``documents/part.parquet`` and
``timexes/part.parquet`` built from the ``schemas`` row classes) to a temporary directory, and
prints the output of ``/work/shared/eval/score.py GOLD DIR`` (only the timex figures apply).
With --verbose, also lists gold timexes that no prediction matched or matched with a wrong value.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas import Document, Timex, to_arrow  # noqa: E402
from waqai.dates import find_timexes  # noqa: E402

SCORE = Path("/work/shared/eval/score.py")
RUN_ID = "eval_timex"


def _date(value):
    return None if value is None else dt.date.fromisoformat(value)


def build_warehouse(gold: list[dict], out: Path) -> dict:
    """Write documents and timexes for every gold document; returns doc_id -> timexes."""
    docs, rows, found = [], [], {}
    now = dt.datetime.now(dt.timezone.utc)
    for g in gold:
        published = _date(g.get("published"))
        text = g["text"]
        docs.append(Document(doc_id=g["doc_id"], source_id=g["doc_id"], source_path=str(SCORE),
                             url=g.get("source"), title=None, published=published,
                             published_basis="metadata" if published else "none", text=text,
                             n_chars=len(text), ingested_at=now, run_id=RUN_ID))
        found[g["doc_id"]] = timexes = find_timexes(text, published)
        rows.extend(Timex(doc_id=g["doc_id"], sentence_index=None, start_char=t.start,
                          end_char=t.end, text=t.text, value_start=t.value_start,
                          value_end=t.value_end, granularity=t.granularity,
                          calendar=t.calendar, anchor=t.anchor, rule=t.rule)
                    for t in timexes)
    for table, data in (("documents", docs), ("timexes", rows)):
        (out / table).mkdir(parents=True, exist_ok=True)
        pq.write_table(to_arrow(table, data), out / table / "part.parquet")
    return found


def explain(gold: list[dict], found: dict) -> None:
    """Gold timexes missed or mis-valued, with the same matching as score.py."""
    for g in gold:
        preds = [t for t in found[g["doc_id"]] if t.value_start is not None]
        used: set[int] = set()
        text = g["text"]
        for gt in g.get("timexes", []):
            spans, k = [], text.find(gt["text"])
            while k >= 0:
                spans.append((k, k + len(gt["text"])))
                k = text.find(gt["text"], k + 1)
            hit = next((i for i, p in enumerate(preds) if i not in used
                        and any(p.start < e and s < p.end for s, e in spans)), None)
            want = (gt["value_start"], gt["value_end"])
            if hit is None:
                print(f"MISS  {g['doc_id']} {gt['text']!r} want {want}", file=sys.stderr)
                continue
            used.add(hit)
            p = preds[hit]
            got = (p.value_start.isoformat(), (p.value_end or p.value_start).isoformat())
            if got != want:
                print(f"VALUE {g['doc_id']} {gt['text']!r} want {want} got {got} via "
                      f"{p.text!r} ({p.rule})", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--keep", type=Path, help="write the warehouse here instead of a temp dir")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        found = build_warehouse(gold, out)
        if args.verbose:
            explain(gold, found)
        done = subprocess.run([sys.executable, str(SCORE), str(args.gold), str(out)],
                              capture_output=True, text=True)
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
