import pytest
from hypothesis import given, strategies as st

from waqai.text.normalise import norm, normalise

CASES = {
    "alef variants": [("أحمد", "احمد"), ("إيران", "ايران"), ("آذار", "اذار"), ("ٱلله", "الله")],
    "ya and ta marbuta": [("مصطفى", "مصطفي"), ("زيارة", "زياره"), ("الخارجية", "الخارجيه")],
    "diacritics and tatweel": [("زِيَارَةٌ", "زياره"), ("مـــوسكو", "موسكو"), ("المُقبل", "المقبل")],
    "digits": [("٢٢ناصر", "22ناصر"), ("۱۴۰۰", "1400"), ("٣٠/٦/٢٠٢٠", "30/6/2020")],
    "invisible controls": [("روسيا\u200f", "روسيا"), ("\u202bتركيا\u202c", "تركيا"),
                           ("وفد\u200cروسي", "وفدروسي"), ("\ufeffنص", "نص")],
    "latin": [("India Times", "india times")],
}


@pytest.mark.parametrize("raw,expected",
                         [pair for pairs in CASES.values() for pair in pairs],
                         ids=[f"{cat}-{i}" for cat, pairs in CASES.items() for i in range(len(pairs))])
def test_normalised_text(raw, expected):
    assert normalise(raw).text == expected
    assert norm(raw) == expected


def test_span_maps_match_back_to_original_text():
    text = "أعلنتْ الخارجيةُ الروسيّة، اليوم، عن زيارةٍ في ٢٢ناصر/يوليو"
    n = normalise(text)
    k = n.text.index("زياره")
    start, end = n.span(k, k + len("زياره"))
    assert text[start:end] == "زيارة"  # the trailing diacritic is outside the span
    k = n.text.index("22")
    assert text[slice(*n.span(k, k + 2))] == "٢٢"


arabic = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ ًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۰۱۲\u200f\u200c\u202b .،/")
), max_size=80)


@given(arabic, st.data())
def test_every_mapped_span_is_inside_the_original_and_monotonic(text, data):
    n = normalise(text)
    assert len(n.index) == len(n.text)
    assert list(n.index) == sorted(set(n.index))  # strictly increasing
    assert all(0 <= i < len(text) for i in n.index)
    if n.text:
        start = data.draw(st.integers(0, len(n.text) - 1))
        end = data.draw(st.integers(start + 1, len(n.text)))
        s, e = n.span(start, end)
        assert 0 <= s < e <= len(text)
        assert norm(text[s:e]) == n.text[start:end]


@given(st.text(max_size=200))
def test_any_unicode_normalises_without_error(text):
    n = normalise(text)
    assert len(n.text) <= len(text)


def test_span_rejects_out_of_range():
    with pytest.raises(ValueError):
        normalise("نص").span(1, 5)
