"""One sentence segmentation for every stage: where sentences end, same-length presegmented text."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqai.text.sentences import LONG_SENTENCE_CHARS, presegmented, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text,expected", [
    # a headline line is its own sentence
    ("الوزير يصل إلى عمان\nوصل الوزير إلى عمان اليوم.",
     ["الوزير يصل إلى عمان", "وصل الوزير إلى عمان اليوم."]),
    # commas and colons do not end a sentence
    ("زار الرئيس باريس، والتقى نظيره، ثم قال: إن الزيارة ناجحة.",
     ["زار الرئيس باريس، والتقى نظيره، ثم قال: إن الزيارة ناجحة."]),
    # full stop, question mark, Arabic question mark and exclamation mark end one
    ("عاد الوفد. هل ينجح الحوار؟ لا أحد يعرف! الأيام ستقول.",
     ["عاد الوفد.", "هل ينجح الحوار؟", "لا أحد يعرف!", "الأيام ستقول."]),
    # a semicolon does not: news writes it inside a sentence, even between verb and subject
    ("يتوجه غدا محفوفا بعناية المولى؛ جلالة السلطان إلى أبوظبي؛ تلبية لدعوة من أخيه.",
     ["يتوجه غدا محفوفا بعناية المولى؛ جلالة السلطان إلى أبوظبي؛ تلبية لدعوة من أخيه."]),
    ("وقع الجانبان اتفاقا; وغادر الوفد.", ["وقع الجانبان اتفاقا; وغادر الوفد."]),
    # closing quotes and brackets stay with their sentence
    ('قال الوزير: "سنعود قريبا." ثم غادر.', ['قال الوزير: "سنعود قريبا."', "ثم غادر."]),
    ("(وصل الوفد.) وبدأت المحادثات.", ["(وصل الوفد.)", "وبدأت المحادثات."]),
    # no cut inside abbreviations, numbers or without a following space
    ("نقلت أ.ف.ب عن المصدر أن النمو بلغ 3.5 بالمئة.",
     ["نقلت أ.ف.ب عن المصدر أن النمو بلغ 3.5 بالمئة."]),
    # a full stop after a word of one letter is an abbreviation ("د." a doctor's title)
    ("وصل الوزير د. فلان الفلاني ونائبه م. علان إلى طهران. والتقى نظيره.",
     ["وصل الوزير د. فلان الفلاني ونائبه م. علان إلى طهران.", "والتقى نظيره."]),
    ("د. فلان الفلاني يصل اليوم.", ["د. فلان الفلاني يصل اليوم."]),
    # a full stop run into the next word ends a sentence between two words (a scraped text),
    # not inside an abbreviation of single letters
    ("وصل الوزير إلى الرياض.وكان قد زار القاهرة؟ثم عاد. نقلت د.ب.أ الخبر.",
     ["وصل الوزير إلى الرياض.", "وكان قد زار القاهرة؟", "ثم عاد.", "نقلت د.ب.أ الخبر."]),
    # a line ending with a colon introduces the next: one sentence; a blank line still ends it
    ("ويشارك في القمة عدد من القادة، بينهم:\nملك الأردن، وأمير قطر.\nوقال المتحدث إنها مهمة.",
     ["ويشارك في القمة عدد من القادة، بينهم:\nملك الأردن، وأمير قطر.", "وقال المتحدث إنها مهمة."]),
    ("أبرز النقاط:\n\nالتعاون الاقتصادي.", ["أبرز النقاط:", "التعاون الاقتصادي."]),
    # blank lines and surrounding white space are no sentences
    ("\n\n  الفقرة الأولى.  \n\n\nالفقرة الثانية  ", ["الفقرة الأولى.", "الفقرة الثانية"]),
    # a hard-wrapped text: a line running on into the next is one sentence
    ("وصل وزير الخارجية الأردني إلى\nالعاصمة السعودية الرياض في زيارة\nرسمية تستمر يومين يلتقي خلالها\n"
     "كبار المسؤولين في المملكة.\nوقال مصدر إن الزيارة مهمة.",
     ["وصل وزير الخارجية الأردني إلى\nالعاصمة السعودية الرياض في زيارة\nرسمية تستمر يومين يلتقي خلالها\n"
      "كبار المسؤولين في المملكة.", "وقال مصدر إن الزيارة مهمة."]),
])
def test_sentence_ends(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text,cut_after", [
    ("بند، " * 1000, "،"),  # an over-long list is cut after a comma
    ("كلمة " * 1000, "كلمة"),  # else at a space
])
def test_over_long_sentences_are_cut(text, cut_after):
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(e - s <= LONG_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e].endswith(cut_after) for s, e in spans)


@pytest.mark.parametrize("text,lines", [
    ("العنوان\nزار الرئيس باريس. ثم عاد.", ["العنوان", "زار الرئيس باريس.", "ثم عاد."]),
    # the mark of a sentence run into the next word becomes its line break
    ("زار الرئيس باريس.ثم عاد.", ["زار الرئيس باريس", "ثم عاد."]),
    ("وصل وزير الخارجية الأردني إلى\nالعاصمة السعودية الرياض في زيارة\nرسمية تستمر يومين يلتقي خلالها\n"
     "كبار المسؤولين.", ["وصل وزير الخارجية الأردني إلى العاصمة السعودية الرياض في زيارة "
                        "رسمية تستمر يومين يلتقي خلالها كبار المسؤولين."]),
])
def test_presegmented_has_one_sentence_per_line(text, lines):
    assert [line.strip() for line in presegmented(text).split("\n") if line.strip()] == lines


TEXT = st.lists(st.sampled_from(["زار", "الوزير", " ", "\n", ".", "،", "؟", '"', ")", "\r", "  ",
                                 "ب"]),
                max_size=60).map("".join)


@given(TEXT)
def test_spans_are_ordered_stripped_and_keep_every_word(text):
    spans = sentence_spans(text)
    assert all(e0 <= s1 for (_, e0), (s1, _) in zip(spans, spans[1:]))
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@given(TEXT)
def test_presegmented_keeps_length_and_characters(text):
    out = presegmented(text)
    assert len(out) == len(text)
    run_on = {e - 1 for (_, e), (s, _) in zip(sentence_spans(text), sentence_spans(text)[1:])
              if s == e}  # the mark of a sentence run into the next word
    assert all(a == b or (a.isspace() and b in " \n") or (k in run_on and b == "\n")
               for k, (a, b) in enumerate(zip(text, out)))
