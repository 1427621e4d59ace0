"""The gazetteer's curated data and cache."""

from __future__ import annotations

import csv

import pytest

from lagebild.geo.gazetteer import Gazetteer, input_hash
from lagebild.geo.phrases import rules_for
from lagebild.resources import data_path

PRECISIONS = {"city", "region", "country"}


def curated_rows() -> list[dict[str, str]]:
    with open(data_path("geo", "places.tsv"), encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory) -> Gazetteer:
    """A gazetteer built into a temporary cache folder."""
    return Gazetteer.load(tmp_path_factory.mktemp("geo-cache"))


def test_gazetteer_curated_rows_are_valid(gazetteer):
    iso3 = set(gazetteer.iso2to3.values())
    for row in curated_rows():
        assert row["precision"] in PRECISIONS, row["names"]
        assert not row["country"] or row["country"] in iso3, row["names"]
        if row["lat"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["names"]
        else:
            assert row["geonames_id"], f"{row['names']}: needs coordinates or a GeoNames city id"


def test_gazetteer_curated_rows_get_coordinates(gazetteer):
    for index in range(len(gazetteer.places)):
        place = gazetteer.place(index)
        if place.precision != "country":
            assert place.lat is not None and place.lon is not None, place.name


def test_gazetteer_cache_roundtrip(tmp_path, gazetteer):
    first = Gazetteer.load(tmp_path)
    assert (tmp_path / f"gazetteer-{input_hash()}.pickle").exists()
    again = Gazetteer.load(tmp_path)
    assert again.candidates("Pjöngjang") == first.candidates("Pjöngjang") == gazetteer.candidates("Pjöngjang")


def test_gazetteer_stop_names_are_not_cities(gazetteer):
    assert gazetteer.candidates("Norden") == []
    assert gazetteer.candidates("Lage") == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_gazetteer_locative_rules_load(lang):
    rules = rules_for(lang)
    assert ("in",) in rules.cues
    assert rules.is_gap_noun("Hafenstadt" if lang == "de" else "city")
