"""fuse(store) over a real DuckDB: tables, determinism, migration of a schema-1 database."""

from __future__ import annotations

import duckdb

from lagebild.fusion import article_signature, fuse, queries
from lagebild.model import ActorRef, AnalysedArticle, Article, Event, PartialDate
from lagebild.store import SCHEMA_VERSION, Store

SENTENCE = "Die USA werfen Nordkorea vor, Russland mit Waffen für den Krieg zu beliefern."
BODY = "Die EU verhängt neue Sanktionen gegen Belarus. Betroffen sind Banken und Reedereien des Landes."


def _article(doc: str, pub: str, sentence: str = SENTENCE) -> AnalysedArticle:
    article = Article(doc=doc, text=f"Titel {doc}\n\n{sentence}", pub_date=PartialDate.parse(pub), lang="de")
    events = [Event(doc=doc, sentence_index=1, sentence=sentence, type="ACCUSE", mode="allege",
                    source=[ActorRef("USA", "USA")], target=[ActorRef("PRK", "Nordkorea")], trigger="werfen"),
              Event(doc=doc, sentence_index=1, sentence=sentence, type="AID", source=[ActorRef("PRK", "Nordkorea")],
                    target=[ActorRef("RUS", "Russland")], status="alleged", reported_by=["USA"], trigger="beliefern")]
    return AnalysedArticle(article, events=events)


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "f.duckdb")
    store.init()
    store.save([_article("a", "2025-03-03"), _article("b", "2025-03-04")])
    return store


def test_fuse_writes_clusters_and_claims(tmp_path):
    store = _store(tmp_path)
    summary = fuse(store)
    assert (summary.events, summary.clusters, summary.multi_report, summary.claims) == (4, 2, 2, 1)
    with store.connect() as con:
        found = queries.list_clusters(con, actor="PRK", other="RUS")["clusters"]
        assert [(c["type"], c["reports"], c["first_report"], c["last_report"]) for c in found] == [
            ("AID", 2, "2025-03-03", "2025-03-04")]
        (claim,) = queries.list_claims(con, accused="PRK", type="AID")["claims"]
    assert claim["claimants"] == ["USA"] and claim["first_seen"] == "2025-03-03"


def test_fuse_of_a_missing_database_is_an_error_and_creates_no_file(tmp_path):
    import pytest

    from lagebild.errors import StoreError

    store = Store(tmp_path / "missing.duckdb")
    with pytest.raises(StoreError, match="no such database"):
        fuse(store)
    assert not store.path.exists()


def test_fuse_is_deterministic_and_replaces_its_tables(tmp_path):
    store = _store(tmp_path)
    fuse(store)
    with store.connect() as con:
        first = con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall()
    fuse(store)
    with store.connect() as con:
        assert con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall() == first
        assert con.execute("SELECT count(*) FROM cluster_members").fetchone()[0] == 4


def test_fuse_finds_the_republished_article(tmp_path):
    store = _store(tmp_path)
    store.save([_article("c", "2025-03-05", SENTENCE.replace("beliefern", "versorgen"))])
    fuse(store)
    with store.connect() as con:
        rows = con.execute("SELECT doc, duplicate_of, kind FROM article_duplicates ORDER BY doc").fetchall()
    assert ("b", "a", "near-duplicate") in rows and ("c", "a", "near-duplicate") in rows


def test_stored_signatures_and_texts_give_the_same_duplicates(tmp_path):
    signed = Store(tmp_path / "signed.duckdb")
    unsigned = Store(tmp_path / "unsigned.duckdb")
    results = [_article("a", "2025-03-03"), _article("b", "2025-03-04"), _article("c", "2025-03-04", BODY)]
    for result in results:
        result.signature = article_signature(result.article.text)
    for store in (signed, unsigned):
        store.init()
    signed.save(results)
    for result in results:
        result.signature = None
    unsigned.save(results)
    found = []
    for store in (signed, unsigned):
        fuse(store)
        with store.connect() as con:
            found.append(con.execute("SELECT * FROM article_duplicates ORDER BY doc").fetchall())
            signatures = con.execute("SELECT minhash FROM articles ORDER BY doc").fetchall()
        assert all((sig is None) == (store is unsigned) for (sig,) in signatures)
    assert found[0] == found[1] and [row[:2] for row in found[0]] == [("b", "a")]


def test_store_migrates_a_schema_2_database_without_signatures(tmp_path):
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("CREATE TABLE articles (doc VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, "
                "text VARCHAR NOT NULL, pub_date VARCHAR, pub_precision VARCHAR, lang VARCHAR, url VARCHAR, "
                "source VARCHAR, path VARCHAR, skipped VARCHAR, coder_version VARCHAR, "
                "ingested_at TIMESTAMP DEFAULT current_timestamp)")
    for doc in ("a", "b"):
        con.execute("INSERT INTO articles (doc, content_hash, text, pub_date) VALUES (?, ?, ?, '2025-03-03')",
                    [doc, doc, f"Titel\n\n{SENTENCE}"])
    con.close()
    store = Store(path)
    store.init()
    fuse(store)
    with store.connect() as con:
        assert con.execute("SELECT count(*) FROM articles WHERE minhash IS NULL").fetchone()[0] == 2
        assert con.execute("SELECT doc, duplicate_of FROM article_duplicates").fetchall() == [("b", "a")]


def test_store_migrates_a_schema_1_database(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    store = Store(path)
    store.init()
    with store.connect() as con:
        assert con.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION) == "3"
        assert queries.has_fusion(con)
        assert queries.list_quotes(con)["total"] == 0


def test_queries_answer_empty_without_fusion_tables(tmp_path):
    con = duckdb.connect(str(tmp_path / "bare.duckdb"))
    assert queries.list_clusters(con)["clusters"] == [] and queries.get_cluster(con, "c0") is None
    assert queries.list_claims(con)["total"] == 0 and queries.story(con, "PRK") == []
