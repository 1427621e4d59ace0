"""Embedded DuckDB storage: one writer path, read-only readers."""

from .db import SCHEMA_VERSION, Store
from .query import EventFilter

__all__ = ["SCHEMA_VERSION", "EventFilter", "Store"]
