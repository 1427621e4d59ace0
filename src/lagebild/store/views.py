"""Aggregate read queries for the API and the dashboard (parameterised SQL only).

Every function takes an open (read-only) connection and returns plain JSON-ready
data, so one function feeds both the JSON API and the server-rendered page.
"""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb

from .query import EventFilter, fetch_events

# PLOVER types counted as cooperation; every other type counts as conflict.
COOPERATIVE_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
INTERVALS = ("week", "month", "year")
_COOP_SQL = "type IN (SELECT unnest(?))"


def is_cooperative(event_type: str) -> bool:
    """True for PLOVER types on the cooperation side."""
    return event_type in COOPERATIVE_TYPES


def overview(con: duckdb.DuckDBPyConnection) -> dict:
    """Counts of events, articles and actors, and the event date range."""
    events, first, last = con.execute("SELECT count(*), min(date), max(date) FROM events").fetchone()
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    actors = con.execute(
        "SELECT count(DISTINCT code) FROM (SELECT unnest(source_codes) AS code FROM events "
        "UNION ALL SELECT unnest(target_codes) FROM events)").fetchone()[0]
    located = con.execute("SELECT count(*) FROM events WHERE lat IS NOT NULL").fetchone()[0]
    return {"events": events, "articles": articles, "actors": actors, "located_events": located,
            "first_date": first, "last_date": last}


def _involvement(flt: EventFilter) -> tuple[str, list]:
    """Rows (event, role, code, partner list) of every actor of the filtered events."""
    where, params = flt.where()
    sql = (f"WITH f AS (SELECT event_id, type, goldstein, source_codes, target_codes FROM events{where}) "
           "SELECT event_id, type, goldstein, 'source' AS role, unnest(source_codes) AS code FROM f "
           "UNION ALL SELECT event_id, type, goldstein, 'target', unnest(target_codes) FROM f")
    return sql, params


def search_actors(con: duckdb.DuckDBPyConnection, q: str | None = None, *, limit: int = 20) -> list[dict]:
    """Actors by code prefix or by the words that named them, most events first."""
    inv, params = _involvement(EventFilter())
    pattern = f"%{q}%" if q else "%"
    prefix = f"{q.upper()}%" if q else "%"
    sql = (f"WITH inv AS ({inv}), counts AS (SELECT code, count(DISTINCT event_id) AS events FROM inv "
           "GROUP BY code), names AS (SELECT code, text, count(*) AS n FROM mentions GROUP BY code, text), "
           "label AS (SELECT code, arg_max(text, n) AS name, list(text ORDER BY n DESC)[1:5] AS names "
           "FROM names GROUP BY code) "
           "SELECT c.code, c.events, l.name, coalesce(l.names, []) AS names FROM counts c "
           "LEFT JOIN label l USING (code) "
           "WHERE c.code LIKE ? OR EXISTS (SELECT 1 FROM names m WHERE m.code = c.code AND m.text ILIKE ?) "
           "ORDER BY c.events DESC, c.code LIMIT ?")
    rows = con.execute(sql, [*params, prefix, pattern, limit]).fetchall()
    return [{"code": c, "events": n, "name": name, "names": list(names)} for c, n, name, names in rows]


def actor_profile(con: duckdb.DuckDBPyConnection, code: str, flt: EventFilter | None = None, *,
                  partners: int = 30) -> dict | None:
    """An actor's event counts by type and role, its partners and names; None if unknown."""
    code = code.upper()
    flt = flt or EventFilter()
    inv, params = _involvement(replace(flt, actor=code))
    total = con.execute(f"SELECT count(DISTINCT event_id) FROM ({inv}) WHERE code = ?", [*params, code]).fetchone()
    names = con.execute("SELECT text, count(*) AS n FROM mentions WHERE code = ? GROUP BY text "
                        "ORDER BY n DESC, text LIMIT 10", [code]).fetchall()
    if not total[0] and not names:
        return None
    by_type = con.execute(
        f"SELECT type, role, count(DISTINCT event_id) FROM ({inv}) WHERE code = ? GROUP BY type, role "
        "ORDER BY type, role", [*params, code]).fetchall()
    types: dict[str, dict] = {}
    for event_type, role, n in by_type:
        types.setdefault(event_type, {"type": event_type, "as_source": 0, "as_target": 0,
                                      "cooperative": is_cooperative(event_type)})[f"as_{role}"] = n
    return {"code": code, "events": total[0], "names": [{"text": t, "count": n} for t, n in names],
            "by_type": list(types.values()), "partners": _partners(con, code, flt, partners)}


