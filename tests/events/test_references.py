"""Events dated by the event they refer to ("وقعا خلال الزيارة"، "على هامش القمة") on sentences
written for these tests (publication date: Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import PUBLISHED, run, timex_rows
from waqai.events import extract_events
from waqai.nlp import udpipe
from waqai.nlp.model import SHIPPED_MODEL

TUE = {"يوم الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day"),
       "الثلاثاء": ("2024-03-12", "2024-03-12", "day")}
SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
MONTH = {"نهاية الشهر الجاري": ("2024-03-01", "2024-03-31", "month")}


def _events(text, dates, etype):
    return [e for e in run(text, dates) if e.event_type == etype]


# (text, dates, borrowing type, status, participants, date_start, date_end)
BORROWED = [
    # a signing during a planned visit takes the whole stay and the plan
    ("يصل الرئيس الكيني إلى تنزانيا يوم الثلاثاء المقبل في زيارة تستمر ثلاثة أيام. ومن المقرر "
     "أن يوقع البلدان خلال الزيارة اتفاقية للنقل البحري.", TUE,
     "AGREEMENT", "planned", {"KEN", "TZA"}, "2024-03-12", "2024-03-14"),
    # a possessive reference ("زيارته") and a pronoun subject
    ("زار رئيس الوزراء الماليزي إندونيسيا أمس السبت. ووقع الجانبان خلال زيارته مذكرة تفاهم "
     "في مجال التعليم.", SAT, "AGREEMENT", "occurred", {"MYS", "IDN"}, "2024-03-09",
     "2024-03-09"),
    # the link between the verb and its object ("وقع الجانبان خلال الزيارة عددا من")
    ("وصل الرئيس التركي إلى القاهرة أمس السبت في زيارة رسمية. ووقع الجانبان خلال الزيارة عددا "
     "من الاتفاقيات ومذكرات التفاهم.", SAT, "AGREEMENT", "occurred", {"EGY", "TUR"},
     "2024-03-09", "2024-03-09"),
    # a link opening the sentence reaches its last clause ("وخلال زيارته ...، ووقع الطرفان")
    ("زار الرئيس الصومالي كينيا أمس السبت. وخلال زيارته إلى كينيا عقد الرئيس جلسة مباحثات مع "
     "نظيره الكيني لبحث سبل تعزيز العلاقات الثنائية في المجالات الأمنية والاقتصادية والتجارية "
     "وتسهيل حركة التنقل، ووقع الطرفان اتفاقيات عدة لتعزيز التعاون.", SAT,
     "AGREEMENT", "occurred", {"KEN", "SOM"}, "2024-03-09", "2024-03-09"),
    # "الزيارة" is the article's visit, not another one told two sentences before
    ("وصل الرئيس التركي إلى القاهرة أمس السبت بعد زيارة قام بها إلى الرياض. واستقبله الرئيس "
     "المصري في قصر الاتحادية. ووقع الجانبان خلال الزيارة اتفاقيات للتعاون.", SAT,
     "AGREEMENT", "occurred", {"EGY", "TUR"}, "2024-03-09", "2024-03-09"),
    # a definite reference naming its visit's place is no ambiguity, even after another visit
    ("زار الرئيس الصومالي كينيا أمس السبت، وهي خامس دولة يزورها. وخلال زيارته إلى كينيا ووقع "
     "الطرفان اتفاقيات للتعاون.", SAT, "AGREEMENT", "occurred", {"KEN", "SOM"}, "2024-03-09",
     "2024-03-09"),
    # the event is the subject of a witnessing verb ("زيارة ... ستشهد توقيع")
    ("أعلنت الرئاسة العراقية أن زيارة الرئيس التركي إلى بغداد يوم الثلاثاء المقبل ستشهد توقيع "
     "عدد من الاتفاقيات.", TUE, "AGREEMENT", "planned", {"IRQ", "TUR"}, "2024-03-12",
     "2024-03-12"),
    # after the talks, fronted, with a filler noun and a comma
    ("أجرى وزير الخارجية الأردني مباحثات مع نظيره العراقي في عمان أمس السبت. وعقب جلسة "
     "المباحثات، شهد الوزيران التوقيع على اتفاقية للربط الكهربائي.", SAT,
     "AGREEMENT", "occurred", {"JOR", "IRQ"}, "2024-03-09", "2024-03-09"),
    # after undated talks held during a dated meeting: the meeting's day
    ("استقبل الرئيس الغاني أمس السبت رئيس وزراء توغو. وشهد الجانبان عقب المباحثات توقيع "
     "اتفاقية للتجارة الحرة.", SAT, "AGREEMENT", "occurred", {"GHA", "TGO"}, "2024-03-09",
     "2024-03-09"),
    # a construct with a definite genitive names a known event ("خلال اجتماعات اللجنة")
    ("ستتطرق المباحثات إلى تنفيذ الاتفاقيات التي جرى توقيعها بين مصر والسودان خلال اجتماعات "
     "اللجنة الرئاسية التي عقدت بالخرطوم نهاية الشهر الجاري.", MONTH,
     "AGREEMENT", "occurred", {"EGY", "SDN"}, "2024-03-01", "2024-03-31"),
    # met on the sidelines of a summit under way: done by the report, not on its later days
    ("افتتحت قمة دول الساحل أعمالها أمس السبت في نواكشوط وتستمر حتى الثلاثاء. والتقى الرئيس "
     "الموريتاني نظيره السنغالي على هامش القمة.", dict(SAT, **TUE),
     "MEETING", "occurred", {"MRT", "SEN"}, "2024-03-09", "2024-03-10"),
    # a comma after the trigger's own counterpart keeps the link its
    ("تنطلق قمة مجموعة العشرين في أنطاليا يوم الثلاثاء المقبل. ويعقد الرئيس التركي لقاء ثنائيا "
     "مع نظيره الروسي فلاديمير بوتين، على هامش القمة.", TUE,
     "MEETING", "planned", {"TUR", "RUS"}, "2024-03-12", "2024-03-12"),
    # "وذلك" resumes the act its sentence told, past a colon and a list; the visit it names is
    # dated by the meeting held at its destination
    ("وقعت مصر والأردن مذكرتي تفاهم في مجالات: الصحة والتعليم وشؤون الاتصالات والإعلام والثقافة، "
     "وذلك على هامش زيارة الرئيس الأردني إلى مصر. واستقبل الرئيس المصري نظيره الأردني في "
     "القاهرة أمس السبت.", SAT, "AGREEMENT", "occurred", {"EGY", "JOR"}, "2024-03-09",
     "2024-03-09"),
    # a meeting on the sidelines of a summit ("على هامشها")
    ("يشارك الرئيس البرازيلي في قمة مجموعة العشرين نهاية الشهر الجاري، حيث من المتوقع أن "
     "يلتقي الرئيس الأرجنتيني على هامشها.", MONTH,
     "MEETING", "planned", {"BRA", "ARG"}, "2024-03-01", "2024-03-31"),
    # an indefinite event described by a light verb with a pronoun for it ("محادثات أجراها")
    ("وقعت الهند وفرنسا اتفاقيات للتعاون بعد محادثات أجراها رئيس الوزراء الهندي مع الرئيس "
     "الفرنسي أمس السبت.", SAT, "AGREEMENT", "occurred", {"FRA", "IND"}, "2024-03-09",
     "2024-03-09"),
    # a visit named after a link in a future clause ("سيلتقي خلال زيارته") is the visit begun
    # today, so the signing "خلالها" after it takes that visit's stay
    ("وصل الرئيس الإيراني إلى بغداد أمس السبت في زيارة تستغرق ثلاثة أيام. وسيلتقي خلال زيارته "
     "رئيس الوزراء العراقي. وأضاف المصدر أن الزيارة مهمة وسيوقع البلدان خلالها مذكرات تفاهم.",
     SAT, "AGREEMENT", "planned", {"IRN", "IRQ"}, "2024-03-09", "2024-03-11"),
    # the event before a witnessing verb in a relative clause, whose witnessed signing follows
    # it ("اللجنة التي ستشهد التوقيع"): the committee's talks, dated by the report's day
    ("أجرى رئيس الوزراء الأردني مباحثات مع نظيره العراقي في عمان. وتزامنت المباحثات مع "
     "اجتماعات اللجنة العليا المشتركة بين الأردن والعراق التي ستشهد التوقيع على عدد من مذكرات "
     "التفاهم.", {}, "AGREEMENT", "planned", {"IRQ", "JOR"}, "2024-03-10", "2024-03-10"),
    # a demonstrative names the event of its type told last, not the article's own visit
    ("وصل الرئيس العماني إلى طهران اليوم الأحد في زيارة رسمية إلى إيران. وكان الرئيس الإيراني "
     "قد زار سلطنة عمان في مايو من العام الماضي. وخلال تلك الزيارة، تم توقيع 12 مذكرة تفاهم "
     "بين البلدين.",
     {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
      "مايو من العام الماضي": ("2023-05-01", "2023-05-31", "month")},
     "AGREEMENT", "occurred", {"IRN", "OMN"}, "2023-05-01", "2023-05-31"),
    ("استقبل رئيس الوزراء العراقي أمس السبت وزير الخارجية المصري في بغداد. وكان رئيس الوزراء "
     "العراقي قد زار القاهرة في يناير الماضي. وخلال هذه الزيارة وقع الجانبان اتفاقا للربط "
     "الكهربائي.", dict(SAT, **{"يناير الماضي": ("2024-01-01", "2024-01-31", "month")}),
     "AGREEMENT", "occurred", {"EGY", "IRQ"}, "2024-01-01", "2024-01-31"),
    # the session a signing marked ("وتميزت هذه الدورة ... بالتوقيع على")
    ("اختتمت أمس السبت في الرباط أعمال الدورة العاشرة للجنة العليا المشتركة المغربية "
     "السنغالية. وتميزت هذه الدورة، التي ترأسها رئيسا حكومتي البلدين، بالتوقيع على عدد من "
     "الاتفاقيات.", SAT, "AGREEMENT", "occurred", {"MAR", "SEN"}, "2024-03-09", "2024-03-09"),
    # a date after the report is no done act's, whatever "عقد" (concluding) reads as
    ("يصل الرئيس التركي إلى بغداد يوم الثلاثاء المقبل في زيارة رسمية. وتشهد الزيارة عقد "
     "اتفاقيات للتعاون.", TUE, "AGREEMENT", "planned", {"IRQ", "TUR"}, "2024-03-12", "2024-03-12"),
    # an honorific may stand between the linked event and its owner ("استقبال سمو الأمير")
    ("عقب استقبال سمو أمير دولة قطر وزير الخارجية المصري أمس السبت، وقع البلدان اتفاقية للتعاون.",
     SAT, "AGREEMENT", "occurred", {"EGY", "QAT"}, "2024-03-09", "2024-03-09"),
    ("وعقب استقبال فخامة الرئيس التونسي رئيس الوزراء الإيطالي أمس السبت، وقع الجانبان مذكرة "
     "تفاهم.", SAT, "AGREEMENT", "occurred", {"ITA", "TUN"}, "2024-03-09", "2024-03-09"),
]


@pytest.mark.parametrize("text,dates,etype,status,parties,d0,d1", BORROWED,
                         ids=["during-visit", "during-his-visit", "link-inside-phrase",
                              "link-opens-sentence", "visit-told-earlier", "named-by-its-place",
                              "subject-of-witness-verb", "after-talks-fronted",
                              "talks-within-meeting", "construct", "sidelines-under-way",
                              "after-counterpart-comma", "resumed-by-dhalik",
                              "summit-sidelines", "described-talks",
                              "visit-named-in-future-clause", "witnessed-after-its-subject",
                              "that-visit", "this-visit", "marked-by",
                              "concluded-later", "after-honorific-owner",
                              "after-honorific-owner-president"])
def test_event_takes_the_date_of_the_event_it_refers_to(text, dates, etype, status, parties,
                                                          d0, d1):
    events = _events(text, dates, etype)
    assert len(events) == 1
    e = events[0]
    assert (e.status, str(e.date_start), str(e.date_end)) == (status, d0, d1)
    assert parties <= set(e.participants)


@pytest.mark.parametrize("text,actors", [
    # the heads of two bodies, or two bodies, are the two sides of the act told before
    ("عقد رئيس البرلمان الكيني أمس السبت جلسة مباحثات مع رئيس البرلمان الأوغندي في كمبالا. "
     "وعقب المباحثات، وقع رئيسا البرلمانين مذكرة تفاهم.", ("KEN", "UGA")),
    ("التقى وزير الخارجية الكيني نظيره التنزاني أمس السبت في دودوما. ووقعت الحكومتان اتفاقية "
     "للنقل.", ("KEN", "TZA")),
], ids=["heads-of-two-parliaments", "two-governments"])
def test_two_sides_are_the_states_of_the_act_told_before(text, actors):
    """Both states of the act told before are the signing's two actors, not its participants
    alone."""
    events = _events(text, SAT, "AGREEMENT")
    assert [tuple(sorted((e.actor1_country, e.actor2_country))) for e in events] == [actors]


@pytest.mark.parametrize("text,parties", [
    ("وقعت الأردن والعراق، أمس السبت، اتفاقيات في مجالات عدة خلال زيارة رئيس الوزراء العراقي إلى "
     "عمان. وشهد الزعيمان توقيع مذكرات التفاهم في أعقاب محادثاتهما في قصر الحسينية.",
     ["IRQ", "JOR"]),
    ("وقعت كينيا وتنزانيا، أمس السبت، اتفاقيات للتعاون خلال زيارة الرئيس الكيني إلى دودوما. "
     "وشهد الرئيسان توقيع الاتفاقيات في أعقاب مباحثاتهما.", ["KEN", "TZA"]),
], ids=["memoranda", "the-agreements"])
def test_signing_dated_by_reference_is_the_signing_told_before(text, parties):
    """A signing dated through the talks it followed, on the day of a signing told before
    between the same states, is that signing told again: one event."""
    events = _events(text, SAT, "AGREEMENT")
    assert [(e.status, str(e.date_start), e.participants) for e in events] == [
        ("occurred", "2024-03-09", parties)]
    assert any(span["start"] > text.index("وشهد") for span in events[0].mentions)


NOT_BORROWED = [
    # a link that dates a report, not the event reported ("أعلن خلالها ... اتفاق")
    ("أجرى الرئيس الصومالي مباحثات مع نظيره الكيني أمس السبت، أعلن خلالها سعي البلدين إلى "
     "التوصل إلى اتفاق بشأن الحدود البحرية.", SAT, "AGREEMENT"),
    # the signing announced during a visit, without a reported clause
    ("كان من المقرر أن يعلن عن توقيع اتفاقية بين الهند وسريلانكا خلال زيارة الرئيس "
     "السريلانكي للهند يوم الثلاثاء المقبل.", TUE, "AGREEMENT"),
    # a link to an indefinite event names no known one
    ("استقبل الرئيس التشادي أمس السبت رئيس النيجر. ووقع البلدان اتفاقية أمنية بعد مفاوضات "
     "طويلة.", SAT, "AGREEMENT"),
    # a meeting during a visit folds into it instead of borrowing its date (GUIDELINES)
    ("وصل وزير الخارجية الإيطالي إلى تونس أمس السبت في زيارة رسمية. والتقى خلال الزيارة "
     "رئيس الحكومة التونسية.", SAT, "MEETING"),
    # a pronoun naming undated talks told as another event ("منفصلة") stands for no dated one
    ("استقبل الرئيس الكوري الجنوبي أمس السبت الرئيس الصيني في زيارة رسمية إلى سيول. ويأتي "
     "اللقاء بعد محادثات منفصلة أجراها الرئيسان مع الرئيس الأمريكي، أبرمت خلالها واشنطن وسيول "
     "اتفاقا تجاريا.", SAT, "AGREEMENT"),
]


@pytest.mark.parametrize("text,dates,etype", NOT_BORROWED,
                         ids=["report-during-talks", "announced-signing", "indefinite-event",
                              "meeting-folds-into-visit", "pronoun-for-other-talks"])
def test_no_borrowed_date(text, dates, etype):
    assert all(e.date_start is None for e in _events(text, dates, etype))


def test_ambiguous_definite_reference_borrows_nothing():
    """"القمة" after an undated other summit that follows a dated one is not dated."""
    text = ("يشارك الرئيس النيجيري في قمة المنتدى الأفريقي الصيني يوم الثلاثاء المقبل. وتعقب "
            "استقباله قمة أخرى بين الرئيسين النيجيري والصيني. وتشهد القمة توقيع اتفاقيات "
            "بين نيجيريا والصين.")
    assert all(e.date_start is None for e in _events(text, TUE, "AGREEMENT"))


# an indefinite event noun after "في/خلال" right after a dated act that folds into its type is
# that act's frame, held on its day; a definite one names a known event and borrows nothing
FRAMED = [
    ("التقى وزير الخارجية الروسي في دمشق الرئيس السوري أمس السبت، في زيارة مفاجئة تعد الأولى "
     "إلى سوريا منذ سنوات.", "2024-03-09", "frame"),
    ("أجرى رئيس الوزراء الأردني مباحثات مع نظيره العراقي أمس السبت خلال زيارة عمل إلى بغداد.",
     "2024-03-09", "frame"),
    ("وصل الرئيس التركي إلى القاهرة يوم الثلاثاء المقبل. والتقى الرئيس المصري أمس السبت خلال "
     "زيارته.", "2024-03-12", "clause"),
]


@pytest.mark.parametrize("text,day,basis", FRAMED, ids=["in-visit", "during-visit", "definite"])
def test_frame_of_a_dated_act(text, day, basis):
    visits = _events(text, {**SAT, **TUE}, "VISIT")
    assert [(e.date_start.isoformat(), e.date_basis) for e in visits] == [(day, basis)]


def test_talks_a_signing_is_done_during_frame_it():
    """"وقع ... أمس السبت اتفاقيات أثناء محادثات": the talks are held that day."""
    text = "ووقع وزيرا خارجية فنزويلا وإيران أمس السبت اتفاقيات تعاون أثناء محادثات في كراكاس."
    talks = _events(text, SAT, "TALKS")
    assert [(e.date_start.isoformat(), e.date_basis) for e in talks] == [("2024-03-09", "frame")]


# an event on whose sidelines a dated act was done ("على هامش القمة") was held that day, when
# it has no date of its own; words of its proceedings may stand between
ON_SIDELINES = [
    ("التقى وزير الخارجية الجزائري أمس السبت نظيره التونسي على هامش القمة العربية الأوروبية.",
     "SUMMIT", ["2024-03-09"]),
    ("ووقعت موريتانيا وروسيا أمس السبت ست اتفاقيات على هامش انعقاد الدورة الثانية من المؤتمر "
     "الوزاري الأفريقي الروسي.", "SUMMIT", ["2024-03-09"]),
    ("أجرى الوزير الإيطالي أمس السبت مباحثات مع نظيره الليبي على هامش أعمال المؤتمر الدولي حول "
     "ليبيا.", "SUMMIT", ["2024-03-09"]),
    ("وقّعت تونس والصين، أمس السبت، ثلاث اتفاقيات للتعاون، وذلك على هامش انعقاد النسخة الثالثة "
     "من المؤتمر الوزاري العربي الصيني.", "SUMMIT", ["2024-03-09"]),
    # its own date wins, here or where it is told with a state of its own
    ("التقى وزير الخارجية الجزائري أمس السبت نظيره التونسي على هامش القمة العربية الأوروبية "
     "التي تنعقد يوم الثلاثاء المقبل.", "SUMMIT", ["2024-03-12"]),
    ("افتتحت القمة العربية في الرياض يوم الجمعة. والتقى وزير الخارجية الأردني أمس السبت "
     "نظيره العماني على هامش القمة العربية في الرياض.", "SUMMIT", ["2024-03-08"]),
    # an act called off tells no day of the summit it was planned beside
    ("قرر الرئيس الأمريكي إلغاء لقائه مع نظيره الروسي يوم الثلاثاء المقبل على هامش قمة مجموعة "
     "العشرين.", "SUMMIT", []),
]


@pytest.mark.parametrize("text,etype,days", ON_SIDELINES,
                         ids=["summit", "proceedings", "works", "edition", "own-date",
                              "told-dated", "act-called-off"])
def test_event_on_whose_sidelines_an_act_was_done(text, etype, days):
    events = _events(text, {**SAT, **TUE, "يوم الجمعة": ("2024-03-08", "2024-03-08", "day")},
                     etype)
    assert [e.date_start and e.date_start.isoformat() for e in events] == days


def test_those_who_met_on_the_sidelines_take_part():
    """The meeting stays an event of its own, and its states attend the summit."""
    text = "التقى وزير الخارجية الجزائري أمس السبت نظيره التونسي على هامش القمة العربية الأوروبية."
    events = run(text, SAT)
    assert sorted((e.event_type, tuple(e.participants)) for e in events) == [
        ("MEETING", ("DZA", "TUN")), ("SUMMIT", ("DZA", "TUN"))]


SIDELINES = ("افتتحت قمة كوالالمبور أعمالها أمس السبت بمشاركة ماليزيا وتركيا وإيران. والتقى "
             "الرئيس التركي، رجب طيب أردوغان، نظيره الإيراني حسن روحاني في العاصمة الماليزية على "
             "هامش قمة كوالالمبور.")


@pytest.mark.parametrize("tree,expected", [(True, "2024-03-09"), (False, None)])
def test_link_hung_on_the_trigger_by_the_parse(tree, expected):
    """The shipped model's parse hangs "هامش" on "التقى" past the apposition's commas and more
    words than a link reaches by distance: the meeting takes the summit's date, with the tree."""
    parsed = udpipe.load(str(SHIPPED_MODEL)).parse("t", SIDELINES)
    events = extract_events("t", SIDELINES, PUBLISHED, parsed.sentences, parsed.tokens,
                            timex_rows("t", SIDELINES, SAT), use_tree=tree)
    [meeting] = [e for e in events if e.event_type == "MEETING"]
    assert {"TUR", "IRN"} <= set(meeting.participants)
    assert (meeting.date_start and meeting.date_start.isoformat()) == expected


