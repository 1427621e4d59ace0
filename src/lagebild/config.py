"""Settings: one dataclass with documented defaults (CLI options override them)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "lagebild.duckdb"


@dataclass(frozen=True)
class Settings:
    """Run settings.

    db: the DuckDB file (env LAGEBILD_DB overrides the default).
    actor_files: user actor tables (YAML/CSV) added to the bundled knowledge base.
    languages: languages that are coded; others are stored and skipped with a message.
    max_bytes: inputs larger than this are rejected as "huge".
    batch_size: articles per write transaction.
    workers: worker processes for analysis (1 = in-process).
    recode: re-code articles whose content is already stored.
    """

    db: Path = field(default_factory=lambda: Path(os.environ.get("LAGEBILD_DB", DEFAULT_DB)))
    actor_files: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("de", "en")
    max_bytes: int = 20_000_000
    batch_size: int = 500  # each write transaction costs ~0.1 s (connect, commit, checkpoint on close)
    workers: int = 1
    recode: bool = False
