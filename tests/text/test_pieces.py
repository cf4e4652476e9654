"""Long texts cut into bounded pieces at natural breaks; the pieces tile the text exactly."""
import pytest
from hypothesis import given, strategies as st

from waqai.text.pieces import aligned_pieces, pieces

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


# (category, text length, allowed starts, limit, expected pieces)
ALIGNED = [
    ("fits: one piece", 50, [0, 10, 30], 60, [(0, 50)]),
    ("cut at the last start that fits", 100, [0, 30, 55, 80], 60, [(0, 55), (55, 100)]),
    ("a stretch longer than the limit stays whole", 100, [0, 5, 90], 40,
     [(0, 5), (5, 90), (90, 100)]),
    ("no starts at all", 100, [], 40, [(0, 100)]),
]


@pytest.mark.parametrize("length,starts,limit,expected", [pytest.param(n, s, m, e, id=c)
                                                          for c, n, s, m, e in ALIGNED])
def test_aligned_pieces_cut_only_at_the_given_starts(length, starts, limit, expected):
    assert aligned_pieces(length, starts, limit) == expected


@given(st.integers(min_value=1, max_value=500), st.lists(st.integers(0, 499), max_size=40),
       st.integers(min_value=1, max_value=80))
def test_aligned_pieces_tile_and_respect_the_limit_where_they_can(length, starts, limit):
    starts = sorted({s for s in starts if s < length})
    spans = aligned_pieces(length, starts, limit)
    assert spans[0][0] == 0 and spans[-1][1] == length
    assert all(e0 == s1 and s1 in starts for (_, e0), (s1, _) in zip(spans, spans[1:]))
    for s, e in spans:  # over the limit only when no allowed start lies inside
        assert e - s <= limit or not [b for b in starts if s < b < e and b - s <= limit]
