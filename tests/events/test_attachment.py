"""Attachment across appositions and dates (sentences written for these tests, published
Sunday 2024-03-10): a date or a named person between a trigger and its destination or object
counts as one step, and two clauses are two events."""
from __future__ import annotations

import pytest

from event_helpers import run

def events_of(text: str, dates: dict, skip: tuple[str, ...] = ()) -> list[tuple]:
    """(type, participants, first day) of each event of ``text``, sorted."""
    return sorted((r.event_type, sorted(r.participants), r.date_start and r.date_start.isoformat())
                  for r in run(text, dates) if r.event_type not in skip)


WED = {"الأربعاء 6 مارس": ("2024-03-06", "2024-03-06", "day")}
TODAY = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}
MONTHS = {"أيلول": ("2023-09-01", "2023-09-30", "month"),
          "نيسان الماضي": ("2023-04-01", "2023-04-30", "month")}

# (text, dates, expected (type, participants, date_start) rows)
CASES = [
    # a destination after the subject's apposition and the date
    ("وصل وزير الخارجية الأردني، أيمن الصفدي، الأربعاء 6 مارس، بغداد.", WED,
     [("VISIT", ["IRQ", "JOR"], "2024-03-06")]),
    ("وصل الرئيس الكيني الأربعاء 6 مارس العاصمة أديس أبابا في زيارة رسمية.", WED,
     [("VISIT", ["ETH", "KEN"], "2024-03-06")]),
    # a name the gazetteer does not know, in apposition after a comma, before a bare place
    ("وصل رئيس وزراء النيجر، عبدو كامارا ليلي، الأربعاء 6 مارس باماكو.", WED,
     [("VISIT", ["MLI", "NER"], "2024-03-06")]),
    # (the subject named after a pronoun: "فور وصوله ... التقى الوزير"; the meeting folds in)
    ("فور وصوله مطار القاهرة الأربعاء 6 مارس، التقى الوزير السعودي نظيره المصري.", WED,
     [("VISIT", ["EGY", "SAU"], "2024-03-06")]),
    # a subject and destination after a semicolon (no sentence end)
    ("يتوجه غدا الاثنين محفوفا بعناية المولى؛ جلالة السلطان العماني إلى أبوظبي.",
     {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")}, [("VISIT", ["ARE", "OMN"], "2024-03-11")]),
    # a date between a light verb and its trigger dates it, before any date after the trigger
    ("تلقى الرئيس الفلسطيني، اليوم الأحد، اتصالا هاتفيا من العاهل الأردني، قدم فيه التعازي "
     "بضحايا القصف على حدود القطاع، الأربعاء 6 مارس.", {**TODAY, **WED},
     [("PHONE_CALL", ["JOR", "PSE"], "2024-03-10")]),
    ("أجرى وزير الخارجية المصري، اليوم الأحد، مباحثات مع نظيره السوداني تناولت الهجوم الذي "
     "استهدف المعبر الحدودي بين البلدين، الأربعاء 6 مارس.", {**TODAY, **WED},
     [("TALKS", ["EGY", "SDN"], "2024-03-10")]),
    # an airport and its name between "إلى" and the place; Amman named as the capital
    ("وصل أمير الكويت والوفد المرافق له حفظه الله اليوم الأحد إلى مطار ماركا بالعاصمة عمان.",
     TODAY, [("VISIT", ["JOR", "KWT"], "2024-03-10")]),
    # a signing verb far from what is signed
    ("وقع وزير الخارجية المغربي ونظيره الإسباني، اليوم الأحد، بمدينة الرباط، اتفاقا للتعاون.",
     TODAY, [("AGREEMENT", ["ESP", "MAR"], "2024-03-10")]),
    # a date between a hosting noun and the event it hosts is the event's, not the report's
    ("وأعلنت ألمانيا اليوم الأحد عن استضافة عاصمتها برلين، الأربعاء 6 مارس، مؤتمرا دوليا حول "
     "ليبيا.", {**TODAY, **WED}, [("SUMMIT", ["DEU", "LBY"], "2024-03-06")]),
    ("أعلنت قطر اليوم الأحد عن تنظيم قمة عربية طارئة في الدوحة الأربعاء 6 مارس.",
     {**TODAY, **WED}, [("SUMMIT", ["QAT"], "2024-03-06")]),
    # a date no anchor precedes dates the trigger a few words after it, past a venue
    ("ترأس العاهل المغربي والعاهل الإسباني وولي العهد المغربي وأمراء من الأسرة المالكة، اليوم "
     "الأحد بقصر الضيافة بالرباط، حفل توقيع اتفاقيات للتعاون.", TODAY,
     [("AGREEMENT", ["ESP", "MAR"], "2024-03-10")]),
    # وقع meaning "happened" stays no agreement
    ("وقع الحادث اليوم الأحد قرب الحدود بين مصر وليبيا.", TODAY, []),
    # a light verb before a verbal trigger is another clause's: the date after it is the
    # visit's, not the later meeting's
    ("وهذه الزيارة الثانية للوزير الأردني، بعد زيارة أجراها إلى دمشق في أيلول، والتقى فيها "
     "الرئيس السوري.", MONTHS, [("VISIT", ["JOR", "SYR"], "2023-09-01")]),
    # ... and a light verb does not reach past a verb of its own clause joined by و: the date
    # after it is the session's, not the accords' the next clause tells
    ("وكانت الدورة السابقة للجنة العليا المشتركة التونسية المصرية قد عقدت في نوفمبر 2017 "
     "وأسفرت عن 10 اتفاقيات.", {"نوفمبر 2017": ("2017-11-01", "2017-11-30", "month")},
     [("MEETING", ["EGY", "TUN"], "2017-11-01")]),
    # two visits in two clauses of one sentence, each with its own date
    ("زار وزير الخارجية الليبي تونس في أيلول، وكانت الزيارة الثانية إلى تونس في نيسان الماضي.",
     MONTHS, [("VISIT", ["LBY", "TUN"], "2023-09-01"), ("VISIT", ["LBY", "TUN"], "2023-04-01")]),
    # what an accord says ("تنص على") dates no event: its terms, not its signing
    ("جاءت الزيارة عقب توقيع اتفاقية أمنية بين العراق والولايات المتحدة تنص على انسحاب القوات "
     "بحلول نهاية عام 2011.", {"نهاية عام 2011": ("2011-01-01", "2011-12-31", "year")},
     [("AGREEMENT", ["IRQ", "USA"], None)]),
    # ... but a deadline fronted in a new clause dates the act after it
    ("سيقوم الرئيس الكوبي بزيارة قصيرة لتركيا، وبحلول مساء السبت سيصل إلى موسكو.",
     {"مساء السبت": ("2024-03-16", "2024-03-16", "day")},
     [("VISIT", ["CUB", "RUS"], "2024-03-16"), ("VISIT", ["CUB", "TUR"], None)]),
    # a person moves, not the state named before him
    ("وبعد الجزائر التي وصلها الرئيس الكوبي يوم الجمعة، يتوجه إلى تركيا.",
     {"يوم الجمعة": ("2024-03-08", "2024-03-08", "day")},
     [("VISIT", ["CUB", "DZA"], "2024-03-08"), ("VISIT", ["CUB", "TUR"], None)]),
    # a change of plan's day fronted before it dates the event called off when nothing else does
    ("وقبل يومين، ألغى وزير الخارجية الأمريكي اجتماعا مع وزير الخارجية الإستوني.",
     {"قبل يومين": ("2024-03-08", "2024-03-08", "day")},
     [("MEETING", ["EST", "USA"], "2024-03-08")]),
    ("وقبل يومين، ألغى وزير الخارجية الأمريكي اجتماعا مع وزير الخارجية الإستوني كان مقررا يوم "
     "الثلاثاء المقبل.", {"قبل يومين": ("2024-03-08", "2024-03-08", "day"),
                          "يوم الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day")},
     [("MEETING", ["EST", "USA"], "2024-03-12")]),
    # a verb's date goes with its subject, not with what comes after "مع"
    ("وأكد المتحدث أن لقاء الرئيسين الأمريكي والروسي سيعقد غدا مع محادثات قصيرة بين الوفدين.",
     {"غدا": ("2024-03-11", "2024-03-11", "day")}, [("MEETING", ["RUS", "USA"], "2024-03-11")]),
    # a party ends with its sentence: the name opening the next one is its own party
    ("أطلق البلدان مجلس التنسيق بحضور الملك السعودي ورئيس الحكومة الأردنية بشر الخصاونة.\n"
     "وكان الخصاونة قد وصل إلى الرياض الأربعاء 6 مارس.", WED,
     [("VISIT", ["JOR", "SAU"], "2024-03-06")]),
    # a date between a verb of intent and its act's noun is the act's, not the report's
    ("ذكرت وكالة الأنباء اليوم الأحد أن الرئيس الكيني يعتزم غدا الاثنين القيام بزيارة رسمية إلى "
     "إثيوبيا.", {**TODAY, "غدا الاثنين": ("2024-03-11", "2024-03-11", "day")},
     [("VISIT", ["ETH", "KEN"], "2024-03-11")]),
    ("قال مصدر دبلوماسي إن وزير الخارجية التونسي ينوي الأربعاء المقبل زيارة الجزائر.",
     {"الأربعاء المقبل": ("2024-03-13", "2024-03-13", "day")},
     [("VISIT", ["DZA", "TUN"], "2024-03-13")]),
    ("أعلنت الرئاسة أن الحكومة الأردنية تعتزم الشهر المقبل استضافة قمة مع مصر والعراق.",
     {"الشهر المقبل": ("2024-04-01", "2024-04-30", "month")},
     [("SUMMIT", ["EGY", "IRQ", "JOR"], "2024-04-01")]),
    # a palace named "بيان" is no statement: the date after it is the reception's; a
    # statement's date stays the statement's
    ("استقبل أمير الكويت في قصر بيان أمس السبت وزير الخارجية الأردني.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day")},
     [("MEETING", ["JOR", "KWT"], "2024-03-09")]),
    ("وأفاد بيان أمس السبت بأن الرئيس المصري يعتزم زيارة فرنسا.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}, [("VISIT", ["EGY", "FRA"], None)]),
    # ... and a date on the report before it stays the report's
    ("أعلنت الرئاسة المصرية أمس السبت أن الرئيس يعتزم زيارة فرنسا.",
     {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}, [("VISIT", ["EGY", "FRA"], None)]),
    # a reporting verb read with the article is a noun or an adjective: no report's date
    ("ومن المقرر أن تعقد الجولة الثالثة من المفاوضات بين إيران والدول الأعضاء في المجلس التابع "
     "للاتحاد الأوروبي غدا الاثنين.", {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")},
     [("TALKS", ["EUR", "IRN"], "2024-03-11")]),
    ("ومن المقرر أن يلتقي وزير الخارجية المصري بنظيره القطري في المقر التابع للجامعة العربية "
     "غدا الاثنين.",
     {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day")},
     [("MEETING", ["EGY", "QAT"], "2024-03-11")]),
    # a date in a clause of time after the act is that clause's verb's ("بعد أن ... أوعز أمس")
    ("وصل وفد التفاوض الإسرائيلي إلى الدوحة، وذلك بعد أن كان رئيس الحكومة الإسرائيلية قد أوعز "
     "أمس السبت بإرساله.", {"أمس السبت": ("2024-03-09", "2024-03-09", "day")},
     [("VISIT", ["ISR", "QAT"], None)]),
    ("التقى وزير الخارجية المصري نظيره الأردني في عمان، بعدما وصل إليها أمس السبت قادما من "
     "بغداد.", {"أمس السبت": ("2024-03-09", "2024-03-09", "day")},
     [("MEETING", ["EGY", "JOR"], None)]),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_attachment(text, dates, expected):
    assert events_of(text, dates) == sorted(expected)


def test_change_of_the_event_in_a_clause_of_time_keeps_its_date():
    # the verb of the clause of time is the event's own change: its date is the event's
    text = ("تعقد في بغداد اليوم الأحد قمة ثلاثية مصرية عراقية أردنية. وتأتي هذه القمة بعد أن "
            "تأجلت مرتين، الأولى في فبراير الماضي.")
    dates = {**TODAY, "فبراير الماضي": ("2024-02-01", "2024-02-29", "month")}
    assert "2024-02-01" in [start for etype, _, start in events_of(text, dates)]


JULY_NOV = {"يوليو الماضي": ("2023-07-01", "2023-07-31", "month"),
            "22 نوفمبر": ("2023-11-22", "2023-11-22", "day")}
SUNDAY = {"يوم الأحد": ("2024-03-10", "2024-03-10", "day")}

# a list of past visits: a date fronted in a new clause dates the trigger after it;
# a bilateral meeting on the sidelines of a summit of more states is an event of its own
LISTS = [
    ("زار أمير قطر السعودية في يوليو الماضي، وفي 22 نوفمبر زار الإمارات.", JULY_NOV,
     [("VISIT", ["QAT", "SAU"], "2023-07-01"), ("VISIT", ["ARE", "QAT"], "2023-11-22")]),
    ("زار الرئيس التونسي الجزائر في يوليو الماضي، ثم في 22 نوفمبر زار مصر.", JULY_NOV,
     [("VISIT", ["DZA", "TUN"], "2023-07-01"), ("VISIT", ["EGY", "TUN"], "2023-11-22")]),
    # one verb, several dates after "وفي" a few words on: one visit on each
    ("وسبق للرئيس التونسي أن زار الجزائر في 22 نوفمبر 2021 بمناسبة عيد الاستقلال وفي يوليو "
     "2022 ومايو 2023.", {"22 نوفمبر 2021": ("2021-11-22", "2021-11-22", "day"),
                           "يوليو 2022": ("2022-07-01", "2022-07-31", "month"),
                           "مايو 2023": ("2023-05-01", "2023-05-31", "month")},
     [("VISIT", ["DZA", "TUN"], "2021-11-22"), ("VISIT", ["DZA", "TUN"], "2022-07-01"),
      ("VISIT", ["DZA", "TUN"], "2023-05-01")]),
    # a date after a comma is no other time of the act
    ("زار الرئيس التونسي الجزائر في يوليو الماضي، وفي 22 نوفمبر أعلن الوزير أمرا آخر.",
     JULY_NOV, [("VISIT", ["DZA", "TUN"], "2023-07-01")]),
    # a comma ends the summit's phrase: the meeting on its sidelines is an event of its own
    ("وعلى هامش القمة، التقى الرئيس الفرنسي يوم الأحد نظيره الأمريكي.", SUNDAY,
     [("MEETING", ["FRA", "USA"], "2024-03-10")]),
    ("التقى وزير الخارجية العراقي يوم الأحد نظيره الإيراني على هامش القمة العربية في الدوحة "
     "بمشاركة مصر والأردن.", SUNDAY,
     [("MEETING", ["IRN", "IRQ"], "2024-03-10")]),
]


@pytest.mark.parametrize("text,dates,expected", LISTS)
def test_lists_and_sidelines(text, dates, expected):
    assert events_of(text, dates, skip=("SUMMIT",)) == sorted(expected)


SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}

# "حل" is a visit when a person arrives at a place; else it is the noun "solution"
ARRIVALS = [
    ("حل الرئيس الجزائري، أمس السبت، بالعاصمة الإيطالية روما في زيارة رسمية.", SAT,
     [("VISIT", ["DZA", "ITA"], "2024-03-09")]),
    ("وكان الرئيس التونسي قد حل أمس السبت ببرلين للمشاركة في المؤتمر.", SAT,
     [("VISIT", ["DEU", "TUN"], "2024-03-09")]),
    ("يحل الرئيس الإندونيسي ضيفا على مصر أمس السبت.", SAT, [("VISIT", ["EGY", "IDN"], "2024-03-09")]),
    ("حل الرئيس الجزائري، أمس السبت، بالعاصمة البرتغالية، لشبونة، في زيارة دولة.", SAT,
     [("VISIT", ["DZA", "PRT"], "2024-03-09")]),
    # an adverb of time between the verb and the place
    ("وكان رئيس الوزراء الجزائري قد حل أمس السبت في وقت متأخر بالعاصمة التونسية.", SAT,
     [("VISIT", ["DZA", "TUN"], "2024-03-09")]),
    ("وصل وزير الخارجية المصري قبل قليل الرياض.", SAT, [("VISIT", ["EGY", "SAU"], "2024-03-10")]),
    # a resort is a place noun before its name
    ("ووصل الملك الأردني، أمس السبت، إلى منتجع شرم الشيخ.", SAT,
     [("VISIT", ["EGY", "JOR"], "2024-03-09")]),
    # the subject's name, unknown to the gazetteer, between the verb and a bare place
    ("وصل رئيس الوزراء الغاني كوامي أدجيي منسا السنغال، أمس السبت.", SAT,
     [("VISIT", ["GHA", "SEN"], "2024-03-09")]),
    # ... a name, not a clause: "وصل ... بعد انتهاء الانتخابات في السنغال" goes nowhere
    ("وصل الرئيس الغاني بعد انتهاء الانتخابات في السنغال، أمس السبت.", SAT, []),
    ("دعا الوزير المصري أمس السبت إلى حل سياسي في ليبيا.", SAT, []),
    ("طالب الرئيس الفرنسي أمس السبت بإيجاد حل للأزمة في سوريا.", SAT, []),
]


@pytest.mark.parametrize("text,dates,expected", ARRIVALS)
def test_arrivals(text, dates, expected):
    assert events_of(text, dates, skip=("SUMMIT",)) == sorted(expected)


MAY = {"مايو الماضي": ("2023-05-01", "2023-05-31", "month"),
       "العاشر من ديسمبر": ("2024-12-10", "2024-12-10", "day")}

# a date in a relative clause on a trigger dates that trigger, not a trigger after it
RELATIVES = [
    ("جاء ذلك بعد مؤتمر مدريد الذي عقد في مايو الماضي وأسفر عن اتفاق على إجراء انتخابات في "
     "العاشر من ديسمبر.", MAY, ("SUMMIT", "2023-05-01")),
    ("وتأتي الخطوة بعد الزيارة التي قام بها الرئيس التركي إلى قطر في مايو الماضي.", MAY,
     ("VISIT", "2023-05-01")),
    # the pronoun stands for the trigger's whole phrase
    ("يشارك الرئيس الجزائري في قمة منتدى التعاون الصيني الأفريقي الذي يعقد في أيلول.", MONTHS,
     ("SUMMIT", "2023-09-01")),
    ("أرجأت اليونان وقبرص توقيع اتفاقية ترسيم الحدود البحرية التي كانت مقررة في أيلول.", MONTHS,
     ("AGREEMENT", "2023-09-01")),
    # a trigger of the clause after its date owns it
    ("استقبل السلطان العماني الملك الإسباني الذي بدأ في أيلول زيارة رسمية للسلطنة.", MONTHS,
     ("VISIT", "2023-09-01")),
]


# a relative pronoun agrees with its antecedent: past a nearer trigger of the other gender
GENDERS = [
    ("أنهى اجتماع وزيري خارجية مصر والأردن التحضيري للقمة، الذي عقد في مايو الماضي، أعماله.",
     MAY, {("MEETING", "2023-05-01")}),
    ("رفع وزيرا خارجية مصر والأردن التوصيات إلى القمة بعد الاجتماع، والتي عقدت في مايو الماضي.",
     MAY, {("SUMMIT", "2023-05-01")}),
    # ة before an enclitic is written ت: "جولته" is feminine, so "الذي" is on the noun after it
    # (and the tour is left undated)
    ("وقال الوزير الأمريكي إنه سيناقش خلال جولته في السعودية مستقبل الاتفاق مع إيران، والذي "
     "أبرم في مايو الماضي.", MAY, set()),
    ("وأشاد الوزير الأمريكي بنتائج جولته في السعودية، والتي جرت في مايو الماضي.", MAY,
     {("VISIT", "2023-05-01")}),
]


@pytest.mark.parametrize("text,dates,expected", GENDERS)
def test_relative_pronoun_agrees_with_its_antecedent(text, dates, expected):
    got = {(r.event_type, r.date_start and r.date_start.isoformat()) for r in run(text, dates)}
    assert got == expected


@pytest.mark.parametrize("text,dates,expected", RELATIVES)
def test_relative_clause_dates_its_antecedent(text, dates, expected):
    got = {(r.event_type, r.date_start and r.date_start.isoformat()) for r in run(text, dates)}
    assert expected in got


# a date in a relative clause on a noun that is no trigger dates that noun, not a trigger before
# it; nested in a trigger's own relative clause, it dates neither
OTHER_RELATIVES = [
    ("يشارك الرئيس المصري والرئيس الليبي في القمة الأفريقية التي ستكرس لمراجعة الميثاق الذي "
     "وضع لدى تأسيسها في أيلول."),
    ("وتأتي زيارة الرئيس التونسي إلى الجزائر بعد شهرين من فوز نظيره الجزائري بولاية ثانية في "
     "الانتخابات التي جرت في نيسان الماضي."),
    ("استقبل الرئيس اللبناني في بيروت وزير الخارجية الفرنسي الجديد، بحضور السفير الذي تسلم مهامه "
     "في أيلول."),
]


@pytest.mark.parametrize("text", OTHER_RELATIVES)
def test_relative_clause_on_another_noun_dates_no_event(text):
    assert [r.date_start for r in run(text, MONTHS)] == [None]


# an act in a clause describing the undated event noun before it, with a pronoun for that
# event ("زيارة ... التقى فيها"), is part of it: its date is the event's, one event in all;
# an event with its own date keeps the act's other day apart
FEB = {"فبراير الماضي": ("2024-02-01", "2024-02-29", "month"),
       "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
       "يوم الثلاثاء": ("2024-03-12", "2024-03-12", "day")}
DESCRIBED = [
    ("وكان الرئيس الجزائري قد أجرى زيارة إلى تونس التقى فيها نظيره التونسي في فبراير الماضي.",
     [("VISIT", ["DZA", "TUN"], "2024-02-01")]),
    ("أدى رئيس الوزراء الباكستاني زيارة إلى الصين أجرى خلالها مباحثات مع الرئيس الصيني في "
     "فبراير الماضي.", [("VISIT", ["CHN", "PAK"], "2024-02-01")]),
    ("يبدأ الرئيس الكيني اليوم الأحد زيارة إلى أوغندا يلتقي خلالها نظيره الأوغندي يوم الثلاثاء.",
     [("MEETING", ["KEN", "UGA"], "2024-03-12"), ("VISIT", ["KEN", "UGA"], "2024-03-10")]),
]


@pytest.mark.parametrize("text,expected", DESCRIBED, ids=["verb-fiha", "light-verb-khilalaha",
                                                          "event-dated-itself"])
def test_act_describing_an_event_dates_it(text, expected):
    assert events_of(text, FEB) == expected


# the past verb "هاتف" with a person on each side is a call; the noun "هاتف" is a telephone
CALLS = [
    ("هاتف الرئيس الجزائري، مساء أمس السبت، نظيره التونسي.", SAT,
     [("PHONE_CALL", ["DZA", "TUN"], "2024-03-09")]),
    ("سرق هاتف الوزير المصري أمس السبت في القاهرة.", SAT, []),
    # a consultation verb whose means is a call, later in its clause, is the call
    ("تشاور الرئيس السوري مع الرئيس اللبناني أمس السبت في اتصال هاتفي حول الأوضاع.", SAT,
     [("PHONE_CALL", ["LBN", "SYR"], "2024-03-09")]),
    ("تباحث وزير الخارجية المصري، أمس السبت، مع نظيره الأردني، عبر اتصال هاتفي، في آخر "
     "التطورات.", SAT, [("PHONE_CALL", ["EGY", "JOR"], "2024-03-09")]),
    # ... not a call told in a clause of its own after another verb
    ("التقى وزير الخارجية المصري نظيره الأردني أمس السبت، بعد أن بحث معه في اتصال هاتفي "
     "التطورات.", SAT, [("MEETING", ["EGY", "JOR"], "2024-03-09")]),
    # "اتصل" with a pronoun for the one called, named before it: a call
    ("وقال الرئيس المصري، الذي اتصل به الرئيس الأمريكي أمس السبت، إن المباحثات كانت إيجابية.",
     SAT, [("PHONE_CALL", ["EGY", "USA"], "2024-03-09")]),
    ("أكدت الرئيسة السلوفينية، التي اتصل بها العاهل الأردني أمس السبت، دعم بلادها للحوار.",
     SAT, [("PHONE_CALL", ["JOR", "SVN"], "2024-03-09")]),
]


@pytest.mark.parametrize("text,dates,expected", CALLS)
def test_call_verb(text, dates, expected):
    assert events_of(text, dates) == expected


# the noun "استقبال" is a meeting, unless it is a welcome at the airport or a reception party
RECEPTIONS = [
    ("أعلنت الرئاسة عن استقبال الرئيس المصري، أمس السبت، رئيس الوزراء اليوناني.", SAT,
     [("MEETING", ["EGY", "GRC"], "2024-03-09")]),
    ("كان في استقبال الوزير الأردني لدى وصوله مطار القاهرة أمس السبت وزير الخارجية المصري.", SAT,
     [("VISIT", ["EGY", "JOR"], "2024-03-09")]),
    # an airport that receives a delegation is its arrival, not a meeting
    ("استقبل مطار القاهرة الدولي، أمس السبت، وفدا إسرائيليا قادما من تل أبيب للمشاركة في "
     "المفاوضات.", SAT, [("VISIT", ["EGY", "ISR"], "2024-03-09")]),
    ("استقبل الرئيس المصري في القاهرة، أمس السبت، وفدا إسرائيليا قادما من تل أبيب.", SAT,
     [("MEETING", ["EGY", "ISR"], "2024-03-09")]),
    # a host receiving "him" right after an arrival welcomes the one who arrived
    ("وصل الرئيس التشادي إلى الخرطوم في زيارة رسمية، واستقبله الرئيس السوداني، أمس السبت.", SAT,
     [("VISIT", ["SDN", "TCD"], "2024-03-09")]),
    # ... not another guest named
    ("وصل الرئيس التشادي إلى الخرطوم في زيارة رسمية، واستقبل الرئيس السوداني وزير الخارجية "
     "المصري، أمس السبت.", SAT,
     [("MEETING", ["EGY", "SDN"], "2024-03-09"), ("VISIT", ["SDN", "TCD"], None)]),
]


@pytest.mark.parametrize("text,dates,expected", RECEPTIONS)
def test_reception(text, dates, expected):
    assert events_of(text, dates) == expected


@pytest.mark.parametrize("text,expected", [
    ("انتقل وزير الخارجية المغربي أمس السبت إلى لندن.", [("VISIT", ["GBR", "MAR"])]),
    ("انتقل وزير الخارجية المغربي أمس السبت إلى رحمة الله.", []),
])
def test_moving_verb_needs_a_place(text, expected):
    assert [(r.event_type, r.participants) for r in run(text, SAT)] == expected


MONTHS = {"أيلول": ("2021-09-01", "2021-09-30", "month"),
          "تشرين الأول": ("2021-10-01", "2021-10-31", "month")}
TWO_DAYS = {"غد الأحد": ("2024-03-10", "2024-03-10", "day"),
            "بعد غد الاثنين": ("2024-03-11", "2024-03-11", "day"),
            "الثلاثاء المقبل": ("2024-03-12", "2024-03-12", "day"),
            "الخميس المقبل": ("2024-03-14", "2024-03-14", "day")}


@pytest.mark.parametrize("text,dates,expected", [
    # two dates joined by و: two occurrences ("زارها في أيلول وتشرين الأول")
    ("زار وزير الخارجية الإيراني سوريا في أيلول وتشرين الأول.", MONTHS,
     [("2021-09-01", "2021-09-30"), ("2021-10-01", "2021-10-31")]),
    # ... but two consecutive days after "يومي" are one stay
    ("يقوم الرئيس النيجيري بزيارة رسمية إلى المغرب يومي غد الأحد وبعد غد الاثنين.", TWO_DAYS,
     [("2024-03-10", "2024-03-11")]),
    ("يجري وزير الخارجية الهندي محادثات في القاهرة يومي الاثنين والثلاثاء المقبل.",
     {"الاثنين": ("2024-03-11", "2024-03-11", "day"), **TWO_DAYS},
     [("2024-03-11", "2024-03-12")]),
    # ... days apart after "يومي" stay two
    ("يزور الرئيس الفرنسي الجزائر يومي الثلاثاء المقبل والخميس المقبل.", TWO_DAYS,
     [("2024-03-12", "2024-03-12"), ("2024-03-14", "2024-03-14")]),
], ids=["months", "two-days", "two-weekdays", "days-apart"])
def test_dates_of_one_trigger_joined_by_and(text, dates, expected):
    rows = run(text, dates)
    assert sorted((r.date_start.isoformat(), r.date_end.isoformat()) for r in rows) == expected
    assert len({r.event_id for r in rows}) == len(expected)


PLAN = {"أمس السبت": ("2024-03-09", "2024-03-09", "day"),
        "يومي 10 و11 مارس": ("2024-03-10", "2024-03-11", "day"),
        "اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}


@pytest.mark.parametrize("text,expected", [
    # the announced plan came true: one visit, occurred
    ("أعلنت الخارجية الروسية أمس السبت أن الوزير لافروف سيجري زيارة للصين يومي 10 و11 مارس. "
     "ووصل وزير الخارجية الروسي سيرغي لافروف اليوم الأحد إلى الصين.",
     [("VISIT", "occurred", "2024-03-10", "2024-03-11")]),
    # another person came ahead of the announced visit: two visits
    ("أعلنت الحكومة أمس السبت أن رئيس الوزراء الإثيوبي آبي أحمد سيجري زيارة لمصر يومي 10 و11 مارس. "
     "ووصل وزير الري الإثيوبي سيلشي بيكيلي اليوم الأحد إلى القاهرة.",
     [("VISIT", "occurred", "2024-03-10", "2024-03-10"),
      ("VISIT", "planned", "2024-03-10", "2024-03-11")]),
    # an act the visit holds, between its states, told done on its first day: it has begun
    ("استقبل الرئيس التركي اليوم الأحد نظيره الجورجي في أنقرة. وكانت الرئاسة قد أعلنت أمس "
     "السبت أن الرئيس الجورجي سيزور تركيا يومي 10 و11 مارس.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10"),
      ("VISIT", "occurred", "2024-03-10", "2024-03-11")]),
    # ... not an act elsewhere, nor one of other states
    ("التقى وزير الخارجية التركي اليوم الأحد نظيره الجورجي في جنيف. وكانت الرئاسة قد أعلنت أمس "
     "السبت أن الرئيس الجورجي سيزور تركيا يومي 10 و11 مارس.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10"),
      ("VISIT", "planned", "2024-03-10", "2024-03-11")]),
    ("استقبل الرئيس التركي اليوم الأحد نظيره الأذربيجاني في أنقرة. وكانت الرئاسة قد أعلنت أمس "
     "السبت أن الرئيس الجورجي سيزور تركيا يومي 10 و11 مارس.",
     [("MEETING", "occurred", "2024-03-10", "2024-03-10"),
      ("VISIT", "planned", "2024-03-10", "2024-03-11")]),
])
def test_plan_came_true(text, expected):
    rows = run(text, PLAN)
    assert sorted((r.event_type, r.status, r.date_start.isoformat(), r.date_end.isoformat())
                  for r in rows) == expected


