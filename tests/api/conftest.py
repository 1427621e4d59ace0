"""Fixtures for the API tests: a synthetic database and a TestClient over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from synth import build_db

from lagebild.api.app import create_app


@pytest.fixture(scope="session")
def api_db(tmp_path_factory):
    """40 synthetic articles with 3 events each (seed 42)."""
    return build_db(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="session")
def client(api_db):
    """A client of the read-only app over api_db."""
    return TestClient(create_app(api_db))


@pytest.fixture
def empty_client(tmp_path):
    """A client over a database file that does not exist yet."""
    return TestClient(create_app(tmp_path / "missing.duckdb"))


@pytest.fixture(scope="session")
def corpus_events():
    """The events stored in api_db, straight from the generator (to compute expected answers)."""
    from synth import make_corpus

    return [e for article in make_corpus(40) for e in article.events]
