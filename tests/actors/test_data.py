"""The generated actor tables match what scripts/build_actors.py derives from ../shared today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lagebild.actors.gazetteer import read_tsv
from lagebild.resources import data_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build(shared):
    """The build script as a module (it needs ../shared)."""
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_actors_states_table_is_regenerated_identically(build, shared):
    rows = [tuple(r.values()) for r in read_tsv(data_path("actors", "states.tsv"))]
    assert rows == [tuple(r) for r in build.state_rows(shared)]


def test_actors_legacy_persons_table_is_regenerated_identically(build, shared):
    rows = [tuple(r.values()) for r in read_tsv(data_path("actors", "persons_legacy.tsv"))]
    assert rows == [tuple(r) for r in build.person_rows(shared)]
