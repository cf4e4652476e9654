"""`make bench`: documents/s, the marginal cost of a document over raw UDPipe, the fixed cost
of a run, and the speed-up with 1, 2, ... worker processes, from one run.

The corpus repeats the sample articles (or the documents of ``--corpus FILE.jsonl``) with a
numbered line added, so every document is distinct. Raw UDPipe is ufal.udpipe's tokenizer,
tagger and parser on the same texts in this process, with nothing around them. Every pipeline figure is
the wall time of ``waqai run`` as a user starts it (a new process, a fresh warehouse) with
PREFECT_API_URL set to one server for the whole bench (the one PREFECT_API_URL names, else a
temporary one started here), so no run pays for a server start:

- marginal s/document = (T(n, 1 worker) - T(small, 1 worker)) / (n - small);
- marginal ratio = marginal s/document / raw UDPipe s/document (goal <= 1.10);
- fixed cost = T(small, 1 worker) - small x marginal (imports, model, Prefect flow runs);
- speed-up with w workers = T(n, 1 worker) / T(n, w workers), beside raw UDPipe's speed-up
  on w processes (the texts shared among them, timed once each has loaded its model): the
  most the machine's cores give;
- each stage's CPU seconds on the same documents in one process (UDPipe's tokenize stage,
  timex, extract), and the share of tokenize the others cost.

With ``--repeat R`` every figure is the best of R rounds, each round timing them all in turn.
Each figure is given in wall seconds and in CPU seconds (of `waqai run` and the processes it
started and waited for, i.e. its workers; not the server's). On a machine shared with other
work the CPU figures hold where the wall figures do not; the load average is printed before
and after. The speed-up needs idle cores.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _udpipe_all(udpipe, texts: list[str]) -> None:
    """ufal.udpipe's tokenizer (with the ``ranges`` option waqai uses, which is faster than the
    default), tagger and parser on every text, no output."""
    from ufal.udpipe import ProcessingError, Sentence

    error = ProcessingError()
    for text in texts:
        tokenizer = udpipe.newTokenizer("ranges")
        tokenizer.setText(text)
        sentence = Sentence()
        while tokenizer.nextSentence(sentence, error):
            udpipe.tag(sentence, udpipe.DEFAULT)
            udpipe.parse(sentence, udpipe.DEFAULT)
            sentence = Sentence()


def _texts(corpus: Path) -> list[str]:
    return [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]


def raw_udpipe_seconds(model: Path, corpus: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of raw UDPipe on every text in this process (model loaded first)."""
    from ufal.udpipe import Model

    texts = _texts(corpus)
    udpipe = Model.load(str(model))
    t0, c0 = time.perf_counter(), time.process_time()
    _udpipe_all(udpipe, texts)
    return time.perf_counter() - t0, time.process_time() - c0


def _raw_share(model: str, texts: list[str], barrier, out) -> None:
    from ufal.udpipe import Model

    udpipe = Model.load(model)
    barrier.wait()
    start = time.time()
    _udpipe_all(udpipe, texts)
    out.put((start, time.time()))


def raw_udpipe_parallel_seconds(model: Path, corpus: Path, processes: int) -> float:
    """Wall seconds of raw UDPipe on every text shared among ``processes`` processes, from the
    moment all of them have loaded the model: what the machine's cores can give at best."""
    import multiprocessing

    texts = _texts(corpus)
    context = multiprocessing.get_context("spawn")
    barrier, out = context.Barrier(processes), context.Queue()
    workers = [context.Process(target=_raw_share, args=(str(model), texts[i::processes], barrier,
                                                         out)) for i in range(processes)]
    for worker in workers:
        worker.start()
    spans = [out.get() for _ in workers]
    for worker in workers:
        worker.join()
    return max(end for _, end in spans) - min(start for start, _ in spans)


def stage_cpu(model: Path, corpus: Path) -> dict[str, float]:
    """CPU seconds of each stage's work on every document of ``corpus`` in this process: the
    tokenize stage (UDPipe and the rows around it), timex and extract, no I/O."""
    import datetime as dt
    from types import SimpleNamespace

    from waqai.events.actors import gazetteer
    from waqai.events.lexicon import lexicon
    from waqai.nlp import udpipe
    from waqai.pipeline.extract import event_rows
    from waqai.pipeline.timex import timex_rows

    lexicon(), gazetteer()  # data loaded once per process, before the timing
    parser = udpipe.load(str(model))
    cpu = dict.fromkeys(("tokenize", "timex", "extract"), 0.0)
    for line in corpus.open(encoding="utf-8"):
        record = json.loads(line)
        published = record.get("published")
        doc = SimpleNamespace(doc_id=record["id"], text=record["text"],
                              published=published and dt.date.fromisoformat(published))
        c0 = time.process_time()
        parsed = parser.parse(doc.doc_id, doc.text)
        c1 = time.process_time()
        timexes = timex_rows(doc, parsed.tokens)
        c2 = time.process_time()
        event_rows(doc, parsed.sentences, parsed.tokens, timexes)
        c3 = time.process_time()
        for stage, seconds in zip(cpu, (c1 - c0, c2 - c1, c3 - c2)):
            cpu[stage] += seconds
    return cpu


