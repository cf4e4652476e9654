"""How many coded states an event needs (sentences written for these tests, published Sunday
2024-03-10): a dated event may name one state, unless all its parties are of that one state."""
from __future__ import annotations

import pytest

from event_helpers import run

SAT = {"أمس السبت": ("2024-03-09", "2024-03-09", "day")}
NEXT_MONTH = {"أبريل المقبل": ("2024-04-01", "2024-04-30", "month")}

# (text, dates, expected (type, participants) rows)
CASES = [
    # one state, dated: a summit hosted by one state, a call with a person the gazetteer lacks
    ("تستضيف العاصمة القطرية الدوحة القمة الاقتصادية في أبريل المقبل.", NEXT_MONTH,
     [("SUMMIT", ["QAT"])]),
    ("أجرى الرئيس البرازيلي أمس السبت اتصالا هاتفيا مع السيد فلانوف.", SAT,
     [("PHONE_CALL", ["BRA"])]),
    # one state and all parties of it: a domestic meeting is no diplomatic event
    ("اجتمع وزير الخارجية المصري مع نائب وزير الخارجية أمس السبت.", SAT, []),
    ("اجتمع وزير الخارجية التونسي أمس السبت مع سفراء تونس المعتمدين في أوروبا.", SAT, []),
    # ... but met by a subject of no known state, they may be met abroad: one state to report
    ("ومن المقرر أن يلتقي الأمير فلان بن فلان بالرئيس الأمريكي أمس السبت.", SAT,
     [("MEETING", ["USA"])]),
    ("التقى المبعوث الخاص فلان الفلاني أمس السبت بوزير الخارجية الإيطالي.", SAT,
     [("MEETING", ["ITA"])]),
    # a summit its host chairs names its guests elsewhere: no domestic meeting
    ("تعقد في العاصمة البحرينية اليوم الأحد أعمال القمة العربية برئاسة الملك حمد بن عيسى آل "
     "خليفة ملك مملكة البحرين.", {"اليوم الأحد": ("2024-03-10", "2024-03-10", "day")},
     [("SUMMIT", ["BHR"])]),
    # "نظيره" is of another state, whatever the subject: no domestic meeting
    ("عقد الوزير أمس السبت مباحثات مع نظيره السعودي في الرياض.", SAT, [("TALKS", ["SAU"])]),
    # the subject's apposition is the same person, not a domestic counterpart
    ("التقى الأمير خالد، وزير الخارجية السعودي، أمس السبت بنظيره في جمهورية سيراليون.", SAT,
     [("MEETING", ["SAU"])]),
    # one state, undated: not enough to report
    ("عقدت قمة في العاصمة القطرية الدوحة.", {}, []),
    # "من" after a group noun (and the word naming its field) names its members; after a title,
    # where he comes from
    ("بدأ وفدان من السودان وجنوب السودان أمس السبت جولة محادثات جديدة في أديس أبابا.", SAT,
     [("TALKS", ["SDN", "SSD"])]),
    ("بدأ وزراء الري من مصر والسودان وإثيوبيا أمس السبت اجتماعاتهم في الخرطوم.", SAT,
     [("MEETING", ["EGY", "ETH", "SDN"])]),
    ("توجه الرئيس من جنوب أفريقيا إلى تركيا أمس السبت.", SAT, [("VISIT", ["TUR"])]),
    # a letter received from a leader: a meeting of the two states, on the day told
    ("تسلم العاهل السعودي أمس السبت رسالة خطية من أمير الكويت.", SAT,
     [("MEETING", ["KWT", "SAU"])]),
    # two states stay two states
    ("التقى وزير الخارجية المصري نظيره الأردني أمس السبت.", SAT, [("MEETING", ["EGY", "JOR"])]),
    # a media outlet named after a state is no party ("روسيا اليوم")
    ("أفادت مراسلة روسيا اليوم بانعقاد الاجتماع الذي يضم وزير الخارجية الأمريكي ونظيره الأردني "
     "في عمان أمس السبت.", SAT, [("MEETING", ["JOR", "USA"])]),
    # a head of state's title before the state's full name ("رئيسة جمهورية"، "رئيس دولة")
    ("حلت رئيسة جمهورية إثيوبيا أمس السبت بالجزائر العاصمة.", SAT, [("VISIT", ["DZA", "ETH"])]),
    ("حلت رئيسة دولة سنغافورة أمس السبت بالعاصمة الماليزية.", SAT, [("VISIT", ["MYS", "SGP"])]),
    # a demonym a word after a venue describes that word, not the venue: the ones met
    ("التقى الرئيس البرازيلي في أديس أبابا مسؤولين إثيوبيين أمس السبت.", SAT,
     [("MEETING", ["BRA", "ETH"])]),
    ("اجتمع وزير الخارجية الياباني في الرياض مسؤولين سعوديين أمس السبت.", SAT,
     [("MEETING", ["JPN", "SAU"])]),
    # the sponsors and mediators of talks take part in them, after "كل من" too, and end a topic
    ("عقدت أمس السبت جولة أولى من محادثات أستانة بين وفدي الحكومة والمعارضة، برعاية كل من موسكو "
     "وأنقرة وطهران.", SAT, [("TALKS", ["IRN", "RUS", "TUR"])]),
    ("عقدت أمس السبت في أستانة محادثات حول سوريا برعاية إيران وتركيا وروسيا.", SAT,
     [("TALKS", ["IRN", "RUS", "TUR"])]),
    ("انطلقت أمس السبت في الدوحة جولة جديدة من المفاوضات غير المباشرة بين إسرائيل وحماس بوساطة "
     "مصر وقطر.", SAT, [("TALKS", ["EGY", "ISR", "QAT"])]),
    ("عقدت أمس السبت في جنيف محادثات بين وفدي الحكومة والمعارضة بمشاركة كل من روسيا وتركيا.", SAT,
     [("TALKS", ["RUS", "TUR"])]),
]