@pytest.mark.parametrize("text,expected", [
    # "غادر X" leaves X: the destination is after باتجاه/إلى
    ("غادر الرئيس المصري الجزائر أمس السبت باتجاه مالابو.", ("VISIT", "GNQ")),
    ("غادر الرئيس المصري أمس السبت إلى الرياض.", ("VISIT", "SAU")),
])
def test_leaving_verb(text, expected):
    rows = run(text, SAT)
    assert [(r.event_type, r.location_country) for r in rows] == [expected]


def test_leaving_a_place_is_no_visit_there():
    assert run("غادر الرئيس المصري الجزائر أمس السبت.", SAT) == []


EARLIER = {"في وقت سابق اليوم": ("2024-03-10", "2024-03-10", "day"),
           "10 مارس": ("2024-03-10", "2024-03-10", "day"),
           "الأحد": ("2024-03-10", "2024-03-10", "day")}


@pytest.mark.parametrize("text,expected", [
    # a date set off by dashes inside a sentence dates its trigger
    ("كان وزير الخارجية المصري قد عقد - في وقت سابق اليوم - جلسة مباحثات مع نظيره الصيني.",
     [("TALKS", ["CHN", "EGY"], "2024-03-10")]),
    ("التقى الرئيس اللبناني – الأحد – رئيس الوزراء الفرنسي في قصر الإليزيه.",
     [("MEETING", ["FRA", "LBN"], "2024-03-10")]),
    # a dateline (a place or an agency, a dash, the date) dates nothing
    ("عمان - 10 مارس - يزور وزير الخارجية الأردني تركيا.", [("VISIT", ["JOR", "TUR"], None)]),
    ("بيروت (رويترز) - الأحد - قالت مصادر إن الرئيس اللبناني سيزور فرنسا.",
     [("VISIT", ["FRA", "LBN"], None)]),
    # an author and a place before it, or a clock time after it, make a dateline too
    ("سامي خليل - عمان - 10 مارس - يزور وزير الخارجية الأردني تركيا.",
     [("VISIT", ["JOR", "TUR"], None)]),
    ("كتب مراسل الوكالة في العاصمة 10 مارس 09:15 صباحا: يزور وزير الخارجية الأردني تركيا.",
     [("VISIT", ["JOR", "TUR"], None)]),
])
def test_dates_between_dashes(text, expected):
    assert events_of(text, EARLIER) == sorted(expected)


