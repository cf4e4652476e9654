"""Events as PLOVER/POLECAT-style records (docs/plover.md), mapping in
``waqai/data/export/plover.yaml``."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict, model_validator

from schemas.enums import EventType, values
from waqai.data import load_yaml


class PloverMapping(BaseModel):
    """``plover.yaml`` (unknown keys rejected; every event type needs a mode entry)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    modes: dict[str, Optional[str]]
    organisation_sectors: dict[str, str]
    state_sector: str

    @model_validator(mode="after")
    def _every_event_type(self):
        if set(self.modes) != set(values(EventType)):
            raise ValueError(f"modes must name exactly the event types {values(EventType)}")
        return self


@lru_cache(maxsize=1)
def mapping() -> PloverMapping:
    return PloverMapping.model_validate(load_yaml("export/plover.yaml"))


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def _party(text: str | None, code: str | None) -> dict | None:
    if text is None and code is None:
        return None
    m = mapping()
    sector = m.organisation_sectors.get(code, m.state_sector) if code else None
    return {"text": text, "country": None if code in m.organisation_sectors else code,
            "code": code, "sector": sector}


def plover_record(event, document=None) -> dict:
    """One PLOVER record of an event (``schemas.Event``) and its document."""
    location = None
    if event.location_text or event.location_country:
        location = {"placename": event.location_text, "country": event.location_country,
                    "geonameid": event.location_geonames_id, "lat": event.location_latitude,
                    "lon": event.location_longitude, "precision": event.location_precision}
    return {
        "id": event.event_id,
        "date": _iso(event.date_start),
        "date_end": _iso(event.date_end),
        "date_granularity": event.date_granularity,
        "event": event.plover_category,
        "mode": mapping().modes[event.event_type],
        "context": [],
        "actor": _party(event.actor1_text, event.actor1_country),
        "recipient": _party(event.actor2_text, event.actor2_country),
        "participants": list(event.participants),
        "location": location,
        "source": {
            "doc_id": event.doc_id,
            "url": document.url if document else None,
            "published": _iso(document.published) if document else None,
            "evidence": event.evidence_text,
            "trigger": event.trigger_text,
        },
        "waqai": {"event_type": event.event_type, "status": event.status,
                  "cameo": event.cameo_code, "cluster_id": event.cluster_id,
                  "confidence": event.confidence},
    }


def plover_records(events, documents: dict) -> list[dict]:
    return [plover_record(e, documents.get(e.doc_id)) for e in events]
