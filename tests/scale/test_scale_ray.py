"""`ingest --engine ray` on a local Ray (2 CPUs) stores exactly the events of the single-process path."""

from __future__ import annotations

import json

import pytest

from lagebild.config import Settings
from lagebild.pipeline import ingest

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'lagebild[ray]')")
pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install 'ray[data]')")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_run_matches_single_process(tmp_path, local_ray, corpus_records, corpus_jsonl, sorted_export):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lagebild.scale import ingest_ray

    single = Settings(db=tmp_path / "single.duckdb", workers=1)
    reference = ingest([str(corpus_jsonl)], single)
    assert reference.failed == [] and reference.events > 10
    # the same records as sharded input: two JSON Lines shards and one Parquet shard
    shards = tmp_path / "input"
    shards.mkdir()
    half = len(corpus_records) // 2
    for name, part in (("part-0.jsonl", corpus_records[:half]), ("part-1.jsonl", corpus_records[half:-2])):
        (shards / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), "utf-8")
    tail = corpus_records[-2:]
    columns = sorted({k for r in tail for k in r})
    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in columns} for r in tail]), shards / "part-2.parquet")
    errors: list[str] = []
    summary = ingest_ray([str(shards)], str(tmp_path / "shards"), Settings(db=tmp_path / "ray.duckdb"),
                         workers=2, on_error=errors.append)
    assert errors == [] and summary.read == len(corpus_records) == summary.stored
    assert summary.events == reference.events
    assert sorted_export(tmp_path / "ray.duckdb") == sorted_export(single.db)
