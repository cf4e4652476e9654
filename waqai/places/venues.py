"""Where an event with no country of its own was held: the city its name carries ("مؤتمر
برلين", types listed in ``waqai/data/places/places.yaml``), or the destination of a visit it is
part of.

A meeting, talks or a signing reported in the same document as a visit, on the visit's days
and among the visit's parties, took place where the visit went (``dated_by_venue`` of
``waqai/data/events/event_types.yaml`` lists the types held at a visit's destination). The
event takes the visit's location text and country (its own text, if any, named no known place:
"بمقر إقامته"); the gazetteer then gives coordinates. Only one such visit may qualify.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from waqai.data import load_yaml


def _held_at_destination() -> dict[str, set[str]]:
    """visit-like type -> the types of events held at its destination."""
    types = load_yaml("events/event_types.yaml")
    return {name: set(spec.get("dated_by_venue") or ()) for name, spec in types.items()
            if spec.get("dated_by_venue")}


def _overlap(a, b) -> bool:
    if a.date_start is None or b.date_start is None:
        return False
    return a.date_start <= (b.date_end or b.date_start) and b.date_start <= (
        a.date_end or a.date_start)


def _host_visit(event, visits: list):
    """The place of the one located visit of the same document this event belongs to."""
    parties = set(event.participants)
    hosts = {(v.location_text, v.location_country) for v in visits
             if v.doc_id == event.doc_id and _overlap(event, v)
             and parties <= set(v.participants)}
    return hosts.pop() if len(hosts) == 1 else None


def _named_city(event) -> tuple[str, str] | None:
    """The city named right after the trigger of a type named for its venue ("مؤتمر برلين")."""
    from waqai.places.gazetteer import gazetteer, key
    from waqai.places.locate import reading

    if event.event_type not in reading().named_by_city:
        return None
    after = event.evidence_text[event.trigger_end - event.evidence_start:].split()
    if not after:
        return None
    word = after[0].strip("\"'«»“”()،,.")
    code = gazetteer().news_cities.get(key(word))
    return (word, code) if code else None


def infer_venues(events: Iterable) -> list:
    """Events without a country get the city their name carries, or the destination of the
    visit they were held during."""
    events = list(events)
    held = _held_at_destination()
    out = []
    for event in events:
        if event.location_country:
            out.append(event)
            continue
        visits = [v for v in events if event.event_type in held.get(v.event_type, ())
                  and v.location_country]
        place = _named_city(event) or _host_visit(event, visits)
        out.append(event if place is None else dataclasses.replace(
            event, location_text=place[0], location_country=place[1]))
    return out
