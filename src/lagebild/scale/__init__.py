"""Scale-out: `lagebild ingest --engine ray` over sharded inputs, Parquet shards, loading them into DuckDB.

Ray is optional (`pip install 'lagebild[ray]'`); nothing here imports it until a run starts.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence

from ..config import Settings
from ..errors import LagebildError
from ..store import Store


def ingest_ray(paths: Sequence[str], output: str, settings: Settings | None = None, *,
               address: str | None = None, workers: int = 0,
               on_error: Callable[[str], None] = lambda _msg: None):
    """Run the pipeline on Ray into Parquet shards under `output`, then load local shards into settings.db."""
    if importlib.util.find_spec("ray") is None:
        raise LagebildError("the ray engine needs Ray: pip install 'lagebild[ray]'")
    from .ray_engine import run_ray

    settings = settings or Settings()
    summary = run_ray(paths, output, settings, address=address, workers=workers, on_error=on_error)
    if "://" not in output:
        from ..fusion import fuse

        store = Store(settings.db)
        store.load_parquet(output)
        fuse(store)  # as `ingest` does: clusters and claims over everything stored
    return summary
