"""The treebank is valid UD v2 CoNLL-U, and the validator catches each kind of error."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqai.nlp import conllu

TREEBANK = Path(__file__).resolve().parent.parent / "treebank"
FILES = sorted(TREEBANK.glob("*.conllu"))
MIN_SENTENCES = 600


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_treebank_file_is_valid(path):
    assert conllu.validate(path) == []


def test_treebank_is_valid_as_a_whole_and_big_enough():
    assert FILES, f"no *.conllu in {TREEBANK}"
    assert conllu.validate_files(FILES) == []  # also: sent_ids unique across files
    total = sum(len(conllu.read(p)) for p in FILES)
    assert total >= MIN_SENTENCES, f"treebank has {total} sentences, needs {MIN_SENTENCES}"


# "The president met his counterpart in Cairo." -- a valid sentence the cases below break.
BASE_TEXT = "التقى الرئيس بنظيره في القاهرة."
BASE_ROWS = [
    ["1", "التقى", "التقى", "VERB", "_", "Aspect=Perf|Gender=Masc|Number=Sing|Person=3", "0", "root", "_", "_"],
    ["2", "الرئيس", "رئيس", "NOUN", "_", "Case=Nom|Definite=Def", "1", "nsubj", "_", "_"],
    ["3", "ب", "ب", "ADP", "_", "_", "4", "case", "_", "SpaceAfter=No"],
    ["4", "نظير", "نظير", "NOUN", "_", "Case=Gen", "1", "obl", "_", "SpaceAfter=No"],
    ["5", "ه", "هو", "PRON", "_", "Gender=Masc|Number=Sing|Person=3", "4", "nmod", "_", "_"],
    ["6", "في", "في", "ADP", "_", "_", "7", "case", "_", "_"],
    ["7", "القاهرة", "القاهرة", "PROPN", "_", "_", "1", "obl", "_", "SpaceAfter=No"],
    ["8", ".", ".", "PUNCT", "_", "_", "1", "punct", "_", "_"],
]


def render(rows=BASE_ROWS, text=BASE_TEXT, sent_id="t-0001") -> str:
    head = ([f"# sent_id = {sent_id}"] if sent_id else []) + ([f"# text = {text}"] if text is not None else [])
    return "\n".join(head + ["\t".join(r) for r in rows]) + "\n\n"


def edited(**cells) -> list[list[str]]:
    """BASE_ROWS with cells replaced: edited(r3_UPOS="X") sets UPOS of row 3 (1-based)."""
    rows = [list(r) for r in BASE_ROWS]
    for key, value in cells.items():
        row, column = key[1:].split("_")
        rows[int(row) - 1][conllu.COLUMNS.index(column)] = value
    return rows


def problems_of(text: str, tmp_path) -> list[str]:
    path = tmp_path / "snippet.conllu"
    path.write_text(text, encoding="utf-8")
    return conllu.validate(path)


@pytest.mark.parametrize("name, text", [
    ("base sentence", render()),
    ("subtyped deprel", render(edited(r5_DEPREL="nmod:poss"))),
    ("layered feature", render(edited(r5_FEATS="Number[psor]=Sing|Person=3"))),
    ("multi-word token range", render(
        BASE_ROWS[:2] + [["3-5", "بنظيره", "_", "_", "_", "_", "_", "_", "_", "_"]]
        + [r[:9] + ["_"] for r in BASE_ROWS[2:5]] + BASE_ROWS[5:])),
])
def test_valid_snippets_have_no_problems(name, text, tmp_path):
    assert problems_of(text, tmp_path) == []


@pytest.mark.parametrize("category, text, expected", [
    # tree structure
    ("cycle", render(edited(r2_HEAD="4", r4_HEAD="2")), "cycle"),
    ("two roots", render(edited(r8_HEAD="0", r8_DEPREL="root")), "2 roots"),
    ("no root", render(edited(r1_HEAD="2", r1_DEPREL="ccomp")), "0 roots"),
    ("root deprel not on head 0", render(edited(r2_DEPREL="root")), "'root' goes with HEAD 0"),
    ("head out of range", render(edited(r2_HEAD="9")), "outside 0..8"),
    ("head not a number", render(edited(r2_HEAD="x")), "not a number"),
    ("own head", render(edited(r2_HEAD="2")), "own head"),
    # ids
    ("id gap", render([r for r in BASE_ROWS if r[0] != "4"]), "out of sequence"),
    ("range starting too late", render(
        BASE_ROWS[:3] + [["3-4", "بنظير", "_", "_", "_", "_", "_", "_", "_", "_"]] + BASE_ROWS[3:]),
     "does not start at the next word"),
    ("reversed range", render(BASE_ROWS[:2] + [["3-3", "ب", "_", "_", "_", "_", "_", "_", "_", "_"]]
                              + BASE_ROWS[2:]), "empty or reversed"),
    ("empty node", render(BASE_ROWS + [["8.1", "_", "_", "X", "_", "_", "_", "_", "_", "_"]]), "empty nodes"),
    # tag sets
    ("bad upos", render(edited(r2_UPOS="NN")), "UPOS 'NN'"),
    ("bad deprel", render(edited(r2_DEPREL="subj")), "DEPREL 'subj'"),
    ("bad deprel subtype syntax", render(edited(r5_DEPREL="nmod:Poss")), "DEPREL 'nmod:Poss'"),
    ("malformed feats", render(edited(r2_FEATS="Case-Nom")), "malformed FEATS"),
    # columns and forms
    ("nine columns", render([r[:9] if r[0] == "2" else r for r in BASE_ROWS]), "9 columns"),
    ("empty form", render(edited(r2_FORM="")), "empty or space-padded FORM"),
    ("empty lemma", render(edited(r2_LEMMA="")), "empty LEMMA"),
    # text
    ("text with extra space", render(text="التقى الرئيس ب نظيره في القاهرة."), "text mismatch"),
    ("missing SpaceAfter=No", render(edited(r7_MISC="_")), "text mismatch"),
    ("form not in text", render(edited(r7_FORM="الجيزة")), "text mismatch"),
    ("missing text comment", render(text=None), "missing '# text"),
    ("missing sent_id", render(sent_id=None), "missing '# sent_id"),
])
def test_invalid_snippets_are_reported(category, text, expected, tmp_path):
    problems = problems_of(text, tmp_path)
    assert any(expected in p for p in problems), problems


def test_duplicate_sent_id_is_reported_within_and_across_files(tmp_path):
    assert any("duplicate sent_id" in p for p in problems_of(render() + render(), tmp_path))
    a, b = tmp_path / "a.conllu", tmp_path / "b.conllu"
    a.write_text(render(), encoding="utf-8")
    b.write_text(render(), encoding="utf-8")
    assert conllu.validate(a) == [] and conllu.validate(b) == []
    assert any("duplicate sent_id" in p and "a.conllu" in p for p in conllu.validate_files([a, b]))


def test_problems_name_the_file_line_and_sentence(tmp_path):
    (problem,) = problems_of(render() + render(edited(r2_UPOS="NN"), sent_id="t-0002"), tmp_path)
    assert problem.startswith("snippet.conllu:12: t-0002: ")


_rows = st.lists(
    st.tuples(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي.،", min_size=1, max_size=6),
              st.sampled_from(sorted(conllu.UPOS)), st.booleans()),
    min_size=1, max_size=12)


@given(_rows)
def test_parse_and_to_conllu_round_trip(tokens):
    rows = [[str(i), form, form, upos, "_", "_", "0" if i == 1 else "1", "root" if i == 1 else "dep", "_",
             "SpaceAfter=No" if glued else "_"]
            for i, (form, upos, glued) in enumerate(tokens, start=1)]
    sentence = conllu.Sentence(comments=["sent_id = h-1"], rows=rows)
    sentence.comments.append(f"text = {sentence.surface_text()}")
    text = conllu.to_conllu([sentence])
    (parsed,) = conllu.parse(text)
    assert conllu.to_conllu([parsed]) == text
    assert conllu.sentence_problems(parsed) == []