def test_visit_named_in_a_future_clause_is_the_visit_told():
    """"وسيلتقي خلال زيارته": one visit, occurred, not a second planned one."""
    text = ("وصل الرئيس الإيراني إلى بغداد أمس السبت في زيارة رسمية. وسيلتقي خلال زيارته رئيس "
            "الوزراء العراقي.")
    assert [(e.status, str(e.date_start)) for e in _events(text, SAT, "VISIT")] == [
        ("occurred", "2024-03-09")]


# an event named after a link ("خلال زيارة يقوم بها"، "خلال زيارة الملك") is on the day of the
# act its sentence tells during it (one of its days), unless it is dated where told again
UNDER_WAY = [
    ("وقعت الهند وإسبانيا أمس السبت سبع اتفاقيات خلال زيارة يقوم بها رئيس وزراء الهند لإسبانيا.",
     [("AGREEMENT", "2024-03-09"), ("VISIT", "2024-03-09")]),
    ("التقى وزير الخارجية الأردني أمس السبت نظيره العراقي خلال زيارة يقوم بها إلى بغداد.",
     [("MEETING", "2024-03-09"), ("VISIT", "2024-03-09")]),
    ("وقعت الهند وإسبانيا أمس السبت سبع اتفاقيات خلال زيارة قام بها رئيس وزراء الهند لإسبانيا.",
     [("AGREEMENT", "2024-03-09"), ("VISIT", "2024-03-09")]),
    ("وقعت السعودية وإندونيسيا أمس السبت اتفاقيات، وذلك خلال زيارة العاهل السعودي إلى إندونيسيا.",
     [("AGREEMENT", "2024-03-09"), ("VISIT", "2024-03-09")]),
    ("وصل العاهل السعودي إلى إندونيسيا يوم الثلاثاء. ووقعت السعودية وإندونيسيا أمس السبت "
     "اتفاقيات خلال زيارة العاهل السعودي إلى إندونيسيا.",
     [("AGREEMENT", "2024-03-09"), ("VISIT", "2024-03-12")]),
    # a link opening its sentence: the act told after the event it names
    ("وخلال زيارته إلى السودان، التقى الرئيس التشادي أمس السبت نظيره السوداني.",
     [("MEETING", "2024-03-09"), ("VISIT", "2024-03-09")]),
    # the occasion of the act ("بمناسبة")
    ("وقعت تونس وإيطاليا أمس السبت بيانا مشتركا، وذلك بمناسبة زيارة رئيسة الوزراء الإيطالية إلى "
     "تونس.", [("AGREEMENT", "2024-03-09"), ("VISIT", "2024-03-09")]),
]


