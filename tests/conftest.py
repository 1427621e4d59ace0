"""Shared fixtures: the bundled pipeline, the shared folder, a database built from examples/."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seeds, gold, scorer); tests using it skip where it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole run (loading the data takes a moment)."""
    from lagebild.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    """A database with the sample corpus ingested."""
    from lagebild.config import Settings
    from lagebild.pipeline import ingest

    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    summary = ingest([str(EXAMPLES)], Settings(db=db))
    assert summary.failed == []
    return db
