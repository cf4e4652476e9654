"""Trigger detection: nominal and verbal forms, required context, look-alikes, phrases."""
from __future__ import annotations

import pytest

from event_helpers import parse
from waqai.events.actors import gazetteer
from waqai.events.doc import analyse
from waqai.events.lexicon import lexicon
from waqai.events.triggers import find_triggers


def triggers(text):
    parsed = parse(text)
    doc = analyse(text, None, parsed.sentences, parsed.tokens, lexicon(), gazetteer())
    return [(t.type, t.pos, text[doc.words[t.w0].start:doc.words[t.w1 - 1].end], len(t.spans))
            for t in find_triggers(doc, lexicon())]


@pytest.mark.parametrize("text,expected", [
    # nominal and verbal forms of each type, with clitics
    ("بدأ الوزير زيارته إلى مصر", ("VISIT", "noun", "زيارته")),
    ("وسيزور الوزير مصر", ("VISIT", "verb", "وسيزور")),
    ("توجه الرئيس إلى باريس", ("VISIT", "verb", "توجه")),
    ("يحل الرئيس ضيفا على الجزائر", ("VISIT", "verb", "يحل")),
    ("عقد الجانبان اجتماعا", ("MEETING", "noun", "اجتماعا")),
    ("والتقاه الرئيس", ("MEETING", "verb", "والتقاه")),
    ("أجرى الرئيس اتصالا هاتفيا بنظيره", ("PHONE_CALL", "noun", "اتصالا هاتفيا")),
    ("تلقى الأمير اتصالا من الرئيس", ("PHONE_CALL", "noun", "اتصالا")),
    ("وتباحث الوزيران", ("TALKS", "verb", "وتباحث")),
    ("انطلقت المفاوضات", ("TALKS", "noun", "المفاوضات")),
    ("بدأ الوفدان جولة تفاوضية جديدة", ("TALKS", "noun", "جولة تفاوضية")),
    ("انطلقت جولة التفاوض", ("TALKS", "noun", "جولة التفاوض")),
    ("انعقدت القمة", ("SUMMIT", "noun", "القمة")),
    ("تشهد الرياض اليوم قمتين", ("SUMMIT", "noun", "قمتين")),
    ("وعقدت قمتان في الدوحة", ("SUMMIT", "noun", "قمتان")),
    ("تنطلق أعمال مجلس الجامعة العربية على مستوى القمة", ("SUMMIT", "noun", "مجلس")),
    ("افتتح المؤتمر الدولي للسلام", ("SUMMIT", "noun", "المؤتمر")),
    ("وقعا اتفاقية تعاون", ("AGREEMENT", "verb", "وقعا")),
    ("توقيع مذكرتي تفاهم", ("AGREEMENT", "noun", "توقيع")),
])
def test_forms(text, expected):
    assert [t[:3] for t in triggers(text)][:1] == [expected]