@pytest.mark.parametrize("text,expected", UNDER_WAY)
def test_event_under_way_during_a_dated_act(text, expected):
    got = sorted((e.event_type, str(e.date_start)) for e in run(text, {**SAT, **TUE}))
    assert got == expected
    visit = next(e for e in run(text, SAT) if e.event_type == "VISIT")
    assert len(visit.participants) == 2


@pytest.mark.parametrize("text,expected", [
    # a construct chain names a known event ("خلال اجتماع مجلس التنسيق"): the act's day
    ("وقعت السعودية والإمارات، أمس السبت، مذكرات تفاهم، وتم استعراض مبادرات خلال اجتماع مجلس "
     "التنسيق السعودي الإماراتي في أبوظبي.",
     [("AGREEMENT", "2024-03-09"), ("MEETING", "2024-03-09")]),
    ("وقع العراق والأردن، أمس السبت، اتفاقيات، وجرت مناقشة المشاريع خلال اجتماع لجنة المتابعة "
     "العراقية الأردنية في بغداد.", [("AGREEMENT", "2024-03-09"), ("MEETING", "2024-03-09")]),
    # ... not other events of the kind ("خلال القمم السابقة")
    ("انطلقت أمس السبت قمة بغداد الثلاثية بين مصر والأردن والعراق. وتهدف مشاركة الرئيس المصري "
     "في قمة بغداد إلى استكمال ما تحقق خلال القمم السابقة.",
     [("SUMMIT", "2024-03-09"), ("SUMMIT", "None")]),
    ("وقعت مصر والأردن أمس السبت اتفاقيات جديدة تضاف إلى ما وقع خلال زيارات سابقة للملك الأردني "
     "إلى مصر.", [("AGREEMENT", "2024-03-09"), ("VISIT", "None")]),
], ids=["construct-chain-meeting", "construct-chain-committee", "earlier-summits",
        "earlier-visits"])
