"""Read queries shared by the CLI, the API and the dashboard (parameterised SQL only)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import duckdb

EVENT_COLUMNS = (
    "event_id, doc, sentence_index, sentence, type, mode, cameo, goldstein, source, target, "
    "source_codes, target_codes, status, date, date_precision, reported_by, trigger, "
    "trigger_start, trigger_end, confidence, rule, location, coder_version"
)
CONTRACT_FIELDS = ("doc", "sentence", "type", "mode", "cameo", "source", "target", "status", "date",
                   "reported_by")


@dataclass
class EventFilter:
    """Which events to read; empty fields do not filter."""

    actor: str | None = None          # code in source or target
    source: str | None = None
    target: str | None = None
    type: str | None = None
    status: str | None = None
    doc: str | None = None
    date_from: str | None = None      # ISO prefix compare on the event date
    date_to: str | None = None
    text: str | None = None           # substring of the evidence sentence
    country: str | None = None        # ISO-3 of the event location
    near: tuple[float, float, float] | None = None  # (lat, lon, km): events located within km
    min_confidence: float | None = None  # drop events the coder is less sure of (story-inferred sides)
    extra: list[tuple[str, list]] = field(default_factory=list)  # further (sql, params) conditions

    def where(self) -> tuple[str, list]:
        """SQL WHERE clause and its parameters."""
        clauses: list[str] = []
        params: list = []
        if self.actor:
            clauses.append("(list_contains(source_codes, ?) OR list_contains(target_codes, ?))")
            params += [self.actor.upper(), self.actor.upper()]
        if self.source:
            clauses.append("list_contains(source_codes, ?)")
            params.append(self.source.upper())
        if self.target:
            clauses.append("list_contains(target_codes, ?)")
            params.append(self.target.upper())
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.status:
            clauses.append("status = ?")
            params.append(self.status.lower())
        if self.doc:
            clauses.append("doc = ?")
            params.append(self.doc)
        if self.date_from:
            clauses.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # a date_to of '2023-11' includes every day of November
            clauses.append("date <= ? || '~'")
            params.append(self.date_to)
        if self.text:
            clauses.append("sentence ILIKE ?")
            params.append(f"%{self.text}%")
        if self.country:
            clauses.append("location_country = ?")
            params.append(self.country.upper())
        if self.near:
            lat, lon, km = self.near
            # great-circle distance (haversine) in km
            clauses.append("lat IS NOT NULL AND 2 * 6371 * asin(sqrt(pow(sin(radians(lat - ?) / 2), 2) + "
                           "cos(radians(?)) * cos(radians(lat)) * pow(sin(radians(lon - ?) / 2), 2))) <= ?")
            params += [lat, lat, lon, km]
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        for sql, extra_params in self.extra:
            clauses.append(sql)
            params += extra_params
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def fetch_events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
                 limit: int | None = None, offset: int = 0) -> list[dict]:
    """Events matching the filter, in document order, as dicts with parsed JSON fields."""
    where, params = (flt or EventFilter()).where()
    sql = f"SELECT {EVENT_COLUMNS}{_cluster_join(con)}{where} ORDER BY doc, sentence_index, trigger_start, event_id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        for key in ("source", "target", "location"):
            row[key] = json.loads(row[key]) if row[key] else ([] if key != "location" else None)
        rows.append(row)
    return rows


def _cluster_join(con: duckdb.DuckDBPyConnection) -> str:
    """Cluster id and report count of each event (fusion); NULLs on a database without fusion tables."""
    has = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'cluster_members'").fetchone()[0]
    if not has:
        return ", NULL AS cluster_id, NULL AS reports FROM events"
    return (", f.cluster_id, f.reports FROM events LEFT JOIN (SELECT m.event_id AS fused_event, m.cluster_id, "
            "c.reports FROM cluster_members m JOIN clusters c USING (cluster_id)) f ON f.fused_event = events.event_id")


def count_events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None) -> int:
    """Number of events matching the filter."""
    where, params = (flt or EventFilter()).where()
    return con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]


def to_contract(row: dict) -> dict:
    """A stored event row as one line of the contract's JSONL export (plus extra fields)."""
    out = {key: row[key] for key in CONTRACT_FIELDS}
    out["reported_by"] = list(row["reported_by"] or [])
    for key in ("event_id", "goldstein", "confidence", "trigger", "location", "date_precision", "cluster_id",
                "reports"):
        if key in row:
            out[key] = row[key]
    return out
