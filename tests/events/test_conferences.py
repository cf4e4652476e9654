"""Multilateral conferences (sentences written for these tests, published Sunday 2024-03-10):
"مؤتمر"/"ندوة" named by their city or qualified as international are summits, and the state a
summit is about takes part in it."""
from __future__ import annotations

import pytest

from event_helpers import run

TODAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
MAY = {"مايو الماضي": ("2023-05-01", "2023-05-31", "month")}

# (text, dates, expected (type, participants) rows)
CASES = [
    # named by its host city
    ("انطلقت اليوم الأحد أعمال مؤتمر مدريد بمشاركة وزراء خارجية أوروبيين.", TODAY,
     [("SUMMIT", ["ESP"])]),
    ("وكان مؤتمر أثينا الذي عقد في مايو الماضي قد دعا إلى التهدئة.", MAY, [("SUMMIT", ["GRC"])]),
    # qualified as international or ministerial, with the state it is about
    ("تستضيف جنيف اليوم الأحد الندوة الدولية حول الأزمة اليمنية.", TODAY,
     [("SUMMIT", ["CHE", "YEM"])]),
    ("افتتح في روما اليوم الأحد المؤتمر الوزاري بشأن السودان.", TODAY,
     [("SUMMIT", ["ITA", "SDN"])]),
    ("تنطلق اليوم الأحد قمة بغداد حول سوريا.", TODAY, [("SUMMIT", ["IRQ", "SYR"])]),
    # a conference in support of a state ("مؤتمر دعم"، "لدعم")
    ("تستضيف باريس اليوم الأحد مؤتمر دعم السودان.", TODAY, [("SUMMIT", ["FRA", "SDN"])]),
    ("افتتح في بروكسل اليوم الأحد مؤتمر المانحين لدعم الشعب السوري.", TODAY,
     [("SUMMIT", ["BEL", "SYR"])]),
    # a conference about a state, with a venue after its date (a date ends the topic phrase)
    ("انطلق اليوم الأحد في لندن مؤتمر حول السودان.", TODAY, [("SUMMIT", ["GBR", "SDN"])]),
    ("انطلق المؤتمر بشأن الأزمة الليبية اليوم الأحد في برلين.", TODAY, [("SUMMIT", ["DEU", "LBY"])]),
    # a conference of states ("مؤتمر دول ..."، "مؤتمر الدول ...")
    ("انطلق اليوم الأحد في الجزائر مؤتمر دول جوار ليبيا.", TODAY, [("SUMMIT", ["DZA", "LBY"])]),
    ("تستضيف لندن اليوم الأحد مؤتمر الدول المانحة لليمن.", TODAY, [("SUMMIT", ["GBR", "YEM"])]),
    # a session of heads of state is a summit; of ministers or a joint committee, a meeting
    ("انطلقت في أديس أبابا اليوم الأحد أعمال الدورة العادية الخامسة لرؤساء دول وحكومات الاتحاد "
     "الأفريقي بمشاركة الرئيس المصري والرئيس الجزائري.", TODAY, [("SUMMIT", ["DZA", "EGY", "ETH"])]),
    ("يشارك الرئيس التونسي اليوم الأحد في الدورة الثانية لقادة دول الساحل في الجزائر.", TODAY,
     [("SUMMIT", ["DZA", "TUN"])]),
    ("ترأس الوزيران اليوم الأحد أعمال الدورة الخامسة للجنة المشتركة بين مصر والأردن.", TODAY,
     [("MEETING", ["EGY", "JOR"])]),
    ("انطلقت اليوم الأحد الدورة الحادية عشرة لمجلس وزراء الخارجية العرب بمشاركة الوزير "
     "المصري ونظيره الأردني.", TODAY, [("MEETING", ["EGY", "JOR"])]),
    # a meeting of one of its states on its day is the summit told again ("اجتماع اليوم"); a
    # bilateral meeting is one on its sidelines
    ("يعقد العاهل الأردني والرئيس المصري ورئيس الوزراء العراقي، اليوم الأحد، قمة ثلاثية في "
     "عمّان. ويأتي اجتماع اليوم في ظل ظروف اقتصادية صعبة تواجهها الدول الثلاث.",
     dict(TODAY, **{"اليوم": ("2024-03-10", "2024-03-10", "day")}),
     [("SUMMIT", ["EGY", "IRQ", "JOR"])]),
    ("يعقد العاهل الأردني والرئيس المصري ورئيس الوزراء العراقي، اليوم الأحد، قمة ثلاثية في "
     "عمّان. ويلتقي العاهل الأردني الرئيس المصري اليوم الأحد على هامش القمة.", TODAY,
     [("SUMMIT", ["EGY", "IRQ", "JOR"]), ("MEETING", ["EGY", "JOR"])]),
    # look-alikes: a press conference, a conference of a party, an academic symposium
    ("عقد وزير الخارجية الإسباني مؤتمرا صحفيا اليوم الأحد.", TODAY, []),
    ("عقد الحزب مؤتمره العام اليوم الأحد في القاهرة.", TODAY, []),
    ("نظمت الجامعة ندوة علمية عن الأدب اليوم الأحد.", TODAY, []),
    ("عقد الحزب اليوم الأحد مؤتمرا لدعم مرشحه في الانتخابات.", TODAY, []),
    # the summit as an office held (its surface form rejected, its lemma does not find it again)
    ("تسلمت مصر اليوم الأحد رئاسة القمة العربية.", TODAY, []),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_conference(text, dates, expected):
    rows = run(text, dates)
    assert [(r.event_type, sorted(r.participants)) for r in rows] == [
        (t, sorted(p)) for t, p in expected]


# the head of a construct names the event: "لقاء قمة" is a meeting of leaders
CONSTRUCTS = [
    ("عقد الرئيس الفرنسي لقاء قمة مع العاهل المغربي اليوم الأحد.", TODAY,
     [("MEETING", ["FRA", "MAR"])]),
    ("تنطلق اليوم الأحد القمة الأفريقية الأوروبية في بروكسل بمشاركة مصر وفرنسا.", TODAY,
     [("SUMMIT", ["BEL", "EGY", "FRA"])]),
    # a ceremony is no look-alike: signings and receptions are ceremonies too
    ("شهد الرئيسان المصري والقبرصي اليوم الأحد حفل توقيع اتفاقية للتعاون.", TODAY,
     [("AGREEMENT", ["CYP", "EGY"])]),
]


@pytest.mark.parametrize("text,dates,expected", CONSTRUCTS)
def test_construct_head(text, dates, expected):
    rows = run(text, dates)
    assert [(r.event_type, sorted(r.participants)) for r in rows] == [
        (t, sorted(p)) for t, p in expected]


def test_topic_state_only_right_after_about_word():
    """A state deep inside a purpose clause ("لبحث الهجمات الإسرائيلية على قطر") is no party."""
    rows = run("انطلقت اليوم الأحد في الدوحة القمة العربية لبحث الهجمات الإسرائيلية على المنطقة.",
               TODAY)
    assert [sorted(r.participants) for r in rows] == [["QAT"]]


def test_mentions_of_one_summit_are_one_event():
    """Each mention of a multilateral summit names some of its states."""
    dates = {"12 و13 نوفمبر": ("2024-11-12", "2024-11-13", "day"),
             "نوفمبر المقبل": ("2024-11-01", "2024-11-30", "month")}
    rows = run("تستضيف إيطاليا مؤتمر باليرمو حول ليبيا يومي 12 و13 نوفمبر. وأكد الرئيس الأمريكي "
               "أنه سيشارك في المؤتمر الدولي في نوفمبر المقبل.", dates)
    assert [(r.event_type, r.participants) for r in rows] == [("SUMMIT", ["ITA", "LBY", "USA"])]


@pytest.mark.parametrize("text,expected", [
    # the aim of a visit put off and the summit held that day: one summit, held
    ("أجل الرئيس الإيراني زيارته التي كانت مقررة إلى روسيا أمس السبت لحضور قمة منظمة شنغهاي. "
     "وقال مصدر إن الرئيس الإيراني أجل زيارته لروسيا للمشاركة في القمة التي بدأت أمس السبت في "
     "موسكو.", [("SUMMIT", "occurred"), ("VISIT", "postponed")]),
    ("ألغى وزير الخارجية المصري زيارته إلى بروكسل اليوم الأحد للمشاركة في مؤتمر دولي حول السودان. "
     "وانطلق المؤتمر الدولي حول السودان اليوم الأحد في بروكسل بمشاركة وزير الخارجية الأمريكي.",
     [("SUMMIT", "occurred"), ("VISIT", "cancelled")]),
])
def test_summit_planned_and_held_is_one_event(text, expected):
    dates = {**TODAY, "أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    assert sorted((r.event_type, r.status) for r in run(text, dates)) == expected


@pytest.mark.parametrize("text,expected", [
    # the summit named again ("في القمة"), its participants listed after a colon on the next line
    ("تستضيف القاهرة اليوم الأحد قمة للسلام. ويشارك في القمة عدد من القادة، بينهم:\n"
     "ملك الأردن، وأمير قطر، ورئيس تركيا.", [("SUMMIT", ["EGY", "JOR", "QAT", "TUR"])]),
    ("تستضيف القاهرة اليوم الأحد قمة للسلام. ويشارك في القمة ملك الأردن وأمير قطر.",
     [("SUMMIT", ["EGY", "JOR", "QAT"])]),
    # ... or named again with the same day, whatever states each names
    ("تستضيف الكويت اليوم الأحد قمة دول مجلس التعاون الخليجي. وستختتم القمة الخليجية أعمالها "
     "اليوم الأحد بحضور أمير قطر وولي عهد البحرين.", [("SUMMIT", ["BHR", "KWT", "QAT"])]),
    # another summit, with a date of its own, is another event
    ("تستضيف القاهرة اليوم الأحد قمة للسلام. وشارك ملك الأردن وأمير قطر في القمة العربية "
     "في 5 فبراير.", [("SUMMIT", ["EGY"]), ("SUMMIT", ["JOR", "QAT"])]),
], ids=["listed-after-colon", "named-again", "named-again-dated", "another-dated"])
def test_summit_named_again_takes_its_participants(text, expected):
    dates = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "في 5 فبراير": ("2024-02-05", "2024-02-05", "day")}
    got = sorted((r.event_type, r.participants) for r in run(text, dates))
    assert got == sorted(expected)