def test_event_named_within_a_dated_act(text, expected):
    assert sorted((e.event_type, str(e.date_start)) for e in run(text, SAT)) == expected


# a summit the visit witnesses ("وتشهد الزيارة عقد قمة") is held within the visit's days
@pytest.mark.parametrize("text", [
    "وصل الرئيس الصيني اليوم الأحد إلى الرياض في زيارة رسمية تستمر يومين. وتشهد زيارة الرئيس "
    "الصيني عقد قمة سعودية صينية.",
    "وصل الرئيس الصيني اليوم الأحد إلى الرياض في زيارة رسمية تستمر يومين، يعقد خلالها قمة مع "
    "ولي العهد السعودي.",
])
def test_summit_within_a_visit(text):
    today = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
    (summit,) = [e for e in run(text, today) if e.event_type == "SUMMIT"]
    assert set(summit.participants) == {"CHN", "SAU"}
    assert "2024-03-10" <= str(summit.date_start) <= str(summit.date_end) <= "2024-03-11"


# items of a list of events of one type, each indefinite and joined by و, are events of their
# own, on the days of the item before them
@pytest.mark.parametrize("text,expected", [
    ("وصل الرئيس الصيني اليوم الأحد إلى الرياض في زيارة رسمية تستمر يومين. وتشهد زيارة الرئيس "
     "الصيني عقد قمة سعودية - صينية، وقمة صينية - خليجية، وقمة عربية - صينية.",
     [["CHN", "SAU"], ["CHN"], ["CHN"]]),
    ("عقدت أمس السبت قمة مصرية أردنية وقمة مصرية عراقية.", [["EGY", "JOR"], ["EGY", "IRQ"]]),
    # a definite noun names the event again: one summit
    ("عقدت أمس السبت قمة مصرية أردنية. واختتمت القمة بعد ظهر اليوم.", [["EGY", "JOR"]]),
])
def test_items_of_a_list_of_events(text, expected):
    dates = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"), **SAT}
    summits = [e for e in run(text, dates) if e.event_type == "SUMMIT"]
    assert [e.participants for e in summits] == expected
    assert all(e.date_start is not None for e in summits)


