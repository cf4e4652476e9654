"""Benchmark waqai's Arabic timex normaliser against dateparser, then measure its throughput.

Usage: python bench/bench_dates.py [--table bench/dates_table.tsv] [--mb 1.0] [--show-errors]

Accuracy. Each row of the table (category, anchor, text, expression, value_start, value_end)
names one expression inside a sentence.
- waqai: ``find_timexes(text, anchor)``; the timexes overlapping the expression (a range such as
  "من 3 إلى 5 مارس" is one), joined with :func:`join_alternatives` when they are alternatives
  ("X أو Y"), give the value. It
  is right when start AND end equal the expected ones; a row with no expected value is right
  when no overlapping timex has a value (not a timex, or no anchor to resolve it).
- dateparser: ``dateparser.search.search_dates(text, languages=["ar"], settings=...)`` with
  RELATIVE_BASE = the anchor (none when the row has no anchor) and PREFER_DATES_FROM =
  'current_period'; the first found date whose substring overlaps the expression (else the
  first found date) is taken. dateparser returns one datetime, never a range, so it is scored
  leniently: right when that date lies within the expected range; a row with no expected value
  is right when dateparser finds nothing overlapping the expression.

Throughput: ``find_timexes`` over the table sentences and, when present, the texts of
``/work/shared/eval/*.jsonl``, repeated to at least --mb megabytes (UTF-8), on one core.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from waqai.dates import find_timexes, join_alternatives  # noqa: E402

TABLE = ROOT / "bench" / "dates_table.tsv"
EVAL_DIR = Path("/work/shared/eval")


def load_table(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    rows = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row["text"] = row["text"].replace("\\n", "\n")
        row["anchor"] = dt.date.fromisoformat(row["anchor"]) if row["anchor"] else None
        for key in ("value_start", "value_end"):
            row[key] = dt.date.fromisoformat(row[key]) if row[key] else None
        rows.append(row)
    return rows


def _span(row: dict) -> tuple[int, int]:
    k = row["text"].index(row["expression"])
    return k, k + len(row["expression"])


def ours(row: dict) -> tuple[dt.date | None, dt.date | None]:
    s, e = _span(row)
    timexes = find_timexes(row["text"], row["anchor"])
    hits = [i for i, t in enumerate(timexes)
            if t.start < e and s < t.end and t.value_start is not None]
    if not hits:
        return None, None
    joined = set(join_alternatives(timexes, row["text"]))
    first = last = hits[0]
    while (last, last + 1) in joined and last + 1 in hits:
        last += 1
    return timexes[first].value_start, timexes[last].value_end


def theirs(row: dict) -> dt.date | None:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "current_period"}
    if row["anchor"] is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(row["anchor"], dt.time(12))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(row["text"], languages=["ar"], settings=settings) or []
        except Exception:  # dateparser raises on some inputs; count it as nothing found
            found = []
    s, e = _span(row)
    for sub, when in found:
        k = row["text"].find(sub)
        if k >= 0 and k < e and s < k + len(sub):
            return when.date()
    return found[0][1].date() if found and row["value_start"] is not None else None


def ours_right(row: dict, got: tuple) -> bool:
    if row["value_start"] is None:
        return got[0] is None
    return got == (row["value_start"], row["value_end"])


def theirs_right(row: dict, got: dt.date | None) -> bool:
    if row["value_start"] is None:
        return got is None
    return got is not None and row["value_start"] <= got <= row["value_end"]


def accuracy(rows: list[dict], show_errors: bool) -> None:
    per = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        mine, other = ours(row), theirs(row)
        stats = per[row["category"]]
        stats[0] += 1
        stats[1] += ours_right(row, mine)
        stats[2] += theirs_right(row, other)
        if show_errors and not ours_right(row, mine):
            print(f"  waqai wrong [{row['category']}] {row['expression']!r} anchor "
                  f"{row['anchor']}: got {mine}, want {(row['value_start'], row['value_end'])}")
    print(f"{'category':22} {'n':>4} {'waqai':>7} {'dateparser':>11}")
    total = [0, 0, 0]
    for cat, (n, a, b) in per.items():
        print(f"{cat:22} {n:4d} {a / n:7.1%} {b / n:11.1%}")
        total = [total[0] + n, total[1] + a, total[2] + b]
    n, a, b = total
    print(f"{'ALL':22} {n:4d} {a / n:7.1%} {b / n:11.1%}")


def throughput(rows: list[dict], megabytes: float) -> None:
    texts = [r["text"] for r in rows]
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    corpus = texts * max(1, int(megabytes * 1e6 / size + 0.999))
    total = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    anchor = dt.date(2021, 3, 25)
    find_timexes(corpus[0], anchor)  # load the lexicon before timing
    t0 = time.process_time()
    n = sum(len(find_timexes(t, anchor)) for t in corpus)
    cpu = time.process_time() - t0
    print(f"throughput: {total:.2f} MB ({len(corpus)} documents, {n} timexes) in {cpu:.2f} s "
          f"CPU = {total / cpu:.2f} MB/s on one core")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    rows = load_table(args.table)
    accuracy(rows, args.show_errors)
    throughput(rows, args.mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
