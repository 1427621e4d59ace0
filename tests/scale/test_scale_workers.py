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


def test_a_language_first_seen_late_is_coded_in_the_workers(examples_dir):
    """The parent preloads only the coders of the first articles' languages; an English article after
    a long German run is coded by a coder the worker loads itself, with one process's events."""
    from lagebild.ingest import read_text

    german = [read_text(p.read_text("utf-8"), p.name) for p in sorted((examples_dir / "de").glob("*.txt"))]
    english_path = examples_dir / "en" / "02-sanctions-iran-oil.txt"
    english = read_text(english_path.read_text("utf-8"), english_path.name)
    window = [replace(a, doc=f"{a.doc}-{i}") for i, a in enumerate(german * 8)]  # beyond the look-ahead
    assert english.lang == "en" and {a.lang for a in window} == {"de"}

    def events(workers: int) -> list[tuple]:
        results = list(analyse_all(iter([*window, english]), Settings(workers=workers)))
        last = results[-1]
        assert last.article.doc == english.doc and last.skipped is None
        return sorted((e.type, e.trigger, e.sentence) for e in last.events)

    assert events(2) == events(1) != []


def test_loaded_tables_are_hidden_from_the_collector_only_while_analysing(corpus_records):
    import gc

    from lagebild.ingest.jsonl import article_from_record

    articles = [article_from_record(r, "corpus", i, None) for i, r in enumerate(corpus_records[:3])]
    before = gc.get_threshold()
    results = analyse_all(iter(articles), Settings(workers=1))
    next(results)
    assert gc.get_freeze_count() > 10_000  # the actor base, lexicons and tagger model
    assert gc.get_threshold()[0] >= 10_000
    assert len(list(results)) == 2
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
