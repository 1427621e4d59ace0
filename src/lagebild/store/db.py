"""The DuckDB store: schema, migrations, batched idempotent writes.

DuckDB allows one writing process at a time, so connections are short: a writer opens
the file for one batch and closes it; readers open it read-only per query. Both retry
while another process holds the lock, so `lagebild ingest` and `lagebild serve` can
share a database file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from .. import CODER_VERSION
from ..errors import StoreError
from ..model import AnalysedArticle

SCHEMA_VERSION = 3
LOCK_RETRY_SECONDS = 30.0


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used" in text


class Store:
    """A lagebild database file."""

    def __init__(self, path: str | Path, *, retry_seconds: float = LOCK_RETRY_SECONDS) -> None:
        self.path = Path(path)
        self.retry_seconds = retry_seconds

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection; waits while another process holds the write lock."""
        if not write and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `lagebild ingest` first)")
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=not write)
                break
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: {exc}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield con
        finally:
            con.close()

    def init(self) -> None:
        """Create or migrate the schema."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.connect(write=True) as con:
            self._migrate(con)

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        schema = resources.files("lagebild.store").joinpath("schema.sql").read_text("utf-8")
        con.execute(schema)
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema {version} is newer than this lagebild ({SCHEMA_VERSION})")
        # 1 -> 2: the fusion tables (quotes, clusters, cluster_members, article_duplicates, claims,
        # claim_links) are new tables, created by schema.sql above; clusters and claims of an old
        # database are filled by the next `lagebild ingest` (or `lagebild clusters --fuse`), its
        # quotes when its articles are re-coded (`lagebild ingest --recode`)
        # 2 -> 3: articles keep their MinHash signature (fusion reads it instead of re-shingling every
        # text); old rows have none and are signed from their text when fused
        if version < 3:
            con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS minhash BIGINT[]")
        # future migrations: `if version < 4: con.execute(...)`
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def known_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        """Map content hash -> doc id for hashes already stored."""
        if not hashes or not self.path.exists():
            return {}
        with self.connect() as con:
            rows = con.execute(
                "SELECT content_hash, doc FROM articles WHERE content_hash IN (SELECT unnest(?))",
                [list(hashes)]).fetchall()
        return dict(rows)

    def save(self, results: Sequence[AnalysedArticle]) -> None:
        """Store analysed articles in one transaction, replacing earlier rows of the same docs."""
        if not results:
            return
        tables = arrow_tables(results)
        docs = [r.article.doc for r in results]
        with self.connect(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for table in ("events", "mentions", "sentences", "articles", "quotes"):
                    con.execute(f"DELETE FROM {table} WHERE doc IN (SELECT unnest(?))", [docs])
                for name, arrow in tables.items():
                    con.register("batch", arrow)
                    columns = ", ".join(arrow.column_names)
                    con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM batch")
                    con.unregister("batch")
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    def load_parquet(self, folder: str | Path) -> int:
        """Load shards written by `lagebild.scale` (<folder>/<table>/*.parquet), replacing the same docs;
        returns the number of articles loaded."""
        root = Path(folder)
        if not (root / "articles").is_dir():
            raise StoreError(f"{root}: no articles/ shards (write them with `lagebild ingest --engine ray`)")
        self.init()
        globs = {name: str(root / name / "*.parquet") for name in SCHEMAS}
        with self.connect(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                docs = f"SELECT doc FROM read_parquet('{_sql_text(globs['articles'])}')"
                for name in SCHEMAS:
                    con.execute(f"DELETE FROM {name} WHERE doc IN ({docs})")
                for name in SCHEMAS:
                    if not any((root / name).glob("*.parquet")):
                        continue
                    columns = ", ".join(SCHEMAS[name].names)
                    con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} "
                                f"FROM read_parquet('{_sql_text(globs[name])}')")
                loaded = con.execute(f"SELECT count(*) FROM ({docs})").fetchone()[0]
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return loaded

    def count(self, table: str) -> int:
        """Number of rows of a table (articles, sentences, mentions, events)."""
        if table not in {"articles", "sentences", "mentions", "events"}:
            raise ValueError(table)
        with self.connect() as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def arrow_tables(results: Sequence[AnalysedArticle]) -> dict[str, pa.Table]:
    """The rows of analysed articles as one Arrow table per stored table (the write path and shards)."""
    articles, sentences, mentions, events, quotes = [], [], [], [], []
    for result in results:
        a = result.article
        articles.append({
            "doc": a.doc, "content_hash": a.content_hash, "title": a.title, "text": a.text,
            "pub_date": a.pub_date.iso() if a.pub_date else None,
            "pub_precision": a.pub_date.precision if a.pub_date else None,
            "lang": a.lang, "url": a.url, "source": a.source, "path": a.path,
            "skipped": result.skipped, "coder_version": CODER_VERSION,
            "minhash": list(result.signature) if result.signature is not None else None,
        })
        sentences.extend({
            "doc": a.doc, "idx": s.index, "start_char": s.start, "end_char": s.end,
            "paragraph": s.paragraph, "text": s.text,
        } for s in result.sentences)
        mentions.extend({
            "doc": a.doc, "sentence": m.sentence, "start_char": m.start, "end_char": m.end, "text": m.text,
            "code": m.code, "sector": m.sector, "kind": m.kind, "entry": m.entry,
        } for m in result.mentions)
        events.extend(_event_row(e) for e in result.events)
        quotes.extend(_quote_row(q) for q in result.quotes)
    tables = {"articles": articles, "sentences": sentences, "mentions": mentions, "events": events,
              "quotes": quotes}
    return {name: pa.Table.from_pylist(rows, schema=SCHEMAS[name]) for name, rows in tables.items()}


def _sql_text(text: str) -> str:
    """A string for a single-quoted SQL literal."""
    return text.replace("'", "''")


def _event_row(e) -> dict:
    loc = e.location
    return {
        "event_id": e.event_id, "doc": e.doc, "sentence_index": e.sentence_index, "sentence": e.sentence,
        "type": e.type, "mode": e.mode, "cameo": e.cameo, "goldstein": e.goldstein,
        "source": json.dumps([a.to_json() for a in e.source], ensure_ascii=False),
        "target": json.dumps([a.to_json() for a in e.target], ensure_ascii=False),
        "source_codes": [a.code for a in e.source], "target_codes": [a.code for a in e.target],
        "status": e.status, "date": e.date.iso() if e.date else None,
        "date_precision": e.date.precision if e.date else None, "reported_by": list(e.reported_by),
        "trigger": e.trigger, "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
        "confidence": e.confidence, "rule": e.rule,
        "location": json.dumps(loc.to_json(), ensure_ascii=False) if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "coder_version": CODER_VERSION,
    }


def _quote_row(q) -> dict:
    speaker = q.speaker
    return {
        "doc": q.doc, "sentence_index": q.sentence_index, "sentence": q.sentence, "quote": q.text,
        "kind": q.kind, "cue": q.cue, "speaker_code": speaker.code if speaker else None,
        "speaker_text": speaker.text if speaker else None, "speaker_sector": speaker.sector if speaker else None,
        "start_char": q.start, "end_char": q.end,
    }


_S, _I, _F = pa.string(), pa.int32(), pa.float64()
SCHEMAS = {
    "articles": pa.schema([*((n, _S) for n in (
        "doc", "content_hash", "title", "text", "pub_date", "pub_precision", "lang", "url", "source",
        "path", "skipped", "coder_version")), ("minhash", pa.list_(pa.int64()))]),
    "sentences": pa.schema([("doc", _S), ("idx", _I), ("start_char", _I), ("end_char", _I),
                            ("paragraph", _I), ("text", _S)]),
    "mentions": pa.schema([("doc", _S), ("sentence", _I), ("start_char", _I), ("end_char", _I),
                           ("text", _S), ("code", _S), ("sector", _S), ("kind", _S), ("entry", _S)]),
    "events": pa.schema([
        ("event_id", _S), ("doc", _S), ("sentence_index", _I), ("sentence", _S), ("type", _S),
        ("mode", _S), ("cameo", _S), ("goldstein", _F), ("source", _S), ("target", _S),
        ("source_codes", pa.list_(_S)), ("target_codes", pa.list_(_S)), ("status", _S), ("date", _S),
        ("date_precision", _S), ("reported_by", pa.list_(_S)), ("trigger", _S), ("trigger_start", _I),
        ("trigger_end", _I), ("confidence", _F), ("rule", _S), ("location", _S),
        ("location_country", _S), ("lat", _F), ("lon", _F), ("coder_version", _S)]),
    "quotes": pa.schema([
        ("doc", _S), ("sentence_index", _I), ("sentence", _S), ("quote", _S), ("kind", _S), ("cue", _S),
        ("speaker_code", _S), ("speaker_text", _S), ("speaker_sector", _S), ("start_char", _I), ("end_char", _I)]),
}
