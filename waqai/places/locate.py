"""Where an event took place: its location text and country resolved to a GeoNames city.

The text is read as the extractor stored it (``"إسطنبول التركية"``, ``"للجزائر"``, ``"مدينة
مشهد"``): the whole text, or its words before a state's adjective, must name a city of the
event's country; the words are tried as written, then without a clitic on the first word,
then without a generic head noun (``waqai/data/places/places.yaml``). A text that names a
country, or names nothing the gazetteer knows (a palace, a region), stands for the country:
its capital, with precision ``country``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from schemas.enums import EventType
from waqai.data import load_yaml
from waqai.places.gazetteer import Place, gazetteer, key
from waqai.text.normalise import norm


class _Clitic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    prefix: str
    becomes: str


class Reading(BaseModel):
    """``places.yaml``: how a location text is read (unknown keys are rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    generic_heads: tuple[str, ...]
    clitics: tuple[_Clitic, ...]
    named_by_city: tuple[EventType, ...]


@lru_cache(maxsize=1)
def reading() -> Reading:
    raw = Reading.model_validate(load_yaml("places/places.yaml"))
    return raw.model_copy(update=dict(
        generic_heads=tuple(norm(h) for h in raw.generic_heads),
        clitics=tuple(_Clitic(prefix=norm(c.prefix), becomes=norm(c.becomes))
                      for c in raw.clitics)))


def _variants(words: list[str]) -> Iterator[list[str]]:
    """The words as written, without a clitic on the first, without a generic head."""
    yield words
    rules = reading()
    first = words[0]
    for c in rules.clitics:
        rest = first[len(c.prefix):]
        if first.startswith(c.prefix) and len(rest) > 1:
            yield [c.becomes + rest, *words[1:]]
            break
    if first in rules.generic_heads and len(words) > 1:
        yield words[1:]


def _phrases(text: str) -> Iterator[str]:
    """Candidate names in order of preference: each variant whole, then its leading runs
    followed only by a state's adjective ("إسطنبول التركية", "بوسان الكورية الجنوبية")."""
    words = key(text).split()
    if not words:
        return
    gaz = gazetteer()
    for variant in _variants(words):
        yield " ".join(variant)
        for n in range(len(variant) - 1, 0, -1):
            if gaz.is_demonym(" ".join(variant[n:])):
                yield " ".join(variant[:n])


def locate(text: str | None, country: str | None) -> Place | None:
    """The GeoNames place of a location ``text`` in ``country`` (ISO3), or None."""
    gaz = gazetteer()
    for phrase in _phrases(text or ""):
        named = gaz.country_named(phrase)
        if named is not None and country in (None, named):
            return gaz.capital(named)
        city = gaz.city(phrase, country)
        if city is not None:
            return city
    return gaz.capital(country) if country else None


def locate_events(events: Iterable) -> list:
    """Events (``schemas.Event``) with their location's GeoNames id, coordinates and precision;
    an event with no place of its own first takes that of the visit it was held during."""
    from waqai.places.venues import infer_venues

    out = []
    for event in infer_venues(events):
        place = locate(event.location_text, event.location_country)
        out.append(dataclasses.replace(
            event,
            location_geonames_id=place.geonames_id if place else None,
            location_latitude=place.latitude if place else None,
            location_longitude=place.longitude if place else None,
            location_precision=place.precision if place else None))
    return out
