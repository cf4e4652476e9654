"""Words, clitic readings and phrase lookup on the normalised view."""
from __future__ import annotations

from event_helpers import words as words_in

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqai.events.words import NOUN, VERB, PhraseIndex, variants
from waqai.text.normalise import normalise, norm


@pytest.mark.parametrize("form,stem,conj,prep,article,enclitic", [
    ("وبالزيارة", "زياره", "و", "ب", True, ""),
    ("زيارته", "زياره", "", "", False, "ه"),
    ("للبحرين", "البحرين", "", "ل", False, ""),
    ("وسيلتقي", "يلتقي", "و", "س", False, ""),
    ("التقاه", "التقي", "", "", False, "ه"),
    ("مجيئه", "مجيء", "", "", False, "ه"),
    ("فلمصر", "مصر", "ف", "ل", False, ""),
    ("زاروها", "زاروا", "", "", False, "ها"),
])
def test_readings(form, stem, conj, prep, article, enclitic):
    readings = {(v.stem, v.conj, v.prep, v.article, v.enclitic) for v in variants(norm(form))}
    assert (norm(stem), conj, prep, article, enclitic) in readings


def test_the_word_itself_is_the_first_reading():
    assert variants("والي")[0].stem == "والي"


@pytest.mark.parametrize("text,index_forms,policy,expected", [
    ("وقعا مذكرتي تفاهم أمس", ["مذكرة", "مذكرتي تفاهم"], NOUN, "مذكرتي تفاهم"),  # longest
    ("بالاجتماع الأخير", ["اجتماع"], NOUN, "بالاجتماع"),
    ("عقدوا اجتماعا", ["اجتماع"], NOUN, "اجتماعا"),  # accusative alef
    ("زيارتي إلى طهران", ["زار", "زارت"], VERB, None),  # a verb takes no possessive ي
    ("وزارة الخارجية", ["زار"], VERB, None),  # a final ة is no pronoun
    ("وزاره أمس", ["زار"], VERB, "وزاره"),  # "and visited him"
])
def test_phrase_index(text, index_forms, policy, expected):
    words = words_in(text)
    index = PhraseIndex([(f, f) for f in index_forms], policy)
    found = next((m for m in (index.match(words, i) for i in range(len(words))) if m), None)
    got = None if found is None else text[words[found.w0].start:words[found.w1 - 1].end]
    assert got == expected


ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ") +
                         ["\u064e", "\u0651", "ـ", "\u200f", " ", "،", ".", "\n", "1", "٣"])


@given(st.lists(ARABIC, max_size=80).map("".join))
def test_word_offsets_index_the_original(text):
    for w in words_in(text):
        assert normalise(text[w.start:w.end]).text == w.norm
