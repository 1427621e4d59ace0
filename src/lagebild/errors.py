"""Errors lagebild raises; each carries enough to print one clear line."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of lagebild's own errors."""


class ReaderError(LagebildError):
    """An input could not be read; ``source`` names the file (and line) that failed."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class DataError(LagebildError):
    """A bundled or user-supplied data file (lexicon, actor table) is invalid."""


class StoreError(LagebildError):
    """The database could not be opened or written."""
