"""Training: the split rule, a tiny model trained end to end, the shipped metrics; and scoring."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from waqai.nlp import conllu, evaluation, training

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "treebank" / "train.yaml"
SHIPPED_METRICS = REPO / "waqai" / "models" / "waqai-ar.metrics.json"
TINY = {"epochs": 1, "iterations": 1}  # the only options the tiny model changes
SENTENCES_PER_FILE = 8


def _sentence(sent_id: str) -> conllu.Sentence:
    return conllu.Sentence(comments=[f"sent_id = {sent_id}"])


# --- split rule ---------------------------------------------------------------------------------

_ids = st.lists(st.text(alphabet="abcxyz-0123456789", min_size=1, max_size=12), unique=True, max_size=40)


@given(_ids, _ids)
def test_split_of_a_sentence_does_not_depend_on_the_others(ids, more):
    _, heldout = training.split([_sentence(i) for i in ids], 10)
    _, heldout_grown = training.split([_sentence(i) for i in reversed(more + ids)], 10)
    grown = {s.sent_id for s in heldout_grown}
    assert {s.sent_id for s in heldout} == {i for i in ids if i in grown}


@given(_ids)
def test_split_is_a_partition_in_input_order(ids):
    train, heldout = training.split([_sentence(i) for i in ids], 10)
    assert sorted(s.sent_id for s in train + heldout) == sorted(ids)
    assert [s.sent_id for s in train] == [i for i in ids if not training.is_heldout(i, 10)]
    assert [s.sent_id for s in heldout] == [i for i in ids if training.is_heldout(i, 10)]


def test_split_holds_out_about_a_tenth_of_many_ids():
    _, heldout = training.split([_sentence(f"news-{n:04d}") for n in range(2000)], 10)
    assert 150 <= len(heldout) <= 250


@pytest.mark.parametrize("options, expected", [
    ({"epochs": 40, "early_stopping": False}, "early_stopping=0;epochs=40"),
    ({"models": 2, "iterations": 20}, "iterations=20;models=2"),
    ({"learning_rate": 0.005, "transition_system": "projective"}, "learning_rate=0.005;transition_system=projective"),
])
def test_udpipe_options_string(options, expected):
    assert training.udpipe_options(options) == expected


# --- tiny model, trained end to end through the command line -----------------------------------

@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> training.TrainConfig:
    """A model trained on the first sentences of each treebank file, with 1 epoch/iteration."""
    base = tmp_path_factory.mktemp("tiny")
    (base / "treebank").mkdir()
    files = training.treebank_files(REPO / "treebank")
    assert files, "no treebank files"
    for f in files:
        (base / "treebank" / f.name).write_text(
            conllu.to_conllu(conllu.read(f)[:SENTENCES_PER_FILE]), encoding="utf-8")
    raw = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    for part in ("tokenizer", "tagger", "parser"):
        raw[part] = {k: TINY.get(k, v) for k, v in raw[part].items()}
    raw.update(treebank="treebank", model="out/tiny.udpipe", metrics="out/tiny.metrics.json")
    (base / "train.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert training.main(["--config", str(base / "train.yaml")]) == 0
    return training.load_config(base / "train.yaml")


# "The foreign minister will visit Rabat on 3 March 2025, and he will meet his counterpart there."
SAMPLE = "سيزور وزير الخارجية الرباط في 3 مارس 2025، وسيلتقي نظيره هناك."


def test_tiny_model_tokenizes_with_exact_offsets(tiny):
    sentences = evaluation.annotate(tiny.model, SAMPLE)
    tokens = [t for s in sentences for t in s.tokens]
    spans = [tuple(int(x) for x in t[9].split("TokenRange=")[1].split("|")[0].split(":")) for t in tokens]
    assert [SAMPLE[a:b] for a, b in spans] == [t[1] for t in tokens]
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert "".join(t[1] for t in tokens) == SAMPLE.replace(" ", "")


def test_tiny_model_writes_metrics_of_the_shipped_shape(tiny):
    written = json.loads(tiny.metrics.read_text(encoding="utf-8"))
    shipped = json.loads(SHIPPED_METRICS.read_text(encoding="utf-8"))

    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        return type(value).__name__

    assert shape(written) == shape(shipped)
    assert written["model_sha256"] == hashlib.sha256(tiny.model.read_bytes()).hexdigest()
    heldout = training.load_treebank(tiny)[1]
    assert written["split"]["heldout_words"] == sum(len(s.words) for s in heldout)


def test_shipped_model_is_trained_on_the_current_treebank_and_config():
    shipped = json.loads(SHIPPED_METRICS.read_text(encoding="utf-8"))
    config = training.load_config(CONFIG)
    assert shipped["config"] == config.describe(), "train.yaml changed: run `make model`"
    assert shipped["treebank"] == training.treebank_digest(training.treebank_files(config.treebank)), \
        "treebank changed: run `make model`"
    assert shipped["model_sha256"] == hashlib.sha256(config.model.read_bytes()).hexdigest()


# --- scoring from raw text ----------------------------------------------------------------------

def doc(*sentences) -> list[conllu.Sentence]:
    """Sentences from (form, lemma, upos, head, deprel, glued) tuples; glued = SpaceAfter=No."""
    out = []
    for n, rows in enumerate(sentences, start=1):
        s = conllu.Sentence(comments=[f"sent_id = s{n}"], rows=[
            [str(i), form, lemma, upos, "_", "_", str(head), deprel, "_", "SpaceAfter=No" if glued else "_"]
            for i, (form, lemma, upos, head, deprel, glued) in enumerate(rows, start=1)])
        s.comments.append(f"text = {s.surface_text()}")
        out.append(s)
    return out


# "The minister arrived in Baghdad. And he began his visit."
ARRIVED = [("وصل", "وصل", "VERB", 0, "root", False), ("الوزير", "وزير", "NOUN", 1, "nsubj", False),
           ("إلى", "إلى", "ADP", 4, "case", False), ("بغداد", "بغداد", "PROPN", 1, "obl", True),
           (".", ".", "PUNCT", 1, "punct", False)]
BEGAN = [("و", "و", "CCONJ", 2, "cc", True), ("بدأ", "بدأ", "VERB", 0, "root", False),
         ("زيارت", "زيارة", "NOUN", 2, "obj", True), ("ه", "هو", "PRON", 3, "nmod:poss", True),
         (".", ".", "PUNCT", 2, "punct", False)]
GOLD = doc(ARRIVED, BEGAN)


def _with(rows, index, **changes):
    names = ("form", "lemma", "upos", "head", "deprel", "glued")
    out = list(rows)
    out[index] = tuple(changes.get(n, v) for n, v in zip(names, rows[index]))
    return out


@pytest.mark.parametrize("case, system, correct", [
    ("identical", GOLD, dict(tokens=10, sentences=2, words=10, upos=10, lemma=10, uas=10, las=10)),
    ("lemma differs only by diacritics", doc(_with(ARRIVED, 1, lemma="وَزِير"), BEGAN),
     dict(tokens=10, sentences=2, words=10, upos=10, lemma=10, uas=10, las=10)),
    ("deprel differs only by subtype", doc(ARRIVED, _with(BEGAN, 3, deprel="nmod")),
     dict(tokens=10, sentences=2, words=10, upos=10, lemma=10, uas=10, las=10)),
    ("wrong upos and lemma", doc(_with(ARRIVED, 0, upos="NOUN", lemma="وصل2"), BEGAN),
     dict(tokens=10, sentences=2, words=10, upos=9, lemma=9, uas=10, las=10)),
    ("wrong head", doc(_with(ARRIVED, 2, head=2), BEGAN),
     dict(tokens=10, sentences=2, words=10, upos=10, lemma=10, uas=9, las=9)),
    ("wrong label", doc(_with(ARRIVED, 3, deprel="nmod"), BEGAN),
     dict(tokens=10, sentences=2, words=10, upos=10, lemma=10, uas=10, las=9)),
    # و not split off: وبدأ matches no gold token; words headed by it lose their head
    ("conjunction not split", doc(ARRIVED, [("وبدأ", "بدأ", "VERB", 0, "root", False),
                                            ("زيارت", "زيارة", "NOUN", 1, "obj", True),
                                            ("ه", "هو", "PRON", 2, "nmod:poss", True),
                                            (".", ".", "PUNCT", 1, "punct", False)]),
     dict(tokens=8, sentences=2, words=8, upos=8, lemma=8, uas=6, las=6)),
    # one system sentence for two gold ones: no sentence span matches, the arcs across still do
    ("sentences merged", doc(ARRIVED + [(f, l, u, h + 5 if h else 1, d if h else "conj", g)
                                        for f, l, u, h, d, g in BEGAN]),
     dict(tokens=10, sentences=0, words=10, upos=10, lemma=10, uas=9, las=9)),
])
def test_scores_count_what_is_right(case, system, correct):
    scores = evaluation.score(GOLD, system)
    assert {name: s.correct for name, s in scores.items()} == correct
    n_system = sum(len(s.words) for s in system)
    assert scores["words"].gold == 10 and scores["words"].system == n_system


def test_scores_use_token_ranges_when_the_system_gives_them():
    # same tokens as gold, announced with offsets into the raw text, the first sentence's shifted
    text = evaluation.raw_text(GOLD)
    system = doc(ARRIVED, BEGAN)
    start = 0
    for s in system:
        for row in s.tokens:
            start = text.index(row[1], start)
            row[9] = f"TokenRange={start}:{start + len(row[1])}"
            start += len(row[1])
    assert {n: s.f1 for n, s in evaluation.score(GOLD, system).items()} == dict.fromkeys(evaluation.METRICS, 1.0)
    system[0].tokens[0][9] = "TokenRange=1:4"
    assert evaluation.score(GOLD, system)["tokens"].correct == 9


def test_f1_combines_precision_and_recall():
    s = evaluation.Score(correct=6, gold=8, system=10)
    assert (s.precision, s.recall) == (0.6, 0.75)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
