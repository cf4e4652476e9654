"""The actor gazetteer (waqai/data/actors/): formats, coverage, and one code per surface form."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest

from waqai.data import load_tsv, load_yaml, surface_index
from waqai.text.normalise import norm

COUNTRIES = "actors/countries.tsv"
ORGANISATIONS = "actors/organisations.tsv"
OFFICIALS = "actors/officials.tsv"
TITLES = "actors/titles.yaml"

COUNTRY_COLUMNS = ("names", "capitals", "cities", "demonyms")

UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
NON_MEMBERS = {"PSE", "XKX", "TWN", "VAT", "ESH"}
# States with no demonym in Arab news that is not shared or invented (README.md explains).
NO_DEMONYM = {"CAF", "COG", "COD", "KNA", "LCA", "VCT", "SLB", "STP"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"}
SINGLE_HOLDER_ROLES = ROLES - {"other"}
TITLE_KEYS = {
    "head_of_state", "crown_prince", "head_of_government", "foreign_minister",
    "defence_minister", "other_minister", "ministry", "delegation", "spokesperson",
    "ambassador", "security_adviser", "envoy", "counterpart",
}
# Clitics and article a form can carry in text; a form read with one stripped must not
# name another actor.
PREFIXES = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول")
ARABIC = re.compile(r"[\u0621-\u064A]")


def split(cell: str | None) -> list[str]:
    return [f for f in (cell or "").split("|") if f]


def key(form: str) -> str:
    return " ".join(norm(form).split())


def countries():
    return load_tsv(COUNTRIES)


def organisations():
    return load_tsv(ORGANISATIONS)


def officials():
    return load_tsv(OFFICIALS)


def actor_entries() -> dict[str, list[str]]:
    """Country and organisation code -> every surface form of it."""
    entries = {r["iso3"]: [f for col in COUNTRY_COLUMNS for f in split(r[col])] for r in countries()}
    for r in organisations():
        assert r["code"] not in entries, f"organisation code {r['code']} is also a country"
        entries[r["code"]] = split(r["names"])
    return entries


def official_codes() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for r in officials():
        for f in split(r["names"]):
            codes[key(f)].add(r["iso3"])
    return codes


@pytest.fixture(scope="module")
def actor_index() -> dict[str, str]:
    return surface_index(actor_entries(), "actors")


@pytest.fixture(scope="module")
def full_index(actor_index) -> dict[str, str]:
    """Every normalised actor form (countries, organisations, officials) -> its code."""
    index = dict(actor_index)
    for form, codes in official_codes().items():
        (index[form],) = codes
    return index


def lookup(full_index, text: str) -> str | None:
    """Code of ``text`` as the extractor reads it: whole form, or article + demonym."""
    k = key(text)
    if k in full_index:
        return full_index[k]
    demonyms = {key(f): r["iso3"] for r in countries() for f in split(r["demonyms"])}
    return demonyms.get(k[2:]) if k.startswith("ال") else None


# --- formats ---------------------------------------------------------------------------

@pytest.mark.parametrize("relpath, header", [
    (COUNTRIES, ["iso3", "names", "capitals", "cities", "demonyms"]),
    (ORGANISATIONS, ["code", "names", "coded"]),
    (OFFICIALS, ["iso3", "names", "role", "from", "to"]),
])
def test_tsv_header_and_row_width(relpath, header):
    rows = load_tsv(relpath)
    assert rows
    for row in rows:
        assert list(row) == header, f"{relpath}: ragged row {row}"
        assert None not in row.values(), f"{relpath}: missing field in {row}"


@pytest.mark.parametrize("relpath, column", [
    *((COUNTRIES, c) for c in COUNTRY_COLUMNS), (ORGANISATIONS, "names"), (OFFICIALS, "names"),
])
def test_forms_are_clean_arabic(relpath, column):
    for row in load_tsv(relpath):
        cell = row[column]
        assert "||" not in cell and not cell.startswith("|") and not cell.endswith("|"), cell
        for form in split(cell):
            assert form == " ".join(form.split()), f"stray whitespace in {form!r}"
            assert ARABIC.search(form), f"no Arabic letter in {form!r}"


# --- countries -------------------------------------------------------------------------

def test_country_codes_cover_un_members_and_listed_others():
    codes = [r["iso3"] for r in countries()]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) == len(set(codes)), "duplicate iso3 row"
    assert len(UN_MEMBERS) == 193
    assert set(codes) == UN_MEMBERS | NON_MEMBERS


def test_every_country_has_a_name_and_a_demonym_unless_documented():
    for r in countries():
        assert split(r["names"]), r["iso3"]
        assert bool(split(r["demonyms"])) == (r["iso3"] not in NO_DEMONYM), r["iso3"]


def test_demonyms_carry_an_article_only_where_spelled_like_the_name():
    for r in countries():
        names = {key(f) for f in split(r["names"])}
        for f in split(r["demonyms"]):
            # ألماني starts with a stem alef, not the article: test the unnormalised form
            if f.startswith("ال"):
                assert key(f[2:]) in names, f"{r['iso3']}: {f}"


@pytest.mark.parametrize("column, form, iso3", [
    ("names", "الولايات المتحدة الأمريكية", "USA"),
    ("names", "الولايات المتحدة الأميركية", "USA"),
    ("names", "روسيا الاتحادية", "RUS"),
    ("names", "الاتحاد الروسي", "RUS"),
    ("names", "دولة الإمارات", "ARE"),
    ("names", "جمهورية مصر العربية", "EGY"),
    ("names", "اثيوبيا", "ETH"),
    ("names", "السينغال", "SEN"),  # the Maghrebi and Mauritanian spelling
    ("names", "سيريلانكا", "LKA"),
    ("names", "المانيا", "DEU"),
    ("names", "جمهورية الصين الشعبية", "CHN"),
    ("names", "الجزائر", "DZA"),
    ("names", "تونس", "TUN"),
    ("names", "جيبوتي", "DJI"),
    ("names", "الكويت", "KWT"),
    ("names", "جنوب السودان", "SSD"),
    ("names", "البيت الأبيض", "USA"),
    ("names", "خادم الحرمين الشريفين", "SAU"),  # a title one state's head bears
    ("capitals", "أبو ظبي", "ARE"),
    ("capitals", "أبوظبي", "ARE"),
    ("capitals", "وغادوغو", "BFA"),
    ("capitals", "طرابلس", "LBY"),
    ("capitals", "الجزائر العاصمة", "DZA"),
    ("capitals", "تونس العاصمة", "TUN"),
    ("capitals", "كييف", "UKR"),
    ("capitals", "أديس ابابا", "ETH"),
    ("cities", "اسطنبول", "TUR"),
    ("cities", "جده", "SAU"),
    ("cities", "جنيف", "CHE"),
    ("cities", "طرابلس اللبنانية", "LBN"),
    ("cities", "الدار البيضاء", "MAR"),
    ("demonyms", "أتراك", "TUR"),
    ("demonyms", "روسيتان", "RUS"),
    ("demonyms", "أميركية", "USA"),
    ("demonyms", "فرنسى", "FRA"),
    ("demonyms", "بوركينابي", "BFA"),
    ("demonyms", "مغاربة", "MAR"),
    ("demonyms", "الجيبوتي", "DJI"),
    ("demonyms", "السورية", "SYR"),
])
def test_form_is_in_column(column, form, iso3):
    by_column = {key(f): r["iso3"] for r in countries() for f in split(r[column])}
    assert by_column.get(key(form)) == iso3


# --- one code per form -----------------------------------------------------------------

def test_country_and_organisation_forms_are_unambiguous(actor_index):
    # surface_index raises DataError on a form listed twice; this asserts it was built.
    assert len(actor_index) > 2500


def test_official_names_belong_to_one_state_and_no_other_actor(actor_index):
    for form, codes in official_codes().items():
        assert len(codes) == 1, f"official name {form} under {sorted(codes)}"
        assert form not in actor_index, f"official name {form} is also {actor_index[form]}"


def test_forms_read_with_a_clitic_stripped_do_not_name_another_actor(full_index):
    clashes = [
        (form, code, form[len(p):], full_index[form[len(p):]])
        for form, code in full_index.items()
        for p in PREFIXES
        if form.startswith(p) and full_index.get(form[len(p):], code) != code
    ]
    assert not clashes


@pytest.mark.parametrize("text, code", [
    # article + demonym, plural forms included
    ("الأتراك", "TUR"),
    ("الروس", "RUS"),
    ("الإسرائيليين", "ISR"),
    ("الأمريكان", "USA"),
    ("المصريون", "EGY"),
    ("الكوري الجنوبي", "KOR"),
    ("الكوريين الشماليين", "PRK"),
    ("الجنوب أفريقي", "ZAF"),
    ("السريلانكي", "LKA"),
    ("الفنزويلية", "VEN"),
    ("الإثيوبيان", "ETH"),
    ("الجيبوتية", "DJI"),
    ("السينغالى", "SEN"),  # the Maghrebi spelling, with a final alif maqsura
    ("الهايتي", "HTI"),
    # organisations
    ("الأمم المتحدة", "UNO"),
    ("الامم المتحدة", "UNO"),
    ("مجلس الأمن الدولي", "UNO"),
    ("المفوضية الأوروبية", "EUR"),
    ("الجامعة العربية", "ARAB_LEAGUE"),
    ("الاتحاد الإفريقي", "AU"),
    ("الناتو", "NATO"),
    ("أمريكا اللاتينية", "REGION_AMERICAS"),
    ("مجلس الأمن القومي", "NATIONAL_SECURITY_COUNCIL"),
    # officials
    ("سيرجي لافروف", "RUS"),
    ("شويجو", "RUS"),
    ("تشاووش أوغلو", "TUR"),
    ("عبدالفتاح السيسي", "EGY"),
    ("بوريطة", "MAR"),
    ("عبد اللهيان", "IRN"),
    ("محمد بن سلمان", "SAU"),
    ("الكاظمي", "IRQ"),
    ("بلينكن", "USA"),
    ("تيليرسون", "USA"),  # a second spelling of a name
    ("ميلوني", "ITA"),
    ("أحمد بن مبارك", "YEM"),  # a name also written without its middle name (أحمد عوض بن مبارك)
    # ambiguous or homographic forms deliberately left out (README.md)
    ("عمان", None),
    ("العاصمة عمان", "JOR"),  # the capital named as one: Amman
    ("الكونغو", None),
    ("كوريا", None),
    ("الكوري", None),
    ("القدس", None),
    ("جمهورية الصين", None),
    ("الملك عبد الله", None),
    ("المالكي", None),
    ("الأسد", None),
    ("رئيسي", None),
    ("المالية", None),
    ("مجرى", None),
    ("المجري", None),
    ("المجرية", "HUN"),
    ("كيف", None),
    # officials named without a title: foreign ministers and leaders of smaller states
    ("زيلنسكي", "UKR"),
    ("دونالد ترمب", "USA"),
    ("ناليدي باندور", "ZAF"),
    ("موساليا مودافادي", "KEN"),
    ("يوسف توغار", "NGA"),
    ("عثمان سونكو", "SEN"),
    ("سيباستيان لوكورنو", "FRA"),
    ("إيفيت كوبر", "GBR"),
    ("إسبن بارث إيدي", "NOR"),
    ("كريسترسون", "SWE"),
    ("فان دير بيلين", "AUT"),
    ("ماكسيم بريفو", "BEL"),
    ("ديك سخوف", "NLD"),
    ("ميرزويان", "ARM"),
    ("محمد سالم ولد مرزوك", "MRT"),
    ("أحمد معلم فقي", "SOM"),
    ("علي يوسف الشريف", "SDN"),
    ("حسين عرنوس", "SYR"),
    ("ناصيف حتي", "LBN"),
    ("غزالي عثماني", "COM"),
    ("برونو رودريغيز", "CUB"),
    ("إيفان خيل", "VEN"),
    ("ميلاني جولي", "CAN"),
    ("ريتنو مارسودي", "IDN"),
    ("موتيغي", "JPN"),
    ("كوتزياس", "GRC"),
    ("كومبوس", "CYP"),
    ("عبدالعزيز كاملوف", "UZB"),
    ("يوليا سفيريدينكو", "UKR"),
    ("بن غفير", "ISR"),
    # a foreign /g/ written ج, as Egyptian outlets do; Arab states' names keep غ alone
    ("الجابون", "GAB"),
    ("السنجالي", "SEN"),
    ("البرتجال", "PRT"),
    ("أوجندا", "UGA"),
    ("الكونجو الديمقراطية", "COD"),
    ("المجرب", None),
    # surnames that are also words or shared are listed only in full (README.md)
    ("سيكورسكي", None),
    ("حتي", None),
    ("جمعة", None),
    ("أموريم", None),
])
def test_lookup(full_index, text, code):
    assert lookup(full_index, text) == code


@pytest.mark.parametrize("surname", ["عون", "سلام", "صالح"])
def test_surnames_used_alone_do_not_begin_another_officials_name(surname):
    # After "ميشال عون" the extractor reads a later bare "عون" as the same official, but only
    # where the word does not begin another listed name ("عون الخصاونة" would block it).
    starts = [f for r in officials() for f in split(r["names"]) if key(f).split()[0] == key(surname)]
    assert not starts, starts


# --- officials -------------------------------------------------------------------------

def test_official_rows_are_well_formed():
    rows = officials()
    assert len(rows) >= 150
    states = {r["iso3"] for r in countries()}
    seen = set()
    for r in rows:
        assert r["iso3"] in states, r
        assert r["role"] in ROLES, r
        assert split(r["names"]), r
        assert re.fullmatch(r"\d{4}", r["from"]) and (r["to"] == "" or re.fullmatch(r"\d{4}", r["to"])), r
        start, end = int(r["from"]), int(r["to"] or 2026)
        assert 1950 <= start <= end <= 2026, r
        ident = (r["iso3"], r["names"], r["role"], r["from"])
        assert ident not in seen, f"duplicate row {ident}"
        seen.add(ident)


def test_single_holder_offices_do_not_overlap():
    terms: dict[tuple[str, str], list[tuple[int, float, str]]] = defaultdict(list)
    for r in officials():
        if r["role"] in SINGLE_HOLDER_ROLES:
            end = int(r["to"]) if r["to"] else float("inf")
            terms[r["iso3"], r["role"]].append((int(r["from"]), end, r["names"]))
    for office, held in terms.items():
        held.sort()
        for (_, end, who), (start, _, nxt) in zip(held, held[1:]):
            assert start >= end, f"{office}: {who} until {end} overlaps {nxt} from {start}"


def test_organisations_coded_flag():
    coded = {r["code"]: r["coded"] for r in organisations()}
    assert set(coded.values()) <= {"yes", "no"}
    assert {c for c, v in coded.items() if v == "yes"} == {"UNO", "EUR"}


# --- titles ----------------------------------------------------------------------------

def test_title_keys_are_the_documented_set():
    assert set(load_yaml(TITLES)) == TITLE_KEYS


def test_title_forms_are_unique_and_not_actor_names(actor_index):
    titles = surface_index(load_yaml(TITLES), TITLES)  # raises on a form listed twice
    clash = set(titles) & (set(actor_index) | set(official_codes()))
    assert not clash


def test_titles_before_state_are_titles_listed_nowhere_else(actor_index):
    before = load_yaml("actors/titles_before_state.yaml")
    assert set(before) <= TITLE_KEYS - {"counterpart"}
    forms = surface_index(before, "actors/titles_before_state.yaml")
    assert not set(forms) & (set(surface_index(load_yaml(TITLES), TITLES)) | set(actor_index))


@pytest.mark.parametrize("form, title", [
    ("الرئيسان", "head_of_state"),
    ("ولي العهد", "crown_prince"),
    ("رئيسة مجلس الوزراء", "head_of_government"),
    ("وزير خارجية", "foreign_minister"),
    ("الخارجية", "foreign_minister"),
    ("وزيرة الدفاع", "defence_minister"),
    ("الوزيرين", "other_minister"),
    ("وزارة", "ministry"),
    ("وفد", "delegation"),
    ("المتحدثة باسم", "spokesperson"),
    ("السفير", "ambassador"),
    ("المبعوث", "envoy"),
    ("نظيريهما", "counterpart"),
    ("نظراؤه", "counterpart"),
])
def test_title_lookup(form, title):
    assert surface_index(load_yaml(TITLES), TITLES)[key(form)] == title


def test_home_cues_name_listed_states_once():
    """home.yaml: agency markers and home words point to states of countries.tsv; a marker
    belongs to one state."""
    home = load_yaml("actors/home.yaml")
    codes = {r["iso3"] for r in countries()}
    surface_index(home["agencies"], "home.yaml agencies")  # raises on a marker listed twice
    assert set(home["agencies"]) <= codes
    for form, states in home["home_names"].items():
        assert states and set(states) <= codes, form
    assert int(home["start_window"]) > int(home["dateline_window"]) > 0
