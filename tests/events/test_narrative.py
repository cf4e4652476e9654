"""An act told as going on from the dated act before it takes that act's day (sentences
written for these tests, published Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

DATES = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "أمس السبت": ("2024-03-09", "2024-03-09", "day"),
         "في 5 فبراير": ("2024-02-05", "2024-02-05", "day"),
         "الشهر الماضي": ("2024-02-01", "2024-02-29", "month")}
LEAD = ("أجرى وزير الخارجية الأردني اليوم الأحد في القاهرة لقاءات مع عدد من نظرائه على هامش "
        "اجتماع وزراء الخارجية العرب. ")


def dated(text: str) -> list[tuple]:
    """(type, participants, first day, date basis) of each event of ``text``, sorted."""
    return sorted(((e.event_type, sorted(e.participants), e.date_start and e.date_start.isoformat(),
                    e.date_basis) for e in run(text, DATES)), key=str)


@pytest.mark.parametrize("text,expected", [
    # "وهكذا"، "كما"، "أيضا": the act goes on with the lead's; a chain goes on from the last
    (LEAD + "وهكذا أجرى الوزير مباحثات مع نظيره السعودي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "SAU"], "2024-03-10", "narrative")]),
    (LEAD + "وهكذا أجرى الوزير مباحثات مع نظيره السعودي. كما تباحث الوزير مع نظيره العراقي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["IRQ", "JOR"], "2024-03-10", "narrative"),
      ("TALKS", ["JOR", "SAU"], "2024-03-10", "narrative")]),
    (LEAD + "وتباحث الوزير أيضا مع نظيره الليبي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "LBY"], "2024-03-10", "narrative")]),
    ("تلقى ولي العهد السعودي أمس السبت اتصالا هاتفيا من الرئيس الفرنسي. وفي وقت لاحق، تلقى "
     "ولي العهد اتصالا من رئيس الوزراء البريطاني.",
     [("PHONE_CALL", ["FRA", "SAU"], "2024-03-09", "clause"),
      ("PHONE_CALL", ["GBR", "SAU"], "2024-03-09", "narrative")]),
    ("التقى وزير الخارجية السعودي أمس السبت نظيره الكيني. وعقب ذلك، وقع الجانبان مذكرة تفاهم.",
     [("AGREEMENT", ["KEN", "SAU"], "2024-03-09", "narrative"),
      ("MEETING", ["KEN", "SAU"], "2024-03-09", "clause")]),
    # in one sentence: the continuation word right before the act
    ("أجرى وزير الخارجية الأردني أمس السبت محادثات مع نظيره اللبناني، كما التقى رئيس الوزراء "
     "اللبناني.",
     [("MEETING", ["JOR", "LBN"], "2024-03-09", "narrative"),
      ("TALKS", ["JOR", "LBN"], "2024-03-09", "clause")]),
    # the items of a series told before them ("سلسلة لقاءات"، "عدة لقاءات"), with no
    # continuation word
    ("عقد الرئيس اللبناني اليوم الأحد سلسلة لقاءات تناولت مواضيع دبلوماسية. واستقبل الرئيس "
     "اللبناني سفير فرنسا في بيروت.",
     [("MEETING", ["FRA", "LBN"], "2024-03-10", "narrative"),
      ("MEETING", ["LBN"], "2024-03-10", "clause")]),
    ("أجرى وزير الخارجية الأردني اليوم الأحد عدة لقاءات في القاهرة. والتقى الوزير نظيره المصري.",
     [("MEETING", ["EGY", "JOR"], "2024-03-10", "narrative"),
      ("MEETING", ["JOR"], "2024-03-10", "clause")]),
    # "حيث" right before an act goes on with the act told before it in the sentence, which its
    # sentence may tell as earlier ("وكان ... قد التقى"), whichever mention leads that event
    ("وكان رئيس الوزراء العراقي قد التقى، أمس السبت، نائب الرئيس الإيراني، حيث وقع مسؤولو "
     "البلدين على مذكرات تفاهم.",
     [("AGREEMENT", ["IRN", "IRQ"], "2024-03-09", "narrative"),
      ("MEETING", ["IRN", "IRQ"], "2024-03-09", "clause")]),
    ("التقى الرئيس العراقي اليوم الأحد نائب الرئيس الإيراني. وكان رئيس الوزراء العراقي قد "
     "التقى، في وقت سابق اليوم الأحد، نائب الرئيس الإيراني، حيث وقع مسؤولو البلدين على مذكرات "
     "تفاهم.",
     [("AGREEMENT", ["IRN", "IRQ"], "2024-03-10", "narrative"),
      ("MEETING", ["IRN", "IRQ"], "2024-03-10", "clause")]),
    # counterparts told as a number after the act ("مع عدد من نظرائه"): a series too, whose
    # items the next sentences tell with no continuation word
    ("أجرى وزير الخارجية الأردني اليوم الأحد في القاهرة مباحثات مكثفة مع عدد من نظرائه. وفي هذا "
     "الإطار تباحث الوزير مع نظيره الليبي في الأوضاع. وشدد الجانبان على أهمية التنسيق. "
     "وتباحث الوزير مع نظيره التونسي.",
     [("TALKS", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "LBY"], "2024-03-10", "narrative"),
      ("TALKS", ["JOR", "TUN"], "2024-03-10", "narrative")]),
    ("اجتمع رئيس الوزراء المصري أمس السبت مع مجموعة من المسؤولين الأفارقة. واستقبل "
     "رئيس الوزراء نظيره الكيني.",
     [("MEETING", ["EGY"], "2024-03-09", "clause"),
      ("MEETING", ["EGY", "KEN"], "2024-03-09", "narrative")]),
    # plural calls are a series too; each item, told with its own content, goes on from the
    # item before it; a series named only by its subject lends its day to every counterpart
    ("أجرى الرئيس اللبناني اليوم الأحد اتصالات هاتفية مع عدد من القادة العرب. في الأردن: جرى "
     "اتصال هاتفي بين الرئيس اللبناني والعاهل الأردني. وتبادل الجانبان التهاني. وأكد الرئيس "
     "دعم لبنان. في تونس: جرى اتصال هاتفي بين الرئيس اللبناني والرئيس التونسي.",
     [("PHONE_CALL", ["JOR", "LBN"], "2024-03-10", "narrative"),
      ("PHONE_CALL", ["LBN", "TUN"], "2024-03-10", "narrative")]),
    # "the two presidents" of the act told before go on with it
    ("التقى الرئيس المصري اليوم الأحد في القاهرة نظيره الكيني. وبحث الرئيسان العلاقات "
     "الثنائية. وشهد الرئيسان توقيع مذكرة تفاهم بين البلدين.",
     [("AGREEMENT", ["EGY", "KEN"], "2024-03-10", "narrative"),
      ("MEETING", ["EGY", "KEN"], "2024-03-10", "clause")]),
    # one act is no series: the next act has no day of its own
    ("استقبل الرئيس اللبناني اليوم الأحد وزير الخارجية القطري. واستقبل الرئيس اللبناني سفير "
     "فرنسا في بيروت.",
     [("MEETING", ["FRA", "LBN"], None, None), ("MEETING", ["LBN", "QAT"], "2024-03-10", "clause")]),
    # the dropped subject is the lead's; each person met is one act ("مع كل من")
    (LEAD + "كما تباحث مع كل من وزير الخارجية الليبي ووزير الخارجية التونسي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "LBY"], "2024-03-10", "narrative"),
      ("TALKS", ["JOR", "TUN"], "2024-03-10", "narrative")]),
    # "جاء ذلك": the sentence tells the occasion of the act before it
    ("التقى وزير الخارجية الأردني اليوم الأحد في القاهرة نظيره المصري. جاء ذلك عقب جلسة عمل "
     "لوزراء الخارجية العرب، حيث التقى الوزير مع نظيره السعودي.",
     [("MEETING", ["EGY", "JOR"], "2024-03-10", "clause"),
      ("MEETING", ["JOR", "SAU"], "2024-03-10", "narrative")]),
    # "في وقت سابق": earlier, with no day of its own, on the act's day
    ("التقى وزير الخارجية الأردني اليوم الأحد في القاهرة نظيره المصري. وفي وقت سابق، أجرى "
     "الوزير اتصالا هاتفيا بنظيره السعودي.",
     [("MEETING", ["EGY", "JOR"], "2024-03-10", "clause"),
      ("PHONE_CALL", ["JOR", "SAU"], "2024-03-10", "narrative")]),
    # "the two sides" as the subject right after the verb go on with the act of their states
    ("استقبل الرئيس الروسي اليوم الأحد الرئيس الجزائري في موسكو. ووقع الرئيسان الروسي والجزائري "
     "إعلان الشراكة بين البلدين.",
     [("AGREEMENT", ["DZA", "RUS"], "2024-03-10", "narrative"),
      ("MEETING", ["DZA", "RUS"], "2024-03-10", "clause")]),
    # ... several sentences of statements after it, still the two sides of that act
    ("استقبل الرئيس الروسي اليوم الأحد الرئيس الجزائري في موسكو. وأكد الرئيس الروسي أهمية "
     "العلاقات. وأضاف أن الشراكة عميقة. وقال إن المحادثات مثمرة. ووقع الرئيسان الروسي والجزائري "
     "إعلان الشراكة بين البلدين.",
     [("AGREEMENT", ["DZA", "RUS"], "2024-03-10", "narrative"),
      ("MEETING", ["DZA", "RUS"], "2024-03-10", "clause")]),
    # a plan told last before it: the act goes on with the act of its type before the plan
    ("وصل أمير قطر اليوم الأحد إلى السعودية للمشاركة في القمة الخليجية التي تنطلق اليوم الأحد. "
     "كما وصل وفد سلطنة عمان إلى السعودية.",
     [("SUMMIT", ["QAT", "SAU"], "2024-03-10", "clause"),
      ("VISIT", ["OMN", "SAU"], "2024-03-10", "narrative"),
      ("VISIT", ["QAT", "SAU"], "2024-03-10", "clause")]),
    # no continuation word, an earlier act, a plan, a date of its own: no borrowed day
    (LEAD + "وأجرى الوزير مباحثات مع نظيره السعودي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"), ("TALKS", ["JOR", "SAU"], None, None)]),
    (LEAD + "كما كان الوزير قد تباحث مع نظيره السعودي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"), ("TALKS", ["JOR", "SAU"], None, None)]),
    (LEAD + "كما سيجري الوزير مباحثات مع نظيره السعودي.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"), ("TALKS", ["JOR", "SAU"], None, None)]),
    (LEAD + "كما تباحث الوزير مع نظيره السعودي في 5 فبراير.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "SAU"], "2024-02-05", "clause")]),
    # a date after the act, of another event of its sentence, dates no other act
    (LEAD + "كما تباحث الوزير مع نظيره الليبي الذي وقع اتفاقية مع مصر في 5 فبراير.",
     [("MEETING", ["JOR"], "2024-03-10", "clause"),
      ("TALKS", ["JOR", "LBY"], "2024-03-10", "narrative"),
      ("AGREEMENT", ["EGY", "LBY"], "2024-02-05", "clause")]),
    # an act over a month is no day to go on from
    ("زار وزير الخارجية الأردني مصر الشهر الماضي. كما تباحث مع نظيره السعودي.",
     [("TALKS", ["JOR", "SAU"], None, None), ("VISIT", ["EGY", "JOR"], "2024-02-01", "clause")]),
])
def test_narrative_continuation(text, expected):
    assert dated(text) == sorted(expected, key=str)
