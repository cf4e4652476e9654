"""Long texts cut into bounded pieces at natural breaks; the pieces tile the text exactly."""
import pytest
from hypothesis import given, strategies as st

from waqai.text.pieces import pieces

PARAGRAPH = "بحث الوزيران سبل تعزيز التعاون الثنائي. وأكدا أهمية التنسيق المشترك!"

# (category, text, limit, the text of each piece)
CASES = [
    ("short text is one piece", PARAGRAPH, 500, [PARAGRAPH]),
    ("paragraph break preferred to a full stop",
     "زار الوفد عمان. وعاد أمس\n\nثم التقى الملك", 30,
     ["زار الوفد عمان. وعاد أمس\n\n", "ثم التقى الملك"]),
    ("line break preferred to a full stop", "زار الوفد عمان. وعاد\nالتقى الملك", 24,
     ["زار الوفد عمان. وعاد\n", "التقى الملك"]),
    ("arabic question mark ends a sentence", "هل تتم الزيارة؟ قال مصدر إنها ستتم", 22,
     ["هل تتم الزيارة؟ ", "قال مصدر إنها ستتم"]),
    ("no break but spaces: cut after a space", "وزير الخارجية يلتقي نظيره", 14,
     ["وزير الخارجية ", "يلتقي نظيره"]),
    ("no space at all: cut at the limit", "ا" * 25, 10, ["ا" * 10, "ا" * 10, "ا" * 5]),
]


@pytest.mark.parametrize("text,limit,expected", [pytest.param(t, n, e, id=c)
                                                 for c, t, n, e in CASES])
def test_cut_at_the_best_break(text, limit, expected):
    assert [text[s:e] for s, e in pieces(text, limit)] == expected


@given(st.text(alphabet=st.sampled_from(list("وزير الخارجية.؟!\n\t") + ["\u2028", "\u0085"]),
               max_size=400), st.integers(min_value=2, max_value=60))
def test_pieces_tile_the_text_within_the_limit(text, limit):
    spans = pieces(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(e0 == s1 for (_, e0), (s1, _) in zip(spans, spans[1:]))
    assert all(0 < e - s <= limit for s, e in spans) or text == ""