# an undated signing between a visit's states, of its status, not told as earlier, is done on
# that visit (its one dated occasion), unless a signing between them is dated elsewhere
BOTH = {**SAT, **TUE, "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
        "في 5 فبراير": ("2024-02-05", "2024-02-05", "day")}
OCCASION = [
    ("زار الرئيس الكيني أوغندا أمس السبت. ووقع البلدان اتفاقية للتجارة.", ["2024-03-09"]),
    ("يزور الرئيس الكيني أوغندا يوم الثلاثاء المقبل. ومن المنتظر أن يوقع البلدان اتفاقية "
     "للتجارة.", ["2024-03-12"]),
    ("وسيقوم الرئيس الصيني بزيارة دولة لكل من روسيا وألمانيا يوم الثلاثاء المقبل. وسوف يقوم "
     "الرئيسان الصيني والروسي بتوقيع بيان مشترك.", ["2024-03-12"]),
    # a visit between them long before the report is no occasion of the news
    ("زار الرئيس الكيني أوغندا أمس السبت، منذ الزيارة التي أداها الرئيس الأوغندي إلى كينيا في 5 "
     "فبراير. ووقع البلدان اتفاقية للتجارة.", ["2024-03-09"]),
    # told as earlier: background, not the visit's
    ("زار الرئيس الكيني أوغندا أمس السبت. وكان البلدان قد وقعا اتفاقية للتجارة.", ["None"]),
    # a done signing is not done on a planned visit
    ("يزور الرئيس الكيني أوغندا يوم الثلاثاء المقبل. ووقع البلدان اتفاقية للتجارة.", ["None"]),
    # a visit begun the day before a reception: signed on the day of the talks
    ("وصل رئيس الوزراء الروسي إلى الجزائر أمس السبت. واستقبل الرئيس الجزائري اليوم الأحد "
     "رئيس الوزراء الروسي. وتم توقيع اتفاقيات بين البلدين.", ["2024-03-10"]),
    # ... unless talks are held on two days
    ("وصل رئيس الوزراء الروسي إلى الجزائر أمس السبت، واستقبله الرئيس الجزائري أمس السبت. "
     "والتقى رئيس الوزراء الروسي رئيس البرلمان الجزائري اليوم الأحد. وتم توقيع اتفاقيات بين "
     "البلدين.", ["None"]),
    # an agreement named as an aim is no act of the visit
    ("يزور الرئيس الكيني أوغندا يوم الثلاثاء المقبل. ويسعى البلدان إلى التوصل للاتفاق على "
     "ترسيم الحدود.", ["None"]),
    # a signing between them dated elsewhere: this one is told again, or another one
    ("زار الرئيس الكيني أوغندا أمس السبت، ووقع البلدان اتفاقية للتجارة أمس السبت. ووقع البلدان "
     "اتفاقية للنقل.", ["2024-03-09", "None"]),
    # a plan on a visit under way at the report: its days are the visit's
    ("وصل الرئيس الكيني إلى أوغندا اليوم الأحد في زيارة تستمر يومين. وقالت مصادر إن البلدين "
     "سيوقعان اتفاقية للتجارة.", ["2024-03-10"]),
    # ... not on a visit over before the report
    ("وصل الرئيس الكيني إلى أوغندا أمس السبت في زيارة استمرت يوما واحدا. وقالت مصادر إن البلدين "
     "سيوقعان اتفاقية للتجارة.", ["None"]),
]


