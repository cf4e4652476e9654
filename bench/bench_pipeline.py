"""`make bench`: documents/s, the marginal cost of a document over raw UDPipe, the fixed cost
of a run, and the speed-up with 1, 2, ... worker processes, from one run.

The corpus repeats the sample articles (or the documents of ``--corpus FILE.jsonl``) with a
numbered line added, so every document is distinct. Raw UDPipe is ufal.udpipe's tokenizer,
tagger and parser (CoNLL-U out) on the same texts in this process. Every pipeline figure is
the wall time of ``waqai run`` as a user starts it (a new process, a fresh warehouse) with
PREFECT_API_URL set to one server for the whole bench (the one PREFECT_API_URL names, else a
temporary one started here), so no run pays for a server start:

- marginal s/document = (T(n, 1 worker) - T(small, 1 worker)) / (n - small);
- marginal ratio = marginal s/document / raw UDPipe s/document (goal <= 1.10);
- fixed cost = T(small, 1 worker) - small x marginal (imports, model, Prefect flow runs);
- speed-up with w workers = T(n, 1 worker) / T(n, w workers).

The load average is printed before and after: other processes on the machine slow both sides.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def synthetic_corpus(n: int, out: Path, source: Path | None = None) -> Path:
    """``n`` distinct documents as a JSONL feed, from the samples or from ``source``."""
    from waqai.ingest import RawDoc, iter_inputs

    seeds = [d for d in iter_inputs([source or REPO / "samples"]) if isinstance(d, RawDoc)]
    path = out / f"bench-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            seed = seeds[i % len(seeds)]
            text = f"{seed.text}\nنسخة رقم {i} من الخبر."
            fh.write(json.dumps({"id": f"bench-{i}", "text": text,
                                 "published": seed.published and seed.published.isoformat()},
                                ensure_ascii=False) + "\n")
    return path


def raw_udpipe_seconds(model: Path, corpus: Path) -> float:
    """Wall seconds of raw UDPipe (tokenizer, tagger, parser, CoNLL-U) on every text."""
    from ufal.udpipe import Model, Pipeline, ProcessingError

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    udpipe = Model.load(str(model))
    pipeline = Pipeline(udpipe, "tokenize", Pipeline.DEFAULT, Pipeline.DEFAULT, "conllu")
    error = ProcessingError()
    t0 = time.perf_counter()
    for text in texts:
        pipeline.process(text, error)
    return time.perf_counter() - t0


def waqai_run(corpus: Path, workers: int, model: Path, api_url: str, out: Path) -> float:
    """Wall seconds of `waqai run --workers W` on ``corpus`` into a fresh warehouse."""
    warehouse = Path(tempfile.mkdtemp(dir=out))
    env = dict(os.environ, PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    args = [sys.executable, "-m", "waqai.cli", "run", "--input", str(corpus), "--warehouse",
            str(warehouse), "--model", str(model), "--workers", str(workers), "--no-progress"]
    t0 = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"waqai run failed:\n{(done.stdout + done.stderr)[-4000:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=1000)
    ap.add_argument("--small", type=int, default=12, help="documents of the fixed-cost run")
    ap.add_argument("--corpus", type=Path, default=None, help="JSONL documents to repeat")
    ap.add_argument("--model", default=None)
    ap.add_argument("--max-workers", type=int, default=None, help="default: every core")
    ap.add_argument("--repeat", type=int, default=1, help="runs per figure; the fastest counts")
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no network here

    from flows.api import prefect_api
    from flows.workers import available_cores
    from waqai.nlp.model import resolve_model

    model = resolve_model(args.model).path
    cores = args.max_workers or available_cores()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, prefect_api(echo=lambda line: None) as api:
        out = Path(tmp)
        corpus = synthetic_corpus(args.documents, out, args.corpus)
        small = synthetic_corpus(args.small, out, args.corpus)

        def best(fn, *a) -> float:
            return min(fn(*a) for _ in range(args.repeat))

        raw = best(raw_udpipe_seconds, model, corpus)
        fixed_run = best(waqai_run, small, 1, model, api, out)
        walls = {w: best(waqai_run, corpus, w, model, api, out) for w in range(1, cores + 1)}
    n, k = args.documents, args.small
    marginal = (walls[1] - fixed_run) / (n - k)
    print(f"documents {n} (fixed-cost run: {k}), corpus {args.corpus or 'samples/'}, "
          f"model {model}")
    print(f"{available_cores()} cores available; load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after; best of {args.repeat}")
    print(f"raw UDPipe            {raw / n * 1000:8.1f} ms/document ({raw:.1f} s)")
    print(f"waqai run, marginal   {marginal * 1000:8.1f} ms/document "
          f"(1 worker, {k} vs {n} documents)")
    print(f"marginal ratio        {marginal / (raw / n):8.3f} x raw UDPipe (goal <= 1.10)")
    print(f"fixed cost            {fixed_run - k * marginal:8.1f} s per run "
          f"(`waqai run` on {k} documents took {fixed_run:.1f} s; server already running)")
    print(f"{'workers':>7} {'wall s':>8} {'documents/s':>12} {'speed-up':>9}")
    for w, wall in walls.items():
        print(f"{w:>7} {wall:>8.1f} {n / wall:>12.2f} {walls[1] / wall:>8.2f}x")


if __name__ == "__main__":
    main()
