"""Read queries over the fusion tables, shared by the CLI, the JSON API and the dashboard.

A database written before schema 2 has no fusion tables: every query then answers empty.
"""

from __future__ import annotations

import duckdb

CLUSTER_COLUMNS = ("cluster_id, type, mode, source_codes, target_codes, status, date, canonical_event_id, "
                   "canonical_sentence, mentions, reports, sources, independent, first_report, last_report")
CLAIM_COLUMNS = ("claim_id, claimants, accused, content_type, content_target, first_seen, last_seen, denials, "
                 "confirmations, counters")
QUOTE_COLUMNS = ("doc, sentence_index, sentence, quote, kind, cue, speaker_code, speaker_text, speaker_sector, "
                 "start_char, end_char")


def has_fusion(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database has the fusion tables (schema 2 or later)."""
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'clusters'").fetchone()[0] > 0


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _where(conditions: list[tuple[str, list]]) -> tuple[str, list]:
    parts = [(sql, params) for sql, params in conditions if sql]
    params = [p for _, ps in parts for p in ps]
    return (" WHERE " + " AND ".join(sql for sql, _ in parts)) if parts else "", params


def _actor_condition(column_a: str, column_b: str, code: str | None) -> tuple[str, list]:
    if not code:
        return "", []
    return f"(list_contains({column_a}, ?) OR list_contains({column_b}, ?))", [code.upper(), code.upper()]


def list_clusters(con: duckdb.DuckDBPyConnection, *, actor: str | None = None, other: str | None = None,
                  type: str | None = None, min_reports: int = 1, doc: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict:
    """Clusters, most reported first; `actor` and `other` restrict to a dyad (either direction)."""
    if not has_fusion(con):
        return {"total": 0, "limit": limit, "offset": offset, "clusters": []}
    where, params = _where([
        _actor_condition("source_codes", "target_codes", actor),
        _actor_condition("source_codes", "target_codes", other),
        ("type = ?", [type.upper()]) if type else ("", []),
        ("reports >= ?", [min_reports]) if min_reports > 1 else ("", []),
        ("cluster_id IN (SELECT cluster_id FROM cluster_members WHERE doc = ?)", [doc]) if doc else ("", []),
    ])
    total = con.execute(f"SELECT count(*) FROM clusters{where}", params).fetchone()[0]
    rows = _dicts(con.execute(
        f"SELECT {CLUSTER_COLUMNS} FROM clusters{where} ORDER BY reports DESC, mentions DESC, "
        "coalesce(date, first_report, '9999'), cluster_id LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "clusters": rows}


def get_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict | None:
    """A cluster with its reports in time order (the story timeline), duplicates and claims."""
    if not has_fusion(con):
        return None
    found = _dicts(con.execute(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE cluster_id = ?", [cluster_id]))
    if not found:
        return None
    cluster = found[0]
    cluster["members"] = _dicts(con.execute("""
        SELECT m.rank, m.similarity, e.event_id, e.doc, e.sentence_index, e.sentence, e.type, e.mode,
               e.source_codes, e.target_codes, e.status, e.date, e.reported_by, e.trigger,
               a.pub_date AS report_date, a.title, a.source AS outlet, a.url
        FROM cluster_members m JOIN events e USING (event_id) LEFT JOIN articles a ON a.doc = e.doc
        WHERE m.cluster_id = ? ORDER BY m.rank""", [cluster_id]))
    docs = sorted({m["doc"] for m in cluster["members"]})
    cluster["duplicates"] = _dicts(con.execute(
        "SELECT doc, duplicate_of, similarity, containment, kind FROM article_duplicates "
        "WHERE doc IN (SELECT unnest(?)) ORDER BY doc, duplicate_of", [docs]))
    cluster["claims"] = _dicts(con.execute(
        f"SELECT DISTINCT {CLAIM_COLUMNS} FROM claims WHERE claim_id IN (SELECT claim_id FROM claim_links "
        "WHERE event_id IN (SELECT event_id FROM cluster_members WHERE cluster_id = ?)) ORDER BY first_seen, claim_id",
        [cluster_id]))
    return cluster


def list_claims(con: duckdb.DuckDBPyConnection, *, accused: str | None = None, claimant: str | None = None,
                target: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Claim threads ('what is alleged about PRK -> RUS AID, by whom, who denied it, since when')."""
    if not has_fusion(con):
        return {"total": 0, "limit": limit, "offset": offset, "claims": []}
    where, params = _where([
        ("list_contains(accused, ?)", [accused.upper()]) if accused else ("", []),
        ("list_contains(claimants, ?)", [claimant.upper()]) if claimant else ("", []),
        ("list_contains(content_target, ?)", [target.upper()]) if target else ("", []),
        ("content_type = ?", [type.upper()]) if type else ("", []),
    ])
    total = con.execute(f"SELECT count(*) FROM claims{where}", params).fetchone()[0]
    claims = _dicts(con.execute(f"SELECT {CLAIM_COLUMNS} FROM claims{where} ORDER BY coalesce(first_seen, '9999'), "
                                "claim_id LIMIT ? OFFSET ?", [*params, limit, offset]))
    links = _links(con, [c["claim_id"] for c in claims])
    for claim in claims:
        claim["links"] = links.get(claim["claim_id"], [])
    return {"total": total, "limit": limit, "offset": offset, "claims": claims}


def get_claim(con: duckdb.DuckDBPyConnection, claim_id: str) -> dict | None:
    """One claim thread with all its linked events."""
    if not has_fusion(con):
        return None
    found = _dicts(con.execute(f"SELECT {CLAIM_COLUMNS} FROM claims WHERE claim_id = ?", [claim_id]))
    if not found:
        return None
    found[0]["links"] = _links(con, [claim_id]).get(claim_id, [])
    return found[0]


def _links(con: duckdb.DuckDBPyConnection, claim_ids: list[str]) -> dict[str, list[dict]]:
    if not claim_ids:
        return {}
    rows = _dicts(con.execute("""
        SELECT l.claim_id, l.event_id, l.doc, l.role, l.actors, l.status, l.report_date, l.event_date, l.sentence,
               m.cluster_id
        FROM claim_links l LEFT JOIN cluster_members m USING (event_id)
        WHERE l.claim_id IN (SELECT unnest(?))
        ORDER BY l.claim_id, coalesce(l.report_date, '9999'), l.doc, l.event_id""", [claim_ids]))
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row.pop("claim_id"), []).append(row)
    return out


