"""`waqai export --table tokens --format conllu`: UD CoNLL-U that the `conllu` package reads
back to the same words, with clitic ranges, SpaceAfter=No and offsets into the original text."""
from __future__ import annotations

import io
import json
from pathlib import Path

import conllu
import pytest

from waqai.export import export
from small_warehouse import publish_parts
from waqai.export.conllu import to_text
from warehouse import Warehouse

SHARED_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
DEV_FILES = ("dev.jsonl", "dev_extra.jsonl", "dev_more.jsonl", "dev_news.jsonl")

OWN = {  # our own sentences: clitics (و ب ل + pronoun suffixes), punctuation against words
    "clitics": "وبحث الوزير مع نظيره في القاهرة، واتفقا على لقائهما المقبل.",
    "suffixes": "استقبلهم الرئيس بقصره وأبلغهم بموعد زيارته لبغداد.",
    "two sentences": "التقى الوزيران أمس. وسيلتقيان مجددا في الرباط!",
    "digits": "وقّع الطرفان اتفاقية في 12/3/2024 (بحضور السفير).",
}


@pytest.fixture(scope="module")
def nlp(model_path):
    from waqai.nlp.udpipe import load

    return load(str(model_path))


def _round_trip(doc_id: str, text: str, nlp) -> list:
    """Parse ``text``, export it, read it back with `conllu`; assert it is the same analysis."""
    parsed = nlp.parse(doc_id, text)
    exported = "".join(to_text([(doc_id, parsed.sentences, parsed.tokens)]))
    sentences = conllu.parse(exported)
    assert len(sentences) == len(parsed.sentences)
    assert sentences[0].metadata["newdoc id"] == doc_id
    words = {(t.sentence_index, t.token_index): t for t in parsed.tokens}
    for stored, sent in zip(parsed.sentences, sentences):
        assert sent.metadata["sent_id"] == f"{doc_id}-{stored.sentence_index}"
        rebuilt, covered = [], set()
        for tok in sent:
            if isinstance(tok["id"], tuple):  # a multiword token: the surface of its words
                first, _, last = tok["id"]
                covered.update(range(first, last + 1))
            if tok["misc"] and "TokenRange" in tok["misc"]:
                start, end = map(int, tok["misc"]["TokenRange"].split(":"))
                assert text[start:end] == tok["form"]  # offsets index the original text
            if tok["id"] in covered:
                assert "SpaceAfter" not in (tok["misc"] or {})  # the range's, not the word's
            else:
                space = "" if tok["misc"].get("SpaceAfter") == "No" else " "
                rebuilt.append(tok["form"] + space)
            if isinstance(tok["id"], int):
                w = words[(stored.sentence_index, tok["id"])]
                assert (tok["form"], tok["upos"], tok["head"], tok["deprel"]) == (
                    w.form, w.upos, w.head, w.deprel)
        assert "".join(rebuilt).strip() == sent.metadata["text"]
        assert sent.metadata["text"] == " ".join(stored.text.split()) or \
            sent.metadata["text"].replace(" ", "") == "".join(stored.text.split())
    n_words = sum(1 for s in sentences for t in s if isinstance(t["id"], int))
    assert n_words == len(parsed.tokens)
    return sentences


@pytest.mark.model
@pytest.mark.parametrize("name", list(OWN))
def test_own_sentences_round_trip(nlp, name):
    _round_trip(name, OWN[name], nlp)


@pytest.mark.model
def test_clitics_become_multiword_ranges(nlp):
    sentences = _round_trip("clitics", OWN["clitics"], nlp)
    ranges = [t for s in sentences for t in s if isinstance(t["id"], tuple)]
    assert ranges, "UDPipe split no clitic: no multiword token range to check"
    orthographic = {w.strip("،.") for w in OWN["clitics"].split()}
    assert {t["form"] for t in ranges} <= orthographic  # a range is one written word
    assert {"وبحث", "نظيره"} <= {t["form"] for t in ranges}
    no_space = {t["form"] for s in sentences for t in s
                if t["misc"] and t["misc"].get("SpaceAfter") == "No"}
    assert "القاهرة" in no_space and "المقبل" in no_space  # before the comma and the stop


def _dev_documents():
    for name in DEV_FILES:
        path = SHARED_EVAL / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                yield doc["doc_id"], doc["text"]


@pytest.mark.model
@pytest.mark.skipif(not (SHARED_EVAL / "dev.jsonl").is_file(),
                    reason="no development documents (../shared/eval) on this machine")
def test_every_development_document_round_trips(nlp):
    docs = list(_dev_documents())
    for doc_id, text in docs:
        _round_trip(doc_id, text, nlp)
    assert len(docs) >= 100


@pytest.mark.model
def test_export_reads_every_published_batch(nlp, tmp_path):
    wh = Warehouse(tmp_path / "wh").init()
    for batch, (name, text) in enumerate(OWN.items()):
        parsed = nlp.parse(name, text)
        wh.write_part("sentences", parsed.sentences, f"b{batch}")
        wh.write_part("tokens", parsed.tokens, f"b{batch}")
        wh.commit("tokenize", f"b{batch}", [name], "v")
    publish_parts(wh)
    out = io.BytesIO()
    export(wh.root, "tokens", "conllu", out)
    sentences = conllu.parse(out.getvalue().decode())
    newdocs = [s.metadata["newdoc id"] for s in sentences if "newdoc id" in s.metadata]
    assert sorted(newdocs) == sorted(OWN)
    assert sum(len(s) for s in sentences) > 0