TOURS = {"غدا الاثنين": ("2024-03-11", "2024-03-11", "day"),
         "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "بعد غد الثلاثاء": ("2024-03-12", "2024-03-12", "day"),
         "أمس السبت": ("2024-03-09", "2024-03-09", "day"),
         "5 فبراير": ("2024-02-05", "2024-02-05", "day"),
         "7 فبراير": ("2024-02-07", "2024-02-07", "day"),
         "9 فبراير": ("2024-02-09", "2024-02-09", "day"),
         "مارس": ("2023-03-01", "2023-03-31", "month"),
         "نوفمبر": ("2023-11-01", "2023-11-30", "month"),
         "الخميس": ("2024-03-14", "2024-03-14", "day"),
         "الجمعة": ("2024-03-15", "2024-03-15", "day")}


@pytest.mark.parametrize("text,expected", [
    # the places a tour takes in, after تشمل / شملت (كلا من): one visit each
    ("يبدأ الرئيس التركي غدا الاثنين جولة تشمل قطر والكويت.",
     [("VISIT", ["KWT", "TUR"], "2024-03-11"), ("VISIT", ["QAT", "TUR"], "2024-03-11")]),
    ("اختتم وزير الخارجية الصيني أمس السبت جولة شملت كلا من مصر والأردن.",
     [("VISIT", ["CHN", "EGY"], "2024-03-09"), ("VISIT", ["CHN", "JOR"], "2024-03-09")]),
    # an adjective after a place does not end the tour
    ("اختتم وزير الخارجية الصيني أمس السبت جولة شملت كلا من قبرص الرومية واليونان.",
     [("VISIT", ["CHN", "CYP"], "2024-03-09"), ("VISIT", ["CHN", "GRC"], "2024-03-09")]),
    ("يبدأ الرئيس التركي غدا الاثنين جولة تشمل قطر الشقيقة والكويت.",
     [("VISIT", ["KWT", "TUR"], "2024-03-11"), ("VISIT", ["QAT", "TUR"], "2024-03-11")]),
    # a tour begun or ended in a place (في after the noun, its date or subject between)
    ("وبدأ وزير الخارجية الجزائري جولته أمس السبت في إثيوبيا، حيث التقى رئيسها.",
     [("VISIT", ["DZA", "ETH"], "2024-03-09")]),
    # ... or named before the noun, after the verb of beginning and its subject and date
    ("بدأ رئيس الوزراء الصيني، أمس السبت، في إثيوبيا جولة أفريقية تشمل أربع دول.",
     [("VISIT", ["CHN", "ETH"], "2024-03-09")]),
    ("اختتم رئيس الوزراء الصيني، أمس السبت، في إثيوبيا جولة أفريقية.", []),
    # a round of talks in a city is no tour
    ("انطلقت جولة مفاوضات جديدة في جنيف أمس السبت بين الولايات المتحدة وإيران.",
     [("TALKS", ["IRN", "USA"], "2024-03-09")]),
    # what an agreement covers is no destination
    ("وقع وزيرا خارجية مصر والسودان أمس السبت اتفاقا يشمل التعاون في مجال المياه.",
     [("AGREEMENT", ["EGY", "SDN"], "2024-03-09")]),
    # stops dated one by one: each visit on its own date
    ("وكان أمير الكويت قد قام بجولة خليجية شملت السعودية في 5 فبراير، والإمارات في 7 فبراير، "
     "وقطر في 9 فبراير.",
     [("VISIT", ["KWT", "SAU"], "2024-02-05"), ("VISIT", ["ARE", "KWT"], "2024-02-07"),
      ("VISIT", ["KWT", "QAT"], "2024-02-09")]),
    ("زار الرئيس الصيني كلا من روسيا في مارس، والهند في نوفمبر.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-11-01")]),
    # one date for the tour: the stops share it
    ("زار الرئيس الصيني كلا من روسيا والهند في مارس.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-03-01")]),
    ("يزور الرئيس الصيني في مارس لكل من روسيا والهند.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-03-01")]),
    ("يقوم الرئيس الصيني بزيارة دولة إلى كل من روسيا والهند في مارس.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-03-01")]),
    ("أعلن المتحدث أن الرئيس الصيني يعتزم زيارة كل من روسيا والهند في مارس.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-03-01")]),
    # a later stop dated by a mention of its own keeps that day, not the tour's
    ("يبدأ الرئيس المصري غدا الاثنين زيارة رسمية لكل من السودان وإثيوبيا. ويكرس الرئيس زيارته "
     "لإثيوبيا بعد غد الثلاثاء لبحث العلاقات.",
     [("VISIT", ["EGY", "SDN"], "2024-03-11"), ("VISIT", ["EGY", "ETH"], "2024-03-12")]),
    # ... but a trip told again through the same stops (a title and its story) gives none
    ("الرئيس الصيني يزور روسيا والهند الخميس\nيزور الرئيس الصيني روسيا والهند الخميس في "
     "جولة تستمر يومين.",
     [("VISIT", ["CHN", "IND"], "2024-03-14"), ("VISIT", ["CHN", "RUS"], "2024-03-14")]),
    ("وزير الخارجية التركي يزور قطر والكويت غدا الاثنين\nيبدأ وزير الخارجية التركي غدا "
     "الاثنين زيارة إلى قطر والكويت.",
     [("VISIT", ["KWT", "TUR"], "2024-03-11"), ("VISIT", ["QAT", "TUR"], "2024-03-11")]),
    # a count of states before their list ("إلى ثلاث دول: ..."); a tour of three stops or more
    # with one date is one visit per stop, each on that date
    ("يبدأ وزير الخارجية الصيني غدا الاثنين جولة تقوده إلى ثلاث دول: مصر والأردن وتونس.",
     [("VISIT", ["CHN", "EGY"], "2024-03-11"), ("VISIT", ["CHN", "JOR"], "2024-03-11"),
      ("VISIT", ["CHN", "TUN"], "2024-03-11")]),
    ("يبدأ الرئيس التركي غدا الاثنين جولة تشمل قطر والكويت والبحرين والإمارات.",
     [("VISIT", ["ARE", "TUR"], "2024-03-11"), ("VISIT", ["BHR", "TUR"], "2024-03-11"),
      ("VISIT", ["KWT", "TUR"], "2024-03-11"), ("VISIT", ["QAT", "TUR"], "2024-03-11")]),
    ("أرجأ وزير الخارجية الياباني أمس السبت رحلة إلى الهند. وقالت الوزارة إن جولة الوزير "
     "الياباني التي كانت ستقوده الخميس إلى الهند، وسريلانكا، وبنغلاديش، ستعاد جدولتها.",
     [("VISIT", ["BGD", "JPN"], "2024-03-14"), ("VISIT", ["IND", "JPN"], "2024-03-14"),
      ("VISIT", ["JPN", "LKA"], "2024-03-14")]),
    # ... unless a later stop has a day of its own
    ("يبدأ الرئيس المصري غدا الاثنين جولة تشمل السودان وإثيوبيا وكينيا. ويكرس الرئيس زيارته "
     "لإثيوبيا بعد غد الثلاثاء لبحث العلاقات.",
     [("VISIT", ["EGY", "KEN"], "2024-03-11"), ("VISIT", ["EGY", "SDN"], "2024-03-11"),
      ("VISIT", ["EGY", "ETH"], "2024-03-12")]),
    # a later stop led by its own date, the movement word left out
    ("ومن المقرر أن يتوجه الوزير الأمريكي الخميس إلى تشاد والجمعة إلى العاصمة النيجيرية أبوجا.",
     [("VISIT", ["TCD", "USA"], "2024-03-14"), ("VISIT", ["NGA", "USA"], "2024-03-15")]),
    ("وتوجه الرئيس الصيني في مارس إلى روسيا، وفي نوفمبر إلى الهند.",
     [("VISIT", ["CHN", "RUS"], "2023-03-01"), ("VISIT", ["CHN", "IND"], "2023-11-01")]),
    # a verb of beginning after the tour's noun puts its first stop, on its date; the places
    # after it are later stops
    ("وكان وزير الخارجية الأمريكي قد قام أمس السبت بجولة إفريقية بدأها بالسنغال وأنجولا.",
     [("VISIT", ["SEN", "USA"], "2024-03-09"), ("VISIT", ["AGO", "USA"], None)]),
    ("وكان وزير الخارجية الأمريكي قد قام بجولة بدأت أمس السبت في السنغال.",
     [("VISIT", ["SEN", "USA"], "2024-03-09")]),
    # a stop of a tour named by the day and the place it began from: that day there, not the stop's
    ("وصل الرئيس الأمريكي اليوم الأحد إلى الدوحة في ثاني محطات جولته الخليجية التي بدأها أمس "
     "السبت من الرياض.", [("VISIT", ["QAT", "USA"], "2024-03-10"),
                          ("VISIT", ["SAU", "USA"], "2024-03-09")]),
    ("حل الرئيس الأمريكي اليوم الأحد ضيفا على قطر، وهي ثاني محطات جولته الخليجية التي بدأها أمس "
     "السبت من السعودية.", [("VISIT", ["QAT", "USA"], "2024-03-10"),
                             ("VISIT", ["SAU", "USA"], "2024-03-09")]),
])
def test_tour_places(text, expected):
    assert events_of(text, TOURS) == sorted(expected)