def _partners(con: duckdb.DuckDBPyConnection, code: str, flt: EventFilter, limit: int) -> list[dict]:
    """Actors on the other side of an actor's events, most events first."""
    where, params = replace(flt, actor=code).where()
    sql = (f"WITH f AS (SELECT event_id, type, goldstein, source_codes, target_codes FROM events{where}), "
           "p AS (SELECT event_id, type, goldstein, unnest(target_codes) AS partner FROM f "
           "WHERE list_contains(source_codes, ?) UNION ALL "
           "SELECT event_id, type, goldstein, unnest(source_codes) FROM f WHERE list_contains(target_codes, ?)) "
           f"SELECT partner, count(DISTINCT event_id), count(DISTINCT event_id) FILTER ({_COOP_SQL}), "
           "avg(goldstein) FROM p WHERE partner <> ? GROUP BY partner ORDER BY 2 DESC, partner LIMIT ?")
    rows = con.execute(sql, [*params, code, code, list(COOPERATIVE_TYPES), code, limit]).fetchall()
    return [{"code": p, "events": n, "cooperation": c, "conflict": n - c, "goldstein_mean": _round(g)}
            for p, n, c, g in rows]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _bucket(interval: str) -> tuple[str, str]:
    """SQL for the period of the date column `dated`, and the condition that it is precise enough."""
    if interval == "week":
        return "strftime(date_trunc('week', TRY_CAST(dated AS DATE)), '%Y-%m-%d')", "length(dated) = 10"
    if interval == "month":
        return "substr(dated, 1, 7)", "length(dated) >= 7"
    if interval == "year":
        return "substr(dated, 1, 4)", "length(dated) >= 4"
    raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str | None = None, *, interval: str = "month",
                flt: EventFilter | None = None, directed: bool = False) -> dict:
    """Event counts (cooperation, conflict) and mean Goldstein score per period for a dyad or one actor.

    An event without a date of its own counts at its article's publication date; one whose
    date is coarser than the interval (a month for weeks) is left out and counted as undated.
    """
    flt = flt or EventFilter()
    a = a.upper()
    extra = list(flt.extra)
    if b is None:
        extra.append(("(list_contains(source_codes, ?) OR list_contains(target_codes, ?))", [a, a]))
    else:
        b = b.upper()
        one_way = "(list_contains(source_codes, ?) AND list_contains(target_codes, ?))"
        if directed:
            extra.append((one_way, [a, b]))
        else:
            extra.append((f"({one_way} OR {one_way})", [a, b, b, a]))
    where, params = replace(flt, extra=extra).where()
    period, precise = _bucket(interval)
    sql = (f"WITH f AS (SELECT type, goldstein, date IS NULL AS by_article, coalesce(date, "
           f"(SELECT pub_date FROM articles WHERE articles.doc = events.doc)) AS dated FROM events{where}) "
           f"SELECT {period} AS period, count(*), count(*) FILTER ({_COOP_SQL}), avg(goldstein), "
           f"count(*) FILTER (by_article) FROM f WHERE {precise} GROUP BY period ORDER BY period")
    rows = con.execute(sql, [*params, list(COOPERATIVE_TYPES)]).fetchall()
    total = con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]
    series = [{"period": p, "events": n, "cooperation": c, "conflict": n - c, "goldstein_mean": _round(g)}
              for p, n, c, g, _ in rows if p is not None]
    return {"a": a, "b": b, "directed": directed, "interval": interval, "events": total,
            "undated": total - sum(s["events"] for s in series),
            "by_article_date": sum(r[4] for r in rows if r[0] is not None), "series": series}


