"""Ingest stage: files, folders and stdin -> Article (doc id, text with the title first, date, language).

Reads plain text (CONTRACT §1), JSON Lines (§2), HTML (trafilatura) and RSS/Atom (feedparser).
Bad inputs are yielded as ReaderError values, one per input (or per JSON line), never raised.
"""

from __future__ import annotations

from .files import read_paths
from .language import detect_language
from .text import read_text

__all__ = ["detect_language", "read_paths", "read_text"]
