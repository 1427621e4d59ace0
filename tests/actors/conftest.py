"""Fixtures of the actor tests: one knowledge base for the session (no user files, no cache)."""

from __future__ import annotations

import pytest

from lagebild.actors import ActorBase


@pytest.fixture(scope="session")
def actor_base(tmp_path_factory) -> ActorBase:
    """The bundled actor base, isolated from the user's config folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("LAGEBILD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    mp.setenv("LAGEBILD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    base = ActorBase.load()
    mp.undo()
    return base