def graph(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *, max_nodes: int = 60,
          min_events: int = 1) -> dict:
    """Actor network: nodes are actors, edges are undirected dyads with counts and mean Goldstein."""
    where, params = (flt or EventFilter()).where()
    pairs = (f"WITH f AS (SELECT event_id, type, goldstein, source_codes, target_codes FROM events{where}), "
             "s AS (SELECT event_id, type, goldstein, unnest(source_codes) AS src, target_codes FROM f), "
             "d AS (SELECT event_id, type, goldstein, src, unnest(target_codes) AS tgt FROM s), "
             "e AS (SELECT least(src, tgt) AS a, greatest(src, tgt) AS b, event_id, type, goldstein FROM d "
             "WHERE src <> tgt AND src <> '---' AND tgt <> '---') ")
    edge_sql = (pairs + f"SELECT a, b, count(DISTINCT event_id) AS n, count(DISTINCT event_id) FILTER ({_COOP_SQL}), "
                "avg(goldstein) FROM e GROUP BY a, b HAVING n >= ? ORDER BY n DESC, a, b")
    edges = con.execute(edge_sql, [*params, list(COOPERATIVE_TYPES), min_events]).fetchall()
    degree: dict[str, int] = {}
    for a, b, n, _c, _g in edges:
        degree[a] = degree.get(a, 0) + n
        degree[b] = degree.get(b, 0) + n
    keep = set(sorted(degree, key=lambda code: (-degree[code], code))[:max_nodes])
    nodes = [{"id": code, "events": degree[code]} for code in sorted(keep, key=lambda c: (-degree[c], c))]
    links = [{"source": a, "target": b, "events": n, "cooperation": c, "conflict": n - c,
              "goldstein_mean": _round(g)} for a, b, n, c, g in edges if a in keep and b in keep]
    return {"nodes": nodes, "edges": links}


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    """One event with its evidence highlights and article metadata; None if unknown."""
    rows = fetch_events(con, EventFilter(extra=[("event_id = ?", [event_id])]), limit=1)
    if not rows:
        return None
    row = rows[0]
    meta = con.execute("SELECT title, source, url, pub_date, lang FROM articles WHERE doc = ?",
                       [row["doc"]]).fetchone()
    start = con.execute("SELECT start_char FROM sentences WHERE doc = ? AND idx = ?",
                        [row["doc"], row["sentence_index"]]).fetchone()
    row["article"] = dict(zip(("title", "source", "url", "pub_date", "lang"), meta, strict=True)) if meta else None
    row["highlights"] = evidence_spans(row, start[0] if start else None)
    row["cooperative"] = is_cooperative(row["type"])
    return row


