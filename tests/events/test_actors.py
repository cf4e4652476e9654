"""Actor matching with a small gazetteer built here (independent of waqai/data/actors)."""
from __future__ import annotations

from event_helpers import words as words_in

import datetime as dt

import pytest

from waqai.events.actors import Gazetteer, parties

COUNTRIES = [
    {"iso3": "TUR", "names": "تركيا|الجمهورية التركية", "capitals": "أنقرة",
     "cities": "إسطنبول", "demonyms": "تركي|تركية|تركيان|تركيين|أتراك"},
    {"iso3": "RUS", "names": "روسيا", "capitals": "موسكو", "cities": "",
     "demonyms": "روسي|روسية|روسيين|روس"},
    {"iso3": "BHR", "names": "البحرين|مملكة البحرين", "capitals": "المنامة", "cities": "",
     "demonyms": "بحريني|بحرينية"},
    {"iso3": "USA", "names": "الولايات المتحدة|الولايات المتحدة الأمريكية", "capitals": "واشنطن",
     "cities": "نيويورك", "demonyms": "أمريكي|أمريكية"},
    {"iso3": "LBN", "names": "لبنان", "capitals": "بيروت", "cities": "", "demonyms": "لبناني"},
]
ORGS = [{"code": "UNO", "names": "الأمم المتحدة", "coded": "yes"},
        {"code": "ARAB_LEAGUE", "names": "جامعة الدول العربية", "coded": "no"}]
OFFICIALS = [
    {"iso3": "RUS", "names": "سيرغي لافروف|لافروف", "role": "foreign_minister", "from": "2004",
     "to": ""},
    {"iso3": "LBN", "names": "ميشال عون", "role": "head_of_state", "from": "2016", "to": "2022"},
    {"iso3": "LBN", "names": "ميشال عون", "role": "other", "from": "1988", "to": "1990"},
    {"iso3": "BHR", "names": "خالد منصور|منصور", "role": "foreign_minister", "from": "2016",
     "to": "2018"},
    {"iso3": "BHR", "names": "سالم بن راشد|الأمير سالم بن راشد|سالم بن راشد آل سالم",
     "role": "head_of_government", "from": "2010", "to": ""},
]
TITLES = {"head_of_state": ["الرئيس"], "foreign_minister": ["وزير الخارجية"],
          "counterpart": ["نظيره", "نظيريهما"]}
TITLES_BEFORE_STATE = {"head_of_state": ["رئيس"]}


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(COUNTRIES, ORGS, OFFICIALS, TITLES, TITLES_BEFORE_STATE)


def found(gaz, text, published=None):
    words = words_in(text)
    out = []
    for m in gaz.find(words, published):
        out.append((text[words[m.w0].start:words[m.w1 - 1].end], m.kind, m.code))
    return out


@pytest.mark.parametrize("text,expected", [
    ("وتركيا", [("وتركيا", "country", "TUR")]),
    ("بأنقرة", [("بأنقرة", "capital", "TUR")]),
    ("للبحرين", [("للبحرين", "country", "BHR")]),
    ("والأتراك", [("والأتراك", "demonym", "TUR")]),
    ("الروسيين", [("الروسيين", "demonym", "RUS")]),
    ("بإسطنبول", [("بإسطنبول", "city", "TUR")]),
    ("الولايات المتحدة الأمريكية", [("الولايات المتحدة الأمريكية", "country", "USA")]),
    ("مملكة البحرين", [("مملكة البحرين", "country", "BHR")]),
    ("جامعة الدول العربية", [("جامعة الدول العربية", "org", "ARAB_LEAGUE")]),
    ("ولافروف", [("ولافروف", "official", "RUS")]),
    ("تركي", [("تركي", "demonym", "TUR")]),
    # the indefinite accusative of a demonym ("وفدا عراقيا"); spelled like a name, the name
    ("أمريكيا", [("أمريكيا", "demonym", "USA")]),
    ("لبنانيا", [("لبنانيا", "demonym", "LBN")]),
    ("تركيا", [("تركيا", "country", "TUR")]),
    ("التركيا", []),  # a name keeps its own article: none added
    ("البيروت", []),
])
def test_forms_with_clitics(gaz, text, expected):
    assert found(gaz, text) == expected


def test_uncoded_organisation_is_flagged(gaz):
    words = words_in("الأمم المتحدة وجامعة الدول العربية")
    assert [(m.code, m.coded) for m in gaz.find(words)] == [("UNO", True), ("ARAB_LEAGUE", False)]


@pytest.mark.parametrize("year,role", [(2020, "head_of_state"), (1989, "other")])
def test_official_role_by_publication_year(gaz, year, role):
    words = words_in("ميشال عون")
    assert gaz.find(words, dt.date(year, 1, 1))[0].role == role