def waqai_run(corpus: Path, workers: int, model: Path, api_url: str, out: Path
              ) -> tuple[float, float]:
    """(wall, CPU) seconds of `waqai run --workers W` on ``corpus`` into a fresh warehouse."""
    warehouse = Path(tempfile.mkdtemp(dir=out))
    env = dict(os.environ, PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    args = [sys.executable, "-m", "waqai.cli", "run", "--input", str(corpus), "--warehouse",
            str(warehouse), "--model", str(model), "--workers", str(workers), "--no-progress"]
    t0, c0 = time.perf_counter(), _children_cpu()
    done = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - t0, _children_cpu() - c0
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
    from waqai.nlp.model import resolve_model
    from waqai.settings import available_cores

    model = resolve_model(args.model).path
    cores = args.max_workers or available_cores()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, prefect_api(echo=lambda line: None) as api:
        out = Path(tmp)
        corpus = synthetic_corpus(args.documents, out, args.corpus)
        small = synthetic_corpus(args.small, out, args.corpus)

        stages = stage_cpu(model, corpus)
        # each round times everything in turn, so that the best of each figure comes from
        # rounds alike: this machine's speed drifts by several percent over minutes
        jobs = {"raw": (raw_udpipe_seconds, model, corpus),
                **{("raw", w): (raw_udpipe_parallel_seconds, model, corpus, w)
                   for w in range(2, cores + 1)},
                "fixed": (waqai_run, small, 1, model, api, out),
                **{w: (waqai_run, corpus, w, model, api, out) for w in range(1, cores + 1)}}
        timed: dict = {key: [] for key in jobs}
        for _ in range(args.repeat):
            for key, (fn, *fn_args) in jobs.items():
                timed[key].append(fn(*fn_args))
        best = {key: min(times, key=lambda t: t[0] if isinstance(t, tuple) else t)
                for key, times in timed.items()}
        raw, fixed_run = best["raw"], best["fixed"]
        raw_parallel = {w: best["raw", w] for w in range(2, cores + 1)}
        runs = {w: best[w] for w in range(1, cores + 1)}
    n, k = args.documents, args.small
    print(f"documents {n} (fixed-cost run: {k}), corpus {args.corpus or 'samples/'}, "
          f"model {model}")
    print(f"{available_cores()} cores available; load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after; best of {args.repeat}")
    print(f"{'':<22}{'wall':>10}{'CPU':>10}")
    marginal = [(runs[1][i] - fixed_run[i]) / (n - k) for i in (0, 1)]
    rows = [("raw UDPipe ms/doc", [raw[i] / n * 1000 for i in (0, 1)]),
            ("marginal ms/doc", [m * 1000 for m in marginal]),
            ("marginal ratio", [marginal[i] / (raw[i] / n) for i in (0, 1)]),
            ("fixed cost s/run", [fixed_run[i] - k * marginal[i] for i in (0, 1)])]
    for name, (wall, cpu) in rows:
        print(f"{name:<22}{wall:>10.3f}{cpu:>10.3f}")
    print(f"(marginal: 1 worker, {k} vs {n} documents, goal ratio <= 1.10; fixed cost: "
          f"`waqai run` on {k} documents took {fixed_run[0]:.1f} s, server already running)")
    print("stage CPU in one process, no I/O: " + ", ".join(
        f"{stage} {seconds:.1f} s ({seconds / stages['tokenize']:.1%} of tokenize)"
        for stage, seconds in stages.items()) + " (goal: extract <= 10%)")
    print(f"{'workers':>7} {'wall s':>8} {'CPU s':>8} {'documents/s':>12} {'speed-up':>9}"
          f"{'raw UDPipe speed-up':>21}")
    for w, (wall, cpu) in runs.items():
        ceiling = raw[0] / raw_parallel[w] if w in raw_parallel else 1.0
        print(f"{w:>7} {wall:>8.1f} {cpu:>8.1f} {n / wall:>12.2f} {runs[1][0] / wall:>8.2f}x"
              f"{ceiling:>20.2f}x")
    print("(raw UDPipe speed-up: the same texts shared among as many processes, each with its "
          "model loaded: the most the cores give)")


if __name__ == "__main__":
    main()
