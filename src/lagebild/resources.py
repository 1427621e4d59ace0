"""Loading of bundled language data (YAML/TSV files under lagebild/data)."""

from __future__ import annotations

import hashlib
import os
import pickle
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


def cache_dir() -> Path:
    """Where compiled tables are cached: $LAGEBILD_CACHE_DIR, else $XDG_CACHE_HOME/lagebild or
    ~/.cache/lagebild ($LAGEBILD_CACHE, the geo cache's old name, is still read)."""
    env = os.environ.get("LAGEBILD_CACHE_DIR") or os.environ.get("LAGEBILD_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lagebild"


# what read_cache returns for a cache file that is missing or unreadable
NOT_CACHED: Any = object()


def read_cache(path: Path) -> Any:
    """The object pickled at path, or NOT_CACHED where the file is missing, stale or broken (the caller
    builds it again: a cache only costs or saves speed)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return NOT_CACHED


def write_cache(path: Path, payload: object) -> bool:
    """Pickle payload to path atomically; False where the cache folder is not writable (only costs speed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # parallel workers must not share a temp file
        with open(tmp, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        return True
    except OSError:
        return False


@cache
def load_yaml(*parts: str) -> Any:
    """Parse a bundled YAML file once per process (pure loader, safe to cache)."""
    path = data_path(*parts)
    try:
        raw = path.read_bytes()
        return parse_yaml(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot load {path}: {exc}") from exc


def parse_yaml(raw: bytes) -> Any:
    """YAML data of a file's bytes, from the cache folder when these bytes were parsed before: even
    libyaml builds the Python objects slowly, and every process start reads the same large lexicons."""
    path = cache_dir() / "yaml" / f"{hashlib.sha1(raw).hexdigest()}.pickle"
    cached = read_cache(path)
    if cached is not NOT_CACHED:
        return cached
    data = yaml.load(raw, Loader=SAFE_LOADER)
    write_cache(path, data)
    return data


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