NOON = {"ظهر اليوم": ("2024-03-10", "2024-03-10", "day"),
        "ظهر أمس": ("2024-03-09", "2024-03-09", "day"),
        "شهر رمضان": ("2024-03-11", "2024-04-09", "month")}


@pytest.mark.parametrize("text,expected", [
    # "قبل/بعد ظهر ..." is a time of that day, not a reference point
    ("استقبل الرئيس اللبناني قبل ظهر اليوم سفير فرنسا.", [("MEETING", ["FRA", "LBN"], "2024-03-10")]),
    ("وصل الوفد الليبي بعد ظهر أمس إلى القاهرة.", [("VISIT", ["EGY", "LBY"], "2024-03-09")]),
    # a date after قبل/بعد is still a reference point
    ("يزور وزير الخارجية التركي مصر قبل شهر رمضان.", [("VISIT", ["EGY", "TUR"], None)]),
])
def test_parts_of_the_day_after_before_and_after(text, expected):
    assert events_of(text, NOON) == sorted(expected)


YEAR = {"في 14 مايو 2023": ("2023-05-14", "2023-05-14", "day"),
        "هذا العام": ("2023-01-01", "2023-12-31", "year"),
        "العام الماضي": ("2023-01-01", "2023-12-31", "year")}


@pytest.mark.parametrize("text,expected", [
    # a day inside the light verb's complex is finer than the year named after the trigger
    ("قام الرئيس العماني في 14 مايو 2023 بأول زيارة خارجية له هذا العام إلى الإمارات.",
     [("VISIT", ["ARE", "OMN"], "2023-05-14")]),
    # a year alone stays the date
    ("قام الرئيس العماني بزيارة إلى الإمارات العام الماضي.", [("VISIT", ["ARE", "OMN"], "2023-01-01")]),
])
def test_finer_date_inside_the_complex(text, expected):
    assert events_of(text, YEAR) == sorted(expected)



