"""`make bench-long`: one very long text as a single line vs the same text with line breaks.

The text is the sample articles repeated to ``--megabytes`` MB of UTF-8. Each variant runs the
stages (ingest to publish, no Prefect) in a fresh process, which reports its CPU time per stage
(steady on a shared machine; wall time is printed too) and its peak memory (max RSS).
Goal: the single line within 1.5x of the text with line breaks in both.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOAL = 1.5


def long_text(megabytes: float) -> str:
    """The sample articles as they are (paragraphs and line breaks), repeated up to the size."""
    from waqai.ingest import RawDoc, iter_inputs

    seeds = [d.text.strip() for d in iter_inputs([REPO / "samples"]) if isinstance(d, RawDoc)]
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        parts.append(seeds[i % len(seeds)])
        size += len(parts[-1].encode()) + 2
        i += 1
    return "\n\n".join(parts)


def run_variant(text_file: Path, model: str) -> dict:
    """Run every stage on one text file in this process; CPU seconds per stage and peak MB."""
    from waqai.pipeline.batches import run_batch
    from waqai.pipeline.cluster import cluster
    from waqai.pipeline.ingest import ingest
    from waqai.pipeline.publish import publish_catalog
    from warehouse import Warehouse

    with tempfile.TemporaryDirectory() as tmp:
        wh = Warehouse(Path(tmp) / "wh")
        cpu = {}
        wall = time.perf_counter()

        def timed(name, step):
            t0 = time.process_time()
            step()
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - t0

        timed("ingest", lambda: ingest(wh, [str(text_file)], "bench"))
        for batch in wh.manifests("ingest"):
            timed("tokenize", lambda: run_batch(wh, "tokenize", batch, "b", model_path=model))
            timed("timex", lambda: run_batch(wh, "timex", batch, "b"))
            timed("extract", lambda: run_batch(wh, "extract", batch, "b"))
        timed("cluster", lambda: cluster(wh))
        timed("publish", lambda: publish_catalog(wh))
        wall = time.perf_counter() - wall
        events = wh.count("events")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cpu": cpu, "wall": wall, "peak_mb": peak_mb, "events": events}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--megabytes", type=float, default=2.0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--variant", help=argparse.SUPPRESS)  # internal: run one text file
    args = ap.parse_args()

    from waqai.nlp.model import resolve_model

    model = str(resolve_model(args.model).path)
    if args.variant:
        print(json.dumps(run_variant(Path(args.variant), model)))
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        text = long_text(args.megabytes)
        # the same characters, every line break a space: one line of the same length
        for name, variant in (("line breaks", text), ("one line", text.replace("\n", " "))):
            path = Path(tmp) / f"{name.replace(' ', '-')}.txt"
            path.write_text(variant, encoding="utf-8")
            out = subprocess.run([sys.executable, __file__, "--model", model,
                                  "--variant", str(path)],
                                 check=True, capture_output=True, text=True).stdout
            results[name] = json.loads(out.strip().splitlines()[-1])
    base, one = results["line breaks"], results["one line"]
    print(f"text                 {args.megabytes:g} MB of UTF-8, model {model}")
    print(f"{'CPU time':<20} {'line breaks':>12} {'one line':>12}")
    for stage in base["cpu"]:
        print(f"{stage:<20} {base['cpu'][stage]:>10.2f} s {one['cpu'][stage]:>10.2f} s")
    t_base, t_one = sum(base["cpu"].values()), sum(one["cpu"].values())
    print(f"{'total':<20} {t_base:>10.2f} s {t_one:>10.2f} s   ratio {t_one / t_base:.2f}"
          f" (goal <= {GOAL})")
    print(f"{'wall time':<20} {base['wall']:>10.2f} s {one['wall']:>10.2f} s")
    print(f"{'peak memory':<20} {base['peak_mb']:>9.0f} MB {one['peak_mb']:>9.0f} MB   ratio "
          f"{one['peak_mb'] / base['peak_mb']:.2f} (goal <= {GOAL})")
    print(f"{'events':<20} {base['events']:>12} {one['events']:>12}")

if __name__ == "__main__":
    main()
