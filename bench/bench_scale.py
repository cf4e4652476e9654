"""`make bench-scale`: documents/s of the pipeline on 1 and on 2 Dask workers, and the speed-up.

The corpus is the one of `make bench` (the sample articles repeated, each with a numbered line
so every document is distinct). For each worker count a local cluster is started and warmed
(every worker imports the stage modules and loads the UDPipe model) before the clock starts;
the Prefect API (an ephemeral server, as for `waqai run`) is started once before both. The
timed part is the whole pipeline on a fresh warehouse; start-up is printed on its own line.

Columns: wall = the timed pipeline; serial = ingest, cluster and publish; batch work = the
time inside the batch tasks, summed over workers; overhead = wall - serial - batch work /
workers (Prefect's flow and task bookkeeping, Dask scheduling). When the batch work grows with
the second worker, the two workers are sharing cores with something else.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench_pipeline import synthetic_corpus

PARALLEL = ("tokenize", "timex", "extract")  # stages whose batches run on the workers


def _warm_worker(model_path: str) -> None:
    import flows.stages  # noqa: F401  (the modules a batch task needs)
    from waqai.nlp.udpipe import load

    load(model_path)


def _start_api() -> float:
    """Start the Prefect API this process will use (ephemeral unless PREFECT_API_URL is set)."""
    from prefect import get_client

    t0 = time.perf_counter()
    with get_client(sync_client=True) as client:
        client.hello()
    return time.perf_counter() - t0


def measure(workers: int, corpus: Path, model: str, batch_size: int, out: Path) -> dict:
    from distributed import Client, LocalCluster

    from flows.pipeline import waqai_pipeline

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(_warm_worker, model)
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        reports = waqai_pipeline(input=[str(corpus)], warehouse=str(out / f"wh-{workers}"),
                                 model=model, batch_size=batch_size, runner="dask",
                                 dask_address=cluster.scheduler_address)
        wall = time.perf_counter() - t1
    serial = sum(r.seconds for name, r in reports.items() if name not in PARALLEL)
    work = sum(reports[name].seconds for name in PARALLEL)
    return {"workers": workers, "startup": startup, "wall": wall, "serial": serial,
            "work": work, "udpipe": reports["tokenize"].inner_seconds,
            "batches": reports["tokenize"].batches,
            "documents": reports["ingest"].rows["documents"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=1200)
    ap.add_argument("--batch-size", type=int, default=150)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no network here

    from waqai.nlp.model import resolve_model

    model = str(resolve_model(args.model).path)
    load = os.getloadavg()
    api = _start_api()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = synthetic_corpus(args.documents, Path(tmp))
        results = [measure(w, corpus, model, args.batch_size, Path(tmp)) for w in (1, 2)]
    print(f"documents {args.documents}, batch size {args.batch_size}, model {model}, "
          f"{os.cpu_count()} CPUs, load average {load[0]:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after")
    print(f"Prefect API start-up {api:.1f} s (once, not timed)")
    print(f"{'workers':>7} {'start-up s':>10} {'wall s':>8} {'docs/s':>8} {'serial s':>9} "
          f"{'batch work s':>12} {'UDPipe s':>9} {'overhead s':>10}")
    for r in results:
        assert r["documents"] == args.documents, r
        # what the wall time holds beyond the serial stages and the batch work shared out
        overhead = r["wall"] - r["serial"] - r["work"] / r["workers"]
        print(f"{r['workers']:>7} {r['startup']:>10.1f} {r['wall']:>8.1f} "
              f"{r['documents'] / r['wall']:>8.2f} {r['serial']:>9.1f} {r['work']:>12.1f} "
              f"{r['udpipe']:>9.1f} {overhead:>10.1f}")
    one, two = results
    print(f"speed-up 2 workers / 1 worker: {one['wall'] / two['wall']:.2f}x (goal >= 1.7x)")
    contention = two["work"] / one["work"]
    print(f"batch work with 2 workers / with 1: {contention:.2f} "
          f"(1.00 when each worker has a core of its own)")
    if contention > 1.2:  # the workers shared cores: say what a free second core would give
        ideal = two["wall"] - (two["work"] - one["work"]) / 2
        print(f"estimate with a free core per worker: {ideal:.1f} s, "
              f"{one['wall'] / ideal:.2f}x (2-worker wall time less the extra batch work)")


if __name__ == "__main__":
    main()
