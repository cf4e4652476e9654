"""An event named after "بعد/قبل + a count + من" is dated by that count from the dated event the
sentence tells before it, else from the date before it (sentences written for these tests,
published Sunday 2024-03-10)."""
from __future__ import annotations

import pytest

from event_helpers import run

DATES = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "يوم الجمعة 8 مارس": ("2024-03-08", "2024-03-08", "day"),
         "الشهر الماضي": ("2024-02-01", "2024-02-29", "month"),
         "صباح اليوم": ("2024-03-10", "2024-03-10", "day"),
         "الخميس": ("2024-03-07", "2024-03-07", "day")}


def dated(text: str) -> list[tuple]:
    """(type, status, first day, last day, granularity, date basis) of each event, sorted."""
    return sorted(((e.event_type, e.status, e.date_start and e.date_start.isoformat(),
                    e.date_end and e.date_end.isoformat(), e.date_granularity, e.date_basis)
                   for e in run(text, DATES)), key=str)


@pytest.mark.parametrize("text,expected", [
    # "بعد": the event after "من" came that long before the anchor
    ("وصل وزير الخارجية المصري إلى الرياض اليوم الأحد، وتأتي الزيارة بعد أسبوع واحد من زيارة "
     "وزير الخارجية السعودي إلى القاهرة.",
     [("VISIT", "occurred", "2024-03-03", "2024-03-03", "day", "offset"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    ("استقبل الرئيس الفرنسي نظيره الألماني اليوم الأحد، وذلك بعد يومين من اتصال هاتفي بين "
     "الرئيسين.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("PHONE_CALL", "occurred", "2024-03-08", "2024-03-08", "day", "offset")]),
    # an ordinal may stand between "من" and the event ("بعد يومين من أول زيارة")
    ("وصل وزير الخارجية المصري إلى الرياض اليوم الأحد، وتأتي الزيارة بعد يومين من أول زيارة "
     "رسمية أجراها وزير الخارجية المصري إلى الكويت.",
     [("VISIT", "occurred", "2024-03-08", "2024-03-08", "day", "offset"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    # a month unit gives the month; "تقريبا" may stand before "من"
    ("زار رئيس الوزراء العراقي طهران يوم الجمعة 8 مارس، بعد شهر تقريبا من زيارة الرئيس "
     "الإيراني إلى بغداد.",
     [("VISIT", "occurred", "2024-02-01", "2024-02-29", "month", "offset"),
      ("VISIT", "occurred", "2024-03-08", "2024-03-08", "day", "clause")]),
    # the anchor is an event the sentence refers back to ("وجاء الاتصال الهاتفي")
    ("أجرى الرئيس الأمريكي اتصالا هاتفيا مع نظيره الصيني صباح اليوم. وجاء الاتصال الهاتفي بعد "
     "عشرة أيام من لقاء الرئيس الأمريكي والرئيس الصيني في كوريا الجنوبية.",
     [("MEETING", "occurred", "2024-02-29", "2024-02-29", "day", "offset"),
      ("PHONE_CALL", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    # "قبل": the event after "من" comes that long after the anchor
    ("أجرى وزير الخارجية التركي مباحثات مع نظيره الروسي في موسكو اليوم الأحد، قبل ثلاثة أيام من "
     "قمة تجمع الرئيس الروسي والرئيس التركي.",
     [("SUMMIT", "planned", "2024-03-13", "2024-03-13", "day", "offset"),
      ("TALKS", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    # ... planned when that day is after the report, whatever the tense of the act it is
    # counted from
    ("التقى وزير الخارجية المصري نظيره الأمريكي في واشنطن اليوم الأحد، في لقاء عقد قبل أسبوع "
     "من زيارة الرئيس الأمريكي إلى مصر.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "planned", "2024-03-17", "2024-03-17", "day", "offset")]),
    # "بالتزامن مع"، "تزامنا مع": another event on the anchor's date
    ("وصل وزير الخارجية الأمريكي إلى الرياض يوم الجمعة 8 مارس. وجاء وصول الوزير بالتزامن مع "
     "وصول رئيس الوزراء العراقي إلى الرياض.",
     [("VISIT", "occurred", "2024-03-08", "2024-03-08", "day", "clause"),
      ("VISIT", "occurred", "2024-03-08", "2024-03-08", "day", "offset")]),
    ("التقى الرئيس الفرنسي نظيره الألماني في باريس اليوم الأحد، تزامنا مع زيارة وزير الخارجية "
     "الإيطالي إلى برلين.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "offset")]),
    # the event the count dates is one told with that date already: one event
    ("يلتقي وزير الخارجية الروسي ونظيره الأمريكي يوم الجمعة 8 مارس في هلسنكي. وكان الوزير "
     "الروسي قد التقى نظيره الصيني الخميس، أي قبل يوم واحد من لقاء الوزير الروسي بالوزير "
     "الأمريكي.",
     [("MEETING", "occurred", "2024-03-07", "2024-03-07", "day", "clause"),
      ("MEETING", "occurred", "2024-03-08", "2024-03-08", "day", "clause")]),
    # an event of another type counted from the visit is not held within it: not folded
    ("زار وزير الخارجية القطري الرياض اليوم الأحد. وجاءت زيارة الوزير القطري للرياض بعد يومين "
     "من استقبال أمير الكويت الرئيس اللبناني.",
     [("MEETING", "occurred", "2024-03-08", "2024-03-08", "day", "offset"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    ("وصل وزير الخارجية المصري إلى الرياض اليوم الأحد، وتأتي الزيارة بعد يومين من لقاء جمع "
     "الرئيس الأمريكي والرئيس الفرنسي.",
     [("MEETING", "occurred", "2024-03-08", "2024-03-08", "day", "offset"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "clause")]),
    # hours: the same day
    ("التقى الرئيس التونسي نظيره الجزائري في تونس اليوم الأحد، قبل ساعات من وصول وزير الخارجية "
     "الفرنسي إلى الجزائر.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "offset")]),
    # no event before the count: the date of the act it tells
    ("أعلنت الخارجية الأردنية الخميس، قبل يومين من زيارة وزير الخارجية المصري إلى عمان، عن "
     "إطلاق مبادرة جديدة.",
     [("VISIT", "occurred", "2024-03-09", "2024-03-09", "day", "offset")]),
    ("قررت الحكومة السورية، يوم الجمعة 8 مارس، وقبل ساعات من وصول وزير الخارجية السوري إلى "
     "بيروت، إبلاغ الحكومة اللبنانية بقرارها.",
     [("VISIT", "occurred", "2024-03-08", "2024-03-08", "day", "offset")]),
    # "قبيل" an event: on the day of the act it comes just after, still to come on the
    # report's day; "فور" one: on its day
    ("استقبل وزير الخارجية المصري اليوم الأحد نظيره البحريني. وجاء اللقاء قبيل انعقاد الاجتماع "
     "الطارئ لوزيري خارجية مصر والبحرين.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("MEETING", "planned", "2024-03-10", "2024-03-10", "day", "offset")]),
    ("يتوجه الرئيس المصري اليوم الأحد إلى نيقوسيا، قبيل مباحثات الرئيس المصري مع رئيس وزراء "
     "اليونان.",
     [("TALKS", "planned", "2024-03-10", "2024-03-10", "day", "offset"),
      ("VISIT", "planned", "2024-03-10", "2024-03-10", "day", "clause")]),
    # a demonstrative before the count stands for the act told in the sentence before
    ("التقى أمير الكويت اليوم الأحد وزير الخارجية العماني في الكويت. ويأتي ذلك بعد يوم من زيارة "
     "أمير الكويت إلى الرياض.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "occurred", "2024-03-09", "2024-03-09", "day", "offset")]),
    ("استقبل الرئيس المصري يوم الجمعة 8 مارس رئيس الوزراء الإثيوبي في القاهرة. وجاء هذا "
     "قبل أسبوع من قمة تجمع الرئيسين في أديس أبابا.",
     [("MEETING", "occurred", "2024-03-08", "2024-03-08", "day", "clause"),
      ("SUMMIT", "planned", "2024-03-15", "2024-03-15", "day", "offset")]),
])
def test_counted_offset_from_an_event(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a month is no base for a count of days
    ("زار وزير الخارجية الإيطالي تونس الشهر الماضي، بعد يومين من زيارة وزير الخارجية الفرنسي "
     "إلى تونس.",
     [("VISIT", "occurred", "2024-02-01", "2024-02-29", "month", "clause"),
      ("VISIT", "occurred", None, None, None, None)]),
    # no dated event before the count: nothing to count from
    ("قال المتحدث إن الأمر حدث بعد أسبوع من زيارة وزير الخارجية الفرنسي إلى تونس.",
     [("VISIT", "occurred", None, None, None, None)]),
    # ... nor in the sentence before, with no demonstrative standing for its act
    ("التقى أمير الكويت اليوم الأحد وزير الخارجية العماني. وقال المتحدث إن الأمر حدث بعد يوم من "
     "زيارة أمير الكويت إلى الرياض.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "occurred", None, None, None, None)]),
    # a count with no "من" dates nothing here (the timex finder counts it from the report)
    ("زار وزير الخارجية الإيطالي تونس اليوم الأحد، وسيزور الجزائر بعد يومين.",
     [("VISIT", "occurred", "2024-03-10", "2024-03-10", "day", "clause"),
      ("VISIT", "planned", None, None, None, None)]),
])
def test_no_offset_date(text, expected):
    assert dated(text) == expected


def test_event_just_after_an_act_told_dated_elsewhere_is_not_on_its_day():
    """"وصل ... اليوم، قبيل قمة ...": a summit of the document dated on its own day is the one
    the arrival comes before, not one on the arrival's day."""
    text = ("تعقد قمة ثلاثية بين روسيا وإيران وتركيا يوم الجمعة 8 مارس في طهران. ووصل وزير "
            "الخارجية الإيراني اليوم الأحد إلى دمشق، قبيل قمة ضامني أستانا.")
    summits = [row for row in dated(text) if row[0] == "SUMMIT"]
    assert all(row[2] != "2024-03-10" for row in summits), summits


def test_postponed_plan_dates_nothing_held_with_it():
    """"تأجيل زيارة ... والتي كانت تتزامن مع زيارة ...": the other visit's day is unknown."""
    text = ("أعلنت الخارجية التركية تأجيل زيارة وزير الخارجية الروسي إلى أنقرة اليوم الأحد، والتي "
            "كانت تتزامن مع زيارة لوزير الخارجية الإيراني إلى تركيا.")
    rows = run(text, DATES)
    assert sorted((e.date_basis or "", e.status) for e in rows if e.status == "postponed") == [
        ("clause", "postponed")]
    assert [e.date_start for e in rows if e.status != "postponed"] == [None]


def test_event_counted_from_another_takes_no_date_of_the_act_before():
    """An event named after "قبل أسبوع من" whose anchor this sentence does not date is not the
    day of the act told before it (a narrative continuation): it stays undated."""
    text = ("التقى وزير الخارجية المصري نظيره الأمريكي في واشنطن اليوم الأحد. كذلك شارك مدير "
            "المخابرات المصرية في اللقاء الذي عقد قبل أسبوع من زيارة الرئيس الأمريكي إلى مصر.")
    visits = [row for row in dated(text) if row[0] == "VISIT"]
    assert all(row[2] != "2024-03-10" for row in visits), visits
