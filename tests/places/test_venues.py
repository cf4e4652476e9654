"""Events with no country of their own: the city their name carries, or the visit they were
held during (same document, overlapping days, the visit's parties)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from small_warehouse import EVENTS
from waqai.places import locate_events
from waqai.places.venues import infer_venues

VISIT = dataclasses.replace(EVENTS[0], event_id="v", event_type="VISIT", location_text="الرياض",
                            location_country="SAU", date_start=dt.date(2024, 3, 3),
                            date_end=dt.date(2024, 3, 5), participants=["EGY", "SAU"])


def _event(event_type="MEETING", day=4, parties=("EGY", "SAU"), doc="d1", **changes):
    fields = dict(event_id="e", event_type=event_type, doc_id=doc, location_text=None,
                  location_country=None, date_start=dt.date(2024, 3, day),
                  date_end=dt.date(2024, 3, day), participants=list(parties))
    return dataclasses.replace(EVENTS[0], **(fields | changes))


HELD_DURING_THE_VISIT = [
    ("a meeting on the visit's second day", _event(), ("الرياض", "SAU")),
    ("a signing by the visitor alone", _event("AGREEMENT", parties=("EGY",)), ("الرياض", "SAU")),
    ("talks with an unknown venue text", _event("TALKS", location_text="بمقر إقامته"),
     ("الرياض", "SAU")),
]
NOT_HELD_THERE = [
    ("another day", _event(day=9)),
    ("another document", _event(doc="d2")),
    ("a third state among the parties", _event(parties=("EGY", "SAU", "QAT"))),
    ("a call is not held at a destination", _event("PHONE_CALL")),
    ("undated", dataclasses.replace(_event(), date_start=None, date_end=None)),
]


@pytest.mark.parametrize("name,event,place", HELD_DURING_THE_VISIT,
                         ids=[c[0] for c in HELD_DURING_THE_VISIT])
def test_an_event_held_during_a_visit_is_at_its_destination(name, event, place):
    located = infer_venues([VISIT, event])[1]
    assert (located.location_text, located.location_country) == place


@pytest.mark.parametrize("name,event", NOT_HELD_THERE, ids=[c[0] for c in NOT_HELD_THERE])
def test_other_events_keep_no_place(name, event):
    assert infer_venues([VISIT, event])[1].location_country is None


def test_two_visits_to_different_places_decide_nothing():
    other = dataclasses.replace(VISIT, event_id="v2", location_text="جدة")
    assert infer_venues([VISIT, other, _event()])[2].location_country is None


NAMED = [  # (evidence, trigger, city, country)
    ("شارك الوزير في مؤتمر برلين حول الأزمة", "مؤتمر", "برلين", "DEU"),
    ("وتنطلق قمة «الرياض» غدا بحضور القادة", "قمة", "الرياض", "SAU"),
    ("وتعقد القمة المرتقبة في الشهر المقبل", "القمة", None, None),
]


@pytest.mark.parametrize("evidence,trigger,city,country", NAMED)
def test_a_summit_named_for_a_city_is_held_there(evidence, trigger, city, country):
    at = evidence.index(trigger)
    summit = _event("SUMMIT", evidence_text=evidence, evidence_start=0,
                    evidence_end=len(evidence), trigger_text=trigger, trigger_start=at,
                    trigger_end=at + len(trigger))
    located = locate_events([summit])[0]
    assert (located.location_text, located.location_country) == (city, country)
    assert (located.location_precision == "city") == (city is not None)


@pytest.mark.parametrize("broken", [{"named_by_city": ["PARADE"]}, {"unknown_key": []}])
def test_places_yaml_is_validated(broken):
    from pydantic import ValidationError

    from waqai.data import load_yaml
    from waqai.places.locate import Reading

    with pytest.raises(ValidationError):
        Reading.model_validate(load_yaml("places/places.yaml") | broken)
