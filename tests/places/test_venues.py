"""Events with no country of their own: the city their name carries."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from small_warehouse import EVENTS
from waqai.places import locate_events

def _event(event_type="MEETING", day=4, parties=("EGY", "SAU"), doc="d1", **changes):
    fields = dict(event_id="e", event_type=event_type, doc_id=doc, location_text=None,
                  location_country=None, date_start=dt.date(2024, 3, day),
                  date_end=dt.date(2024, 3, day), participants=list(parties))
    return dataclasses.replace(EVENTS[0], **(fields | changes))


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
