"""Where an event with no country of its own was held: the city its name carries ("مؤتمر
برلين", types listed in ``waqai/data/places/places.yaml``). (The place of an event held during
a visit is the extractor's: ``located_by`` in ``waqai/data/events/event_types.yaml``.)
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable



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
    """Events without a country get the city their name carries."""
    out = []
    for event in events:
        place = None if event.location_country else _named_city(event)
        out.append(event if place is None else dataclasses.replace(
            event, location_text=place[0], location_country=place[1]))
    return out
