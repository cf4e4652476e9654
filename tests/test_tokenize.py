"""UDPipe wrapper: every token and sentence offset indexes the original text exactly."""
import copy

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from waqai.nlp.udpipe import PIECE_CHARS, load

TEXTS = {
    "clitics and quotes": "وقال المتحدث باسم الخارجية: “سنواصل المشاورات مع نظيرنا”، وأضاف أنّ الوفد وصل.",
    "glued libyan dates": "عُقدت الجولة في أنقرة يومي 21 و 22ناصر/يوليو الماضي، وتُستأنف في هانيبال/أغسطس.",
    "arabic-indic digits": "وقّع الجانبان ١٢ اتفاقية يوم ١٠ آذار ٢٠٢٣ في الرباط.",
    "crlf and blank lines": "العنوان الأول\r\n\r\nالفقرة الأولى من الخبر.\r\nالفقرة الثانية.",
    "invisible marks": "زار\u200f الرئيسُ\u200c القاهرة ـــ أمس.",
    "tatweel and latin": "أكدت صحيفة India Times أن الزيــارة تأجلت إلى عام 2022.",
    "persian letters": "ثم یتوجه الأمیر إلى واشنطن في زیارة رسمیة یجري خلالھا مباحثات.",
}

# Persian and Urdu look-alike letters in Arabic copy (ی ک ھ ۀ), and the same text in Arabic ones
LOOKALIKES = [
    ("ثم یتوجه الأمیر إلى واشنطن في زیارة رسمیة یجري خلالھا مباحثات.",
     "ثم يتوجه الأمير إلى واشنطن في زيارة رسمية يجري خلالها مباحثات."),
    ("وصل وزیر الخارجیة إلى الکویت صباح الیوم.", "وصل وزير الخارجية إلى الكويت صباح اليوم."),
]


@pytest.fixture(scope="module")
def nlp(model_path):
    return load(str(model_path))


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_token_and_sentence_offsets_round_trip(nlp, text):
    parsed = nlp.parse("d1", text)
    assert parsed.tokens and parsed.sentences
    for tok in parsed.tokens:
        assert text[tok.start_char:tok.end_char] == tok.surface
        assert tok.doc_id == "d1" and tok.head >= 0
    for sent in parsed.sentences:
        assert text[sent.start_char:sent.end_char] == sent.text
    # tokens cover every non-space character outside them only with whitespace or marks
    covered = set()
    for tok in parsed.tokens:
        covered.update(range(tok.start_char, tok.end_char))
    assert all(text[i].isspace() or not text[i].isprintable() or text[i] == "ـ" or i in covered
               for i in range(len(text)))


@pytest.mark.model
def test_sentence_and_token_indices_are_consistent(nlp):
    parsed = nlp.parse("d2", " ".join(TEXTS.values()))
    assert [s.sentence_index for s in parsed.sentences] == list(range(len(parsed.sentences)))
    for s in parsed.sentences:
        ids = [t.token_index for t in parsed.tokens if t.sentence_index == s.sentence_index]
        assert ids == list(range(1, len(ids) + 1))
        assert all(t.head <= len(ids) for t in parsed.tokens if t.sentence_index == s.sentence_index)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["زار", "الوزير", "٢٢", "ناصر/يوليو", "،", "“", "”", "\n", " ",
                                 "وقال", "بالقاهرة", "22ناصر", "\u200f", "ـ", "!", "2020م"]),
                min_size=1, max_size=30))
def test_offsets_hold_for_generated_text(nlp, parts):
    text = "".join(parts)
    for tok in nlp.parse("g", text).tokens:
        assert text[tok.start_char:tok.end_char] == tok.surface


class _Spy:
    """A UDPipe model whose tokenizers record how many characters each call is given."""

    def __init__(self, model, given: list[int]):
        self._model, self._given = model, given

    def __getattr__(self, name):
        return getattr(self._model, name)

    def newTokenizer(self, options):
        tokenizer, given = self._model.newTokenizer(options), self._given

        class Recording:
            def setText(self, text):
                given.append(len(text))
                tokenizer.setText(text)

            def nextSentence(self, *args):
                return tokenizer.nextSentence(*args)

        return Recording()


