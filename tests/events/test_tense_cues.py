"""Status cues of the one tense word list (``waqai/data/nlp/tense.yaml``), each read at the
positions its group names (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.events.event_helpers import run


@pytest.mark.parametrize("text,etype,status", [
    # a future cue before the trigger (ينوي), or after a nominal one (المرتقبة)
    ("ينوي وزير الخارجية المصري زيارة الأردن.", "VISIT", "planned"),
    ("بحثت الحكومة الأردنية ترتيبات زيارة رسمية مرتقبة لوزير الخارجية المصري إلى عمان.", "VISIT",
     "planned"),
    # a light verb carries its tense to a nominal trigger
    ("أجرى وزير الخارجية المصري مباحثات مع نظيره الأردني.", "TALKS", "occurred"),
    ("يجري وزير الخارجية المصري مباحثات مع نظيره الأردني.", "TALKS", "planned"),
    # opening a conference: done, or to come
    ("افتتح الرئيس المصري أعمال القمة العربية في القاهرة بمشاركة الأردن.", "SUMMIT", "occurred"),
    ("يفتتح الرئيس المصري أعمال القمة العربية في القاهرة بمشاركة الأردن.", "SUMMIT", "planned"),
    # a completed act before the trigger, "was scheduled", negation
    ("تم توقيع اتفاقية بين مصر والأردن.", "AGREEMENT", "occurred"),
    ("كان من المقرر أن يزور وزير الخارجية المصري الأردن.", "VISIT", "planned"),
    ("لم يزر وزير الخارجية المصري الأردن.", "VISIT", None),
    # an act agreed on is to come, though "عقد" alone is a past light verb
    ("وافقت مصر على عقد جولة جديدة من المحادثات مع الأردن.", "TALKS", "planned"),
    ("اتفق وزيرا خارجية مصر والأردن على إجراء مشاورات في عمان.", "TALKS", "planned"),
    # a past cue after the trigger that the parse reads as a noun ("يليه عقد": holding)
    ("يترأس الوزيران اجتماعا يتم خلاله التوقيع على اتفاقيات بين مصر والأردن، يليه عقد مؤتمر "
     "صحافي مشترك.",
     "AGREEMENT", "planned"),
    # a negated verb that is no light verb of a nominal trigger does not negate it
    ("ولم تنجح مفاوضات بين مصر والأردن جرت في عمان في التوصل إلى اتفاق.", "TALKS", "occurred"),
    ("لم تعقد مصر والأردن مفاوضات في عمان.", "TALKS", None),
    # an act done at an invitation ("بدعوة من") is done; an invitation to an act, a plan
    ("بدعوة من الرئيس الجزائري، وصل الرئيس التونسي إلى الجزائر في زيارة رسمية.", "VISIT",
     "occurred"),
    ("تلقى الرئيس التونسي دعوة لزيارة الجزائر.", "VISIT", "planned"),
    # a past verb after a condition is not told as done
    ("وفي حال زار وزير الخارجية المصري الأردن ستكون الزيارة الأولى منذ سنوات.", "VISIT",
     "planned"),
    ("وإذا التقى الرئيس الأمريكي نظيره الروسي فسيكون ذلك أول لقاء بينهما.", "MEETING",
     "planned"),
    # a verb of a relative clause has its own tense, whatever the plan of the clause before
    ("ومن المقرر أن تلقى في الجلسة كلمة لرئيس الوزراء اللبناني الذي التقى الرئيس الفرنسي.",
     "MEETING", "occurred"),
    ("وكان من المقرر أن يحضر المؤتمر وزير الخارجية الأردني الذي زار الكويت.", "VISIT",
     "occurred"),
    # a relative clause after the trigger telling it begun: under way, not to come
    ("يشارك رئيس الحكومة اللبناني في أعمال القمة العربية التي انطلقت في الجزائر.", "SUMMIT",
     "occurred"),
], ids=["future-before", "future-after", "past-governor", "present-governor", "opened",
        "to-open", "past-before",
        "past-plan", "negation", "agreed-on", "agreed-on-2", "noun-after", "other-verb-negated",
        "light-verb-negated", "at-an-invitation", "invited-to", "condition-fi-hal",
        "condition-idha", "relative-past", "relative-past-after-past-plan", "relative-begun"])
def test_status_cue_at_its_position(text, etype, status):
    found = [e.status for e in run(text) if e.event_type == etype]
    assert found == ([status] if status else []), [(e.event_type, e.status) for e in run(text)]


def test_plan_word_opening_the_next_clause_is_not_the_events():
    """"وكان من المقرر" after a comma opens a clause of its own: the plan is the next act's."""
    text = ("وتأتي القمة بعد زيارة الرئيس السوداني للقاهرة في يناير الماضي، وكان من المقرر أن "
            "يزور الرئيس المصري الخرطوم في أكتوبر المقبل.")
    dates = {"يناير الماضي": ("2024-01-01", "2024-01-31", "month"),
             "أكتوبر المقبل": ("2024-10-01", "2024-10-31", "month")}
    got = {(e.status, str(e.date_start)) for e in run(text, dates) if e.event_type == "VISIT"}
    assert got == {("occurred", "2024-01-01"), ("planned", "2024-10-01")}


