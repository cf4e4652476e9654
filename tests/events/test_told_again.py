"""An event told again by a pronoun noun, a report made during an event, and parties named by
a title of their own (sentences written for these tests, published Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

DATES = {"صباح اليوم": ("2024-03-10", "2024-03-10", "day"),
         "أمس السبت": ("2024-03-09", "2024-03-09", "day"),
         "الثلاثاء": ("2024-03-12", "2024-03-12", "day"),
         "في وقت سابق من الشهر الحالي": ("2024-03-01", "2024-03-31", "month"),
         "يوم السبت 2 مارس": ("2024-03-02", "2024-03-02", "day"),
         "يوم السبت 24 فبراير": ("2024-02-24", "2024-02-24", "day"),
         "الأحد": ("2024-03-10", "2024-03-10", "day"),
         "في 26 فبراير": ("2024-02-26", "2024-02-26", "day"),
         "الأسبوع المقبل": ("2024-03-11", "2024-03-17", "week"),
         "في فبراير الماضي": ("2024-02-01", "2024-02-29", "month"),
         "اليوم": ("2024-03-10", "2024-03-10", "day"),
         "مساء أمس": ("2024-03-09", "2024-03-09", "day"),
         "الاثنين 4 مارس": ("2024-03-04", "2024-03-04", "day"),
         "20 مارس": ("2024-03-20", "2024-03-20", "day"),
         "يوم 13 مارس": ("2024-03-13", "2024-03-13", "day"),
         "هذا الأسبوع": ("2024-03-04", "2024-03-10", "week")}


def _dated(text: str, dates: dict) -> list[tuple]:
    """(type, status, participants, first day) of each dated event of ``text``, sorted."""
    return sorted((e.event_type, e.status, sorted(e.participants), str(e.date_start))
                  for e in run(text, dates) if e.date_start)


def events_of(text: str) -> list[tuple]:
    """(type, status, participants, first day) of each event of ``text``, sorted."""
    return sorted((e.event_type, e.status, sorted(e.participants),
                   e.date_start and e.date_start.isoformat()) for e in run(text, DATES))


@pytest.mark.parametrize("text,expected", [
    # a noun with an owner pronoun names the arrival told before: one visit, on its date
    ("وصل وزير الخارجية السعودي إلى طهران. وكان في استقباله لدى وصوله صباح اليوم نظيره "
     "الإيراني.", [("VISIT", "occurred", ["IRN", "SAU"], "2024-03-10")]),
    # (talks held on arrival, with no date of their own, fold into the visit)
    ("توجه رئيس الوزراء الأردني إلى بغداد. وأجرى فور وصوله صباح اليوم مباحثات مع نظيره العراقي.",
     [("VISIT", "occurred", ["IRQ", "JOR"], "2024-03-10")]),
    # without an arrival told before, "وصوله" alone names no visit
    ("وكان في استقبال الوزير لدى وصوله صباح اليوم نظيره الإيراني.", []),
    # a signing verb whose object is a pronoun for the agreement told before
    ("يوقع الرئيسان المصري والسوداني اتفاقية السلام الأسبوع المقبل في القاهرة، بعد أن وقعها "
     "وزيرا خارجية البلدين بالأحرف الأولى في فبراير الماضي.",
     [("AGREEMENT", "occurred", ["EGY", "SDN"], "2024-02-01"),
      ("AGREEMENT", "planned", ["EGY", "SDN"], "2024-03-11")]),
])
def test_pronoun_names_the_event_told_before(text, expected):
    assert events_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what was said during the meeting tells that it took place
    ("أكد العاهل الأردني، خلال لقائه الرئيس الفلسطيني في عمان اليوم، ضرورة وقف إطلاق النار.",
     [("MEETING", "occurred", ["JOR", "PSE"], "2024-03-10")]),
    ("شدد وزير الخارجية المصري في اتصال هاتفي اليوم مع نظيره الأردني على أهمية التنسيق.",
     [("PHONE_CALL", "occurred", ["EGY", "JOR"], "2024-03-10")]),
    # "this visit" is the one told before, not dated by the meeting it continues
    ("يصل وزير الخارجية الأردني اليوم إلى دمشق. وتأتي هذه الزيارة استمرارا للقاء الذي جمع الرئيس "
     "السوري بالعاهل الأردني في عمان في 26 فبراير.",
     [("MEETING", "occurred", ["JOR", "SYR"], "2024-02-26"),
      ("VISIT", "planned", ["JOR", "SYR"], "2024-03-10")]),
    # a report of a plan does not: "خلاله" is during another event (the call)
    ("تلقى الرئيس اللبناني مساء أمس اتصالا من نظيره الفرنسي، أكد خلاله زيارته اليوم إلى بيروت.",
     [("PHONE_CALL", "occurred", ["FRA", "LBN"], "2024-03-09"),
      ("VISIT", "planned", ["FRA", "LBN"], "2024-03-10")]),
])
def test_report_made_during_the_event(text, expected):
    assert events_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a UN envoy is the UN's
    ("اجتمع المبعوث الأممي إلى ليبيا، الاثنين 4 مارس، في طرابلس، برئيس المجلس الرئاسي الليبي.",
     [("MEETING", "occurred", ["LBY", "UNO"], "2024-03-04")]),
    ("التقى وزير الخارجية اليمني مساء أمس المبعوث الخاص للأمين العام للأمم المتحدة.",
     [("MEETING", "occurred", ["UNO", "YEM"], "2024-03-09")]),
    # a title only one state's head bears
    ("أجرى خادم الحرمين الشريفين اتصالا هاتفيا، مساء أمس، بالرئيس الفرنسي.",
     [("PHONE_CALL", "occurred", ["FRA", "SAU"], "2024-03-09")]),
])
def test_party_named_by_its_own_title(text, expected):
    assert events_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a round of talks: the phrase starts at the round ("في جولة جديدة من المباحثات"), so the
    # date before it and the light verb are its own
    ("يشارك المبعوث الأمريكي الخاص إلى الشرق الأوسط الأحد، في مسقط، في جولة جديدة من المباحثات "
     "مع إيران.", [("TALKS", "planned", ["IRN", "USA"], "2024-03-10")]),
    # "the two sides" and "these talks" are the states of the talks told before
    ("انطلقت في مسقط صباح اليوم الجولة الثالثة من المفاوضات الإيرانية الأمريكية. وانعقدت الجولة "
     "الثانية من المحادثات بين الطرفين يوم السبت 2 مارس في روما.",
     [("TALKS", "occurred", ["IRN", "USA"], "2024-03-02"),
      ("TALKS", "occurred", ["IRN", "USA"], "2024-03-10")]),
    ("انطلقت في مسقط صباح اليوم الجولة الثالثة من المفاوضات الإيرانية الأمريكية. كما انعقدت الجولة "
     "الأولى من هذه المفاوضات يوم السبت 24 فبراير في مسقط.",
     [("TALKS", "occurred", ["IRN", "USA"], "2024-02-24"),
      ("TALKS", "occurred", ["IRN", "USA"], "2024-03-10")]),
])
def test_round_of_talks_told_before(text, expected):
    assert events_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the two presidents" named by their title alone are the two states of the act before
    # (the lead act, undated, is the news of the publication day)
    ("استقبل الرئيس المصري نظيره الكيني بقصر الاتحادية. وعقد الرئيسان جلسة مباحثات ثنائية صباح "
     "اليوم.", [("MEETING", "occurred", ["EGY", "KEN"], "2024-03-10"),
                ("TALKS", "occurred", ["EGY", "KEN"], "2024-03-10")]),
    ("وكان وزير الخارجية المغربي قد التقى نظيره الموريتاني. ووقع الوزيران صباح اليوم مذكرة تفاهم.",
     [("AGREEMENT", "occurred", ["MAR", "MRT"], "2024-03-10"),
      ("MEETING", "occurred", ["MAR", "MRT"], None)]),
    # with their own states named, the dual title takes nothing
    ("وكان وزير الخارجية المغربي قد التقى نظيره الموريتاني. واجتمع الرئيسان التونسي والجزائري "
     "صباح اليوم.", [("MEETING", "occurred", ["DZA", "TUN"], "2024-03-10"),
                     ("MEETING", "occurred", ["MAR", "MRT"], None)]),
    # a title of "the two states" after the trigger ("برئاسة وزيري خارجية البلدين") is both
    ("زار وزير الخارجية السوداني القاهرة يوم السبت 2 مارس. وانعقد في الخرطوم صباح اليوم اجتماع "
     "للجنة التشاور السياسي برئاسة وزيري خارجية البلدين.",
     [("MEETING", "occurred", ["EGY", "SDN"], "2024-03-10"),
      ("VISIT", "occurred", ["EGY", "SDN"], "2024-03-02")]),
])
def test_dual_title_of_the_act_told_before(text, expected):
    assert events_of(text) == expected


# the dated events of a text, by the mechanism that decides them
DATED = {
    "preparatory_meeting_is_not_the_summit": [
        # a meeting that prepares a summit is not held at it, and gives it no date
        ("التقى وزير الخارجية العراقي أمس السبت نظيره السعودي على هامش الاجتماع التحضيري للقمة "
         "العربية في المنامة.", [("MEETING", "occurred", ["IRQ", "SAU"], "2024-03-09")]),
        ("وصل وزير الخارجية العراقي أمس السبت إلى المنامة للمشاركة في الاجتماع الوزاري التحضيري "
         "للقمة العربية.", [("VISIT", "occurred", ["BHR", "IRQ"], "2024-03-09")]),
        # a delegation preparing a visit ("يمهد لزيارة"، "للتحضير لزيارة") gives it no date
        ("استقبل مطار القاهرة صباح اليوم وفدا أمريكيا يمهد لزيارة وزير الخارجية الأمريكي إلى مصر.",
         [("VISIT", "occurred", ["EGY", "USA"], "2024-03-10")]),
        ("وصل وفد أمريكي إلى القاهرة صباح اليوم للتحضير لزيارة وزير الخارجية الأمريكي إلى مصر.",
         [("VISIT", "occurred", ["EGY", "USA"], "2024-03-10")]),
        # a visit made to attend the summit does date it
        ("وصل الرئيس العراقي أمس السبت إلى المنامة لحضور القمة العربية.",
         [("SUMMIT", "occurred", ["BHR", "IRQ"], "2024-03-09"),
          ("VISIT", "occurred", ["BHR", "IRQ"], "2024-03-09")]),
    ],
    "scheduled_visit_called_off": [
        # a scheduled visit that "will not" be made is called off, on its planned day
        ("قالت الرئاسة التركية إن الرئيس الإيراني لن يقوم بزيارته المقررة لأنقرة الثلاثاء.",
         [("VISIT", "cancelled", ["IRN", "TUR"], "2024-03-12")]),
        # a date after "this visit" as the object of a report is the report's
        ("قالت الرئاسة التركية إن الرئيس الإيراني لن يقوم بزيارته المقررة لأنقرة الثلاثاء. وكان "
         "الرئيس التركي أعلن هذه الزيارة في وقت سابق من الشهر الحالي.",
         [("VISIT", "cancelled", ["IRN", "TUR"], "2024-03-12")]),
        # without a plan word "لن يقوم بزيارة" names no event
        ("قال المتحدث إن الرئيس الإيراني لن يقوم بزيارة لأنقرة الثلاثاء.", []),
    ],
    "postponed_event_on_its_new_date": [
        # a postponed summit told again on the day it was moved to: one event, on its old date
        ("أعلنت الخارجية المصرية تأجيل القمة العربية الطارئة، التي كانت مقررة الأسبوع المقبل، إلى "
         "20 مارس. وقالت إن مصر ستستضيف القمة العربية الطارئة يوم 20 مارس في القاهرة.",
         [("SUMMIT", "postponed", ["EGY"], "2024-03-11")]),
        ("أرجأ وزير الخارجية الأردني زيارته إلى بغداد، التي كانت مقررة الأسبوع المقبل، إلى 20 "
         "مارس. وقال المتحدث إن الوزير سيزور العراق في 20 مارس.",
         [("VISIT", "postponed", ["IRQ", "JOR"], "2024-03-11")]),
        # another event on that day is its own
        ("أرجأ وزير الخارجية الأردني زيارته إلى بغداد، التي كانت مقررة الأسبوع المقبل، إلى 20 "
         "مارس. وقال المتحدث إن الوزير سيزور القاهرة في 20 مارس.",
         [("VISIT", "planned", ["EGY", "JOR"], "2024-03-20"),
          ("VISIT", "postponed", ["IRQ", "JOR"], "2024-03-11")]),
    ],
    "plan_within_a_changed_plan": [
        # a meeting planned within a visit's plan shares the visit's postponement
        ("أعلنت الرئاسة الجزائرية تأجيل زيارة رئيس الوزراء الإيطالي إلى الجزائر الأسبوع المقبل. "
         "وكان من المقرر أن يزور الجزائر الأسبوع المقبل وأن يلتقي الرئيس الجزائري الثلاثاء.",
         [("MEETING", "postponed", ["DZA"], "2024-03-12"),
          ("VISIT", "postponed", ["DZA", "ITA"], "2024-03-11")]),
        # a meeting planned in another sentence is not the visit's plan
        ("أعلنت الرئاسة الجزائرية تأجيل زيارة رئيس الوزراء الإيطالي إلى الجزائر الأسبوع المقبل. "
         "وفي سياق آخر، يلتقي الرئيس الجزائري السفير الإيطالي الثلاثاء.",
         [("MEETING", "planned", ["DZA", "ITA"], "2024-03-12"),
          ("VISIT", "postponed", ["DZA", "ITA"], "2024-03-11")]),
    ],
    "visit_within_its_duration": [
        # a visit told again on a later day of its stated duration is the same visit
        ("يبدأ وزير الخارجية الهندي الثلاثاء زيارة رسمية إلى مصر تدوم ثلاثة أيام. ويستهل الوزير "
         "نشاطه يوم 13 مارس بزيارة إلى القاهرة.",
         [("VISIT", "planned", ["EGY", "IND"], "2024-03-12")]),
        # after its last day, another visit
        ("يبدأ وزير الخارجية الهندي الثلاثاء زيارة رسمية إلى مصر تدوم يوما واحدا. ويقوم الوزير "
         "يوم 13 مارس بزيارة إلى القاهرة.", [("VISIT", "planned", ["EGY", "IND"], "2024-03-12"),
                                             ("VISIT", "planned", ["EGY", "IND"], "2024-03-13")]),
    ],
    "plan_day_of_an_event_called_off": [
        # called off on a day between the verb and the event; its plan told with its own day after
        ("ألغى الرئيس الأمريكي الأحد القمة المزمعة مع الرئيس الروسي. وكانت القمة مقررة يوم 20 "
         "مارس.",
         [("SUMMIT", "cancelled", ["RUS", "USA"], "2024-03-20")]),
        # with no plan told, that day stays the event's
        ("ألغى الرئيس الأمريكي الأحد القمة المزمعة مع الرئيس الروسي.",
         [("SUMMIT", "cancelled", ["RUS", "USA"], "2024-03-10")]),
        # the change told again with the plan's own day: that day
        ("أجل وزير الخارجية الأمريكي الأحد رحلة مقررة إلى أوكرانيا. وقالت الخارجية إن رحلة الوزير "
         "إلى أوكرانيا التي كانت مقررة الأسبوع المقبل ستعاد جدولتها.",
         [("VISIT", "postponed", ["UKR", "USA"], "2024-03-11")]),
        # ... or over a period that holds the decision's day: that period
        ("أجل الرئيس الأمريكي اليوم رحلة مقررة إلى أوكرانيا. وقالت الخارجية إن رحلة الرئيس إلى "
         "أوكرانيا التي كانت مقررة هذا الأسبوع ستعاد جدولتها.",
         [("VISIT", "postponed", ["UKR", "USA"], "2024-03-04")]),
    ],
}


@pytest.mark.parametrize(
    "text,expected", [case for cases in DATED.values() for case in cases],
    ids=[f"{kind}-{i}" for kind, cases in DATED.items() for i in range(len(cases))])
def test_dated_events(text, expected):
    assert [e for e in events_of(text) if e[3]] == expected


STAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
        "غدا الاثنين": ("2024-03-11", "2024-03-11", "day"),
        "يوم الاثنين": ("2024-03-11", "2024-03-11", "day"),
        "أمس السبت": ("2024-03-09", "2024-03-09", "day")}
# (text, the visits' (status, first day, last day)): one visit's stay, from what its article
# tells on the days around it
STAYS = [
    # a meeting with the host the day after the visit begins extends the stay to it
    ("يتوجه الرئيس الكيني اليوم الأحد إلى تنزانيا في أول زيارة رسمية له. ومن المقرر أن يلتقي "
     "غدا الاثنين الرئيس التنزاني.", [("planned", "2024-03-10", "2024-03-11")]),
    # ... not a meeting two days later
    ("يتوجه الرئيس الكيني اليوم الأحد إلى تنزانيا في أول زيارة رسمية له. ومن المقرر أن يلتقي "
     "الرئيس التنزاني في 13 مارس.", [("planned", "2024-03-10", "2024-03-10")]),
    # the visit named again by a definite noun on the next day
    ("يبدأ الرئيس الكيني اليوم الأحد زيارة رسمية إلى تنزانيا. أما يوم الاثنين، فتشهد الزيارة "
     "افتتاح معرض تجاري.", [("planned", "2024-03-10", "2024-03-11")]),
    # a departure the day before for the visit's destination is the trip to it, not a visit
    ("يبدأ الرئيس الكيني اليوم الأحد زيارة رسمية إلى تنزانيا. وكان الرئيس الكيني غادر أمس السبت "
     "نيروبي متوجها إلى تنزانيا.", [("planned", "2024-03-10", "2024-03-10")]),
    # a stop's own day, not the whole tour's
    ("تستمر جولة الرئيس الأمريكي التي تشمل قطر والإمارات من 10 إلى 13 مارس الجاري. ومن المقرر أن "
     "يتوجه الرئيس الأمريكي إلى قطر غدا الاثنين.", [("planned", "2024-03-11", "2024-03-11"),
                                                   ("planned", "2024-03-10", "2024-03-13")]),
    # ... but another visitor's dated trip to a stop is not that stop's day
    ("يقوم الرئيس الأمريكي بجولة من 10 إلى 13 مارس الجاري تشمل قطر والإمارات. وكان الرئيس "
     "المصري قد زار الإمارات أمس السبت.", [("planned", "2024-03-10", "2024-03-13"),
                                          ("planned", "2024-03-10", "2024-03-13"),
                                          ("occurred", "2024-03-09", "2024-03-09")]),
]


@pytest.mark.parametrize("text,expected", STAYS,
                         ids=["next-day-meeting", "later-meeting", "named-again", "departure",
                              "stop-of-a-tour", "another-visitor"])
def test_stay_of_a_visit(text, expected):
    dates = {**STAY, "في 13 مارس": ("2024-03-13", "2024-03-13", "day"),
             "من 10 إلى 13 مارس الجاري": ("2024-03-10", "2024-03-13", "day")}
    visits = [(e.status, str(e.date_start), str(e.date_end)) for e in run(text, dates)
              if e.event_type == "VISIT"]
    assert visits == expected


# the event a statement told before "came" in ("جاء ذلك خلال ...") is dated by that statement
CAME = [
    ("أشاد الرئيس اليمني، اليوم الأحد، بالجهود المصرية. جاء ذلك خلال لقاء الرئيس المصري مع نظيره "
     "اليمني.", [("MEETING", "occurred", ["EGY", "YEM"], "2024-03-10")]),
    ("أكد وزير الخارجية الأردني أمس السبت دعم بلاده للحوار. وجاءت تصريحات الوزير أثناء استقباله "
     "نظيره العماني.", [("MEETING", "occurred", ["JOR", "OMN"], "2024-03-09")]),
    # his pronoun on the event: the one whose statement came in it is its host
    ("جدد العاهل الأردني اليوم الأحد دعم بلاده للبنان. جاء ذلك خلال استقباله رئيس الحكومة "
     "اللبنانية في عمان.", [("MEETING", "occurred", ["JOR", "LBN"], "2024-03-10")]),
    ("أكد الرئيس الجزائري أمس السبت متانة العلاقات مع تونس. وجاء ذلك خلال لقائه وزير الخارجية "
     "التونسي.", [("MEETING", "occurred", ["DZA", "TUN"], "2024-03-09")]),
    # ... and the talks its statement then tells are held within it, that day
    ("أشاد الرئيس اليمني، اليوم الأحد، بالجهود المصرية. جاء ذلك خلال لقاء الرئيس المصري مع نظيره "
     "اليمني. كما أكد بيان الرئاسة اليمنية أن المباحثات التي تمت بين الجانبين كانت مثمرة.",
     [("MEETING", "occurred", ["EGY", "YEM"], "2024-03-10")]),
    # a plan is no occasion of a statement made
    ("أشاد الرئيس اليمني، اليوم الأحد، بالجهود المصرية. جاء ذلك قبل لقاء مرتقب بين الرئيس المصري "
     "ونظيره اليمني.", []),
    # an event with no party of its own is the speaker's, with the one he acted with ("مع")
    ("اتفق الرئيس الليبي مع الرئيس التركي اليوم الأحد على مواصلة التنسيق. جاء ذلك خلال اتصال "
     "هاتفي بحث العلاقات الثنائية.", [("PHONE_CALL", "occurred", ["LBY", "TUR"], "2024-03-10")]),
    ("أكد الرئيس التونسي أمس السبت عمق العلاقات مع الجزائر. وجاء ذلك خلال اتصال هاتفي مع نظيره "
     "الجزائري.", [("PHONE_CALL", "occurred", ["DZA", "TUN"], "2024-03-09")]),
    ("شدد وزير الخارجية العماني اليوم الأحد مع نظيره الإيراني على أهمية الحوار. وجاءت تصريحاته "
     "أثناء لقاء في مسقط.", [("MEETING", "occurred", ["IRN", "OMN"], "2024-03-10")]),
]


@pytest.mark.parametrize("text,expected", CAME,
                         ids=["came-during", "statements-came", "his-reception", "his-meeting",
                              "talks-within", "before-a-plan", "call-with-partner",
                              "call-with-counterpart", "meeting-with-partner"])
def test_event_a_statement_came_in(text, expected):
    dates = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    got = _dated(text, dates)
    assert got == expected


# an act told in a vague past period is background: it takes no day of the news around it
@pytest.mark.parametrize("text,dated", [
    ("وصل رئيس الوزراء الأردني إلى بغداد أمس السبت. ويرتبط البلدان بعلاقات واسعة، حيث أبرما في "
     "الفترة الماضية عدة اتفاقيات للطاقة.", False),
    ("وصل رئيس الوزراء الأردني إلى بغداد أمس السبت. ووقع البلدان خلال الزيارة عدة اتفاقيات "
     "للطاقة.", True),
], ids=["vague-past", "during-the-visit"])
def test_act_in_a_vague_past_period_is_undated(text, dated):
    agreements = [e for e in run(text, {"أمس السبت": ("2024-03-09", "2024-03-09", "day")})
                  if e.event_type == "AGREEMENT"]
    assert [e.date_start is not None for e in agreements] == [dated]


# the same person's act on the same day, told again naming fewer states, is that act
@pytest.mark.parametrize("text,expected", [
    ("صنعاء 10 مارس 2024 / التقى الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض المبعوث "
     "الأممي إلى اليمن مارتن غريفث. وذكرت وكالة الأنباء اليمنية أن الرئيس هادي التقى غريفث وأكد "
     "موقفه من السلام.",
     [("MEETING", "occurred", ["UNO", "YEM"], "2024-03-10")]),
    # another person's act that day is another act
    ("التقى الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض المبعوث الأممي إلى اليمن. كما "
     "التقى رئيس الوزراء اليمني معين عبد الملك اليوم السفير الأمريكي.",
     [("MEETING", "occurred", ["UNO", "YEM"], "2024-03-10"),
      ("MEETING", "occurred", ["USA", "YEM"], "2024-03-10")]),
], ids=["told-again", "another-person"])
def test_act_told_again_naming_fewer_states(text, expected):
    dates = {**DATES, "10 مارس 2024": ("2024-03-10", "2024-03-10", "day")}
    got = _dated(text, dates)
    assert got == expected


PLAN_CHANGED = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
                "غدا الاثنين": ("2024-03-11", "2024-03-11", "day"),
                "يوم 20 مارس": ("2024-03-20", "2024-03-20", "day")}


@pytest.mark.parametrize("text,expected", [
    # an earlier report's plan of the act done a day from it: one event, on the day it was done
    ("غادر العاهل السعودي بلاده اليوم الأحد متوجها إلى روسيا في زيارة دولة. وكان بيان رسمي ذكر "
     "في وقت سابق أن العاهل السعودي سيغادر إلى روسيا غدا الاثنين.",
     [("VISIT", "occurred", ["RUS", "SAU"], "2024-03-10")]),
    ("وكانت الرئاسة أعلنت أن الرئيس التونسي سيصل إلى الجزائر غدا الاثنين. ووصل الرئيس التونسي "
     "إلى الجزائر اليوم الأحد في زيارة رسمية.",
     [("VISIT", "occurred", ["DZA", "TUN"], "2024-03-10")]),
    # a plan days away from the act is another event
    ("غادر العاهل السعودي بلاده اليوم الأحد متوجها إلى روسيا في زيارة دولة. وكان بيان رسمي ذكر "
     "أن العاهل السعودي سيزور روسيا مرة أخرى يوم 20 مارس.",
     [("VISIT", "occurred", ["RUS", "SAU"], "2024-03-10"),
      ("VISIT", "planned", ["RUS", "SAU"], "2024-03-20")]),
], ids=["brought-forward", "told-before-the-act", "another-plan"])
def test_plan_an_earlier_report_told_of_a_done_act(text, expected):
    assert _dated(text, PLAN_CHANGED) == expected


# an undated known mention of a change is of the event its own sentence tells, before one told
# after it: the plan of the 20th postponed, its new date another (planned) event
@pytest.mark.parametrize("text,expected", [
    ("وقال المتحدث إنه كان من المقرر أن يزور ولي العهد السعودي تركيا في 20 مارس، لكن تم تأجيل "
     "الزيارة بسبب مرض الملك. وتابع: نتوقع أن تتم هذه الزيارة الأسبوع المقبل.",
     [("VISIT", "planned", ["SAU", "TUR"], "2024-03-11"),
      ("VISIT", "postponed", ["SAU", "TUR"], "2024-03-20")]),
])
def test_change_named_again_is_of_its_own_sentence(text, expected):
    assert _dated(text, DATES) == expected


# an undated mention that is no earlier act names the news told again before an event dated
# long before the report, even one told nearer to it ("وتأتي زيارة الوزير": today's visit, the
# conference counted from it)
BACKGROUND = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
              "في يناير 2022": ("2022-01-01", "2022-01-31", "month")}


@pytest.mark.parametrize("text,expected", [
    ("وصل وزير الخارجية الإيطالي اليوم الأحد إلى تونس في زيارة رسمية. وهو أول وزير إيطالي يزور "
     "تونس منذ زيارة وزير الداخلية الإيطالي في يناير 2022. وتأتي زيارة الوزير الإيطالي بعد "
     "يومين من مؤتمر روما حول الهجرة.",
     [("SUMMIT", "occurred", ["ITA"], "2024-03-08", "2024-03-08"),
      ("VISIT", "occurred", ["ITA", "TUN"], "2022-01-01", "2022-01-31"),
      ("VISIT", "occurred", ["ITA", "TUN"], "2024-03-10", "2024-03-10")]),
    ("أجرى الرئيس التونسي اليوم الأحد اتصالا هاتفيا بنظيره الجزائري. وهو أول اتصال بين الرئيسين "
     "منذ اتصال هاتفي جرى بينهما في يناير 2022. ويأتي الاتصال الهاتفي بعد يومين من قمة الجزائر "
     "حول ليبيا.",
     [("PHONE_CALL", "occurred", ["DZA", "TUN"], "2022-01-01", "2022-01-31"),
      ("PHONE_CALL", "occurred", ["DZA", "TUN"], "2024-03-10", "2024-03-10"),
      ("SUMMIT", "occurred", ["DZA", "LBY"], "2024-03-08", "2024-03-08")]),
], ids=["visit", "call"])
def test_news_told_again_before_an_older_event(text, expected):
    assert sorted((e.event_type, e.status, sorted(e.participants), str(e.date_start),
                   str(e.date_end)) for e in run(text, BACKGROUND) if e.date_start) == expected
