"""Bytes to text: UTF-8 (with BOM handling), a guarded cp1252 fallback, binary detection."""

from __future__ import annotations

import codecs

from .config import load_config
from .language import detect_language

# Bytes that plain text may contain below 0x20: tab, newline, vertical tab, form feed, carriage return.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
_SAMPLE_BYTES = 65536


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the reader's reason."""


def _control_share(data: bytes) -> float:
    """Share of control bytes (other than whitespace) in the first 64 KiB."""
    sample = data[:_SAMPLE_BYTES]
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls / max(len(sample), 1)


def _cp1252_text(data: bytes) -> str | None:
    """The cp1252 reading of the bytes, if it looks like German or English text, else None."""
    config = load_config()
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any(ord(ch) > 127 and ch not in config.cp1252_plausible_chars for ch in text):
        return None
    return text if detect_language(text) in config.cp1252_languages else None


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes; raises DecodeError with a one-line reason."""
    if not data:
        raise DecodeError("empty file (0 bytes)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:_SAMPLE_BYTES]:
        raise DecodeError("binary file (contains NUL bytes)")
    if _control_share(data) > load_config().binary_control_share:
        raise DecodeError("binary file (control characters)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _cp1252_text(data)
        if text is None:
            raise DecodeError(
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) "
                "and not plausible cp1252 German/English text"
            ) from exc
        return text