@pytest.mark.parametrize("text,days", OCCASION, ids=["done-on-visit", "planned-on-visit",
                                                     "one-stop-of-two", "visit-long-before",
                                                     "told-earlier",
                                                     "other-status", "talks-after-arrival",
                                                     "talks-on-two-days", "aim",
                                                     "signing-dated-elsewhere",
                                                     "planned-on-visit-under-way",
                                                     "planned-after-visit-over"])
def test_signing_dated_by_its_occasion(text, days):
    assert sorted(str(e.date_start) for e in _events(text, BOTH, "AGREEMENT")) == days


def test_definite_noun_after_a_link_names_the_event_told_before():
    """"خلال اللجنة المشتركة" names the committee meeting told before (its requirements held
    there): the signing takes its day and states."""
    text = ("من المقرر أن يترأس الرئيس المصري ونظيره السوداني يوم الثلاثاء المقبل اللجنة العليا "
            "المشتركة. وسيتم التوقيع، خلال اللجنة المشتركة، على عدد من اتفاقيات التعاون.")
    assert [(e.event_type, e.participants, str(e.date_start)) for e in run(text, TUE)] == [
        ("MEETING", ["EGY", "SDN"], "2024-03-12"), ("AGREEMENT", ["EGY", "SDN"], "2024-03-12")]