def list_quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None, doc: str | None = None,
                kind: str | None = None, text: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Quotes, filtered by speaker code, document, kind or words."""
    if not has_fusion(con):
        return {"total": 0, "limit": limit, "offset": offset, "quotes": []}
    where, params = _where([
        ("speaker_code = ?", [speaker.upper()]) if speaker else ("", []),
        ("doc = ?", [doc]) if doc else ("", []),
        ("kind = ?", [kind.lower()]) if kind else ("", []),
        ("quote ILIKE ?", [f"%{text}%"]) if text else ("", []),
    ])
    total = con.execute(f"SELECT count(*) FROM quotes{where}", params).fetchone()[0]
    rows = _dicts(con.execute(f"SELECT {QUOTE_COLUMNS} FROM quotes{where} ORDER BY doc, sentence_index, start_char "
                              "LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "quotes": rows}


def story(con: duckdb.DuckDBPyConnection, a: str, b: str | None = None, *, limit: int = 500) -> list[dict]:
    """The story of an actor or dyad: its clusters in time order, each with its reports' dates."""
    if not has_fusion(con):
        return []
    rows = list_clusters(con, actor=a, other=b, limit=limit)["clusters"]
    reports = _dicts(con.execute("""
        SELECT m.cluster_id, m.doc, a.pub_date AS report_date FROM cluster_members m
        LEFT JOIN articles a USING (doc) WHERE m.cluster_id IN (SELECT unnest(?))
        ORDER BY coalesce(a.pub_date, '9999'), m.doc""", [[r["cluster_id"] for r in rows]]))
    for row in rows:
        row["report_docs"] = list(dict.fromkeys(r["doc"] for r in reports if r["cluster_id"] == row["cluster_id"]))
    return sorted(rows, key=lambda r: (r["date"] or r["first_report"] or "9999", r["cluster_id"]))
