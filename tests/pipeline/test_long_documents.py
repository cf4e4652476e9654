"""A very long document is worked on in bounded pieces (UDPipe, timexes, events) with offsets
into the whole text; a news-sized document is one piece, extracted exactly as before."""
import datetime as dt

import pytest

from schemas import Document
from waqai.nlp.udpipe import load
from waqai.pipeline import extract, timex
from waqai.pipeline.extract import event_rows
from waqai.pipeline.timex import timex_rows
from waqai.text.pieces import PIECE_CHARS

REPORTS = [
    "التقى وزير الخارجية المغربي نظيره الموريتاني في نواكشوط يوم ١٤ آذار ٢٠٢٤ لبحث ملف الحدود.",
    "وأعلنت الرئاسة الجزائرية أن الرئيس سيزور روما في الخامس من نيسان المقبل.",
    "أجرى أمير قطر اتصالا هاتفيا بالرئيس التركي أمس تناول العلاقات الثنائية",
    "وكانت المباحثات بين الجانبين قد تأجلت في شباط الماضي بسبب الأحوال الجوية.",
]


def _document(text: str) -> Document:
    return Document(doc_id="long", source_id="s", source_path="p", url=None, title=None,
                    published=dt.date(2024, 3, 15), published_basis="metadata", text=text,
                    n_chars=len(text), ingested_at=dt.datetime.now(dt.timezone.utc), run_id="r")


@pytest.fixture(scope="module")
def nlp(model_path):
    return load(str(model_path))


def _spy(monkeypatch, module, name, given):
    real = getattr(module, name)

    def recording(*args, **kwargs):
        given.append(len(args[1] if name == "extract_events" else args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)


@pytest.mark.model
@pytest.mark.parametrize("joiner", [" ", "\n\n"], ids=["one line", "paragraphs"])
def test_a_long_document_is_extracted_in_bounded_pieces(nlp, monkeypatch, joiner):
    text = joiner.join(REPORTS[i % len(REPORTS)] for i in range(3 * PIECE_CHARS // 70))
    doc = _document(text)
    parsed = nlp.parse(doc.doc_id, text)
    given = {"find_timexes": [], "extract_events": []}
    _spy(monkeypatch, timex, "find_timexes", given["find_timexes"])
    _spy(monkeypatch, extract, "extract_events", given["extract_events"])
    timexes = timex_rows(doc, parsed.tokens)
    events = event_rows(doc, parsed.sentences, parsed.tokens, timexes)
    for calls in given.values():
        assert len(calls) >= 3 and max(calls) <= PIECE_CHARS and sum(calls) == len(text)

    assert timexes and events
    for t in timexes:
        assert text[t.start_char:t.end_char] == t.text
    sentence_of = {s.sentence_index: s for s in parsed.sentences}
    for e in events:
        assert e.doc_id == "long"
        assert text[e.trigger_start:e.trigger_end] == e.trigger_text
        assert text[e.evidence_start:e.evidence_end] == e.evidence_text
        sent = sentence_of[e.sentence_index]
        assert sent.start_char <= e.trigger_start < e.trigger_end <= sent.end_char
        assert all(0 <= m["start"] < m["end"] <= len(text) for m in e.mentions)
    assert len({e.event_id for e in events}) == len(events)
    # the pieces are spread over the whole text, not only its start
    assert max(e.trigger_start for e in events) > len(text) - PIECE_CHARS


@pytest.mark.model
def test_a_news_sized_document_is_one_piece(nlp):
    text = "\n\n".join(REPORTS)
    doc = _document(text)
    parsed = nlp.parse(doc.doc_id, text)
    timexes = timex_rows(doc, parsed.tokens)
    found = extract.extract_events(doc.doc_id, text, doc.published, parsed.sentences,
                                   parsed.tokens, timexes)
    assert event_rows(doc, parsed.sentences, parsed.tokens, timexes) == found
