"""fuse(store): recompute near-duplicates, event clusters and claim threads over all stored events.

Deterministic: the same events give the same clusters, ids and claims, so a run after each
ingest replaces the tables wholesale in one write transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from ..model import Claim, EventCluster, PartialDate
from ..store import Store
from .claims import claim_threads
from .cluster import cluster_reports, member_similarity
from .duplicates import ArticleText, Duplicate, find_duplicates
from .reports import Report
from .settings import FusionSettings

FUSION_TABLES = ("clusters", "cluster_members", "article_duplicates", "claims", "claim_links")


@dataclass
class FusionSummary:
    """What a fusion run found."""

    events: int = 0
    clusters: int = 0
    multi_report: int = 0
    duplicates: int = 0
    claims: int = 0

    def line(self) -> str:
        """One summary line."""
        return (f"{self.events} events in {self.clusters} clusters ({self.multi_report} reported more than once), "
                f"{self.duplicates} near-duplicate articles, {self.claims} claim threads")


def load_reports(con: duckdb.DuckDBPyConnection) -> list[Report]:
    """All stored events as reports, with their article's publication date and outlet."""
    rows = con.execute("""
        SELECT e.event_id, e.doc, e.sentence_index, e.sentence, e.type, e.mode, e.source_codes, e.target_codes,
               e.status, e.date, a.pub_date, a.source, e.reported_by, e.trigger, e.confidence, e.source, e.target
        FROM events e LEFT JOIN articles a USING (doc)
        ORDER BY e.doc, e.sentence_index, e.event_id""").fetchall()
    return [_report(row) for row in rows]


def _report(row: tuple) -> Report:
    (event_id, doc, idx, sentence, type_, mode, src, tgt, status, date, pub, outlet, by, trigger, conf,
     src_json, tgt_json) = row
    actor_words = tuple(a.get("text") or "" for a in (json.loads(src_json or "[]") + json.loads(tgt_json or "[]")))
    return Report(event_id=event_id, doc=doc, sentence_index=idx or 0, sentence=sentence or "", type=type_,
                  mode=mode, source=tuple(src or ()), target=tuple(tgt or ()), status=status or "asserted",
                  date=PartialDate.parse(date), report_date=PartialDate.parse(pub), outlet=outlet,
                  reported_by=tuple(by or ()), trigger=trigger or "", confidence=conf or 0.5,
                  actor_words=tuple(w for w in actor_words if w))


def load_articles(con: duckdb.DuckDBPyConnection) -> list[ArticleText]:
    """Article texts and stored signatures for near-duplicate detection."""
    rows = con.execute("SELECT doc, text, pub_date, minhash FROM articles ORDER BY doc").fetchall()
    return [ArticleText(doc, text or "", pub, tuple(sig) if sig is not None else None)
            for doc, text, pub, sig in rows]


def fuse(store: Store, settings: FusionSettings | None = None) -> FusionSummary:
    """Recompute and store near-duplicates, clusters and claim threads; returns what was found."""
    settings = settings or FusionSettings()
    # the database is read, closed while clustering (its buffers freed: on ten times the test corpus one
    # connection held open raised the peak RSS from under to over 1 GiB), then opened again to write
    with store.connect() as con:
        reports = load_reports(con)
        articles = load_articles(con)
    duplicates = find_duplicates(articles, settings)
    clusters = cluster_reports(reports, duplicates, settings)
    claims = claim_threads(reports, settings, {e: c.cluster_id for c in clusters for e in c.members})
    similarity = member_similarity(clusters, reports, settings)
    tables = fusion_tables(clusters, similarity, duplicates, claims, {r.event_id: r.doc for r in reports})
    with store.connect(write=True) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            for name in FUSION_TABLES:
                con.execute(f"DELETE FROM {name}")
                con.register("batch", tables[name])
                columns = ", ".join(tables[name].column_names)
                con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM batch")
                con.unregister("batch")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return FusionSummary(events=len({r.event_id for r in reports}), clusters=len(clusters),
                         multi_report=sum(c.reports > 1 for c in clusters), duplicates=len(duplicates),
                         claims=len(claims))


_S, _I, _F, _L = pa.string(), pa.int32(), pa.float64(), pa.list_(pa.string())
SCHEMAS = {
    "clusters": pa.schema([
        ("cluster_id", _S), ("type", _S), ("mode", _S), ("source_codes", _L), ("target_codes", _L), ("status", _S),
        ("date", _S), ("canonical_event_id", _S), ("canonical_sentence", _S), ("mentions", _I), ("reports", _I),
        ("sources", _I), ("independent", _I), ("first_report", _S), ("last_report", _S)]),
    "cluster_members": pa.schema([("cluster_id", _S), ("event_id", _S), ("doc", _S), ("rank", _I),
                                  ("similarity", _F)]),
    "article_duplicates": pa.schema([("doc", _S), ("duplicate_of", _S), ("similarity", _F), ("containment", _F),
                                     ("kind", _S)]),
    "claims": pa.schema([
        ("claim_id", _S), ("claimants", _L), ("accused", _L), ("content_type", _S), ("content_target", _L),
        ("first_seen", _S), ("last_seen", _S), ("denials", _I), ("confirmations", _I), ("counters", _I)]),
    "claim_links": pa.schema([
        ("claim_id", _S), ("event_id", _S), ("doc", _S), ("role", _S), ("actors", _L), ("status", _S),
        ("report_date", _S), ("event_date", _S), ("sentence", _S)]),
}


def fusion_tables(clusters: list[EventCluster], similarity: dict[str, float], duplicates: list[Duplicate],
                  claims: list[Claim], docs: dict[str, str]) -> dict[str, pa.Table]:
    """The rows of the fusion tables as Arrow tables."""
    rows: dict[str, list[dict]] = {name: [] for name in FUSION_TABLES}
    for c in clusters:
        rows["clusters"].append({
            "cluster_id": c.cluster_id, "type": c.type, "mode": c.mode, "source_codes": c.source_codes,
            "target_codes": c.target_codes, "status": c.status, "date": c.date,
            "canonical_event_id": c.canonical_event_id, "canonical_sentence": c.canonical_sentence,
            "mentions": len(c.members), "reports": c.reports, "sources": c.sources, "independent": c.independent,
            "first_report": c.first_report, "last_report": c.last_report})
        rows["cluster_members"].extend({"cluster_id": c.cluster_id, "event_id": e, "doc": docs.get(e), "rank": i,
                                        "similarity": similarity.get(e)} for i, e in enumerate(c.members))
    rows["article_duplicates"] = [{"doc": d.doc, "duplicate_of": d.duplicate_of, "similarity": d.similarity,
                                   "containment": d.containment, "kind": d.kind} for d in duplicates]
    for k in claims:
        roles = [link.role for link in k.links]
        rows["claims"].append({
            "claim_id": k.claim_id, "claimants": k.claimants, "accused": k.accused, "content_type": k.content_type,
            "content_target": k.content_target, "first_seen": k.first_seen, "last_seen": k.last_seen,
            "denials": roles.count("denial"), "confirmations": roles.count("confirmation"),
            "counters": roles.count("counter")})
        rows["claim_links"].extend({
            "claim_id": k.claim_id, "event_id": link.event_id, "doc": link.doc, "role": link.role,
            "actors": link.actors, "status": link.status, "report_date": link.report_date,
            "event_date": link.event_date, "sentence": link.sentence} for link in k.links)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in FUSION_TABLES}
