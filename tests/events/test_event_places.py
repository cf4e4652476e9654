"""Where an event took place when its clause names no place (sentences written for these
tests, published Sunday 2024-03-10): the place of the visit or summit that holds it, or, for a
type held at one of its parties, that party."""
from __future__ import annotations

import pytest

from event_helpers import run

DATES = {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
         "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "في 5 فبراير": ("2024-02-05", "2024-02-05", "day"),
         "الشهر المقبل": ("2024-04-01", "2024-04-30", "month")}
VISIT = "وصل وزير الخارجية المصري أمس السبت إلى الرياض في زيارة تستغرق يومين. "


def places(text: str) -> list[tuple]:
    """(type, location country, first day) of each dated event of ``text``, sorted."""
    return sorted((e.event_type, e.location_country, e.date_start.isoformat())
                  for e in run(text, DATES) if e.date_start is not None)


@pytest.mark.parametrize("text,expected", [
    # held during the visit: same days, the visit's states
    (VISIT + "ووقع الوزير اليوم الأحد مع نظيره السعودي مذكرة تفاهم.",
     [("AGREEMENT", "SAU", "2024-03-10"), ("VISIT", "SAU", "2024-03-09")]),
    (VISIT + "وعقد الوزير اليوم الأحد جلسة مباحثات مع نظيره السعودي.",
     [("TALKS", "SAU", "2024-03-10"), ("VISIT", "SAU", "2024-03-09")]),
    # on another day, or by other states, it is not held there
    (VISIT + "وكان الوزير قد التقى نظيره السعودي في 5 فبراير.",
     [("MEETING", None, "2024-02-05"), ("VISIT", "SAU", "2024-03-09")]),
    (VISIT + "وأجرى الرئيس الفرنسي اليوم الأحد مباحثات مع المستشار الألماني.",
     [("TALKS", None, "2024-03-10"), ("VISIT", "SAU", "2024-03-09")]),
    # a call is held nowhere
    (VISIT + "وتلقى الوزير اليوم الأحد اتصالا هاتفيا من نظيره السعودي.",
     [("PHONE_CALL", None, "2024-03-10"), ("VISIT", "SAU", "2024-03-09")]),
])
def test_held_during_a_visit(text, expected):
    assert places(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a visit named by a pronoun object is held in the state it goes to
    ("أعلنت تونس أن الرئيس الجزائري سيزورها اليوم الأحد.", [("VISIT", "TUN", "2024-03-10")]),
    # a summit one state announces is held there
    ("أعلنت مصر عقد مؤتمر دولي لإعادة الإعمار الشهر المقبل.", [("SUMMIT", "EGY", "2024-04-01")]),
    # a meeting is no type held at one of its parties: no place without one named
    ("التقى الرئيس المصري اليوم الأحد نظيره السوداني.", [("MEETING", None, "2024-03-10")]),
])
def test_held_at_a_party(text, expected):
    assert places(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a reception is held in its host's state when no place is named
    ("استقبل الرئيس المصري اليوم الأحد وزير الخارجية الأمريكي.", [("MEETING", "EGY", "2024-03-10")]),
    # a named place wins
    ("استقبل الرئيس المصري اليوم الأحد في نيويورك وزير الخارجية الأمريكي.",
     [("MEETING", "USA", "2024-03-10")]),
])
def test_reception_at_the_host(text, expected):
    assert places(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a capital named by its state's demonym is a place: a destination, a venue
    ("وصل المبعوث الأممي أمس السبت إلى العاصمة الموريتانية.",
     [("VISIT", ["MRT", "UNO"], "MRT", "العاصمة الموريتانية")]),
    ("وكان رئيس الوزراء الجزائري قد حل أمس السبت بالعاصمة التونسية.",
     [("VISIT", ["DZA", "TUN"], "TUN", "العاصمة التونسية")]),
    ("التقى وزير الخارجية الفرنسي أمس السبت في العاصمة الأردنية نظيره الأردني.",
     [("MEETING", ["FRA", "JOR"], "JOR", "العاصمة الأردنية")]),
    # with its own name after it, the name is the place
    ("وصل المبعوث الأممي أمس السبت إلى العاصمة الموريتانية نواكشوط.",
     [("VISIT", ["MRT", "UNO"], "MRT", "نواكشوط")]),
    # ... and with a demonym the gazetteer does not hold (either Congo) between them
    ("وصل رئيس الوزراء الليبي أمس السبت إلى العاصمة الكونغولية برازافيل.",
     [("VISIT", ["COG", "LBY"], "COG", "برازافيل")]),
    ("توجه الرئيس التشادي أمس السبت إلى العاصمة الكونغولية برازافيل.",
     [("VISIT", ["COG", "TCD"], "COG", "برازافيل")]),
    # a capital right after the event noun is where it is held; a summit's host takes part
    ("استؤنفت اليوم الأحد مفاوضات فيينا بين إيران والاتحاد الأوروبي.",
     [("TALKS", ["EUR", "IRN"], "AUT", "فيينا")]),
    ("انطلقت اليوم الأحد قمة بغداد بمشاركة مصر والأردن.",
     [("SUMMIT", ["EGY", "IRQ", "JOR"], "IRQ", "بغداد")]),
    # two capitals joined by و are the two states
    ("انطلقت اليوم الأحد محادثات الرياض وطهران في بغداد.",
     [("TALKS", ["IRN", "SAU"], "IRQ", "بغداد")]),
])
def test_capital_as_place(text, expected):
    assert [(e.event_type, e.participants, e.location_country, e.location_text)
            for e in run(text, DATES)] == expected


@pytest.mark.parametrize("text,expected", [
    # a pronoun after the movement in a relative clause: the place the clause follows
    ("شملت جولة وزير الخارجية القطري الأردن ثم العراق، وأخيرا لبنان والتي وصل إليها الوزير "
     "اليوم الأحد.", ("VISIT", ["LBN", "QAT"], "LBN", "2024-03-10")),
    ("تحتضن تونس، التي يصل إليها الرئيس الموريتاني اليوم الأحد، منتدى اقتصاديا.",
     ("VISIT", ["MRT", "TUN"], "TUN", "2024-03-10")),
])
def test_destination_a_relative_clause_follows(text, expected):
    dated = [(e.event_type, sorted(e.participants), e.location_country, e.date_start.isoformat())
             for e in run(text, DATES) if e.date_start is not None]
    assert expected in dated


@pytest.mark.parametrize("text", [
    "وصل الرئيس المصري أمس السبت إلى العاصمة الإدارية الجديدة.",
    "توجه وزير الخارجية الجزائري أمس السبت إلى وهران.",
    "وصل رئيس الوزراء المغربي أمس السبت إلى مدينة طنجة في زيارة عمل.",
], ids=["new-capital", "own-city", "own-city-visit"])
def test_a_trip_within_the_travellers_own_state_is_no_visit(text):
    assert run(text, DATES) == []