@pytest.mark.parametrize("text,etype,present", [
    ("وصل الرئيس إلى القاهرة", "VISIT", True),
    ("انعقد مجلس الأمن الدولي في نيويورك", "SUMMIT", False),  # a council, not at summit level
    ("وصل عدد الضحايا إلى مئة", "VISIT", False),  # no place follows
    ("وتسافر الوزيرة غدا إلى إسطنبول", "VISIT", True),  # travelling to a place
    ("قبيل سفره إلى موسكو", "VISIT", True),
    ("قبيل سفرها من واشنطن", "VISIT", False),  # where the travel starts is no destination
    ("الانفجار الذي وقع في المرفأ", "AGREEMENT", False),  # وقع = happened
    ("وقع الوزيران على الاتفاقية", "AGREEMENT", True),
    # what comes after "أن" is another clause's: "توقع أن" is expecting, not signing
    ("فتوقع الوزير الأسبوع الماضي أن تركز القمة على الأمن", "AGREEMENT", False),
    ("وتوقع المتحدث أن يركز الوزراء على قضايا الأمن", "AGREEMENT", False),
    ("توقع الوزيرة غدا على اتفاقية للتعاون", "AGREEMENT", True),
    ("جرى الاتفاق على تأجيل الموعد", "AGREEMENT", False),  # agreeing is no signed agreement
    ("توصل الطرفان إلى اتفاق", "AGREEMENT", True),
    ("يبقى الخبراء على اتصال دائم", "PHONE_CALL", False),
    ("زيارة لبحث الملفات", "MEETING", False),  # بحث needs a counterpart (مع)
    ("بحث الوزير مع نظيره الملفات", "MEETING", True),
    # a leader's letter received is handed over in person; one sent is not
    ("تسلم العاهل السعودي رسالة خطية من أمير الكويت", "MEETING", True),
    ("أرسل الرئيس رسالة خطية إلى نظيره", "MEETING", False),
    # ... or, done, a subject of persons of two states joined by و
    ("بحث السفير الكويتي ومستشار الأمن القومي العراقي العلاقات الثنائية", "MEETING", True),
    ("بحث وزير الخارجية المصري ووزير الخارجية الأردني الأوضاع", "MEETING", True),
    ("بحث وزير الخارجية المصري ووزير الدفاع المصري الأوضاع", "MEETING", False),
    ("سيبحث وزير الخارجية المصري ووزير الخارجية الأردني الأوضاع", "MEETING", False),
    ("جولة خليجية", "VISIT", False),  # a tour needs a destination
    ("جولة إلى دول الخليج تشمل الكويت", "VISIT", True),  # the places a tour takes in
    ("جولة شملت كلا من الكويت وقطر", "VISIT", True),
    ("جولة مباحثات تشمل ملفات عدة", "VISIT", False),
    ("مؤتمر حول ليبيا", "SUMMIT", True),  # a conference about a state
    ("مؤتمر بشأن الأزمة السودانية", "SUMMIT", True),
    ("مؤتمر حول الاستثمار", "SUMMIT", False),
    ("مؤتمر المانحين لإعادة الإعمار", "SUMMIT", True),  # a conference of donor states
    ("المؤتمر الخاص باليمن", "SUMMIT", True),  # about a state
    ("المؤتمر الخاص بالاستثمار", "SUMMIT", False),
    ("منتدى الدول المصدرة للغاز", "SUMMIT", True),  # a forum of states
    ("سيتناول الأمير غداء عمل مع الرئيس الفرنسي", "MEETING", True),  # a working meal with a party
    ("أقيم غداء عمل للصحفيين", "MEETING", False),
    ("منتدى الاستثمار العربي", "SUMMIT", False),
    # a building named for conferences is a venue, not a conference
    ("يعقد وزراء خارجية الدول العربية في قصر المؤتمرات بجدة الدورة الـ150 للمجلس الوزاري",
     "SUMMIT", False),
    ("يعقد الوزراء اجتماعهم في قصر المؤتمرات الدولي بجدة", "SUMMIT", False),
    ("انطلق في القاهرة مؤتمر حول ليبيا", "SUMMIT", True),
    ("مؤتمر الحزب العام", "SUMMIT", False),
    ("جولة تقوده إلى الكويت", "VISIT", True),
    ("الدورة الثلاثين لمجلس وزراء الخارجية", "MEETING", True),  # a session of ministers
    ("الدورة الرياضية العربية", "MEETING", False),
    ("الدورة الخامسة للجنة العليا المشتركة بين البلدين", "MEETING", True),  # a joint committee
    ("الدورة الـ12 للجنة المشتركة الكبرى", "MEETING", True),
    # a round of dialogue between states is talks; a national dialogue is not
    ("عقدت الجولة الثامنة من الحوار السياسي بين مصر والأردن", "TALKS", True),
    ("تستضيف الرباط جولة جديدة من الحوار بين المغرب وإسبانيا", "TALKS", True),
    ("انطلقت الجولة الثانية من الحوار الوطني في تونس", "TALKS", False),
    ("دعا الرئيس إلى الحوار بين الأطراف", "TALKS", False),
    ("الدورة الـ 35 بعد المئة للمجلس الوزاري", "MEETING", True),
    # ... ministers named past the session's own phrase attend it, they do not name it
    ("وتشهد دورة هذا العام مشاركة أكثر من 500 شخصية بينهم رؤساء دول ووزراء", "MEETING", False),
    ("بدأت أعمال الدورة الـ76 للجمعية العامة، بحضور رؤساء ووزراء خارجية", "MEETING", False),
    # a session held with a party, right after the noun; a session of talks is talks
    ("عقد الرئيس جلسة قصيرة مع نظيره", "MEETING", True),
    ("عقد الوزير جلسة عمل مغلقة مع نظيره", "MEETING", True),
    ("عقد المجلس جلسة طارئة في مقره الرئيسي بالعاصمة مع الخبراء", "MEETING", False),
    ("عقد الوزيران جلسة مباحثات مع الوفد", "MEETING", False),
    ("عقد الرئيسان جلسة ثنائية بقصر الاتحادية", "MEETING", False),  # a place after ب
    ("مؤتمر دول الجوار", "SUMMIT", True),  # a conference of states
    # a joint committee its states' leaders chair meets; one formed is no meeting
    ("يترأس الرئيسان غدا اللجنة العليا المشتركة", "MEETING", True),
    # ... or one that is held, before it or after it
    ("انعقدت اللجنة المصرية السودانية المشتركة أمس بالخرطوم", "MEETING", True),
    ("اعتمد الوزيران وثائق اللجنة الفنية المشتركة التي عقدت أمس", "MEETING", True),
    ("تنص الاتفاقية على إنشاء لجنة مشتركة للتعاون", "MEETING", False),
    ("انعقدت اللجنة الوطنية للانتخابات أمس", "MEETING", False),
    ("أعلن الوزيران تشكيل لجنة مشتركة لمتابعة الملفات", "MEETING", False),
    ("ترأس رئيس الوزراء اللجنة الوزارية للاستثمار", "MEETING", False),
    # going to a place is a visit
    ("ومن المقرر أن يذهب الرئيس غدا إلى كازاخستان", "VISIT", True),
    ("ذهب الوزير إلى أبعد من ذلك", "VISIT", False),
    # "في اتصال مع" a person is a call; staying in touch is none
    ("وفي اتصال مع العاهل السعودي، دعا الرئيس إلى الحوار", "PHONE_CALL", True),
    ("يبقى الوزير على اتصال مع نظيره", "PHONE_CALL", False),
    ("أكد أهمية فتح قنوات اتصال مع الحكومة", "PHONE_CALL", False),
    # "اتصال بين" persons is a call; contact between states is none
    ("كان آخر اتصال بين وزيري الدفاع الروسي والأمريكي في مارس", "PHONE_CALL", True),
    ("جرى اتصال بين الرئيس المصري ونظيره الفرنسي", "PHONE_CALL", True),
    ("أكد الوزيران أهمية قنوات الاتصال بين البلدين", "PHONE_CALL", False),
    ("ناقش المسؤولون سبل الاتصال بين مصر والسودان", "PHONE_CALL", False),
])
def test_required_context(text, etype, present):
    assert any(t[0] == etype for t in triggers(text)) == present