# an act told going on or ending in the present has begun: it occurred (GUIDELINES), unless a
# plan word, a later date or "أن" makes the ending to come
UNDER_WAY = [
    ("تنتهي زيارة رئيس الحكومة الإسبانية إلى المغرب بعد ظهر اليوم الأحد.", "occurred"),
    ("يواصل وزير الخارجية التركي زيارته إلى العراق اليوم الأحد.", "occurred"),
    ("من المقرر أن تنتهي زيارة رئيس الحكومة الإسبانية إلى المغرب بعد ظهر اليوم الأحد.",
     "planned"),
    ("سيلتقي الرئيس الفرنسي الجالية الفرنسية في الرباط قبل أن يختتم زيارته إلى المغرب اليوم "
     "الأحد.", "planned"),
    # going on to a later day of a visit begun: the same visit, still begun
    ("بدأ الرئيس الكوبي اليوم الأحد زيارة تستمر يومين لفرنسا. ويواصل الرئيس الكوبي زيارته غدا "
     "الاثنين مع لقاءات مع المسؤولين.", "occurred"),
]


# "حاليا" right before the trigger ("يقوم حاليا بزيارة"), as after it: under way on the report's day
@pytest.mark.parametrize("text", [
    "استقبل الرئيس التونسي وزير الخارجية السعودي الذي يقوم حاليا بزيارة رسمية إلى تونس.",
    "استقبل الرئيس التونسي وزير الخارجية السعودي الذي يزور تونس حاليا.",
])
def test_visit_going_on_now_is_of_the_report_day(text):
    visits = [(e.status, str(e.date_start)) for e in run(text) if e.event_type == "VISIT"]
    assert visits == [("occurred", "2024-03-10")]


@pytest.mark.parametrize("text,status", UNDER_WAY)
def test_act_under_way_occurred(text, status):
    today = {"بعد ظهر اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
             "غدا الاثنين": ("2024-03-11", "2024-03-11", "day")}
    assert [e.status for e in run(text, today) if e.event_type == "VISIT"] == [status]