@pytest.mark.parametrize("text,dates,expected", CASES)
def test_states_needed(text, dates, expected):
    rows = run(text, dates)
    assert [(r.event_type, r.participants) for r in rows] == expected


def test_adverb_joins_the_verb_it_modifies():
    """"يتحادث الرئيس ... السبت هاتفيا مع" is one call, typed by the adverb."""
    rows = run("يتحادث الرئيس الأمريكي أمس السبت هاتفيا مع الرئيس الفرنسي.", SAT)
    assert [(r.event_type, r.participants) for r in rows] == [("PHONE_CALL", ["FRA", "USA"])]


# a bilateral type with one subject and several persons as counterparts: one event with each
SPLITS = [
    ("يتحادث الرئيس الأمريكي أمس السبت هاتفيا مع الرئيس الفرنسي والمستشارة الألمانية.", SAT,
     [("PHONE_CALL", ["FRA", "USA"]), ("PHONE_CALL", ["DEU", "USA"])]),
    ("التقى وزير الخارجية الروسي أمس السبت نظيريه الصيني والتركي.", SAT,
     [("MEETING", ["CHN", "RUS"]), ("MEETING", ["RUS", "TUR"])]),
    # a list after a clitic ب: all met; by a subject of no known state, each met alone
    ("التقى وزير الخارجية اليمني أمس السبت بالسفيرة الفرنسية والسفير الألماني.", SAT,
     [("MEETING", ["FRA", "YEM"]), ("MEETING", ["DEU", "YEM"])]),
    ("التقى عضو مجلس القيادة فلان الفلاني أمس السبت بالسفيرة الفرنسية والسفير الألماني.", SAT,
     [("MEETING", ["FRA"]), ("MEETING", ["DEU"])]),
    # persons the gazetteer lacks, each named "honorific + name، title" after "مع كل من"
    ("تباحث وزير الخارجية الأردني أمس السبت مع كل من السيد خليفة حمدان، وزير الدولة الإماراتي، "
     "والسيد عبد الله سالم، وزير الخارجية البحريني، والسيدة هالة منصور، وزيرة خارجية ليبيا.", SAT,
     [("TALKS", ["ARE", "JOR"]), ("TALKS", ["BHR", "JOR"]), ("TALKS", ["JOR", "LBY"])]),
    ("استقبل الرئيس التونسي أمس السبت السيد كمال عمر بن سالم، وزير الخارجية الليبي.", SAT,
     [("MEETING", ["LBY", "TUN"])]),
    # a meeting told by a noun, bringing several persons together, stays one meeting
    ("يعقد الرئيس الأمريكي أمس السبت اللقاء الذي يجمع الرئيس المصري، والرئيس الفلسطيني، ورئيس "
     "الوزراء الإسرائيلي.", SAT, [("MEETING", ["EGY", "ISR", "PSE", "USA"])]),
    # a meeting with the leaders of several states stays one meeting
    ("شارك الرئيس الروسي أمس السبت في الاجتماع مع قادة فرنسا وألمانيا وأوكرانيا.", SAT,
     [("MEETING", ["DEU", "FRA", "RUS", "UKR"])]),
    # a dual noun counts its acts: one with each counterpart
    ("أجرى وزير الخارجية الأردني أمس السبت اتصالين هاتفيين مع وزير الخارجية التركي ووزيرة "
     "خارجية كندا.", SAT, [("PHONE_CALL", ["CAN", "JOR"]), ("PHONE_CALL", ["JOR", "TUR"])]),
    ("عقد الرئيس الكيني أمس السبت لقاءين مع رئيس وزراء اليابان والرئيس الفرنسي.", SAT,
     [("MEETING", ["FRA", "KEN"]), ("MEETING", ["JPN", "KEN"])]),
    # ... and so does a plural call noun (calls are one with each counterpart), or another
    # plural noun said to be separate acts
    ("أجرى وزير الخارجية الأردني أمس السبت اتصالات هاتفية مع وزير الخارجية التركي ووزيرة "
     "خارجية كندا.", SAT, [("PHONE_CALL", ["CAN", "JOR"]), ("PHONE_CALL", ["JOR", "TUR"])]),
    ("أجرى الرئيس الموريتاني أمس السبت اتصالات برؤساء السنغال والجزائر وتونس.", SAT,
     [("PHONE_CALL", ["MRT", "SEN"]), ("PHONE_CALL", ["DZA", "MRT"]),
      ("PHONE_CALL", ["MRT", "TUN"])]),
    ("أجرى الرئيس الموريتاني أمس السبت الاتصالات الهاتفية مع نظيريه السنغالي والتونسي.", SAT, [("PHONE_CALL", ["MRT", "SEN"]), ("PHONE_CALL", ["MRT", "TUN"])]),
    ("أجرى وزير الخارجية الأردني أمس السبت مباحثات منفصلة مع وزير الخارجية التركي ووزيرة "
     "خارجية كندا.", SAT, [("TALKS", ["CAN", "JOR"]), ("TALKS", ["JOR", "TUR"])]),
    ("عقد الرئيس الكيني أمس السبت لقاءات منفصلة مع رئيس وزراء اليابان والرئيس الفرنسي.", SAT,
     [("MEETING", ["FRA", "KEN"]), ("MEETING", ["JPN", "KEN"])]),
    # ... "each of" between the title and the states it names ("وزراء خارجية كل من")
    ("أجرى وزير الخارجية الأردني أمس السبت اتصالات هاتفية مع وزراء خارجية كل من البحرين "
     "وسلطنة عمان والمغرب.", SAT, [("PHONE_CALL", ["BHR", "JOR"]), ("PHONE_CALL", ["JOR", "OMN"]),
                                  ("PHONE_CALL", ["JOR", "MAR"])]),
    ("تباحث الرئيس الموريتاني أمس السبت هاتفيا مع رؤساء كل من السنغال ومالي.", SAT,
     [("PHONE_CALL", ["MRT", "SEN"]), ("PHONE_CALL", ["MLI", "MRT"])]),
    # a noun with its counterparts "each of" ("مع كل من") counts one act with each
    ("أجرى الرئيس التركي مباحثات هاتفية أمس السبت مع كل من العاهل السعودي وأمير قطر.", SAT,
     [("PHONE_CALL", ["SAU", "TUR"]), ("PHONE_CALL", ["QAT", "TUR"])]),
    ("عقد الرئيس المصري أمس السبت اجتماعا مع كل من العاهل الأردني والرئيس الفلسطيني.", SAT,
     [("MEETING", ["EGY", "JOR"]), ("MEETING", ["EGY", "PSE"])]),
    ("أجرى الرئيس التركي أمس السبت مباحثات هاتفية بكل من العاهل السعودي وأمير قطر.", SAT,
     [("PHONE_CALL", ["SAU", "TUR"]), ("PHONE_CALL", ["QAT", "TUR"])]),
    # ... not one held in the presence of delegations of each of several states
    ("وبدأ الاجتماع أمس السبت برئاسة وزيرة الخارجية الليبية وبحضور وفود كل من الجزائر وتونس "
     "وقطر.", SAT, [("MEETING", ["DZA", "LBY", "QAT", "TUN"])]),
    # a counterpart "من" a state is that state's ("نظيره من إيرلندا"), each of a list's
    ("والتقى وزير الخارجية المغربي أمس السبت نظيره من إيرلندا.", SAT,
     [("MEETING", ["IRL", "MAR"])]),
    ("وأجرى وزير الخارجية المغربي أمس السبت مباحثات مع نظرائه من إيرلندا والنرويج.", SAT,
     [("TALKS", ["IRL", "MAR", "NOR"])]),
    # calls received from persons listed after "من": one call with each caller, the caller first
    ("تلقى العاهل المغربي أمس السبت اتصالات هاتفية من رئيس جمهورية الغابون، ورئيس الجمهورية "
     "الفرنسية، وأمير دولة قطر.", SAT,
     [("PHONE_CALL", ["GAB", "MAR"]), ("PHONE_CALL", ["FRA", "MAR"]),
      ("PHONE_CALL", ["MAR", "QAT"])]),
    ("تلقى الرئيس المصري أمس السبت اتصالين هاتفيين من العاهل الأردني والرئيس الفرنسي.", SAT,
     [("PHONE_CALL", ["EGY", "JOR"]), ("PHONE_CALL", ["EGY", "FRA"])]),
    # an arrival told "also" with no place of its own: at the place of the one told before it,
    # on its day; with none told before, no event
    ("وصل إلى الخرطوم أمس السبت وزير الخارجية المصري. كما وصل وزير الخارجية الإثيوبي.", SAT,
     [("VISIT", ["EGY", "SDN"]), ("VISIT", ["ETH", "SDN"])]),
    ("كما وصل وزير الخارجية الإثيوبي أمس السبت.", SAT, []),
    # persons of two states arriving together: one visit each
    ("وصل مطار القاهرة أمس السبت الرئيس القبرصي ورئيس الوزراء اليوناني.", SAT,
     [("VISIT", ["CYP", "EGY"]), ("VISIT", ["EGY", "GRC"])]),
    ("وكان الرئيس الفرنسي، والرئيس المصري، والعاهل الأردني، قد وصلوا أمس السبت إلى بغداد.",
     SAT, [("VISIT", ["EGY", "IRQ"]), ("VISIT", ["FRA", "IRQ"]), ("VISIT", ["IRQ", "JOR"])]),
    ("وصل الرئيس القبرصي ووزير خارجيته إلى القاهرة أمس السبت.", SAT, [("VISIT", ["CYP", "EGY"])]),
    # ... a minister named by the body of his portfolio ("لشؤون مجلس الوزراء الكويتي")
    ("ووصل إلى جدة أمس السبت وزير الخارجية المصري، ووزير الدولة لشؤون مجلس الوزراء الكويتي.", SAT,
     [("VISIT", ["EGY", "SAU"]), ("VISIT", ["KWT", "SAU"])]),
    # ... names no list knows, each with its title after a comma, joined by و
    ("وصل أمس السبت فام مينه تشينه، رئيس وزراء فيتنام، وخوسيه راموس هورتا، رئيس تيمور "
     "الشرقية، إلى العاصمة السعودية.", SAT, [("VISIT", ["SAU", "TLS"]), ("VISIT", ["SAU", "VNM"])]),
    # ... not a companion named after the visitor ("ومعه ...")
    ("وصل أمس السبت رئيس وزراء فيتنام إلى الرياض، يرافقه وزير خارجيته بوي ثانه سون، رئيس الوفد.",
     SAT, [("VISIT", ["SAU", "VNM"])]),
    # ... a dual title's second holder named by a demonym and his name
    ("وصل الرئيسان السوري بشار الأسد والمصري حسني مبارك إلى الرياض أمس السبت.", SAT,
     [("VISIT", ["EGY", "SAU"]), ("VISIT", ["SAU", "SYR"])]),
    # ... not a companion's ("برفقة نظيريه الفرنسي ... والألماني ...")
    ("زار وزير الخارجية الإيطالي أمس السبت طرابلس برفقة نظيريه الفرنسي جان إيف لودريان "
     "والألماني هايكو ماس.", SAT, [("VISIT", ["DEU", "FRA", "ITA", "LBY"])]),
    ("وزار وزير الخارجية الإيطالي أمس السبت طرابلس برفقة نظيريه الفرنسي والألماني.", SAT,
     [("VISIT", ["DEU", "FRA", "ITA", "LBY"])]),
]


