"""The article's home state (agency marker, dateline) and what it resolves, on texts written
for these tests."""
from __future__ import annotations

from event_helpers import words as words_in

import pytest

from event_helpers import parse, run
from waqai.events.words import words_of
from waqai.events.actors import gazetteer
from waqai.events.home import home_cues, home_mentions, home_state
from waqai.text.normalise import normalise


def _home(text: str) -> str | None:
    nt = normalise(text)
    words = words_of(nt, parse(text).tokens)
    return home_state(nt.text, words, gazetteer().find(words), home_cues())


@pytest.mark.parametrize("text,expected", [
    # agency markers set off by punctuation or a line end
    ("الرياض 12 مارس (واس) - استقبل ولي العهد وفدا.", "SAU"),
    ("أبوظبي في 4 مارس / وام / بحث رئيس الدولة العلاقات.", "ARE"),
    ("بغداد - واع\nاستقبل رئيس الوزراء سفير اليابان.", "IRQ"),
    ("القاهرة (أ ش أ) - التقى وزير الخارجية نظيره.", "EGY"),
    ("الوزير يستقبل سفير اليابان\n(سبأ) - استقبل وزير الخارجية سفير اليابان.", "YEM"),
    ("الوزير يتصل بنظيره\n- إرنا - أجرى وزير الخارجية اتصالا هاتفيا بنظيره.", "IRN"),
    ("الوكالة الوطنية للإعلام\nاستقبل رئيس الحكومة سفير فرنسا.", "LBN"),
    # a dateline city on a line after the headline
    ("الوزير يستقبل نظيره\n\nالرباط - أجرى وزير الخارجية مباحثات.", "MAR"),
    ("موقع إخباري - عمان الأردن\nعمان - قال الوزير.", None),  # no listed form: عمان is ambiguous
])
def test_home_state(text, expected):
    assert _home(text) == expected


@pytest.mark.parametrize("text", [
    "يجدر بنا أن نذكر أن الوزير زار المنامة.",  # "بنا" as a word, not BNA's marker
    "الرياض تستضيف القمة العربية في مايو.",  # a city opening a sentence, not a dateline
])
def test_no_home_state(text):
    assert _home(text) is None


def test_home_names_only_a_kingdom_that_calls_itself_so():
    cues = home_cues()
    words = words_in("وصل الوزير إلى المملكة وزار المملكة المتحدة")
    mentions = gazetteer().find(words)
    added = [m for m in home_mentions(words, mentions, "SAU", cues) if m not in mentions]
    assert [(m.code, m.w0) for m in added] == [("SAU", 3)]
    assert home_mentions(words, mentions, "EGY", cues) == mentions


SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}


@pytest.mark.parametrize("text,parties", [
    # "المملكة" in a Saudi dispatch is Saudi Arabia
    ("الرياض (واس) - وصل رئيس وزراء باكستان إلى المملكة أمس السبت في زيارة رسمية.",
     {"PAK", "SAU"}),
    # a bare title nothing else resolves is the home state's
    ("عمان (بترا) - تلقى وزير الخارجية أمس السبت اتصالا هاتفيا من نظيره الإيطالي.",
     {"JOR", "ITA"}),
    # a title resolved by the document is not overridden
    ("الدوحة - قنا\nتلقى وزير الخارجية المصري أمس السبت اتصالا هاتفيا من نظيره الإيطالي.",
     {"EGY", "ITA"}),
], ids=["kingdom", "bare-title", "named-title"])
def test_home_state_resolves_unnamed_parties(text, parties):
    events = [e for e in run(text, SAT) if e.date_start is not None]
    assert len(events) == 1 and set(events[0].participants) == parties


def test_no_home_without_a_cue():
    text = "وصل رئيس وزراء باكستان إلى المملكة أمس السبت في زيارة رسمية."
    assert all(e.date_start is None or "SAU" not in e.participants for e in run(text, SAT))