@pytest.mark.parametrize("text,expected", [
    # a reception "لدى وصوله" at an airport welcomes the guest's visit: one visit, on its day
    ("استقبل أمير قطر اليوم الأحد في مطار الدوحة الرئيس التركي لدى وصوله إلى البلاد.",
     [("VISIT", ["QAT", "TUR"], "2024-03-10")]),
    # ... and a host's reception on arrival, not at an airport, is a meeting too (its own date:
    # GUIDELINES), at a palace or in the city
    ("استقبل وزير الخارجية الكويتي اليوم الأحد نظيره الأردني فور وصوله إلى الكويت.",
     [("MEETING", ["JOR", "KWT"], "2024-03-10"), ("VISIT", ["JOR", "KWT"], "2024-03-10")]),
    ("استقبل الرئيس المصري اليوم الأحد نظيره التركي لدى وصوله إلى قصر الاتحادية.",
     [("MEETING", ["EGY", "TUR"], "2024-03-10"), ("VISIT", ["EGY", "TUR"], "2024-03-10")]),
    ("استقبل الرئيس المصري اليوم الأحد نظيره التركي لدى وصوله إلى مطار القاهرة.",
     [("VISIT", ["EGY", "TUR"], "2024-03-10")]),
    # a reception at an airport welcomes the visit its guest is named making
    ("استقبل الرئيس الجزائري اليوم الأحد بمطار هواري بومدين الدولي رئيس جمهورية تشاد الذي حل "
     "بالجزائر في زيارة رسمية.", [("VISIT", ["DZA", "TCD"], "2024-03-10")]),
    # a reception with no arrival stays a meeting; the visit its guest is told making, in the
    # present or as begun, goes on that day
    ("استقبل الرئيس الجزائري اليوم الأحد بقصر المرادية رئيس جمهورية تشاد الذي يزور الجزائر.",
     [("MEETING", ["DZA", "TCD"], "2024-03-10"), ("VISIT", ["DZA", "TCD"], "2024-03-10")]),
    ("يستقبل ولي العهد السعودي اليوم الأحد الرئيس الفنزويلي، الذي يقوم بزيارة تاريخية إلى "
     "البلاد.",
     [("MEETING", ["SAU", "VEN"], "2024-03-10"), ("VISIT", ["SAU", "VEN"], "2024-03-10")]),
    ("استقبل الرئيس المصري اليوم الأحد رئيس الوزراء الإثيوبي، الذي وصل في زيارة رسمية للبلاد "
     "تستغرق يومين.",
     [("MEETING", ["EGY", "ETH"], "2024-03-10"), ("VISIT", ["EGY", "ETH"], "2024-03-10")]),
    # ... not a visit told as a plan, or another event between
    ("استقبل الرئيس الجزائري اليوم الأحد رئيس جمهورية تشاد الذي سيزور تونس الشهر المقبل.",
     [("MEETING", ["DZA", "TCD"], "2024-03-10"), ("VISIT", ["TCD", "TUN"], None)]),
    ("استقبل أمير قطر اليوم الأحد في الديوان الأميري الرئيس التركي.",
     [("MEETING", ["QAT", "TUR"], "2024-03-10")]),
])
def test_reception_on_arrival_is_the_visit(text, expected):
    assert events_of(text, TODAY) == sorted(expected)