@pytest.mark.parametrize("text", [
    "وزارة الخارجية ووزارتي الدفاع والداخلية",
    # a trigger word inside an organisation's name, by its form or its lemma
    "أكد الأمين العام لمنظمة معاهدة الأمن الجماعي دعم الحوار",
    "أكد الأمين العام لمنظمة المؤتمر الإسلامي دعم الحوار",
    "عقد الوزير مؤتمرا صحفيا",
    "وصل لاعبو المنتخب إلى القاهرة",
    "زيارة الفريق إلى ملعب الدوحة",
    "دعا مجلس الإدارة إلى اجتماع الجمعية العمومية للشركة",
    "نشر المتحدث تغريدة على موقع التواصل الاجتماعي",  # "social", no "اجتماعي" (two meetings)
    "تناول الحوار القضايا الاجتماعية والاقتصادية",
    "يقوم الرئيس بزيارات ميدانية لعدد من المشروعات",  # a field visit to sites
    "قام الرئيس بزيارة تفقدية لمشروعات العاصمة الجديدة",
    # an official welcome ceremony is no meeting
    "جرى الاستقبال الرسمي للرئيس الفرنسي في ساحة القصر",
    "أقيم للرئيس الكيني استقبال رسمي في ساحة القصر",
])
def test_look_alikes(text):
    assert triggers(text) == []