# a demonstrative alone before a definite noun names the event of its entry told before: the
# session told with its body is dated where told again; after a preposition (the aim of another
# act) the noun dates nothing of its own
NAMED_AGAIN = [
    ("بدأت أمس السبت الاجتماعات التحضيرية للدورة العاشرة للجنة المشتركة المغربية الموريتانية. "
     "وأعلنت الوزارة أن هذه الدورة ستنعقد بالرباط يوم الثلاثاء المقبل.", {**SAT, **TUE},
     [("MEETING", "2024-03-12")]),
    ("بدأت أمس السبت الاجتماعات التحضيرية للدورة العاشرة للجنة المشتركة المغربية الموريتانية. "
     "ووصل الوزير الموريتاني أمس السبت إلى الرباط للمشاركة في هذه الدورة.", SAT,
     [("MEETING", "None"), ("VISIT", "2024-03-09")]),
]


def test_preparations_for_an_event_are_another_act():
    # "بحث ... الاستعدادات لاجتماعات اللجنة": the committee's meetings are later, not this one
    text = ("بحث وزير الخارجية المصري مع نظيره الأردني أمس السبت الاستعدادات لاجتماعات اللجنة "
            "المصرية الأردنية المشتركة المنتظر عقدها في عمان قريبا.")
    assert sorted((e.status, str(e.date_start)) for e in run(text, SAT)) == [
        ("occurred", "2024-03-09"), ("planned", "None")]