# years with a period proclitic are what a programme or a term covers, not the event's date
PERIODS = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
           "عامي 2026-2027": ("2026-01-01", "2027-12-31", "year"),
           "سنتي 2025-2026": ("2025-01-01", "2026-12-31", "year"),
           "عام 2023": ("2023-01-01", "2023-12-31", "year"),
           "2003-2010": ("2003-01-01", "2010-12-31", "year"),
           "2015": ("2015-01-01", "2015-12-31", "year")}


@pytest.mark.parametrize("text,expected", [
    ("شهد رئيس الوزراء المصري ونظيره التونسي اليوم الأحد توقيع مذكرة تفاهم. كما تم توقيع "
     "برنامجين تنفيذيين للتعاون لعامي 2026-2027 بين حكومة مصر وحكومة تونس.",
     [("AGREEMENT", ["EGY", "TUN"], "2024-03-10")]),
    # (after an opening sentence of no event: not the lead act, which the publication day dates)
    ("ارتفعت أسعار النفط في الأسواق العالمية. التقى وزير الخارجية المغربي نظيرته السلوفينية التي "
     "طلبت دعم ترشح بلادها لعضوية مجلس الأمن لسنتي 2025-2026.", [("MEETING", ["MAR", "SVN"], None)]),
    # a year with another preposition stays a date
    ("زار وزير الخارجية المصري تونس في عام 2023.", [("VISIT", ["EGY", "TUN"], "2023-01-01")]),
    # years in brackets after a noun of no event, party or date: the span of a term or an office
    ("يشارك الرئيس البرازيلي في قمة البرازيل والأرجنتين، وكان الرئيس في نهاية ولايتيه السابقتين "
     "(2003-2010) أحد مؤسسي المنظمة.", [("SUMMIT", ["ARG", "BRA"], None)]),
    # ... after an event or a place it goes to, a date
    ("وكانت آخر زيارة للرئيس المصري إلى تونس (2015) قصيرة.",
     [("VISIT", ["EGY", "TUN"], "2015-01-01")]),
])
def test_covered_period_is_no_event_date(text, expected):
    assert events_of(text, PERIODS) == sorted(expected)


