"""The PLOVER mapping (docs/plover.md): category, mode, actors, date, location with GeoNames id."""
from __future__ import annotations

import io
import json

import pytest
from pydantic import ValidationError

from waqai.export import export
from waqai.export.plover import PloverMapping, mapping


def _records(root) -> dict:
    out = io.BytesIO()
    export(root, "events", "plover", out)
    return {r["id"]: r for r in map(json.loads, out.getvalue().decode().splitlines())}


@pytest.mark.parametrize("event_id,mode", [("e1", "visit"), ("e2", "meet"), ("e3", "phone")])
def test_event_type_gives_the_plover_mode(small_warehouse, event_id, mode):
    record = _records(small_warehouse)[event_id]
    assert record["event"] == "CONSULT" and record["mode"] == mode


def test_record_fields(small_warehouse):
    r = _records(small_warehouse)["e1"]
    assert r["date"] == "2024-03-03" and r["date_end"] == "2024-03-03"
    assert r["actor"] == {"text": "وزير الخارجية المصري", "country": "EGY", "code": "EGY",
                          "sector": "GOV"}
    assert r["recipient"]["country"] == "SAU"
    assert r["location"]["geonameid"] == 108410 and r["location"]["precision"] == "city"
    assert r["location"]["lat"] == pytest.approx(24.69, abs=0.01)
    assert r["source"]["url"] == "https://example.org/a" and r["source"]["trigger"] == "زار"
    assert r["waqai"]["status"] == "occurred"


def test_an_event_without_a_place_has_no_location(small_warehouse):
    assert _records(small_warehouse)["e3"]["location"] is None


def test_organisations_are_not_countries():
    from waqai.export.plover import _party

    assert _party("الأمم المتحدة", "UNO") == {"text": "الأمم المتحدة", "country": None,
                                             "code": "UNO", "sector": "IGO"}


@pytest.mark.parametrize("broken", [
    {"modes": {"VISIT": "visit"}},  # an event type without a mode
    {"unknown_key": 1},
])
def test_the_mapping_file_is_validated(broken):
    data = mapping().model_dump() | broken
    with pytest.raises(ValidationError):
        PloverMapping.model_validate(data)
