"""Loading of bundled language data (YAML/TSV files under lagebild/data)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

DATA_ROOT = resources.files("lagebild") / "data"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 5-10x faster


def data_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. data_path('de', 'triggers.yaml')."""
    return Path(str(DATA_ROOT.joinpath(*parts)))


@cache
def load_yaml(*parts: str) -> Any:
    """Parse a bundled YAML file once (pure loader, safe to cache)."""
    path = data_path(*parts)
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot load {path}: {exc}") from exc


@cache
def load_word_set(*parts: str) -> frozenset[str]:
    """A bundled YAML list of words (or a mapping whose keys are words) as a set."""
    data = load_yaml(*parts)
    if isinstance(data, dict):
        return frozenset(data)
    if isinstance(data, list):
        return frozenset(str(w) for w in data)
    raise DataError(f"{'/'.join(parts)}: expected a list or mapping of words")


def phrase_tuples(entries: list[str]) -> tuple[tuple[str, ...], ...]:
    """Cue phrases from a word list, lower-cased and split into words once, longest first."""
    return tuple(sorted((tuple(e.lower().split()) for e in entries), key=len, reverse=True))