@pytest.mark.parametrize("text,dates,expected", SPLITS)
def test_one_event_per_counterpart(text, dates, expected):
    rows = run(text, dates)
    assert sorted((r.event_type, r.participants) for r in rows) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a bare title is the state whose holder was named with that very title word, not the
    # last head of state named
    ("استقبل الشيخ محمد بن زايد رئيس دولة الإمارات السلطان هيثم بن طارق. وقام السلطان أمس "
     "السبت بزيارة إلى الكويت.", ("KWT", "OMN")),
    ("التقى الرئيس الروسي فلاديمير بوتين الملك سلمان بن عبدالعزيز. وزار الملك أمس السبت مصر.",
     ("EGY", "SAU")),
    # with no holder of that title named, the role decides as before
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الفرنسي. وزار الرئيس أمس السبت مصر.",
     ("EGY", "RUS")),
])
def test_bare_title_takes_the_holder_of_that_title(text, expected):
    [visit] = [r for r in run(text, SAT) if r.event_type == "VISIT"]
    assert tuple(sorted(visit.participants)) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb with its subject dropped goes on with the subject before it: the host of
    # "استقبل", not its guest
    ("استقبل الرئيس التونسي أمس السبت وزير الخارجية الفرنسي، ثم اتصل هاتفيا بالرئيس الجزائري.",
     [("MEETING", ["FRA", "TUN"]), ("PHONE_CALL", ["DZA", "TUN"])]),
    ("التقى وزير الخارجية السعودي أمس السبت نظيره الأمريكي، ثم اتصل هاتفيا بالرئيس الفرنسي.",
     [("MEETING", ["SAU", "USA"]), ("PHONE_CALL", ["FRA", "SAU"])]),
])
def test_dropped_subject_is_the_one_acting_before(text, expected):
    assert sorted((r.event_type, r.participants) for r in run(text, SAT)) == expected


