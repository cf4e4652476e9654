"""The one tense word list (``waqai/data/nlp/tense.yaml``): its schema, where each cue counts,
and what the dates and the events read from it (sentences written for these tests)."""
from __future__ import annotations

import pytest
import yaml

from waqai.data import DATA_DIR, DataError
from waqai.nlp.tense import (clause_before, event_cues, parse_words, past_in_clause,
                             surface_tense, words)
from waqai.text.normalise import norm

TENSE_FILE = DATA_DIR / "nlp" / "tense.yaml"


def _edited(old: str, new: str) -> object:
    text = TENSE_FILE.read_text(encoding="utf-8")
    assert old in text
    return yaml.safe_load(text.replace(old, new, 1))


@pytest.mark.parametrize("old,new,named", [
    ("\npast_plan: [", "\npast_plans: [", "past_plans"),  # a class under a wrong name
    ("\nclause_openers: [", "\nclause_opener: [", "clause_opener"),
    ("    words: [لن, غدا", "    word: [لن, غدا", "word"),  # a group's key
    ("  - at: [before]\n    words: [تتوقع", "  - at: [befor]\n    words: [تتوقع", "befor"),
    ("    words: [لن, غدا", "    words: [سوف, لن, غدا", "سوف"),  # a form twice in one class
    ("    words: [لن, غدا", "    words: [قال, لن, غدا", "قال"),  # a sentence cue of two classes
])
def test_a_bad_tense_file_fails_naming_the_file(old, new, named):
    with pytest.raises(DataError, match="waqai/data/nlp/tense.yaml") as err:
        parse_words(_edited(old, new))
    assert norm(named) in str(err.value) or named in str(err.value)


def test_the_shipped_file_loads():
    assert parse_words(yaml.safe_load(TENSE_FILE.read_text(encoding="utf-8"))) == words()


@pytest.mark.parametrize("cls,at,word,counts", [
    ("future", "sentence", "المقررة", True),  # a plan word before a date
    ("future", "after", "المقررة", True),  # ... and after a nominal trigger
    ("future", "before", "المقررة", False),
    ("future", "after", "المقبلة", True),  # after a trigger only
    ("future", "sentence", "المقبلة", False),
    ("future", "before", "ينوي", True),  # before a trigger only
    ("future", "sentence", "ينوي", False),
    ("present", "sentence", "يبدأ", True),  # a date's cue and a light verb
    ("present", "governor", "يبدأ", True),
    ("present", "governor", "يجري", True),
    ("present", "sentence", "يجري", False),
    ("past", "governor", "أجرى", True),
    ("past", "before", "أجرى", False),
    ("past", "before", "تم", True),
    ("past", "after", "تم", True),
    ("past", "sentence", "تم", False),
    ("past", "earlier", "سبق أن", True),  # told as earlier, and a completed act before a trigger
    ("past", "before", "سبق أن", True),
    ("past", "earlier", "سبق له أن", True),
    ("past", "before", "سبق له أن", False),
])
def test_a_cue_counts_where_its_group_says(cls, at, word, counts):
    assert (norm(word) in words().cue_words(cls, at)) is counts


def test_the_events_read_their_positions_and_the_flat_classes():
    cues = event_cues()
    assert norm("ينوي") in cues["future_before"] and norm("المقبلة") in cues["future_after"]
    assert norm("أجرى") in cues["past_governor"] and norm("يجري") in cues["present_governor"]
    assert set(cues["negation"]) == {norm(w) for w in ("لم", "لما", "لن", "ما")}
    assert norm("كان من المقرر") in cues["past_plan"]
    assert not any(k.endswith("_sentence") for k in cues)  # the dates' cues are not events'


@pytest.mark.parametrize("text,date,expected", [
    ("يبدأ الوزير جولته في المنطقة يوم الأحد", "يوم الأحد", "future"),  # a present cue
    ("ألغى الوزير رحلته المبرمجة يوم الأحد", "يوم الأحد", "future"),  # a plan word nearest
    ("زار الوزير المدينة يوم الأحد", "يوم الأحد", "past"),
    ("عقد الوزيران مؤتمرا صحفيا يوم الأحد", "يوم الأحد", "past"),  # a light verb, past
    ("سوف يلتقي الوزير نظيره يوم الأحد", "يوم الأحد", "future"),
    ("ينوي الوزير لقاء نظيره يوم الأحد", "يوم الأحد", None),  # an event cue only
    ("يلتقي الوزير نظيره يوم الأحد", "يوم الأحد", None),  # no cue word
])
def test_surface_tense_of_a_date(text, date, expected):
    text = norm(text)
    start = text.index(norm(date))
    assert surface_tense(text, start, start + len(norm(date))) == expected


@pytest.mark.parametrize("text,date,expected", [
    ("اجتمع الرئيس مع نظيره الخميس", "الخميس", True),
    ("التقى الرئيس الوزيرين اللذان وصلا الخميس", "الخميس", False),  # a clause opener between
    ("زار الوزير المدينة لكن موعد عودته الخميس", "الخميس", False),
    ("التقى الوزير نظيره ويزور باريس الخميس", "الخميس", False),  # another verb between
])
def test_a_past_cue_governs_a_date_in_its_clause(text, date, expected):
    text = norm(text)
    assert past_in_clause(text, text.index(norm(date))) is expected


@pytest.mark.parametrize("text,date,expected", [
    ("أعلن الوزيران، الخميس، أنهما سيزوران المدينة", "الخميس", "past"),
    ("أعلن الوزراء، الخميس، أنهم سيزورون المدينة", "الخميس", "past"),
    ("أعلن الوزيران الخميس زيارة المدينة", "الخميس", None),  # no complementizer after the date
])
def test_a_date_before_a_complementizer_closes_the_reporting_clause(text, date, expected):
    text = norm(text)
    start = text.index(norm(date))
    assert clause_before(text, start, start + len(norm(date))) == expected