def add_highlights(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> list[dict]:
    """Set `highlights` (evidence spans), `cooperative` and `article_date` on event rows, in two queries."""
    keys = sorted({(r["doc"], r["sentence_index"]) for r in rows if r["sentence_index"] is not None})
    starts: dict[tuple[str, int], int] = {}
    if keys:
        found = con.execute(
            "SELECT s.doc, s.idx, s.start_char FROM sentences s JOIN (SELECT unnest(?) AS doc, unnest(?) AS idx) k "
            "ON s.doc = k.doc AND s.idx = k.idx", [[k[0] for k in keys], [k[1] for k in keys]]).fetchall()
        starts = {(doc, idx): start for doc, idx, start in found}
    docs = sorted({r["doc"] for r in rows})
    dates = dict(con.execute("SELECT doc, pub_date FROM articles WHERE doc IN (SELECT unnest(?))",
                             [docs]).fetchall()) if docs else {}
    for row in rows:
        row["article_date"] = dates.get(row["doc"])
        row["highlights"] = evidence_spans(row, starts.get((row["doc"], row["sentence_index"])))
        row["cooperative"] = is_cooperative(row["type"])
    return rows


def evidence_spans(row: dict, sentence_start: int | None) -> list[dict]:
    """Character spans in the evidence sentence for the trigger, the sources and the targets."""
    sentence = row["sentence"] or ""
    spans: list[dict] = []
    trigger = row.get("trigger") or ""
    t_start = row.get("trigger_start")
    if trigger and t_start is not None and sentence_start is not None:
        local = t_start - sentence_start
        if sentence[local:local + len(trigger)] == trigger:
            spans.append({"start": local, "end": local + len(trigger), "role": "trigger", "code": None})
    if trigger and not spans:
        spans += _find(sentence, trigger, "trigger", None)
    for role in ("source", "target"):
        for actor in row.get(role) or []:
            spans += _find(sentence, actor.get("text") or "", role, actor.get("code"))
    return _no_overlap(spans)


def _find(sentence: str, text: str, role: str, code: str | None) -> list[dict]:
    at = sentence.find(text) if text else -1
    return [] if at < 0 else [{"start": at, "end": at + len(text), "role": role, "code": code}]


def _no_overlap(spans: list[dict]) -> list[dict]:
    """Keep spans in order of position; a span overlapping an earlier one is dropped."""
    kept: list[dict] = []
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if not kept or span["start"] >= kept[-1]["end"]:
            kept.append(span)
    return kept


def segments(text: str, spans: list[dict]) -> list[dict]:
    """Split text into plain and marked pieces (spans must not overlap) for rendering."""
    out: list[dict] = []
    at = 0
    for span in _no_overlap(spans):
        if span["start"] > at:
            out.append({"text": text[at:span["start"]], "mark": None})
        out.append({"text": text[span["start"]:span["end"]], "mark": span})
        at = span["end"]
    if at < len(text):
        out.append({"text": text[at:], "mark": None})
    return out


def articles(con: duckdb.DuckDBPyConnection, q: str | None = None, *, limit: int = 50, offset: int = 0) -> dict:
    """Stored articles, newest first, optionally by words in the title or doc id."""
    where, params = "", []
    if q:
        where, params = " WHERE title ILIKE ? OR doc ILIKE ?", [f"%{q}%", f"%{q}%"]
    total = con.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]
    rows = con.execute(
        "SELECT a.doc, a.title, a.pub_date, a.lang, a.source, a.skipped, "
        "(SELECT count(*) FROM events e WHERE e.doc = a.doc) AS events "
        f"FROM articles a{where} ORDER BY a.pub_date DESC NULLS LAST, a.doc LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    keys = ("doc", "title", "pub_date", "lang", "source", "skipped", "events")
    return {"total": total, "articles": [dict(zip(keys, r, strict=True)) for r in rows]}


def article(con: duckdb.DuckDBPyConnection, doc: str) -> dict | None:
    """An article's text with its actor mentions and event triggers as spans; None if unknown."""
    row = con.execute("SELECT doc, title, text, pub_date, lang, url, source, skipped FROM articles WHERE doc = ?",
                      [doc]).fetchone()
    if row is None:
        return None
    out = dict(zip(("doc", "title", "text", "pub_date", "lang", "url", "source", "skipped"), row, strict=True))
    mentions = con.execute("SELECT start_char, end_char, text, code, sector, kind FROM mentions WHERE doc = ? "
                           "ORDER BY start_char", [doc]).fetchall()
    out["mentions"] = [{"start": s, "end": e, "text": t, "code": c, "sector": sec, "kind": k}
                       for s, e, t, c, sec, k in mentions]
    out["events"] = add_highlights(con, fetch_events(con, EventFilter(doc=doc)))
    out["sentences"] = con.execute("SELECT idx, start_char, end_char FROM sentences WHERE doc = ? ORDER BY idx",
                                   [doc]).fetchall()
    return out


def article_spans(art: dict) -> list[dict]:
    """Marks for an article's text: event triggers first, then actor mentions."""
    text = art["text"]
    spans = []
    for ev in art["events"]:
        start, end = ev.get("trigger_start"), ev.get("trigger_end")
        if start is not None and end is not None and text[start:end] == (ev.get("trigger") or text[start:end]):
            spans.append({"start": start, "end": end, "role": "trigger", "code": ev["type"],
                          "event_id": ev["event_id"]})
    spans += [{"start": m["start"], "end": m["end"], "role": "actor", "code": m["code"]}
              for m in art["mentions"] if m["start"] is not None and m["end"] is not None]
    return _no_overlap(spans)


def map_points(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *, limit: int = 5000) -> dict:
    """Located events grouped by place: counts, cooperation/conflict and a few event ids per point."""
    where, params = (flt or EventFilter()).where()
    located = f"{where}{' AND ' if where else ' WHERE '}lat IS NOT NULL AND lon IS NOT NULL"
    sql = (f"SELECT round(lat, 3) AS la, round(lon, 3) AS lo, any_value(location) AS loc, "
           f"any_value(location_country), count(*) AS n, count(*) FILTER ({_COOP_SQL}), avg(goldstein), "
           f"list(event_id ORDER BY event_id)[1:10] FROM events{located} GROUP BY la, lo "
           "ORDER BY n DESC, la, lo LIMIT ?")
    rows = con.execute(sql, [list(COOPERATIVE_TYPES), *params, limit]).fetchall()
    total = con.execute(f"SELECT count(*) FROM events{located}", params).fetchone()[0]
    points = []
    for lat, lon, loc, country, n, c, g, ids in rows:
        name = (json.loads(loc) or {}).get("name") if loc else None
        points.append({"lat": lat, "lon": lon, "name": name, "country": country, "events": n,
                       "cooperation": c, "conflict": n - c, "goldstein_mean": _round(g), "event_ids": list(ids)})
    return {"located_events": total, "points": points}