ROLES = [
    # the genitive of an invitation invited the subject: the host, not the visitor
    ("قال المتحدث إن الوزير الكيني سيقوم أمس السبت بزيارة رسمية بناء على دعوة حكومة "
     "جمهورية كوريا.", ("KEN", ["KEN", "KOR"])),
    # a delegation the visitor leads is his own, after the visit's destination: of his state
    # when it names one, else of none (not the outlet's, here Algeria's)
    ("استقبل الرئيس المغربي أمس السبت السيد ماريو فيراري الذي يقوم بزيارة عمل إلى المغرب على "
     "رأس وفد وزاري إيطالي.", ("ITA", ["ITA", "MAR"])),
    ("الجزائر (واج) - استقبل الرئيس الجزائري أمس السبت رئيس الوزراء الإيطالي الذي يقوم بزيارة "
     "عمل إلى الجزائر على رأس وفد وزاري هام.", ("ITA", ["DZA", "ITA"])),
    # the subject of a relative clause is the nearest person before it, of the state his title
    # names after his name, not a person named before him
    ("استقبلت الدوحة الرئيس الفرنسي، وهي تستعد لاستقبال الرئيس لويس لاكالي بو رئيس جمهورية "
     "الأوروغواي الشرقية، الذي يبدأ أمس السبت زيارة لقطر.", ("URY", ["QAT", "URY"])),
]


