"""`make bench`: run the pipeline flow on N synthetic documents and report throughput.

The corpus repeats the sample articles with a numbered line added so every document is
distinct. Prints documents/s and the ratio of pipeline time to time spent inside UDPipe.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def synthetic_corpus(n: int, out: Path) -> Path:
    from waqai.ingest import RawDoc, iter_inputs

    seeds = [d for d in iter_inputs([REPO / "samples"]) if isinstance(d, RawDoc)]
    path = out / "bench.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            seed = seeds[i % len(seeds)]
            text = f"{seed.text}\nنسخة رقم {i} من الخبر."
            fh.write(json.dumps({"id": f"bench-{i}", "text": text,
                                 "published": seed.published and seed.published.isoformat()},
                                ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", "--documents", type=int, default=600)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    from flows.pipeline import waqai_pipeline
    from waqai.nlp.model import resolve_model

    choice = resolve_model(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = synthetic_corpus(args.documents, Path(tmp))
        t0 = time.perf_counter()
        reports = waqai_pipeline(input=[str(corpus)], warehouse=str(Path(tmp) / "wh"),
                                 model=str(choice.path), batch_size=args.batch_size)
        total = time.perf_counter() - t0
    stage = {name: r.seconds for name, r in reports.items()}
    udpipe = reports["tokenize"].inner_seconds
    work = sum(stage.values())
    print(f"documents            {args.documents}")
    print(f"model                {choice.path} ({choice.origin})")
    for name, secs in stage.items():
        print(f"stage {name:<14} {secs:8.2f} s")
    print(f"inside UDPipe        {udpipe:8.2f} s")
    print(f"stages total         {work:8.2f} s   ({work / udpipe:.3f} x UDPipe, "
          f"pipeline adds {100 * (work / udpipe - 1):.1f}%)")
    print(f"extraction           {stage['extract']:8.2f} s   "
          f"({100 * stage['extract'] / udpipe:.1f}% of UDPipe time)")
    print(f"flow wall time       {total:8.2f} s   ({total / udpipe:.3f} x UDPipe, includes "
          f"Prefect start-up and task bookkeeping)")
    print(f"throughput           {args.documents / total:8.1f} documents/s")


if __name__ == "__main__":
    main()
