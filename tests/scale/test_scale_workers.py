"""Worker processes give exactly the events of one process; the bounded pool keeps input order."""

from __future__ import annotations

from dataclasses import replace

from lagebild.config import Settings
from lagebild.pipeline import analyse_all, ingest


def test_two_workers_store_the_same_events_as_one(tmp_path, examples_dir, sorted_export):
    one = Settings(db=tmp_path / "one.duckdb", workers=1)
    two = replace(one, db=tmp_path / "two.duckdb", workers=2)
    first, second = ingest([str(examples_dir)], one), ingest([str(examples_dir)], two)
    assert first.failed == second.failed == []
    assert first.events == second.events > 10
    assert sorted_export(one.db) == sorted_export(two.db)


def test_worker_results_come_back_in_input_order(corpus_records):
    from lagebild.ingest.jsonl import article_from_record

    articles = [article_from_record(r, "corpus", i, None) for i, r in enumerate(corpus_records * 3)]
    articles = [replace(a, doc=f"{a.doc}-{i}") for i, a in enumerate(articles)]
    results = list(analyse_all(iter(articles), Settings(workers=2)))
    assert [r.article.doc for r in results] == [a.doc for a in articles]