@pytest.mark.parametrize("text,expected", ROLES, ids=["invitation", "led-delegation",
                                                      "led-delegation-no-state",
                                                      "relative-nearest-person"])
def test_visitor_and_host(text, expected):
    visits = [r for r in run(text, SAT) if r.event_type == "VISIT"]
    assert [(r.actor1_country, r.participants) for r in visits] == [expected]


def test_title_after_bi_is_the_one_met():
    """"يلتقي الملك بوزير الخارجية الأمريكي": two parties, so the bare title "الملك" keeps the
    king's state through the article."""
    rows = run("بدأ ملك الأردن زيارة إلى واشنطن، ومن المقرر أن يلتقي الملك بوزير الخارجية "
               "الأمريكي غدا.\nواجتمع الملك، أمس السبت، بوزير الدفاع الأمريكي.",
               {**SAT, "غدا": ("2024-03-11", "2024-03-11", "day")})
    assert sorted((r.event_type, r.actor1_country, r.participants, r.date_start.isoformat())
                  for r in rows if r.event_type == "MEETING") == [
        ("MEETING", "JOR", ["JOR", "USA"], "2024-03-09"),
        ("MEETING", "JOR", ["JOR", "USA"], "2024-03-11")]


@pytest.mark.parametrize("text,expected", [
    # a plural relative pronoun stands for several persons, not the one person named before it
    ("أقيم أمس السبت حفل استقبال لرئيس وزراء لاوس وفقا لأعلى بروتوكول مخصص لرؤساء الحكومات "
     "الأجنبية الذين يزورون فيتنام.", []),
    # ... a singular one for him
    ("أقيم أمس السبت حفل استقبال لرئيس وزراء لاوس الذي يزور فيتنام.", [["LAO", "VNM"]]),
], ids=["plural-generic", "singular"])
def test_relative_pronoun_agrees_in_number(text, expected):
    assert [sorted(r.participants) for r in run(text, SAT) if r.event_type == "VISIT"
            and len(r.participants) > 1] == expected
