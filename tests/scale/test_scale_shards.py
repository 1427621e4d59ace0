"""Parquet shards: input rows -> Articles, shard files per table, loading them into DuckDB."""

from __future__ import annotations

import datetime as dt
import json

import duckdb

from lagebild.errors import ReaderError
from lagebild.scale.ray_engine import input_files
from lagebild.scale.shards import ShardWriter, articles_from_rows, batch_key, record_line
from lagebild.store import Store


def test_rows_become_articles_like_json_lines():
    rows = [{"line": json.dumps({"id": "a1", "title": "Kiew meldet Angriff", "text": "Russland griff an.",
                                 "date": "2025-03-01"}), "path": "in/part-0.jsonl"},
            {"line": "", "path": "in/part-0.jsonl"},
            {"line": "{kaputt", "path": "in/part-0.jsonl"},
            {"line": json.dumps({"id": "a2"}), "path": "in/part-0.jsonl"}]
    out = list(articles_from_rows(rows))
    assert out[0].doc == "a1" and out[0].text.startswith("Kiew meldet Angriff\n") and out[0].path == "in/part-0.jsonl"
    assert out[0].pub_date.iso() == "2025-03-01"
    assert [type(x) for x in out[1:]] == [ReaderError, ReaderError]


def test_parquet_rows_turn_dates_into_iso_strings():
    line = record_line({"id": "p1", "text": "Text.", "date": dt.date(2025, 3, 1), "path": "x.parquet"})
    assert json.loads(line) == {"id": "p1", "text": "Text.", "date": "2025-03-01"}


def test_batch_key_is_stable_and_order_sensitive():
    assert batch_key(["a", "b"]) == batch_key(["a", "b"]) != batch_key(["b", "a"])


def test_input_files_split_jsonl_and_parquet(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("in/a.jsonl", "in/sub/b.parquet", "in/README.md", "in/.hidden.jsonl"):
        (tmp_path / name).write_text("x")
    jsonl, parquet = input_files([str(tmp_path / "in")])
    assert [p.rsplit("/", 1)[1] for p in jsonl] == ["a.jsonl"]
    assert [p.rsplit("/", 1)[1] for p in parquet] == ["b.parquet"]


def test_shards_load_into_duckdb_like_a_direct_save(tmp_path, pipeline, sorted_export):
    texts = {"s1": "Russland griff am Montag die Ukraine mit Drohnen an.",
             "s2": "Frankreich und Deutschland unterzeichneten ein Abkommen über Zusammenarbeit."}
    results = [pipeline.analyse_text(text, doc=doc, lang="de", pub_date="2025-03-03") for doc, text in texts.items()]
    assert sum(len(r.events) for r in results) >= 2
    Store(tmp_path / "direct.duckdb").init()
    Store(tmp_path / "direct.duckdb").save(results)
    writer = ShardWriter(str(tmp_path / "shards"))
    writer.prepare()
    writer.write(results[:1])
    writer.write(results[1:])
    writer.write(results[1:])  # a retried task rewrites its own shard
    assert len(list((tmp_path / "shards" / "events").glob("*.parquet"))) == 2
    loaded = Store(tmp_path / "loaded.duckdb")
    assert loaded.load_parquet(tmp_path / "shards") == 2
    assert loaded.load_parquet(tmp_path / "shards") == 2  # loading again replaces, never duplicates
    assert loaded.count("articles") == 2
    assert sorted_export(tmp_path / "loaded.duckdb") == sorted_export(tmp_path / "direct.duckdb")
    query = f"SELECT count(*) FROM read_parquet('{tmp_path}/shards/events/*.parquet')"
    in_place = duckdb.connect().execute(query).fetchone()[0]
    assert in_place == loaded.count("events")
