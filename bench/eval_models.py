"""Compare UDPipe models from raw text: one table per evaluation file, rows = models, F1 columns.

    python bench/eval_models.py [--model NAME=PATH ...] [--data NAME=PATH ...]

Defaults: the project's model (waqai/models/waqai-ar.udpipe) and the shared PUD model
(../shared/models/ar_pud.udpipe) when they exist; evaluated on the held-out part of the treebank
(split rule of treebank/train.yaml) and on ../shared/models/ar_pud-dev.conllu when present.
Each model runs on the project's sentences (as in the pipeline) and on UDPipe's own.
Lemmas are compared without diacritics; see waqai/nlp/evaluation.py for the metrics.
Then, for each model, the whole pipeline runs on ../shared/eval/dev.jsonl (or --gold FILE) and
../shared/eval/score.py reports event F1, status and date accuracy and the timex scores.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from waqai.nlp import conllu, evaluation, training  # noqa: E402

SHARED = ROOT.parent / "shared" / "models"
DEFAULT_MODELS = {"waqai-ar": ROOT / "waqai" / "models" / "waqai-ar.udpipe", "ar_pud": SHARED / "ar_pud.udpipe"}
PUD_DEV = SHARED / "ar_pud-dev.conllu"
EVAL = ROOT.parent / "shared" / "eval"
SCORES = ("f1", "precision", "recall", "status_accuracy", "exact_date_accuracy", "timex_recall",
          "timex_value_accuracy")
CONFIG = ROOT / "treebank" / "train.yaml"


def _named_paths(values: list[str]) -> dict[str, Path]:
    pairs = (v.split("=", 1) for v in values)
    return {name: Path(path) for name, path in pairs}


def evaluation_sets(data: dict[str, Path]) -> dict[str, list[conllu.Sentence]]:
    if data:
        return {name: conllu.read(path) for name, path in data.items()}
    sets = {"waqai held-out": training.load_treebank(training.load_config(CONFIG))[1]}
    if PUD_DEV.is_file():
        sets["ar_pud-dev"] = conllu.read(PUD_DEV)
    return sets


def table(title: str, gold: list[conllu.Sentence], models: dict[str, Path]) -> str:
    words = sum(len(s.words) for s in gold)
    lines = [f"### {title} ({len(gold)} sentences, {words} words; F1 %)", "",
             "| model | " + " | ".join(evaluation.METRICS) + " |",
             "|---|" + "---:|" * len(evaluation.METRICS)]
    for name, path in models.items():
        for segmentation in evaluation.SEGMENTATIONS:
            scores = evaluation.evaluate(path, gold, segmentation)
            lines.append(f"| {name} ({segmentation} sentences) | "
                         + " | ".join(f"{100 * scores[m].f1:.2f}" for m in evaluation.METRICS) + " |")
    return "\n".join(lines)


def pipeline_scores(gold: Path, models: dict[str, Path]) -> str:
    """score.py's figures for the whole pipeline on ``gold`` with each model."""
    waqai = Path(sys.executable).with_name("waqai")
    lines = [f"### pipeline on {gold.name} (score.py)", "",
             "| model | " + " | ".join(SCORES) + " |", "|---|" + "---:|" * len(SCORES)]
    for name, path in models.items():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([str(waqai), "run", "--input", str(gold), "--warehouse", tmp,
                            "--model", str(path), "--no-progress"], check=True,
                           capture_output=True)
            out = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), tmp,
                                  "--json"], check=True, capture_output=True, text=True)
        result = json.loads(out.stdout)
        lines.append(f"| {name} | " + " | ".join(str(result[k]) for k in SCORES) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--data", action="append", default=[], metavar="NAME=PATH", help="gold CoNLL-U")
    parser.add_argument("--gold", type=Path, default=EVAL / "dev.jsonl", help="gold events JSONL")
    args = parser.parse_args(argv)
    models = _named_paths(args.model) or {n: p for n, p in DEFAULT_MODELS.items() if p.is_file()}
    if not models:
        parser.error("no model found; pass --model NAME=PATH")
    for title, gold in evaluation_sets(_named_paths(args.data)).items():
        print(table(title, gold, models), end="\n\n")
    if args.gold.is_file() and (EVAL / "score.py").is_file():
        print(pipeline_scores(args.gold, models))
    return 0


if __name__ == "__main__":
    sys.exit(main())