@pytest.mark.parametrize("text,dates,expected", NAMED_AGAIN)
def test_demonstrative_names_the_event_told_before(text, dates, expected):
    assert sorted((e.event_type, str(e.date_start)) for e in run(text, dates)) == expected


@pytest.mark.parametrize("text", [
    # the act dated in another sentence (the lead's arrival told again)
    ("وصل الرئيس الكيني إلى برلين أمس السبت في زيارة رسمية. وبعد زيارة رسمية إلى باريس "
     "استمرت ثلاثة أيام، وصل الرئيس الكيني إلى برلين حيث يلتقي المستشار الألماني."),
    # ... or in its own clause
    "بعد زيارة رسمية إلى باريس استمرت ثلاثة أيام، وصل الرئيس الكيني أمس السبت إلى برلين.",
], ids=["act-told-before", "act-dated-in-its-clause"])
def test_event_of_stated_days_over_before_the_act_it_opens(text):
    """"بعد زيارة ... استمرت ثلاثة أيام، وصل ...": the visit took the three days before."""
    paris = [e for e in _events(text, SAT, "VISIT") if "FRA" in e.participants]
    assert [(e.status, str(e.date_start), str(e.date_end)) for e in paris] == [
        ("occurred", "2024-03-06", "2024-03-08")]


@pytest.mark.parametrize("text", [
    "وعقب جولة في الخليج دامت أربعة أيام، وصل الرئيس التركي أمس السبت إلى القاهرة.",
    "بعد زيارة إلى الرياض استمرت ثلاثة أيام، وصل الرئيس التركي أمس السبت إلى القاهرة.",
], ids=["tour-of-no-state", "visit"])
def test_days_of_the_event_before_the_act_are_not_the_acts(text):
    """The event named after the link is another one: the act neither merges with it nor takes
    its stated days."""
    cairo = [e for e in _events(text, SAT, "VISIT") if "EGY" in e.participants]
    assert [(str(e.date_start), str(e.date_end)) for e in cairo] == [("2024-03-09", "2024-03-09")]


def test_event_after_the_act_it_opens_is_not_over():
    """"قبل زيارة ..." names an event still to come: no days before the act."""
    text = ("وصل الرئيس الكيني أمس السبت إلى برلين. وقبل زيارة إلى باريس تستمر ثلاثة أيام، "
            "يلتقي الرئيس الكيني المستشار الألماني.")
    assert [e.date_start for e in _events(text, SAT, "VISIT") if "FRA" in e.participants] == [
        None]