@pytest.mark.parametrize("text,etype,present", [
    # a military rank holds a sports word ("الفريق") but is no sports context
    ("التقى رئيس الأركان الجزائري الفريق أول السعيد شنقريحة بنظيره الروسي", "MEETING", True),
    ("وصل قائد القوات الجوية الأردني الفريق ركن خالد العلي إلى القاهرة", "VISIT", True),
    # ... nor is a team of diplomacy
    ("عقد فريق التشاور الاستراتيجي بين البلدين اجتماعه في نيودلهي", "MEETING", True),
    ("وصل الفريق المفاوض السوداني إلى جدة", "VISIT", True),
    ("عقدت فرق العمل الفنية من البلدين اجتماعا في الرياض", "MEETING", True),
    # a culture word excludes a visit only ("زيارة فرقة"), not an agreement or a meeting
    ("وقع البلدان اتفاقية لتبادل الطلاب والمنح الدراسية", "AGREEMENT", True),
    ("بحث الوزير مع نظيره الفرنسي أوضاع الطلاب المبتعثين", "MEETING", True),
    ("وصل طلاب الجامعة إلى باريس في زيارة علمية", "VISIT", False),
    # ... a team still is
    ("وصل الفريق الوطني لكرة القدم إلى القاهرة", "VISIT", False),
    ("التقى الفريق المصري بنظيره التونسي في المباراة", "MEETING", False),
])
def test_ranks_and_diplomatic_teams_are_no_look_alike_context(text, etype, present):
    assert any(t[0] == etype for t in triggers(text)) == present


@pytest.mark.parametrize("text,expected", [
    ("توقيع مذكرتي تفاهم", [("AGREEMENT", "noun", "توقيع", 2)]),
    ("مباحثات هاتفية", [("PHONE_CALL", "noun", "مباحثات هاتفية", 1)]),
    ("وتأتي المباحثات الهاتفية بعد ساعات", [("PHONE_CALL", "noun", "المباحثات الهاتفية", 1)]),
    ("اجتماعات الجامعة على مستوى القمة", [("SUMMIT", "noun", "القمة", 2)]),
    ("الزيارة عقب زيارة", [("VISIT", "noun", "الزيارة", 1), ("VISIT", "noun", "زيارة", 1)]),
    # the round of a noun of talks is no tour of its own, whatever places follow
    ("جولة أولى من محادثات أستانة برعاية كل من موسكو وأنقرة وطهران",
     [("TALKS", "noun", "محادثات", 2)]),
])
def test_phrases_combine(text, expected):
    assert triggers(text) == expected


@pytest.mark.parametrize("text,etype", [
    ("بحث الرئيس مع نظيره في اتصال هاتفي الأوضاع", "PHONE_CALL"),
    ("بحث الرئيس مع نظيره الأوضاع. وجاء ذلك في اتصال هاتفي.", "PHONE_CALL"),
    ("بحث الرئيس مع نظيره في اجتماع مغلق الأوضاع", "MEETING"),
    ("ناقش الوزير مع السفير التعاون. وأكد الجانبان خلال اللقاء أهمية الحوار.", "MEETING"),
    ("يبحث الرئيس مع ضيفه الملفات. وسيعقد بعد ذلك اجتماع موسع للوفدين.", "MEETING"),
    ("بحث الرئيس مع نظيره الأوضاع", "MEETING"),  # face to face: GUIDELINES
])
def test_consultation_verb_takes_its_context_type(text, etype):
    assert triggers(text)[0][0] == etype


@pytest.mark.parametrize("text,types", [
    # a private visit is no official visit, whatever verb tells it
    ("غادر أمير الكويت إلى الولايات المتحدة في زيارة خاصة", []),
    ("قام السلطان العماني بزيارة خاصة إلى المملكة المتحدة", []),
    # far from the verb, right after its destination
    ("غادر أرض الوطن صباح اليوم أمير البلاد الشيخ صباح الأحمد الجابر الصباح متوجها إلى "
     "الولايات المتحدة الصديقة في زيارة خاصة", []),
    # ... but a meeting held during one is a meeting
    ("التقى الرئيس الفرنسي أمير قطر الذي يقوم بزيارة خاصة إلى باريس", ["MEETING"]),
    ("غادر أمير الكويت إلى الولايات المتحدة في زيارة رسمية", ["VISIT", "VISIT"]),
    # a warship's port call is no visit of a state's officials
    ("وصلت الفرقاطة الفرنسية إلى ميناء الإسكندرية في زيارة", []),
    ("أعلنت البحرية أن حاملة الطائرات الأمريكية وصلت إلى ميناء دبي", []),
])
def test_private_visit_is_no_visit(text, types):
    assert [t[0] for t in triggers(text)] == types