SINCE = {"ديسمبر الماضي": ("2023-12-01", "2023-12-31", "month"),
         "أيار الماضي": ("2023-05-01", "2023-05-31", "month"),
         "منتصف الشهر ذاته": ("2023-05-01", "2023-05-31", "month"),
         "اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
         "شهر رمضان": ("2024-03-11", "2024-04-09", "month")}


@pytest.mark.parametrize("text,expected", [
    # a date deep in a "بعد/منذ + clause", past an apposition, dates that clause
    ("التقى وزير الخارجية الروسي نظيره السوري في موسكو اليوم الأحد، في زيارة تعد الأولى بعد "
     "الإطاحة بحليف روسيا السابق، المخلوع بشار الأسد، في ديسمبر الماضي.",
     [("MEETING", ["RUS", "SYR"], "2024-03-10"), ("VISIT", ["RUS", "SYR"], "2024-03-10")]),
    # (after an opening sentence of no event: not the lead act, which the publication day dates)
    ("ارتفعت أسعار النفط في الأسواق العالمية. زار رئيس الحكومة الليبي مصر في أول زيارة رسمية له "
     "بعد اختياره من قبل ملتقى الحوار الوطني لتشكيل الحكومة في ديسمبر الماضي.",
     [("VISIT", ["EGY", "LBY"], None)]),
    ("يزور الرئيس التونسي الجزائر، وتعد الزيارة تنفيذا لتعهد التزم به عند أدائه اليمين في ديسمبر "
     "الماضي.", [("VISIT", ["DZA", "TUN"], None)]),
    # "من قبل" (by) opens no "before" clause: the date after it is the act's
    ("استقبل المبعوث الأممي، السيد فلان الفلاني، من قبل الرئيس الموريتاني، السيد فلان ولد "
     "الفلاني، اليوم الأحد في نواكشوط.", [("MEETING", ["MRT", "UNO"], "2024-03-10")]),
    # a date opening a new clause after a comma is that clause's, not the since-clause's
    ("وكانت زيارة رئيس الوزراء العراقي إلى أنقرة الأولى منذ توليه منصبه في أيار الماضي، ومنتصف "
     "الشهر ذاته، أجرى وزير الخارجية العراقي زيارة رسمية إلى تركيا.",
     [("VISIT", ["IRQ", "TUR"], "2023-05-01")]),
    # the occasion of a visit ("بمناسبة شهر رمضان") is no date of it: the arrival's day is
    ("وصل أمير قطر إلى الكويت اليوم الأحد في زيارة أخوية يقدم فيها التهاني لأمير الكويت بمناسبة "
     "شهر رمضان المبارك.", [("VISIT", ["KWT", "QAT"], "2024-03-10")]),
])
def test_since_clause_reach(text, expected):
    assert events_of(text, SINCE) == sorted(expected, key=str)


SAT = {"السبت": ("2024-03-09", "2024-03-09", "day"), "اليوم الأحد": TODAY["اليوم الأحد"],
       "الأسبوع المقبل": ("2024-03-11", "2024-03-17", "week")}


@pytest.mark.parametrize("text,expected", [
    # the occasion a report was made on ("خلال لقائه"، "في مستهل لقائه") is on the report's day
    ("أكد الرئيس المصري، اليوم الأحد، خلال لقائه مع الرئيس الكيني في القاهرة، أن العلاقات متينة.",
     [("MEETING", ["EGY", "KEN"], "2024-03-10", "occurred")]),
    ("اعتبر الرئيس الصيني، السبت، في مستهل لقائه مع الرئيس البرازيلي، أن التعاون يتقدم.",
     [("MEETING", ["BRA", "CHN"], "2024-03-09", "occurred")]),
    ("وقال وزير الخارجية الأردني اليوم الأحد لدى استقباله نظيره العراقي إن البلدين شريكان.",
     [("MEETING", ["IRQ", "JOR"], "2024-03-10", "occurred")]),
    ("قال وزير الخارجية الأردني عند وصوله إلى بغداد اليوم الأحد إن الزيارة مهمة.",
     [("VISIT", ["IRQ", "JOR"], "2024-03-10", "occurred")]),
    # ... or on the day of the report that the sentence before told, when the report goes on
    ("صرح الرئيس الروسي، السبت، بأن العلاقات مع سوريا تتطور. وقال الرئيس الروسي خلال اجتماعه مع "
     "الرئيس السوري في الكرملين إن التعاون مستمر.",
     [("MEETING", ["RUS", "SYR"], "2024-03-09", "occurred")]),
    ("صرح الرئيس الروسي فلاديمير بوتين، السبت، بأن العلاقات مع سوريا تتطور. وقال بوتين خلال "
     "اجتماعه مع الرئيس السوري في الكرملين إن التعاون مستمر.",
     [("MEETING", ["RUS", "SYR"], "2024-03-09", "occurred")]),
    # ... where the report was made may stand between ("في مقابلة تلفزيونية")
    ("صرح الرئيس الروسي فلاديمير بوتين، السبت، بأن العلاقات مع سوريا تتطور. وقال بوتين، في "
     "مقابلة تلفزيونية، خلال زيارته إلى دمشق إن التعاون مستمر.",
     [("VISIT", ["RUS", "SYR"], "2024-03-09", "occurred")]),
    ("صرح الرئيس الروسي، السبت، بأن العلاقات مع سوريا تتطور. وقال الرئيس الروسي في تصريحات "
     "صحفية خلال اجتماعه مع الرئيس السوري في الكرملين إن التعاون مستمر.",
     [("MEETING", ["RUS", "SYR"], "2024-03-09", "occurred")]),
    ("صرح الرئيس الروسي، السبت، بأن العلاقات مع سوريا تتطور. وقال الرئيس الإيراني خلال اجتماعه "
     "مع الرئيس السوري في طهران إن التعاون مستمر.",
     [("MEETING", ["IRN", "SYR"], None, "occurred")]),
    ("صرح الرئيس الروسي، السبت، بأن العلاقات مع سوريا تتطور. وذكرت الوكالة أن الرئيس الروسي "
     "سيبحث ذلك خلال اجتماعه مع الرئيس السوري.", [("MEETING", ["RUS", "SYR"], None, "planned")]),
    # an event inside what is reported keeps its own time, or none
    ("أعلنت المتحدثة باسم الخارجية الروسية، السبت، أن الوزير الروسي سيلتقي نظيره العراقي الذي "
     "يصل إلى موسكو في زيارة عمل.", [("VISIT", ["IRQ", "RUS"], None, "planned")]),
    ("أكد المتحدث، اليوم الأحد، أن الرئيس المصري سيبحث ملف المياه خلال زيارته إلى كينيا الأسبوع "
     "المقبل.", [("VISIT", ["EGY", "KEN"], "2024-03-11", "planned")]),
    ("أكد المتحدث، اليوم الأحد، أن الرئيس المصري سيبحث ملف المياه خلال زيارته إلى كينيا.",
     [("VISIT", ["EGY", "KEN"], None, "planned")]),
    ("قال وزير الخارجية التركي السبت إن اللقاء مع نظيره الروسي كان مثمرا.",
     [("MEETING", ["RUS", "TUR"], None, "occurred")]),
])
def test_occasion_of_a_report(text, expected):
    rows = run(text, SAT)
    assert sorted((r.event_type, sorted(r.participants), r.date_start and r.date_start.isoformat(),
                   r.status) for r in rows) == sorted(expected)


RANGE_WED = {**WED, "من 6 إلى 8 مارس": ("2024-03-06", "2024-03-08", "day")}


