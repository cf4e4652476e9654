"""Extraction on UDPipe output: same events as on the bare text, rows point at UDPipe sentences.

Needs a real model (WAQAI_UDPIPE_MODEL, the shipped one, or ../shared); skipped otherwise.
"""
from __future__ import annotations

import pytest

from event_helpers import PUBLISHED, run, timex_rows
from waqai.events import extract_events
from waqai.nlp import udpipe

pytestmark = pytest.mark.model

TEXT = ("وزير الخارجية الهندي يزور سريلانكا\n"
        "يبدأ وزير الخارجية الهندي غدا الاثنين زيارة إلى سريلانكا تستمر يومين، يلتقي خلالها "
        "الرئيس السريلانكي. وكان الوزير قد أجرى أمس السبت اتصالا هاتفيا بنظيره السريلانكي.")
DATES = {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day"),
         "أمس السبت": ("2024-03-09", "2024-03-09", "day")}


def key(e):
    return e.event_type, e.status, e.date_start, e.date_end, tuple(e.participants)


def test_udpipe_tokens_do_not_change_the_events(model_path):
    parsed = udpipe.load(str(model_path)).parse("u", TEXT)
    with_parse = extract_events("u", TEXT, PUBLISHED, parsed.sentences, parsed.tokens,
                                timex_rows("u", TEXT, DATES))
    assert sorted(map(key, with_parse)) == sorted(map(key, run(TEXT, DATES, doc_id="u")))
    assert {e.event_type for e in with_parse} == {"VISIT", "PHONE_CALL"}
    for e in with_parse:
        [s] = [s for s in parsed.sentences if s.start_char <= e.trigger_start < s.end_char]
        assert e.sentence_index == s.sentence_index
