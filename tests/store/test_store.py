"""The DuckDB store: schema version, idempotent re-ingest, recoding, bad input keeps stored data."""

from __future__ import annotations

import json

import duckdb

from lagebild.config import Settings
from lagebild.pipeline import ingest
from lagebild.store import SCHEMA_VERSION, Store

ARTICLE = """date: 2025-03-05
title: Russland weist Vorwürfe Polens zurück

Polen wirft Russland vor, einen Brandanschlag in Warschau verübt zu haben.
Russland hat den Vorwurf am Mittwoch zurückgewiesen.
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_store_schema_has_version_and_tables(tmp_path):
    store = Store(tmp_path / "x.duckdb")
    store.init()
    with store.connect() as con:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert int(version) == SCHEMA_VERSION
    assert {"articles", "sentences", "mentions", "events", "meta"} <= tables


def test_store_reingest_same_content_is_stored_once(tmp_path):
    db = tmp_path / "x.duckdb"
    path = _write(tmp_path, "a.txt", ARTICLE)
    first = ingest([str(path)], Settings(db=db))
    copy = _write(tmp_path, "copy-of-a.txt", ARTICLE)
    second = ingest([str(path), str(copy)], Settings(db=db))
    assert first.stored == 1 and first.events > 0
    assert second.stored == 0 and second.unchanged == 2
    store = Store(db)
    assert store.count("articles") == 1
    assert store.count("events") == first.events


def test_store_recode_replaces_events_of_the_document(tmp_path):
    db = tmp_path / "x.duckdb"
    path = _write(tmp_path, "a.txt", ARTICLE)
    first = ingest([str(path)], Settings(db=db))
    again = ingest([str(path)], Settings(db=db, recode=True))
    assert again.stored == 1
    assert Store(db).count("events") == first.events
    with Store(db).connect() as con:
        ids = con.execute("SELECT event_id FROM events").fetchall()
    assert len(ids) == len(set(ids))


def test_store_changed_content_under_same_doc_replaces_it(tmp_path):
    db = tmp_path / "x.duckdb"
    path = _write(tmp_path, "a.txt", ARTICLE)
    ingest([str(path)], Settings(db=db))
    _write(tmp_path, "a.txt", ARTICLE.replace("Polen wirft", "Litauen wirft"))
    ingest([str(path)], Settings(db=db))
    with Store(db).connect() as con:
        rows = con.execute("SELECT count(*), any_value(text) FROM articles").fetchone()
    assert rows[0] == 1 and "Litauen" in rows[1]


def test_store_bad_inputs_do_not_lose_stored_data(tmp_path):
    db = tmp_path / "x.duckdb"
    good = _write(tmp_path, "good.txt", ARTICLE)
    ingest([str(good)], Settings(db=db))
    before = Store(db).count("events")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Gr\xfc\xdfe aus M\xfcnchen \xa4\xa4\x81".encode("latin-1"))
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Russland griff die Ukraine an."}\n{"id": \n',
                                        encoding="utf-8")
    errors: list[str] = []
    summary = ingest([str(tmp_path / n) for n in ("binary.txt", "empty.txt", "latin1.txt", "bad.jsonl")],
                     Settings(db=db), on_error=errors.append)
    assert len(errors) == len(summary.failed) >= 3
    assert any("binary.txt" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert any("bad.jsonl:2" in e for e in errors)
    assert Store(db).count("events") >= before
    with Store(db).connect() as con:
        docs = {r[0] for r in con.execute("SELECT doc FROM articles").fetchall()}
    assert {"good.txt", "ok"} <= docs


def test_store_events_keep_contract_fields(tmp_path):
    db = tmp_path / "x.duckdb"
    ingest([str(_write(tmp_path, "a.txt", ARTICLE))], Settings(db=db))
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT type, source, status, coder_version FROM events WHERE type = 'REJECT'").fetchone()
    con.close()
    assert row is not None
    assert json.loads(row[1])[0]["code"] == "RUS"
    assert row[3].startswith("lagebild-")
