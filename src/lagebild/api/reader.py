"""Read-only database access per request: open, query, close; never hold a connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TypeVar

import duckdb

from ..errors import StoreError
from ..store import Store
from .errors import ApiError

T = TypeVar("T")

# a request waits at most this long for `lagebild ingest` to finish a write batch
READ_RETRY_SECONDS = 10.0


@contextmanager
def reader(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request; an empty in-memory schema when there is no file yet."""
    if not db.exists():
        # the same queries then answer with empty results: the dashboard shows its empty state
        con = duckdb.connect(":memory:")
        try:
            con.execute(resources.files("lagebild.store").joinpath("schema.sql").read_text("utf-8"))
            yield con
        finally:
            con.close()
        return
    try:
        with Store(db, retry_seconds=READ_RETRY_SECONDS).connect() as con:
            yield con
    except StoreError as exc:
        raise ApiError(503, f"database unavailable: {exc}") from exc
    except duckdb.CatalogException as exc:
        raise ApiError(503, f"{db} is not a lagebild database (run `lagebild ingest` into it)") from exc


def read_one(db: Path, read: Callable[[duckdb.DuckDBPyConnection], T | None], missing: str) -> T:
    """What `read` finds in the database; a 404 saying `missing` when it finds nothing."""
    with reader(db) as con:
        found = read(con)
    if found is None:
        raise ApiError(404, missing)
    return found
