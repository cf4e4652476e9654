"""Train waqai's own UDPipe 1 Arabic model from ``treebank/*.conllu``, reproducibly.

``python -m waqai.nlp.training --config treebank/train.yaml``

1. Read every ``*.conllu`` of the treebank directory in sorted file order; refuse to train if
   :func:`waqai.nlp.conllu.validate_files` reports any problem.
2. Split: a sentence is held out iff ``int(sha256(sent_id), 16) % heldout_every == 0`` (about
   1 in ``heldout_every``). The rule depends only on the sentence's own id, so adding sentences
   never moves existing ones between the parts.
3. Train tokenizer, tagger and parser with ``ufal.udpipe.Trainer`` and the fixed options of the
   config. The trainer never sees the held-out part (no early stopping on it) and UDPipe 1 seeds
   its random generators with fixed constants, so the same treebank and config give the same model.
4. Score the model on the held-out part from raw text (:mod:`waqai.nlp.evaluation`) and write a
   metrics JSON (scores, split sizes, config, sha256 of the treebank files; no timestamps).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from waqai.nlp import conllu, evaluation

METHOD = "morphodita_parsito"


@dataclass(frozen=True)
class TrainConfig:
    """Training configuration; paths in the YAML are relative to the YAML file's directory."""

    treebank: Path
    model: Path
    metrics: Path
    heldout_every: int
    tokenizer: dict
    tagger: dict
    parser: dict

    def describe(self) -> dict:
        """The parts of the config that determine the model (recorded in the metrics file)."""
        return {"method": METHOD, "heldout_every": self.heldout_every, "tokenizer": self.tokenizer,
                "tagger": self.tagger, "parser": self.parser}


def load_config(path: str | Path) -> TrainConfig:
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    base = path.resolve().parent
    return TrainConfig(
        treebank=base / raw["treebank"], model=base / raw["model"], metrics=base / raw["metrics"],
        heldout_every=int(raw["heldout_every"]),
        tokenizer=dict(raw["tokenizer"]), tagger=dict(raw["tagger"]), parser=dict(raw["parser"]),
    )


def treebank_files(directory: str | Path) -> list[Path]:
    return sorted(Path(directory).glob("*.conllu"))


def is_heldout(sent_id: str, every: int) -> bool:
    """The split rule: held out iff sha256 of the sent_id, as an integer, is divisible by ``every``."""
    return int(hashlib.sha256(sent_id.encode("utf-8")).hexdigest(), 16) % every == 0


def split(sentences: list[conllu.Sentence], every: int) -> tuple[list[conllu.Sentence], list[conllu.Sentence]]:
    """(training part, held-out part), each in the input order."""
    heldout = [is_heldout(s.sent_id or "", every) for s in sentences]
    return ([s for s, h in zip(sentences, heldout) if not h], [s for s, h in zip(sentences, heldout) if h])


def udpipe_options(options: dict) -> str:
    """``{'epochs': 40, 'early_stopping': False}`` -> ``'early_stopping=0;epochs=40'``."""
    def value(v):
        return int(v) if isinstance(v, bool) else v
    return ";".join(f"{k}={value(v)}" for k, v in sorted(options.items()))


def _udpipe_sentences(sentences: list[conllu.Sentence]):
    import ufal.udpipe as udpipe

    reader = udpipe.InputFormat.newConlluInputFormat()
    reader.setText(conllu.to_conllu(sentences))
    error = udpipe.ProcessingError()
    out = udpipe.Sentences()
    s = udpipe.Sentence()
    while reader.nextSentence(s, error):
        out.push_back(s)
        s = udpipe.Sentence()
    if error.occurred():
        raise ValueError(f"UDPipe cannot read the treebank: {error.message}")
    return out


def train_udpipe(train: list[conllu.Sentence], tokenizer: dict, tagger: dict, parser: dict) -> bytes:
    """The bytes of a UDPipe model trained on ``train`` (no held-out data given to the trainer)."""
    import ufal.udpipe as udpipe

    error = udpipe.ProcessingError()
    model = udpipe.Trainer.train(METHOD, _udpipe_sentences(train), udpipe.Sentences(),
                                 udpipe_options(tokenizer), udpipe_options(tagger),
                                 udpipe_options(parser), error)
    if error.occurred() or not model:
        raise RuntimeError(f"UDPipe training failed: {error.message}")
    return model


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def treebank_digest(files: list[Path]) -> dict:
    """sha256 of each file and of the sorted (name, sha256) list as a whole."""
    per_file = {f.name: _sha256(f) for f in files}
    whole = hashlib.sha256("".join(f"{n}\t{h}\n" for n, h in per_file.items()).encode()).hexdigest()
    return {"files": per_file, "sha256": whole}


def load_treebank(config: TrainConfig) -> tuple[list[conllu.Sentence], list[conllu.Sentence]]:
    """Validated training and held-out parts of the treebank named by ``config``."""
    files = treebank_files(config.treebank)
    if not files:
        raise FileNotFoundError(f"no *.conllu in {config.treebank}")
    problems = conllu.validate_files(files)
    if problems:
        raise ValueError(f"{len(problems)} treebank problems, first: " + "; ".join(problems[:5]))
    sentences = [s for f in files for s in conllu.read(f)]
    return split(sentences, config.heldout_every)


def _word_count(sentences: list[conllu.Sentence]) -> int:
    return sum(len(s.words) for s in sentences)


def train(config: TrainConfig) -> dict:
    """Train, write the model and the metrics file; return the metrics."""
    train_part, heldout = load_treebank(config)
    model = train_udpipe(train_part, config.tokenizer, config.tagger, config.parser)
    config.model.parent.mkdir(parents=True, exist_ok=True)
    config.model.write_bytes(model)
    scores = evaluation.evaluate(config.model, heldout, "udpipe")  # the model on its own
    metrics = {
        "model": config.model.name,
        "model_sha256": hashlib.sha256(model).hexdigest(),
        "udpipe": _udpipe_version(),
        "config": config.describe(),
        "treebank": treebank_digest(treebank_files(config.treebank)),
        "split": {
            "rule": f"held out iff int(sha256(sent_id), 16) % {config.heldout_every} == 0",
            "train_sentences": len(train_part), "train_words": _word_count(train_part),
            "heldout_sentences": len(heldout), "heldout_words": _word_count(heldout),
        },
        "heldout": {name: scores[name].as_dict() for name in evaluation.METRICS},
    }
    config.metrics.parent.mkdir(parents=True, exist_ok=True)
    config.metrics.write_text(json.dumps(metrics, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                              encoding="utf-8")
    return metrics


def _udpipe_version() -> str:
    import ufal.udpipe as udpipe

    return udpipe.__version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="treebank/train.yaml", help="training YAML")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    metrics = train(load_config(args.config))
    split_info = metrics["split"]
    print(f"trained on {split_info['train_sentences']} sentences, held out {split_info['heldout_sentences']}"
          f" in {time.perf_counter() - started:.0f} s")
    for name, s in metrics["heldout"].items():
        print(f"  {name:<10} F1 {s['f1']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
