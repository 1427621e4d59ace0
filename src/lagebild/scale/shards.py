"""Parquet shards: analysed articles written as one file per table and batch, on any pyarrow filesystem.

Layout under an output root (local folder or object-store URI such as s3://bucket/run):
one folder per stored table (``articles/``, ``sentences/``, ``mentions/``, ``events/``,
``quotes/``), each holding ``part-<key>.parquet``
files with the store's column schemas. The key is a hash of the batch's doc ids, so a task
that Ray retries overwrites its own shard instead of adding a duplicate.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pyarrow.fs as pafs
import pyarrow.parquet as pq

from ..errors import ReaderError
from ..ingest.jsonl import article_from_record
from ..model import AnalysedArticle, Article
from ..store.db import SCHEMAS, arrow_tables


@dataclass
class ShardWriter:
    """Writes batches of analysed articles below one root."""

    root: str
    fs: pafs.FileSystem = field(init=False, repr=False)
    base: str = field(init=False)

    def __post_init__(self) -> None:
        self.fs, self.base = pafs.FileSystem.from_uri(_as_uri(self.root))

    def prepare(self) -> None:
        """Create the table folders (object stores need none, local folders do)."""
        for name in SCHEMAS:
            self.fs.create_dir(f"{self.base}/{name}", recursive=True)

    def write(self, results: Sequence[AnalysedArticle]) -> str:
        """Write one shard per table for this batch; returns the shard key."""
        key = batch_key(r.article.doc for r in results)
        for name, table in arrow_tables(results).items():
            pq.write_table(table, f"{self.base}/{name}/part-{key}.parquet", filesystem=self.fs)
        return key


def batch_key(docs: Iterable[str]) -> str:
    """A stable name for a batch of documents."""
    return hashlib.sha1("\n".join(docs).encode("utf-8")).hexdigest()[:20]


def _as_uri(root: str) -> str:
    """Local paths as absolute paths (pyarrow wants those); URIs unchanged."""
    if "://" in root:
        return root
    from pathlib import Path

    return str(Path(root).resolve())


def articles_from_rows(rows: Iterable[dict], source: str = "shard") -> Iterator[Article | ReaderError]:
    """Input rows {"line": <one JSON object>, "path": <its file>} -> Articles through the JSONL
    reader's record check; blank lines are skipped, bad ones yield a ReaderError."""
    for row in rows:
        line, path = row.get("line"), row.get("path")
        label = path or source
        if not line or not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReaderError(label, f"malformed JSON ({exc.msg}, column {exc.colno})")
            continue
        try:
            yield article_from_record(record, label, None, path)
        except ReaderError as error:
            yield error


def file_lines(path: str, size: int) -> Iterator[list[str]]:
    """The input rows of a JSON Lines or Parquet file as JSON lines, `size` at a time (streamed)."""
    fs, base = pafs.FileSystem.from_uri(_as_uri(path))
    if path.lower().endswith(".parquet"):
        for batch in pq.ParquetFile(fs.open_input_file(base)).iter_batches(batch_size=size):
            yield [record_line(row) for row in batch.to_pylist()]
        return
    chunk: list[str] = []
    with fs.open_input_stream(base) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig") as text:
        for line in text:
            if line.strip():
                chunk.append(line)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def record_line(row: dict) -> str:
    """A Parquet input row as the JSON line the JSONL reader would see (dates as ISO strings)."""
    return json.dumps({k: _plain(v) for k, v in row.items() if k != "path"}, ensure_ascii=False)


def _plain(value: object) -> object:
    """Parquet dates/timestamps back to the ISO strings the contract uses."""
    iso = getattr(value, "isoformat", None)
    return iso()[:10] if iso is not None and not isinstance(value, str) else value
