"""JSON API: GET only, read-only, one store query function per endpoint."""

from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from ..export import write_csv, write_jsonl
from ..model import EVENT_TYPES, STATUSES
from ..store import EventFilter, views
from ..store.query import count_events, fetch_events
from .params import CODE_PATTERN, Limit, Offset, event_filter
from .reader import read_one, reader

router = APIRouter(prefix="/api", tags=["api"])
Filter = Annotated[EventFilter, Depends(event_filter)]
ActorCode = Annotated[str, Path(pattern=CODE_PATTERN, description="Actor code.")]
Interval = Annotated[Literal["week", "month", "year"], Query(description="Period of the series.")]
EXPORT_LIMIT = 1_000_000


def _db(request: Request):
    return request.app.state.db


def events_page(request: Request, flt: EventFilter, limit: int, offset: int) -> dict:
    """A page of events matching the filter, with the total count (shared by API and dashboard)."""
    with reader(_db(request)) as con:
        total = count_events(con, flt)
        rows = views.add_highlights(con, fetch_events(con, flt, limit=limit, offset=offset))
    return {"total": total, "limit": limit, "offset": offset, "events": rows}


@router.get("/meta", summary="Event types, statuses and the cooperation side")
def meta() -> dict:
    """Vocabularies the filters accept."""
    return {"types": list(EVENT_TYPES), "statuses": list(STATUSES),
            "cooperative_types": list(views.COOPERATIVE_TYPES), "intervals": list(views.INTERVALS)}


@router.get("/overview", summary="Counts of events, articles and actors")
def overview(request: Request) -> dict:
    """What the database holds."""
    with reader(_db(request)) as con:
        return views.overview(con)


@router.get("/events", summary="Events, filtered and paged")
def events(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Events matching the filters, in document order."""
    return events_page(request, flt, limit, offset)


@router.get("/events/{event_id}", summary="One event with its evidence highlighted")
def event(request: Request, event_id: Annotated[str, Path(pattern=r"^[0-9a-f]{1,64}$")]) -> dict:
    """The event, its evidence spans (source, target, trigger) and its article's metadata."""
    return read_one(_db(request), lambda con: views.event(con, event_id), f"no event {event_id}")


@router.get("/export", summary="Export the filtered events as CSV or JSONL")
def export(request: Request, flt: Filter,
           format: Annotated[Literal["csv", "jsonl"], Query(description="csv or jsonl (the contract)")] = "jsonl",
           ) -> StreamingResponse:
    """All events matching the filters, as a download."""
    with reader(_db(request)) as con:
        rows = fetch_events(con, flt, limit=EXPORT_LIMIT)
    buffer = io.StringIO()
    (write_csv if format == "csv" else write_jsonl)(rows, buffer)
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    headers = {"Content-Disposition": f'attachment; filename="lagebild-events.{format}"'}
    return StreamingResponse(iter([buffer.getvalue()]), media_type=f"{media}; charset=utf-8", headers=headers)


@router.get("/actors", summary="Search actors by code or name")
def actors(request: Request, q: Annotated[str | None, Query(max_length=100)] = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict:
    """Actors whose code starts with q or whose mentions contain q, most events first."""
    with reader(_db(request)) as con:
        return {"actors": views.search_actors(con, q, limit=limit)}


@router.get("/actors/{code}", summary="Actor profile: counts by type and partner")
def actor(request: Request, code: ActorCode, flt: Filter) -> dict:
    """An actor's events by type and role, its partners and the words that named it."""
    return read_one(_db(request), lambda con: views.actor_profile(con, code, flt),
                    f"no actor {code.upper()} in the database")


@router.get("/dyads", summary="Time series of a dyad (or one actor)")
def dyads(request: Request, flt: Filter,
          a: Annotated[str, Query(pattern=CODE_PATTERN, description="First actor.")],
          b: Annotated[str | None, Query(pattern=CODE_PATTERN, description="Second actor (omit: all of a).")] = None,
          interval: Interval = "month", directed: bool = False) -> dict:
    """Events, cooperation, conflict and mean Goldstein score per week, month or year."""
    with reader(_db(request)) as con:
        return views.dyad_series(con, a, b, interval=interval, flt=flt, directed=directed)


@router.get("/graph", summary="Actor network")
def graph(request: Request, flt: Filter, max_nodes: Annotated[int, Query(ge=1, le=500)] = 60,
          min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> dict:
    """Nodes are actors, edges undirected dyads with event counts and cooperation/conflict."""
    with reader(_db(request)) as con:
        return views.graph(con, flt, max_nodes=max_nodes, min_events=min_events)


@router.get("/articles", summary="Stored articles")
def articles(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
             limit: Limit = 50, offset: Offset = 0) -> dict:
    """Articles, newest first; q searches title and doc id."""
    with reader(_db(request)) as con:
        return views.articles(con, q, limit=limit, offset=offset)


@router.get("/articles/{doc:path}", summary="An article with its actors and events marked")
def article(request: Request, doc: str) -> dict:
    """The article text, mentions and events, and the marks (spans) to draw on the text."""
    art = read_one(_db(request), lambda con: views.article(con, doc), f"no article {doc}")
    art["marks"] = views.article_spans(art)
    return art


@router.get("/map", summary="Located events as map points")
def map_points(request: Request, flt: Filter, limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> dict:
    """Events with a location grouped by place, with cooperation and conflict counts."""
    with reader(_db(request)) as con:
        return views.map_points(con, flt, limit=limit)
