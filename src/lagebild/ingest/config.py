"""Settings of the ingest stage, read once from data/ingest.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import DataError
from ..resources import load_yaml


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """What the readers need from data/ingest.yaml (see the comments there)."""

    extensions: dict[str, str]  # '.txt' -> 'text'
    sniff_chars: int
    sniff: dict[str, tuple[str, ...]]
    header_keys: frozenset[str]
    folder_skip_prefixes: tuple[str, ...]
    languages: tuple[str, ...]
    detect_chars: int
    min_letters: int
    short_text_letters: int
    short_text_confidence: float
    function_words: dict[str, frozenset[str]]
    function_word_share: float
    function_word_min: int
    function_word_rival: float
    cp1252_languages: frozenset[str]
    cp1252_plausible_chars: frozenset[str]
    binary_control_share: float


@cache
def load_config() -> IngestConfig:
    """Parse and validate data/ingest.yaml (pure loader, cached)."""
    raw = load_yaml("ingest.yaml")
    try:
        extensions = {ext.lower(): kind for kind, exts in raw["extensions"].items() for ext in exts}
        return IngestConfig(
            extensions=extensions,
            sniff_chars=int(raw["sniff_chars"]),
            sniff={kind: tuple(m.lower() for m in marks) for kind, marks in raw["sniff"].items()},
            header_keys=frozenset(k.lower() for k in raw["header_keys"]),
            folder_skip_prefixes=tuple(p.lower() for p in raw["folder_skip_prefixes"]),
            languages=tuple(raw["languages"]),
            detect_chars=int(raw["detect_chars"]),
            min_letters=int(raw["min_letters"]),
            short_text_letters=int(raw["short_text_letters"]),
            short_text_confidence=float(raw["short_text_confidence"]),
            function_words={lang: frozenset(str(w) for w in words)
                            for lang, words in (raw.get("function_words") or {}).items()},
            function_word_share=float(raw.get("function_word_share", 1.0)),
            function_word_min=int(raw.get("function_word_min", 0)),
            function_word_rival=float(raw.get("function_word_rival", 0.0)),
            cp1252_languages=frozenset(raw["cp1252_languages"]),
            cp1252_plausible_chars=frozenset(raw["cp1252_plausible_chars"]),
            binary_control_share=float(raw["binary_control_share"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(f"ingest.yaml: invalid or missing setting: {exc}") from exc