# a party's withdrawal calls a visit off; a summit goes on without that party
WITHDRAWALS = [
    ("أعلن الرئيس اليمني اعتذاره عن زيارة دمشق.", "VISIT", "cancelled"),
    ("أعلن الرئيس اليمني اعتذاره عن حضور القمة العربية في دمشق غدا.", "SUMMIT", "planned"),
    ("أعلنت الرئاسة أن الرئيس اليمني لن يتمكن من حضور القمة العربية في دمشق غدا.", "SUMMIT",
     "planned"),
    ("لن يشارك الرئيس اللبناني في مؤتمر القمة العربية الأوروبية الذي ينعقد في شرم الشيخ غدا.",
     "SUMMIT", "planned"),
    ("لن يحضر الرئيس الفرنسي القمة التي تعقد في القاهرة غدا.", "SUMMIT", "planned"),
    # ... not an event of a clause its complementizer opens after it
    ("فالرئيس الفرنسي لن يحضر إلى شرم الشيخ خصوصا أنه كان في زيارة إلى مصر قبل ثلاثة أسابيع.",
     "VISIT", "occurred"),
]


@pytest.mark.parametrize("text,etype,status", WITHDRAWALS)
def test_withdrawal_cancels_only_a_bilateral_event(text, etype, status):
    dates = {"غدا": ("2024-03-11", "2024-03-11", "day"),
             "قبل ثلاثة أسابيع": ("2024-02-18", "2024-02-18", "day")}
    assert [e.status for e in run(text, dates) if e.event_type == etype] == [status]


TODAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
# a name that a clitic reading makes a verb ("فيصل" = ف + يصل) gives no tense; the light verb
# of the clause does
NAMES = [
    ("قام بنقل الرسالة الأمير فيصل بن فرحان، خلال استقبال الرئيس الجزائري له في العاصمة "
     "الجزائرية اليوم الأحد.", "MEETING", "occurred"),
    ("قام الأمير فيصل بن سلمان، اليوم الأحد، بزيارة إلى الأردن.", "VISIT", "occurred"),
]


@pytest.mark.parametrize("text,etype,status", NAMES)
def test_name_read_as_a_verb_gives_no_tense(text, etype, status):
    assert [e.status for e in run(text, TODAY) if e.event_type == etype] == [status]


def test_plan_whose_day_came_told_done():
    """A visit announced the day before for two days from today, then told done in a relative
    clause without a date ("الذي وصل إلى"): one visit, occurred."""
    text = ("وكانت الرئاسة الجزائرية أعلنت أمس السبت أن الرئيس الإيطالي سيشرع في زيارة دولة إلى "
            "الجزائر يومي 10 و11 مارس الجاري. وأجرى الرئيس الجزائري اليوم الأحد محادثات مع "
            "نظيره الإيطالي الذي وصل إلى الجزائر في زيارة تدوم يومين.")
    dates = {**TODAY, "أمس السبت": ("2024-03-09", "2024-03-09", "day"),
             "يومي 10 و11 مارس الجاري": ("2024-03-10", "2024-03-11", "day")}
    visits = [(e.status, str(e.date_start), str(e.date_end)) for e in run(text, dates)
              if e.event_type == "VISIT"]
    assert visits == [("occurred", "2024-03-10", "2024-03-11")]


# a visit welcomed by a reception "لدى وصوله" has the reception's tense
@pytest.mark.parametrize("text,status", [
    ("استقبل الرئيس السوري بشار الأسد، اليوم الأحد، وزير الخارجية السعودي فيصل بن فرحان لدى "
     "وصوله دمشق، وفق وكالة الأنباء السورية.", "occurred"),
    ("يستقبل الرئيس السوري بشار الأسد، اليوم الأحد، وزير الخارجية السعودي فيصل بن فرحان لدى "
     "وصوله دمشق، وفق وكالة الأنباء السورية.", "planned"),
], ids=["received", "to-receive"])
def test_welcomed_visit_has_the_tense_of_its_reception(text, status):
    assert [e.status for e in run(text, TODAY) if e.event_type == "VISIT"] == [status]


