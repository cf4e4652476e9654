"""Undated visits dated by the events held at their destination with the visitor's state
("وقعا في أديس أبابا أمس" beside "خلال زيارته إلى أديس أبابا"), on sentences written for these
tests (publication date: Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
SAT_THU = {**SAT, "يوم الخميس": ("2024-03-07", "2024-03-07", "day")}
SAT_FEB = {**SAT, "الشهر الماضي": ("2024-02-01", "2024-02-29", "month")}
SIGNED = "وقع الرئيس الكيني ونظيره الإثيوبي في أديس أبابا أمس السبت مذكرة تفاهم في مجال المياه.\n"


def _visits(text, dates):
    return [e for e in run(text, dates) if e.event_type == "VISIT"]


# (text, dates, status, participants, date_start, date_end)
DATED = [
    # a welcome to an undated visit, beside a signing in the destination's capital
    ("وقع وزير الخارجية المغربي ونظيره البرتغالي في الرباط أمس السبت اتفاقية للتعاون في مجال "
     "الطاقة.\nورحب المسؤولون المغاربة بالزيارة الأولى لوزير خارجية البرتغال إلى الرباط.", SAT,
     "occurred", {"MAR", "PRT"}, "2024-03-09", "2024-03-09"),
    # a statement made during the visit
    (SIGNED + "وقال الرئيس الكيني خلال زيارته إلى أديس أبابا إن البلدين يعملان معا.", SAT,
     "occurred", {"ETH", "KEN"}, "2024-03-09", "2024-03-09"),
    # a visit naming no destination: where its visitor was received
    ("استقبل الرئيس الغاني أمس السبت في أكرا رئيس وزراء توغو.\nوتعد زيارة رئيس وزراء توغو "
     "الأولى له منذ توليه منصبه.", SAT, "occurred", {"GHA", "TGO"}, "2024-03-09", "2024-03-09"),
    # ... not the visit the other way told before it
    ("وكان الرئيس الغاني قد زار توغو الشهر الماضي.\nواستقبل الرئيس الغاني أمس السبت في أكرا "
     "رئيس وزراء توغو.\nوتعد زيارة رئيس وزراء توغو الأولى له منذ توليه منصبه.", SAT_FEB, None,
     {"GHA", "TGO"}, "2024-03-09", "2024-03-09"),
    # an event at the destination dated by a link to the act of the day ("خلال اجتماع ...")
    ("وقعت السعودية والإمارات، أمس السبت، مذكرات تفاهم، وتم استعراض مبادرات خلال اجتماع مجلس "
     "التنسيق السعودي الإماراتي في أبوظبي.\nوتمثل زيارة ولي العهد السعودي إلى الإمارات محطة "
     "جديدة في مسار التعاون.", SAT, "occurred", {"ARE", "SAU"}, "2024-03-09", "2024-03-09"),
    # a visit told ended after stated days: they run back to the day of the event held
    ("أجرى وزير الخارجية السويسري محادثات مع نظيره الإيراني في طهران أمس السبت.\nواختتم الوزير "
     "السويسري زيارة استغرقت ثلاثة أيام لإيران.", SAT, "occurred", {"CHE", "IRN"}, "2024-03-07",
     "2024-03-09"),
    # an event of the visitor's state and the destination's alone, held nowhere named
    ("التقى الرئيس الكوري الجنوبي أمس السبت ولي العهد السعودي.\nوتعد زيارة ولي العهد السعودي إلى "
     "كوريا الجنوبية الأولى منذ عشرين عاما.", SAT, "occurred", {"KOR", "SAU"}, "2024-03-09",
     "2024-03-09"),
]


@pytest.mark.parametrize("text,dates,status,parties,d0,d1", DATED,
                         ids=["welcome-to-visit", "said-during-visit", "guest-visit",
                              "guest-visit-after-a-visit-the-other-way", "venue-dated-by-a-link",
                              "ended-after-stated-days", "no-venue-of-the-two-states"])
def test_visit_takes_the_date_of_the_event_at_its_destination(text, dates, status, parties,
                                                               d0, d1):
    visits = [v for v in _visits(text, dates) if v.location_country != "TGO"]
    assert len(visits) == 1
    v = visits[0]
    assert (str(v.date_start), str(v.date_end)) == (d0, d1)
    assert status is None or v.status == status
    assert parties <= set(v.participants)


UNDATED = [
    # the visit goes elsewhere than the signing
    SIGNED + "وقال الرئيس الكيني خلال زيارته إلى القاهرة إن البلدين يعملان معا.",
    # two events at the destination on different days: the visit's dates are unknown
    SIGNED + "والتقى الرئيس الكيني رئيس الوزراء الإثيوبي في أديس أبابا يوم الخميس.\n"
    "وقال الرئيس الكيني خلال زيارته إلى أديس أبابا إن البلدين يعملان معا.",
    # another day in the document may fall within the visit
    SIGNED + "وأكد الرئيس الإثيوبي يوم الخميس أن العلاقات متينة.\n"
    "وقال الرئيس الكيني خلال زيارته إلى أديس أبابا إن البلدين يعملان معا.",
    # a planned visit is not dated by a past signing
    SIGNED + "ومن المقرر أن يقوم الرئيس الكيني بزيارة رسمية إلى إثيوبيا.",
    # a delegation going to a town of its own state beside the signing there is no visit
    "وقع الجانبان الإثيوبي والكيني اتفاق الحدود أمس السبت في بحر دار.\nوضم الوفد الإثيوبي "
    "الذي توجه إلى بحر دار برفقة السفير الكيني المدير العام للرئاسة.",
    # a visit placed a week before another act is another visit than the one the signing saw
    SIGNED + "فبعد أسبوع واحد من زيارة وزير الخارجية الكيني إلى أديس أبابا، وصل إلى نيروبي "
    "مبعوث إثيوبي.",
]


@pytest.mark.parametrize("text", UNDATED, ids=["other-destination", "two-dates", "other-day",
                                               "planned-visit", "own-state-town",
                                               "placed-by-an-offset"])
def test_visit_stays_undated_when_the_venue_does_not_settle_its_date(text):
    visits = _visits(text, SAT_THU)
    assert visits and all(v.date_start is None for v in visits)


def test_a_venue_with_no_state_gives_no_destination():
    """A visit naming no destination whose visitor's talks were held in a building of no known
    state ("في قصر بيان") goes to "البلاد" (the talks' day is one of its days); no party without
    a state is added."""
    text = ("أجرى أمير الكويت، اليوم، مباحثات رسمية مع الرئيس المصري، في قصر بيان، وذلك في إطار "
            "زيارة الدولة التي قام بها الرئيس المصري للبلاد.")
    events = run(text, {"اليوم": ("2024-03-10", "2024-03-10", "day")})
    assert [(e.event_type, e.participants) for e in events if e.date_start] == [
        ("TALKS", ["EGY", "KWT"]), ("VISIT", ["EGY", "KWT"])]
    assert all(None not in e.participants for e in events)


def test_visit_dated_by_venue_on_a_visit_told_before_is_that_visit():
    """A visit to a building of the capital the visitor arrived in that day ("زار ... عين
    التينة" after "وصل ... الى بيروت"), dated by the meeting held there, is that visit told
    again: one visit."""
    text = ("وصل الموفد الأمريكي ظهر اليوم الى بيروت.\nوقرابة الثانية زار الموفد الأمريكي والوفد "
            "المرافق عين التينة حيث استقبله رئيس مجلس النواب اللبناني، بحضور السفيرة الأمريكية. "
            "وبعد اللقاء تحدث الموفد الأمريكي: \"حضرت الى لبنان اليوم لأن بلادي تهتم بلبنان\".")
    visits = _visits(text, {"ظهر اليوم": ("2024-03-10", "2024-03-10", "day"),
                            "اليوم": ("2024-03-10", "2024-03-10", "day")})
    assert [(v.participants, str(v.date_start)) for v in visits] == [(["LBN", "USA"],
                                                                      "2024-03-10")]
