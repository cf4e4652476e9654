"""Tense from the parse (hand-built UDPipe rows of sentences written for these tests)."""
from __future__ import annotations

import pytest

from schemas import Token
from waqai.dates import is_date_name
from waqai.nlp.tense import future_verb, tense_resolver


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
    # an old spelling of في tagged as a verb is none: no verb governs the weekday
    ("وفى يوم الخميس أعلن الوزير",
     [("وفى", "VERB", PRESENT, 0), ("يوم", "NOUN", None, 1), ("الخميس", "NOUN", None, 2),
      ("أعلن", "VERB", "Aspect=Perf", 1), ("الوزير", "NOUN", None, 4)], "يوم الخميس", None),
    # a form tagged imperfect without an imperfect prefix is a perfect
    ("في أواخر مايو حرص الوزير على الحضور",
     [("في", "ADP", None, 2), ("أواخر", "NOUN", None, 4), ("مايو", "NOUN", None, 2),
      ("حرص", "VERB", PRESENT, 0), ("الوزير", "NOUN", None, 4)], "أواخر مايو", "past"),
    # a form tagged perfect that starts with ي (after ف) is imperfect
    ("أما يوم الجمعة فيختتم الوفد زيارته",
     [("أما", "PART", None, 5), ("يوم", "NOUN", None, 5), ("الجمعة", "NOUN", None, 2),
      ("فيختتم", "VERB", "Aspect=Perf", 0), ("الوفد", "NOUN", None, 4)], "يوم الجمعة", "present"),
    # a name the parser took for a verb ("تميم بن ...") is none; the past verb governs
    ("التقى الأمير تميم بن خالد الوزير الجمعة",
     [("التقى", "VERB", "Aspect=Perf", 0), ("الأمير", "NOUN", None, 1),
      ("تميم", "VERB", PRESENT, 2), ("بن", "PROPN", None, 3), ("خالد", "PROPN", None, 4),
      ("الوزير", "NOUN", None, 1), ("الجمعة", "NOUN", None, 3)], "الجمعة", "past"),
    # the future particle before an imperfect verb
    ("سوف يزور الوزير القاهرة الأحد",
     [("سوف", "PART", None, 2), ("يزور", "VERB", PRESENT, 0), ("الوزير", "NOUN", None, 2),
      ("القاهرة", "PROPN", None, 2), ("الأحد", "NOUN", None, 2)], "الأحد", "future"),
    # a verb after "قبل أن/بعد أن" has the tense of the clause it depends on
    ("التقى الوزير نظيره قبل أن يتوجه إلى الدوحة الجمعة",
     [("التقى", "VERB", "Aspect=Perf", 0), ("الوزير", "NOUN", None, 1), ("نظيره", "NOUN", None, 1),
      ("قبل", "ADP", None, 6), ("أن", "SCONJ", None, 6), ("يتوجه", "VERB", PRESENT, 1),
      ("إلى", "ADP", None, 8), ("الدوحة", "PROPN", None, 6), ("الجمعة", "NOUN", None, 6)],
     "الجمعة", "past"),
    ("يلتقي الوزير نظيره بعد أن يصل إلى الدوحة الجمعة",
     [("يلتقي", "VERB", PRESENT, 0), ("الوزير", "NOUN", None, 1), ("نظيره", "NOUN", None, 1),
      ("بعد", "ADP", None, 6), ("أن", "SCONJ", None, 6), ("يصل", "VERB", PRESENT, 1),
      ("إلى", "ADP", None, 8), ("الدوحة", "PROPN", None, 6), ("الجمعة", "NOUN", None, 6)],
     "الجمعة", "present"),
    # "لم/لما" before an imperfect verb make it a negated past
    ("لم يذكر البيان تفاصيل الزيارة التي بدأت الأحد",
     [("لم", "PART", None, 2), ("يذكر", "VERB", PRESENT, 0), ("البيان", "NOUN", None, 2),
      ("تفاصيل", "NOUN", None, 2), ("الزيارة", "NOUN", None, 4), ("التي", "PRON", None, 5),
      ("بدأت", "NOUN", None, 5), ("الأحد", "NOUN", None, 5)], "الأحد", "past"),
    ("لما يصل الوفد إلى الدوحة الجمعة",
     [("لما", "PART", None, 2), ("يصل", "VERB", PRESENT, 0), ("الوفد", "NOUN", None, 2),
      ("إلى", "ADP", None, 5), ("الدوحة", "PROPN", None, 2), ("الجمعة", "NOUN", None, 2)],
     "الجمعة", "past"),
    # after a plain "أن" the verb keeps its own tense ("أعلن أن الوزير يصل الجمعة")
    ("أعلن المتحدث أن الوزير يصل الجمعة",
     [("أعلن", "VERB", "Aspect=Perf", 0), ("المتحدث", "NOUN", None, 1), ("أن", "SCONJ", None, 5),
      ("الوزير", "NOUN", None, 5), ("يصل", "VERB", PRESENT, 1), ("الجمعة", "NOUN", None, 5)],
     "الجمعة", "present"),
]


@pytest.mark.parametrize("text,rows,timex,expected", CASES)
def test_tense_of_timex(text, rows, timex, expected):
    start = text.index(timex)
    assert tense_resolver(sentence(text, rows))(start, start + len(timex)) == expected


@pytest.mark.parametrize("readings, expected", [
    ([("", "سيصل"), ("س", "يصل")], True),  # a listed present verb after the future prefix
    ([("", "يصل")], False),  # no prefix
    ([("س", "يقول")], False),  # not a listed verb
    ([("ب", "يصل")], False),  # another proclitic
])
def test_future_verb(readings, expected):
    assert future_verb(readings, frozenset({"يصل"})) is expected


def test_a_date_name_tagged_as_a_verb_is_skipped():
    """The parser's "verb" يناير is a month name: the past verb above decides."""
    text = "أعلن الوزير الثلاثاء عن مؤتمر يوم 19 يناير"
    rows = [("أعلن", "VERB", "Aspect=Perf", 0), ("الوزير", "NOUN", None, 1),
            ("الثلاثاء", "NOUN", None, 8), ("عن", "ADP", None, 5), ("مؤتمر", "NOUN", None, 3),
            ("يوم", "NOUN", None, 8), ("19", "NUM", None, 8), ("يناير", "VERB", PRESENT, 1)]
    start = text.index("الثلاثاء")
    resolve = tense_resolver(sentence(text, rows), is_date_name)
    assert resolve(start, start + len("الثلاثاء")) == "past"
    assert tense_resolver(sentence(text, rows))(start, start + len("الثلاثاء")) == "present"


@pytest.mark.parametrize("form, expected", [
    ("يناير", True), ("ويناير", True), ("السبت", True), ("حزيران", True),
    ("مارس", False),  # also a verb ("مارس الضغط")
    ("يزور", False),
])
def test_is_date_name(form, expected):
    assert is_date_name(form) is expected