@pytest.mark.parametrize("text,status", [
    # a change told as over before the event goes on changes nothing
    ("يبدأ وزير الخارجية السوداني زيارة رسمية إلى القاهرة، بعد أن تم تأجيلها من الأسبوع الماضي.",
     "planned"),
    ("بدأ وزير الخارجية السوداني زيارة رسمية إلى القاهرة بعد تأجيلها مرتين.", "occurred"),
    # a change of the event itself
    ("أجلت مصر زيارة وزير الخارجية السوداني إلى القاهرة بعد أن تم الإعلان عنها.", "postponed"),
    ("يبدأ وزير الخارجية السوداني زيارة رسمية إلى القاهرة تم تأجيلها إلى الأسبوع المقبل.",
     "postponed"),
], ids=["after-it-was-postponed", "after-two-postponements", "postponed-after", "postponed"])
def test_change_told_as_over_before_the_event(text, status):
    assert [e.status for e in run(text) if e.event_type == "VISIT"] == [status]


# a change a demonstrative names is one told before ("هذا التأجيل"), not a change of the event
# after it
@pytest.mark.parametrize("text,etype,status", [
    ("أعلنت الرئاسة تأجيل زيارة الرئيس الفرنسي إلى الرباط. ولا يتعلق هذا التأجيل بالمكالمة "
     "الهاتفية التي أجريت أمس السبت بين الرئيس الفرنسي والملك المغربي.", "PHONE_CALL",
     "occurred"),
    ("ولا يتعلق هذا الإلغاء باللقاء الذي جمع الوزيرين المصري والسوداني أمس السبت.", "MEETING",
     "occurred"),
    ("أعلنت الرئاسة تأجيل زيارة الرئيس الفرنسي إلى الرباط أمس السبت.", "VISIT", "postponed"),
], ids=["this-postponement", "this-cancellation", "postponement"])
def test_change_named_by_a_demonstrative_is_told_before(text, etype, status):
    sat = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    assert [e.status for e in run(text, sat) if e.event_type == etype] == [status]


