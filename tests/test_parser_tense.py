"""Tense from the parse (hand-built UDPipe rows of sentences written for these tests)."""
from __future__ import annotations

import pytest

from schemas import Token
from waqai.nlp.tense import tense_resolver


def sentence(text: str, rows: list[tuple[str, str, str | None, int]]) -> list[Token]:
    """Tokens of one sentence from (form, upos, feats, head) rows in text order."""
    out, at = [], 0
    for i, (form, upos, feats, head) in enumerate(rows, start=1):
        start = text.index(form, at)
        out.append(Token("t", 0, i, form, form, start, start + len(form), None, upos, None, feats,
                         head, None))
        at = start + len(form)
    return out


PRESENT = "Aspect=Imp|Mood=Ind"
CASES = [
    # the governing verb's aspect
    ("يزور الوزير القاهرة السبت",
     [("يزور", "VERB", PRESENT, 0), ("الوزير", "NOUN", None, 1), ("القاهرة", "PROPN", None, 1),
      ("السبت", "NOUN", None, 1)], "السبت", "present"),
    ("زار الوزير القاهرة السبت",
     [("زار", "VERB", "Aspect=Perf", 0), ("الوزير", "NOUN", None, 1),
      ("القاهرة", "PROPN", None, 1), ("السبت", "NOUN", None, 1)], "السبت", "past"),
    # a weekday the parser tags as a past verb is not its own governor
    ("يتحادث الرئيس السبت هاتفيا",
     [("يتحادث", "VERB", PRESENT, 0), ("الرئيس", "NOUN", None, 1),
      ("السبت", "VERB", "Aspect=Perf", 1), ("هاتفيا", "ADV", None, 1)], "السبت", "present"),
]


@pytest.mark.parametrize("text,rows,timex,expected", CASES)
def test_tense_of_timex(text, rows, timex, expected):
    start = text.index(timex)
    assert tense_resolver(sentence(text, rows))(start, start + len(timex)) == expected