@pytest.mark.parametrize("text,expected", [
    # a date after an indefinite event noun framing the act before it dates the act too
    ("سيلتقي وزير الخارجية الإيراني مع نظيره الروسي، خلال زيارة رسمية إلى موسكو الأربعاء 6 "
     "مارس.", [("MEETING", ["IRN", "RUS"], "2024-03-06"), ("VISIT", ["IRN", "RUS"], "2024-03-06")]),
    ("التقى الرئيس المصري نظيره الكيني في زيارة عمل إلى نيروبي الأربعاء 6 مارس.",
     [("MEETING", ["EGY", "KEN"], "2024-03-06"), ("VISIT", ["EGY", "KEN"], "2024-03-06")]),
    ("وقع الوزير الأردني ونظيره العراقي اتفاقية للربط الكهربائي خلال محادثات في بغداد الأربعاء "
     "6 مارس.", [("AGREEMENT", ["IRQ", "JOR"], "2024-03-06"), ("TALKS", ["JOR"], "2024-03-06")]),
    # a known visit ("زيارته") or one a clause describes keeps the date: the meeting folds in
    ("سيلتقي الرئيس المصري نظيره الكيني خلال زيارته إلى نيروبي الأربعاء 6 مارس.",
     [("VISIT", ["EGY", "KEN"], "2024-03-06")]),
    ("سيلتقي الرئيس المصري نظيره الكيني خلال زيارة يقوم بها إلى نيروبي من 6 إلى 8 مارس.",
     [("VISIT", ["EGY", "KEN"], "2024-03-06")]),
], ids=["meeting-in-a-visit", "meeting-fi-visit", "signing-during-talks", "known-visit",
        "described-visit"])
def test_date_after_a_frame_dates_the_act_it_holds(text, expected):
    assert events_of(text, RANGE_WED) == sorted(expected)


# an ordinal after و or a copula, before its date, stands for the event noun told before it
# ("وكانت الأولى في ... والثانية في ..."); an ordinal in a date or after its noun is none
ITEMS_JAN_FEB = {"28 كانون الثاني": ("2024-01-28", "2024-01-28", "day"),
                 "14 شباط": ("2024-02-14", "2024-02-14", "day"),
                 "الثالث والرابع من شباط": ("2024-02-03", "2024-02-04", "day")}
ORDINAL_ITEMS = [
    ("وتعد زيارة العاهل الأردني لمصر الثالثة هذا العام، وكانت الأولى في 28 كانون الثاني "
     "والثانية في 14 شباط.", [("VISIT", ["EGY", "JOR"], "2024-01-28"),
                              ("VISIT", ["EGY", "JOR"], "2024-02-14")]),
    ("عقد وزيرا خارجية مصر والأردن جولتي مباحثات، كانت الأولى في 28 كانون الثاني.",
     [("TALKS", ["EGY", "JOR"], "2024-01-28")]),
    ("شارك الرئيس المصري والعاهل الأردني في قمة عقدت يومي الثالث والرابع من شباط.",
     [("SUMMIT", ["EGY", "JOR"], "2024-02-03")]),
    # the first and the last of them, with a pronoun for the list ("وكان آخرها في ...")
    ("سبقت زيارة العاهل الأردني الحالية لمصر زيارتان، كانت أولاهما في 28 كانون الثاني وكان "
     "آخرها في 14 شباط.", [("VISIT", ["EGY", "JOR"], "2024-01-28"),
                           ("VISIT", ["EGY", "JOR"], "2024-02-14")]),
    # "أول" before a noun is no item ("في أول زيارة")
    ("وصل العاهل الأردني إلى القاهرة في 14 شباط في أول زيارة له.",
     [("VISIT", ["EGY", "JOR"], "2024-02-14")]),
    # after "أما", its date a few words on in its clause
    ("عقدت القمة الثلاثية الأولى بين مصر والأردن والعراق في القاهرة في 28 كانون الثاني، أما "
     "الثانية فعقدت في بغداد في 14 شباط.", [("SUMMIT", ["EGY", "IRQ", "JOR"], "2024-01-28"),
                                          ("SUMMIT", ["EGY", "IRQ", "JOR"], "2024-02-14")]),
    # ... not past a comma
    ("زار العاهل الأردني مصر في 28 كانون الثاني، أما الثانية من الخطوات، فتأتي في 14 شباط.",
     [("VISIT", ["EGY", "JOR"], "2024-01-28")]),
]


@pytest.mark.parametrize("text,expected", ORDINAL_ITEMS)
def test_ordinal_items_of_a_list(text, expected):
    got = [e for e in events_of(text, ITEMS_JAN_FEB) if e[2]]
    assert got == sorted(expected)


INVITED = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
           "في أبريل المقبل": ("2024-04-01", "2024-04-30", "month")}


@pytest.mark.parametrize("text,expected", [
    # a date between an invitation and the event it invites to dates the invitation
    ("وجه الرئيس الفرنسي دعوة رسمية، اليوم الأحد، إلى رئيس الوزراء اللبناني لزيارة فرنسا.",
     [("VISIT", ["FRA", "LBN"], None)]),
    ("سلم وزير الخارجية السوري اليوم الأحد الرئيس اللبناني دعوة من نظيره السوري لزيارة دمشق.",
     [("VISIT", ["LBN", "SYR"], None)]),
    # the invited event's own date follows it
    ("وجه الرئيس الفرنسي اليوم الأحد دعوة إلى رئيس الوزراء اللبناني لزيارة فرنسا في أبريل "
     "المقبل.", [("VISIT", ["FRA", "LBN"], "2024-04-01")]),
    # a visit told before the invitation keeps its date
    ("وصل الرئيس الإثيوبي اليوم الأحد إلى القاهرة بدعوة من الرئيس المصري.",
     [("VISIT", ["EGY", "ETH"], "2024-03-10")]),
], ids=["dated-invitation", "delivered-invitation", "own-date-after", "visit-before-invitation"])
def test_invitation_dates_no_invited_event(text, expected):
    assert events_of(text, INVITED) == expected


def test_event_an_invitation_names_is_no_aim_of_the_act():
    """An event an invitation names after a purpose word ("دعوته لحضور القمة") is the
    invitation's aim, a later event: the visit delivering it takes none of its dates."""
    text = ("طلب أمير قطر تأجيل زيارة وزير الخارجية الأردني إلى الدوحة، لتسليمه رسالة تتضمن دعوته "
            "لحضور القمة العربية في أبريل المقبل.")
    assert {(e[0], e[2]) for e in events_of(text, INVITED)} == {("SUMMIT", "2024-04-01"),
                                                                ("VISIT", None)}


THEN = {"عام 2010": ("2010-01-01", "2010-12-31", "year"),
        "في ديسمبر الماضي": ("2023-12-01", "2023-12-31", "month"),
        "اليوم الأحد": ("2024-03-10", "2024-03-10", "day")}


@pytest.mark.parametrize("text,expected", [
    # "then" after a trigger: the date its sentence named last before it, a "since" date too
    ("وتعد هذه أول زيارة لرئيس وزراء عراقي إلى دمشق منذ عام 2010، حيث زارها آنذاك رئيس الحكومة "
     "العراقية.", [("VISIT", ["IRQ", "SYR"], "2010-01-01")]),
    ("وكان وزير الخارجية الأردني قد التقى في ديسمبر الماضي نظيره المصري، وبحثا حينها الأوضاع في "
     "غزة.", [("MEETING", ["EGY", "JOR"], "2023-12-01")]),
    # without it, the "since" date dates no event
    ("وتعد هذه أول زيارة لرئيس وزراء عراقي إلى دمشق منذ عام 2010.",
     [("VISIT", ["IRQ", "SYR"], None)]),
], ids=["since-date-then", "then-after-dated-act", "since-date-alone"])
def test_then_names_the_date_told_before(text, expected):
    assert events_of(text, THEN) == expected


HOSTED = {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day"),
          "أمس السبت": ("2024-03-09", "2024-03-09", "day")}


@pytest.mark.parametrize("text,expected", [
    # the summit dated on its own: the arrival "to take part in it" the day before lends it no day
    ("تنعقد في العاصمة السعودية الرياض اليوم الأحد أعمال القمة العربية برئاسة العاهل السعودي "
     "الملك سلمان بن عبد العزيز.\nووصل الرئيس التونسي أمس السبت إلى الرياض للمشاركة في أعمال "
     "القمة العربية.", {("SUMMIT", "2024-03-10"), ("VISIT", "2024-03-09")}),
    # ... and with no day of its own, the aim of the arrival is held about its day
    ("وصل الرئيس التونسي أمس السبت إلى الرياض للمشاركة في أعمال القمة العربية.",
     {("SUMMIT", "2024-03-09"), ("VISIT", "2024-03-09")}),
])
def test_aim_told_with_its_own_day_keeps_it(text, expected):
    assert {(e[0], e[2]) for e in events_of(text, HOSTED)} == expected