@pytest.mark.parametrize("text,status", [
    # "الحالية"/"الجارية" after a nominal trigger: under way, unless its own days are to come
    ("تناول الوزيران جدول أعمال الدورة الحالية للجنة المشتركة المصرية العمانية.", "occurred"),
    ("تناول الوزيران جدول أعمال الدورة الحالية للجنة المشتركة المصرية العمانية المقرر عقدها "
     "غدا الاثنين.", "planned"),
], ids=["under-way", "its-days-to-come"])
def test_under_way_only_on_its_days(text, status):
    dates = {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")}
    assert [e.status for e in run(text, dates) if e.event_type == "MEETING"] == [status]


@pytest.mark.parametrize("text,status", [
    # a visit planned to attend a summit put off is put off with it
    ("أجلت الحكومة العراقية القمة الثلاثية التي كان من المقرر عقدها غدا الاثنين في بغداد. وكان "
     "من المقرر أن يصل العاهل الأردني إلى بغداد غدا الاثنين لعقد القمة الثلاثية.", "postponed"),
    ("ألغيت القمة الثلاثية التي كان من المقرر عقدها غدا الاثنين في بغداد. وكان من المقرر أن يجري "
     "العاهل الأردني زيارة إلى العراق غدا الاثنين في إطار القمة الثلاثية.", "cancelled"),
    # ... not a visit to a summit held as planned
    ("تعقد القمة الثلاثية غدا الاثنين في بغداد. ومن المقرر أن يصل العاهل الأردني إلى بغداد غدا "
     "الاثنين لعقد القمة الثلاثية.", "planned"),
], ids=["put-off", "called-off", "held"])
def test_visit_shares_the_change_of_the_summit_it_attends(text, status):
    dates = {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")}
    assert [e.status for e in run(text, dates) if e.event_type == "VISIT"] == [status]


@pytest.mark.parametrize("text,expected", [
    # a relative clause on a noun before the trigger, closed by a comma, tells that noun: its
    # verb is no light verb of the trigger, its date no date of it
    ("واعتمد الجانبان الوثائق التي رفعتها اللجنة التي عقدت أمس السبت، تمهيدا للتوقيع عليها غدا "
     "الاثنين أمام الرئيسين المصري والسوداني.", ("planned", "2024-03-11")),
    # ... but the trigger inside the relative clause is told by its verb
    ("وصل الوزير المصري الذي أجرى أمس السبت مباحثات مع نظيره السوداني في الخرطوم.",
     ("occurred", "2024-03-09")),
], ids=["closed-relative", "trigger-in-relative"])
def test_verb_of_a_closed_relative_clause_tells_no_trigger(text, expected):
    dates = {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day"),
             "أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    rows = [e for e in run(text, dates) if e.event_type in ("AGREEMENT", "TALKS")]
    assert [(e.status, str(e.date_start)) for e in rows] == [expected]


@pytest.mark.parametrize("text,status", [
    # كان + a present verb tells the past ("كان ... يزور": was visiting, first to visit)
    ("وكان وزير الخارجية المصري أول وزير خارجية عربي يزور السودان خلال الشهر الجاري.",
     "occurred"),
    ("وكان الرئيس الفرنسي يزور الجزائر الشهر الجاري حين وقع الحادث.", "occurred"),
    # ... not a plan told in the past ("كان من المقرر أن يزور"، "كان يعتزم أن يزور")
    ("وكان من المقرر أن يزور وزير الخارجية المصري السودان خلال الشهر الجاري.", "planned"),
    ("وكان الرئيس الفرنسي يعتزم أن يزور الجزائر خلال الشهر الجاري.", "planned"),
], ids=["first-to-visit", "was-visiting", "was-scheduled", "intended"])
def test_present_verb_after_a_past_copula(text, status):
    dates = {"الشهر الجاري": ("2024-03-01", "2024-03-31", "month")}
    assert [e.status for e in run(text, dates) if e.event_type == "VISIT"] == [status]


# a change noun a later clause's verb takes as its object changes what it names; with a pronoun
# on it, the event told before
@pytest.mark.parametrize("text,etype,status", [
    ("تحدث أمير قطر هاتفيا أمس السبت مع أمير الكويت، وقرر تأجيل إلقاء كلمة للشعب.",
     "PHONE_CALL", "occurred"),
    ("عقد الرئيس المصري أمس السبت محادثات مع نظيره الفرنسي، وقررت الرئاسة إلغاء المؤتمر الصحفي.",
     "TALKS", "occurred"),
    ("أعلن الرئيس المصري أمس السبت زيارته إلى باريس، وقررت الرئاسة تأجيلها.", "VISIT",
     "postponed"),
], ids=["speech-put-off", "press-conference-called-off", "pronoun-the-visit"])
def test_change_of_a_later_clause_is_of_its_own_object(text, etype, status):
    sat = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    assert [e.status for e in run(text, sat) if e.event_type == etype] == [status]


# two nouns joined by و after one change verb are both changed, on the one day given to either
@pytest.mark.parametrize("text,expected", [
    ("أرجأ وزير الخارجية الفرنسي زيارته إلى المغرب، ولقاءه وزير الخارجية المغربي، الذي كان "
     "مبرمجا أمس السبت.",
     [("MEETING", "postponed", "2024-03-09"), ("VISIT", "postponed", "2024-03-09")]),
    ("ألغى الرئيس المصري زيارته إلى باريس ولقاءه بالرئيس الفرنسي أمس السبت.",
     [("MEETING", "cancelled", "2024-03-09"), ("VISIT", "cancelled", "2024-03-09")]),
    # a verb between: another clause, its own act
    ("أرجأ وزير الخارجية الفرنسي زيارته إلى المغرب، والتقى نظيره المغربي أمس السبت.",
     [("MEETING", "occurred", "2024-03-09"), ("VISIT", "postponed", "None")]),
], ids=["postponed-both", "cancelled-both", "verb-between"])
def test_change_of_joined_events(text, expected):
    sat = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
    assert sorted((e.event_type, e.status, str(e.date_start)) for e in run(text, sat)) == expected