@pytest.mark.model
def test_a_very_long_line_goes_to_udpipe_in_bounded_pieces(nlp):
    line = " ".join(TEXTS.values()).replace("\n", " ").replace("\r", " ")
    text = " ".join([line] * (3 * PIECE_CHARS // len(line) + 1))
    given: list[int] = []
    spy = copy.copy(nlp)
    spy.model = _Spy(nlp.model, given)
    parsed = spy.parse("long", text)
    assert len(given) > 3 and max(given) <= PIECE_CHARS and sum(given) == len(text)
    assert [s.sentence_index for s in parsed.sentences] == list(range(len(parsed.sentences)))
    for tok in parsed.tokens:
        assert text[tok.start_char:tok.end_char] == tok.surface
    for sent in parsed.sentences:
        assert text[sent.start_char:sent.end_char] == sent.text
    assert parsed.tokens[-1].end_char == len(text.rstrip())


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "الرئيس يستقبل وزير الخارجية\nاستقبل الرئيس اليوم وزير الخارجية، وبحث معه العلاقات، ثم أقام مأدبة غداء.",
    "عاد الوفد إلى بلاده. وقال رئيسه: \"كانت الزيارة مثمرة.\" وأضاف أن جولة ثانية ستعقد؛ بعد شهر.",
])
def test_sentences_are_the_projects_segmentation(nlp, text):
    from waqai.text.sentences import sentence_spans

    parsed = nlp.parse("d1", text)
    assert [(s.start_char, s.end_char) for s in parsed.sentences] == sentence_spans(text)
    for tok in parsed.tokens:
        sentence = parsed.sentences[tok.sentence_index]
        assert sentence.start_char <= tok.start_char < tok.end_char <= sentence.end_char


@pytest.mark.model
@pytest.mark.parametrize("text,arabic", LOOKALIKES)
def test_lookalike_letters_are_read_as_arabic(nlp, text, arabic):
    """The parser reads the Arabic letters (same analysis as the Arabic text); the surface,
    the form of a word that is a token of its own, and the offsets stay the original's."""
    read, plain = nlp.parse("d", text).tokens, nlp.parse("d", arabic).tokens

    def analysis(tokens):
        return [(t.lemma, t.upos, t.feats, t.head, t.deprel, t.start_char, t.end_char)
                for t in tokens]

    assert analysis(read) == analysis(plain)
    assert all(text[t.start_char:t.end_char] == t.surface for t in read)
    assert [t.form for t in read if t.form != t.surface] == [
        t.form for t in plain if t.form != t.surface]  # the clitics' forms: the analysis's


# Words opening with the letter of the glued future particle سـ that are no verb: the tokenize
# stage keeps them one word whatever the model's tokenizer cut (س + عادة), so every stage reads
# the title, the name or the noun; future verbs stay as the model gives them.
NOT_FUTURE = [
    ("استقبل سعادة السفير وفد الغرفة التجارية أمس.", "سعادة"),
    ("وصل سيادة الرئيس إلى العاصمة مساء أمس.", "سيادة"),
    ("التقى الوزير بالسيد سعيد المهيري في مكتبه.", "سعيد"),
    ("وصل الأمير فيصل آل سعود إلى المنامة.", "سعود"),
    ("أجرى وزير الخارجية سيرجي لافروف مباحثات في موسكو.", "سيرجي"),
    ("ناقش الجانبان سبل تعزيز التعاون بين البلدين.", "سبل"),
]
FUTURE = [
    ("قال الوزير إن الرئيس سيزور القاهرة غدا في زيارة رسمية.", "سيزور"),
    ("ستعقد القمة في الرياض الأسبوع المقبل.", "ستعقد"),
    ("وقال الوزير سنواصل المشاورات مع الأشقاء.", "سنواصل"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,word", NOT_FUTURE, ids=[w for _, w in NOT_FUTURE])
def test_noun_opening_like_a_future_verb_stays_one_word(nlp, text, word):
    tokens = nlp.parse("d1", text).tokens
    k = text.index(word)
    inside = [t for t in tokens if k <= t.start_char < k + len(word)]
    assert [(t.form, t.start_char, t.end_char) for t in inside] == [(word, k, k + len(word))]


@pytest.mark.model
@pytest.mark.parametrize("text,word", FUTURE, ids=[w for _, w in FUTURE])
def test_future_verb_keeps_the_models_cut(nlp, text, word):
    tokens = nlp.parse("d1", text).tokens
    k = text.index(word)
    inside = [t.form for t in tokens if k <= t.start_char < k + len(word)]
    assert inside in ([word], [word[0], word[1:]])
