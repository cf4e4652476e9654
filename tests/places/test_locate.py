"""Event locations to GeoNames places: Arabic forms through the shared normaliser, the
country as a constraint, the capital standing for a country named alone."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from schemas import Event, SCHEMAS
from waqai.data import load_tsv
from waqai.places import gazetteer, locate, locate_events

CITIES = [  # (location text as the extractor stores it, country, GeoNames name)
    ("القاهرة", "EGY", "Cairo"),
    ("الرياض", "SAU", "Riyadh"),
    ("جدة", "SAU", "Jeddah"),
    ("دمشق", "SYR", "Damascus"),
    ("موسكو", "RUS", "Moscow"),
    ("لندن", "GBR", "London"),
    ("بغداد", "IRQ", "Baghdad"),
    ("أربيل", "IRQ", "Erbil"),
]
SPELLINGS = [  # hamza, ta marbuta, alef maqsura, tatweel, diacritics, quotes
    ("اسطنبول", "TUR", "Istanbul"),
    ("إسطنبول", "TUR", "Istanbul"),
    ("القاهره", "EGY", "Cairo"),
    ("القـاهرة", "EGY", "Cairo"),
    ("القَاهِرَة", "EGY", "Cairo"),
    ("«الرباط»", "MAR", "Rabat"),
]
CLITICS_AND_HEADS = [
    ("للرياض", "SAU", "Riyadh"),
    ("بالرباط", "MAR", "Rabat"),
    ("مدينة مشهد", "IRN", "Mashhad"),
    ("العاصمة الرياض", "SAU", "Riyadh"),
    ("إسطنبول التركية", "TUR", "Istanbul"),
    ("سوتشي” الروسية", "RUS", "Sochi"),
]
ALIASES = [  # forms GeoNames lacks, from waqai/data/places/aliases.tsv
    ("سان بطرسبورغ", "RUS", "Saint Petersburg"),
    ("طرابلس اللبنانية", "LBN", "Tripoli"),
    ("زيوريخ", "CHE", "Zürich"),
]


@pytest.mark.parametrize("text,country,name", CITIES + SPELLINGS + CLITICS_AND_HEADS + ALIASES)
def test_a_named_city_is_located_as_a_city(text, country, name):
    place = locate(text, country)
    assert (place.name, place.country, place.precision) == (name, country, "city")


COUNTRIES = [  # a country named alone stands as its capital
    ("مصر", "EGY", "Cairo"),
    ("المملكة العربية السعودية", "SAU", "Riyadh"),
    ("للجزائر", "DZA", "Algiers"),
    ("الجزائر", "DZA", "Algiers"),
    ("الولايات المتحدة الأمريكية", "USA", "Washington"),
    ("ألمانيا", "DEU", "Berlin"),
    ("المانيا", "DEU", "Berlin"),
]
UNKNOWN_PLACES = [  # a palace, a region, "the country": the event's country stands
    ("قصر الاتحادية", "EGY", "Cairo"),
    ("البلاد", "IRQ", "Baghdad"),
    ("جزيرة بالي الإندونيسية", "IDN", "Jakarta"),
    (None, "TUN", "Tunis"),
]


@pytest.mark.parametrize("text,country,capital", COUNTRIES + UNKNOWN_PLACES)
def test_the_capital_stands_for_a_country(text, country, capital):
    place = locate(text, country)
    assert (place.name, place.country, place.precision) == (capital, country, "country")


CONSTRAINED = [  # the same Arabic name in two countries: the event's country decides
    ("طرابلس", "LBY", "Tripoli", 32.9),
    ("طرابلس اللبنانية", "LBN", "Tripoli", 34.4),
]


@pytest.mark.parametrize("text,country,name,latitude", CONSTRAINED)
def test_the_country_constrains_the_city(text, country, name, latitude):
    place = locate(text, country)
    assert place.name == name and place.country == country
    assert place.latitude == pytest.approx(latitude, abs=0.2)


@pytest.mark.parametrize("text", ["القصر الملكي", "مقر إقامته", "", None])
def test_nothing_known_and_no_country_gives_no_place(text):
    assert locate(text, None) is None


def test_a_city_without_a_country_is_the_most_populous_of_that_name():
    assert locate("القاهرة", None).country == "EGY"


def test_every_state_of_the_actor_gazetteer_has_a_capital():
    missing = {r["iso3"] for r in load_tsv("actors/countries.tsv")} - set(gazetteer().capitals)
    assert missing <= {"PLW"}  # Ngerulmud has under 1000 people: not in the shipped data


def test_located_events_carry_the_schema_columns():
    event = Event(
        event_id="e1", doc_id="d1", sentence_index=0, event_type="VISIT", cameo_code="042",
        plover_category="CONSULT", status="occurred", actor1_text=None, actor1_country="EGY",
        actor2_text="الرياض", actor2_country="SAU", location_text="الرياض",
        location_country="SAU", date_start=dt.date(2024, 1, 2), date_end=None,
        date_granularity="day", date_text=None, date_basis=None, trigger_text="زار", trigger_start=0,
        trigger_end=3, evidence_text="زار", evidence_start=0, evidence_end=3, mentions=[],
        participants=["EGY", "SAU"], confidence=1.0, extractor_version="t")
    nowhere = dataclasses.replace(event, event_id="e2", location_text=None,
                                  location_country=None)
    located, unlocated = locate_events([event, nowhere])
    assert located.location_geonames_id == 108410
    coordinates = (located.location_latitude, located.location_longitude)
    assert coordinates == pytest.approx((24.69, 46.72), abs=0.01)
    assert located.location_precision == "city"
    assert unlocated.location_geonames_id is None and unlocated.location_precision is None
    names = SCHEMAS["events"].names
    assert {"location_geonames_id", "location_latitude", "location_longitude",
            "location_precision"} <= set(names)
