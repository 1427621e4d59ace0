"""`lagebild serve`: the read-only API and dashboard over a database file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..config import DEFAULT_DB
from .security import is_loopback

TOKEN_ENV = "LAGEBILD_TOKEN"


def check_binding(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise typer.BadParameter(
            f"--host {host} exposes the server beyond this machine: set --token or {TOKEN_ENV}",
            param_hint="--host")


def serve(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file (read-only).", envvar="LAGEBILD_DB")] = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to bind; other than loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option(help="Require this token (Bearer header or ?token=).",
                                              envvar=TOKEN_ENV)] = None,
) -> None:
    """Serve the read-only API (/api, /docs) and the dashboard."""
    import uvicorn

    from .app import create_app

    check_binding(host, token)
    if not db.exists():
        typer.echo(f"note: {db} does not exist yet; the dashboard shows an empty state until "
                   f"`lagebild ingest --db {db}` creates it", err=True)
    typer.echo(f"lagebild dashboard on http://{host}:{port}/ (API docs: /docs), database {os.fspath(db)}", err=True)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")
