"""The dependency tree on the extractor's words (hand-built parses of sentences written for
these tests) and the trigger a date depends on."""
from __future__ import annotations

import pytest

from schemas import Token
from waqai.events.tree import trigger_of_date, word_tree
from waqai.events.words import words_of
from waqai.text.normalise import normalise


def parse(text: str, rows: list[tuple[str, str, int, str]]) -> list[Token]:
    """Tokens of one sentence from (form, upos, head, deprel) rows, in text order; a form
    may be a part of a surface word (a clitic), and shares that word's range, as in UDPipe."""
    tokens, at = [], 0
    for i, (form, upos, head, deprel) in enumerate(rows, start=1):
        found = text.index(form, at)
        start = found
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word_end = found + len(form)
        while word_end < len(text) and not text[word_end].isspace() and text[word_end] not in "،.":
            word_end += 1
        tokens.append(Token("t", 0, i, form, text[start:word_end], start, word_end, None, upos,
                            None, None, head, deprel))
        at = found + len(form)
    return tokens


def owner(text: str, rows, date: str, triggers: dict[str, int]) -> int | None:
    tokens = parse(text, rows)
    words = words_of(normalise(text), tokens)
    tree = word_tree(words, tokens)
    start = text.index(date)
    w0 = next(w.i for w in words if w.start >= start)
    w1 = next(w.i for w in words if w.end >= start + len(date)) + 1
    trigger_at = {next(w.i for w in words if w.start == text.index(form)): k
                  for form, k in triggers.items()}
    return trigger_of_date(tree, w0, w1, trigger_at)


# (text, parse rows, date, {trigger form: id}, expected trigger id)
CASES = [
    # the date depends on the trigger verb
    ("زار الوزير القاهرة يوم الأحد",
     [("زار", "VERB", 0, "root"), ("الوزير", "NOUN", 1, "nsubj"), ("القاهرة", "PROPN", 1, "obj"),
      ("يوم", "NOUN", 1, "obl"), ("الأحد", "NOUN", 4, "nmod")],
     "يوم الأحد", {"زار": 1}, 1),
    # a light verb whose object is the trigger
    ("أجرى الوزير يوم الأحد مباحثات",
     [("أجرى", "VERB", 0, "root"), ("الوزير", "NOUN", 1, "nsubj"), ("يوم", "NOUN", 1, "obl"),
      ("الأحد", "NOUN", 3, "nmod"), ("مباحثات", "NOUN", 1, "obj")],
     "يوم الأحد", {"مباحثات": 2}, 2),
    # the date of a reporting verb belongs to no trigger
    ("أعلنت الوزارة يوم الأحد أن الزيارة ستتم",
     [("أعلنت", "VERB", 0, "root"), ("الوزارة", "NOUN", 1, "nsubj"), ("يوم", "NOUN", 1, "obl"),
      ("الأحد", "NOUN", 3, "nmod"), ("أن", "SCONJ", 7, "mark"), ("الزيارة", "NOUN", 7, "nsubj"),
      ("ستتم", "VERB", 1, "ccomp")],
     "يوم الأحد", {"الزيارة": 3}, None),
    # a clitic preposition on the date's word: "بالأمس" still hangs on the trigger noun
    ("زيارته بالأمس",
     [("زيارت", "NOUN", 0, "root"), ("ه", "PRON", 1, "nmod"), ("ب", "ADP", 4, "case"),
      ("الأمس", "NOUN", 1, "obl")],
     "بالأمس", {"زيارته": 4}, 4),
]


@pytest.mark.parametrize("text,rows,date,triggers,expected", CASES)
def test_trigger_of_date(text, rows, date, triggers, expected):
    assert owner(text, rows, date, triggers) == expected


def test_no_parse_no_tree():
    assert word_tree(words_of(normalise("زار الوزير"), []), []) is None


ASPECT = [
    # "كان في استقباله لدى وصوله": the arrival hangs on a past verb
    ("كان الوزير في استقباله لدى وصوله",
     [("كان", "AUX", 0, "root"), ("الوزير", "NOUN", 1, "nsubj"), ("في", "ADP", 4, "case"),
      ("استقبال", "NOUN", 1, "obl"), ("ه", "PRON", 4, "nmod"), ("لدى", "ADP", 7, "case"),
      ("وصول", "NOUN", 4, "nmod"), ("ه", "PRON", 7, "nmod")], "وصوله", "Aspect=Perf", "past"),
    # a reporting verb tells nothing of the event it announces
    ("أعلن الرئيس الزيارة",
     [("أعلن", "VERB", 0, "root"), ("الرئيس", "NOUN", 1, "nsubj"), ("الزيارة", "NOUN", 1, "obj")],
     "الزيارة", "Aspect=Perf", None),
]


@pytest.mark.parametrize("text,rows,trigger,feats,expected", ASPECT)
def test_governing_aspect(text, rows, trigger, feats, expected):
    from waqai.events.tree import governing_aspect

    words = words_of(normalise(text), parse(text, rows))
    tokens = [t if t.upos not in ("VERB", "AUX") else Token(
        t.doc_id, t.sentence_index, t.token_index, t.form, t.surface, t.start_char, t.end_char,
        None, t.upos, None, feats, t.head, t.deprel) for t in parse(text, rows)]
    tree = word_tree(words, tokens)
    w = next(w.i for w in words if w.start == text.index(trigger))
    reporting = {next(x.i for x in words if x.start == 0)} if text.startswith("أعلن") else set()
    assert governing_aspect(tree, w, lambda k: k in reporting) == expected