@pytest.mark.parametrize("text,expected", [
    ("استقبل الرئيس ميشال عون الوفد ثم قال الرئيس عون", [("عون", "LBN")]),
    ("استقبل الرئيس ميشال عون الوفد ثم قال عون", []),  # a short surname needs its title
])
def test_surname_after_full_name(gaz, text, expected):
    officials = [(t, c) for t, k, c in found(gaz, text) if k == "official"]
    assert officials[0] == ("ميشال عون", "LBN")
    assert officials[1:] == expected


# a shorter form with a title followed by the rest of a longer form is one name, whose last
# word is its surname, even where that word also begins a form ("سالم بن راشد")
@pytest.mark.parametrize("text,expected", [
    ("استقبل الأمير سالم بن راشد آل سالم الوفد. وغادر آل سالم المنامة",
     [("الأمير سالم بن راشد آل سالم", "BHR"), ("سالم", "BHR")]),
    ("استقبل الأمير سالم بن راشد آل سالم الوفد. والتقى راشد الوفد",
     [("الأمير سالم بن راشد آل سالم", "BHR")]),
])
def test_full_name_with_its_family(gaz, text, expected):
    in_office = dt.date(2019, 5, 9)
    assert [(t, c) for t, k, c in found(gaz, text, in_office) if k == "official"] == expected


@pytest.mark.parametrize("text,year,expected", [
    # a one-word name is its official only around his terms: out of them someone else
    ("قال منصور", 2017, [("منصور", "official", "BHR")]),
    ("قال منصور", 2015, [("منصور", "official", "BHR")]),
    ("قال منصور", 2020, [("منصور", "official", "BHR")]),
    ("قال الحاكم العام ديفيد منصور", 2011, []),
    ("قال منصور", 2024, []),
    # an ongoing term, and a full name, whatever the year
    ("قال لافروف", 2024, [("لافروف", "official", "RUS")]),
    ("قال خالد منصور", 2011, [("خالد منصور", "official", "BHR")]),
])
def test_one_word_name_near_a_term(gaz, text, year, expected):
    assert found(gaz, text, dt.date(year, 6, 1)) == expected


def test_parties_group_title_demonym_and_name(gaz):
    text = "وزير الخارجية الروسي سيرغي لافروف ونظيره التركي في أنقرة وموسكو"
    words = words_in(text)
    groups = parties(gaz.find(words))
    got = [(text[words[p.w0].start:words[p.w1 - 1].end], p.code, p.role, p.is_place)
           for p in groups]
    assert got == [
        ("وزير الخارجية الروسي سيرغي لافروف", "RUS", "foreign_minister", False),
        ("ونظيره التركي", "TUR", "counterpart", False),
        ("أنقرة", "TUR", None, True),
        ("وموسكو", "RUS", None, True),
    ]


def test_a_place_two_words_after_a_title_is_not_its_country(gaz):
    text = "الرئيس يزور بيروت"
    words = words_in(text)
    assert [p.code for p in parties(gaz.find(words))] == [None, "LBN"]


@pytest.mark.parametrize("text,expected", [
    # a title only right before a country's name: the country's office holder
    ("اتصل الوزير برئيس تركيا", [("برئيس تركيا", "TUR", True)]),
    ("وصل رئيس الولايات المتحدة", [("رئيس الولايات المتحدة", "USA", True)]),
    # ... not with another word between, nor alone
    ("زار رئيس البرلمان تركيا", [("تركيا", "TUR", False)]),
    # a state joined by و right after a title with its state: one more holder of the title
    ("وزير الخارجية الروسي والتركي", [("وزير الخارجية الروسي", "RUS", True),
                                      ("والتركي", "TUR", True)]),
    ("نظيريهما الروسي والتركي", [("نظيريهما الروسي", "RUS", True), ("والتركي", "TUR", True)]),
    ("برئيس روسيا وتركيا ولبنان", [("برئيس روسيا", "RUS", True), ("وتركيا", "TUR", True),
                                   ("ولبنان", "LBN", True)]),
    # ... not after a named person, nor a place joined to a place
    ("وزير الخارجية الروسي سيرغي لافروف وتركيا",
     [("وزير الخارجية الروسي سيرغي لافروف", "RUS", True), ("وتركيا", "TUR", False)]),
    ("الرئيس في موسكو وأنقرة", [("الرئيس", None, True), ("موسكو", "RUS", False),
                                ("وأنقرة", "TUR", False)]),
])
def test_titles_name_office_holders(gaz, text, expected):
    words = words_in(text)
    got = [(text[words[p.w0].start:words[p.w1 - 1].end], p.code, p.is_person)
           for p in parties(gaz.find(words))]
    assert got == expected
