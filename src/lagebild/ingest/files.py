"""Paths to Articles: folder walks, stdin, size limits, decoding and dispatch to the readers."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import ReaderError
from ..model import Article
from .config import load_config
from .decode import DecodeError, decode_bytes
from .feeds import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

STDIN_NAME = "<stdin>"
STDIN_DOC = "stdin"
DEFAULT_MAX_BYTES = 20_000_000


def sniff_kind(text: str) -> str:
    """'feed', 'html', 'jsonl' or 'text', from the first characters of the content."""
    config = load_config()
    head = text.lstrip("\ufeff \t\r\n")[: config.sniff_chars].lower()
    if head.startswith("<"):
        if any(mark in head for mark in config.sniff["feed"]):
            return "feed"
        # markup that is neither a feed nor HTML goes to the feed reader, which names the problem
        return "html" if any(mark in head for mark in config.sniff["html"]) else "feed"
    if head.startswith(("{", "[")):
        return "jsonl"
    return "text"


def kind_of(name: str, text: str) -> str:
    """The reader for a file: by extension where known, else by sniffing the content."""
    kind = load_config().extensions.get(Path(name).suffix.lower())
    return kind or sniff_kind(text)


def read_content(text: str, name: str, path: str | None) -> Iterator[Article | ReaderError]:
    """Dispatch decoded content to its reader; `name` is the base name, the doc id of one-article files."""
    source = path or name
    kind = kind_of(name, text)
    try:
        if kind == "jsonl":
            yield from read_jsonl(text, source, path)
        elif kind == "feed":
            yield from read_feed(text, name, path)
        elif kind == "html":
            yield read_html(text, name, path)
        else:
            yield read_text(text, name, path)
    except ReaderError as error:
        yield error


def read_file(path: Path, label: str, max_bytes: int) -> Iterator[Article | ReaderError]:
    """Read one file; every failure becomes one ReaderError naming `label`."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReaderError(label, f"file too large ({size} bytes, limit {max_bytes})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReaderError(label, f"cannot read ({exc.strerror or exc})")
        return
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield ReaderError(label, str(exc))
        return
    yield from read_content(text, path.name, label)


def read_stream(stream: TextIO, max_bytes: int) -> Iterator[Article | ReaderError]:
    """Read stdin (or any text stream) as one input; its content decides the reader."""
    buffer = getattr(stream, "buffer", None)
    try:
        raw = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1)
    except (OSError, UnicodeDecodeError) as exc:
        yield ReaderError(STDIN_NAME, f"cannot read ({exc})")
        return
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogateescape")
    if len(data) > max_bytes:
        yield ReaderError(STDIN_NAME, f"input too large (over the limit of {max_bytes} bytes)")
        return
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield ReaderError(STDIN_NAME, str(exc))
        return
    yield from read_content(text, STDIN_DOC, None)


def walk_folder(root: Path) -> list[Path]:
    """Files under root, recursively, sorted by path, without hidden entries or documentation files."""
    skip = load_config().folder_skip_prefixes
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / name for name in files
                     if not name.startswith(".") and not name.lower().startswith(skip))
    return sorted(found, key=lambda path: path.relative_to(root).parts)


def read_paths(paths: Sequence[str], *, stdin: TextIO | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReaderError]:
    """Articles from files, folders (recursive) and '-' (stdin); bad inputs yield ReaderErrors."""
    for name in paths:
        if name == "-":
            yield from _guarded(read_stream(stdin or sys.stdin, max_bytes), STDIN_NAME)
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk_folder(path):
                yield from _guarded(read_file(file, str(file), max_bytes), str(file))
        elif not path.exists():
            yield ReaderError(name, "no such file or folder")
        else:
            yield from _guarded(read_file(path, name, max_bytes), name)


def _guarded(items: Iterator[Article | ReaderError], label: str) -> Iterator[Article | ReaderError]:
    """Pass items on; an unexpected exception ends this input with one ReaderError, not the run."""
    try:
        yield from items
    except Exception as exc:  # a reader bug on one odd file must not stop a batch of thousands
        yield ReaderError(label, f"unexpected reader failure ({type(exc).__name__}: {exc})")
