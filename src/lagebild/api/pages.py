"""Dashboard pages: server-rendered from the same query functions as the JSON API."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..model import EVENT_TYPES, STATUSES
from ..store import EventFilter, views
from .app import html
from .errors import ApiError
from .params import CODE_PATTERN, Limit, Offset, event_filter, filter_query
from .reader import read_one, reader
from .routes import Interval, events_page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Filter = Annotated[EventFilter, Depends(event_filter)]
OptionalCode = Annotated[str | None, Query(pattern=CODE_PATTERN)]


def _context(request: Request, flt: EventFilter, **extra) -> dict:
    query = filter_query(flt)
    with reader(request.app.state.db) as con:
        overview = views.overview(con)
    return {"overview": overview, "flt": flt, "query": query, "qs": urlencode(query), "types": EVENT_TYPES,
            "statuses": STATUSES, "db": request.app.state.db, **extra}


@router.get("/")
@router.get("/events")
def events(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0):
    """The event table with filters; each row opens its evidence."""
    page = events_page(request, flt, limit, offset)
    for row in page["events"]:
        row["segments"] = views.segments(row["sentence"] or "", row["highlights"])
    paging = {"prev": max(0, offset - limit) if offset else None,
              "next": offset + limit if offset + limit < page["total"] else None}
    return html(request, "events.html", _context(request, flt, page=page, paging=paging, limit=limit))


@router.get("/network")
def network(request: Request, flt: Filter):
    """The actor network graph."""
    return html(request, "network.html", _context(request, flt))


@router.get("/actors")
def actors(request: Request, q: Annotated[str | None, Query(max_length=100)] = None):
    """Actor search."""
    with reader(request.app.state.db) as con:
        found = views.search_actors(con, q, limit=100)
    return html(request, "actors.html", _context(request, EventFilter(), actors=found, q=q or ""))


@router.get("/actors/{code}")
def actor(request: Request, code: Annotated[str, Path(pattern=CODE_PATTERN)], flt: Filter):
    """An actor's profile and timeline."""
    with reader(request.app.state.db) as con:
        profile = views.actor_profile(con, code, flt)
        series = views.dyad_series(con, code, None, flt=flt) if profile else None
    if profile is None:
        raise ApiError(404, f"no actor {code.upper()} in the database")
    return html(request, "actor.html", _context(request, flt, profile=profile, series=series))


@router.get("/dyads")
def dyad(request: Request, flt: Filter, a: OptionalCode = None, b: OptionalCode = None,
         interval: Interval = "month"):
    """Cooperation and conflict over time for a dyad or one actor."""
    series, suggestions = None, []
    with reader(request.app.state.db) as con:
        if a:
            series = views.dyad_series(con, a, b, interval=interval, flt=flt)
        else:
            suggestions = views.graph(con, flt, max_nodes=12)["edges"][:12]
    return html(request, "dyad.html", _context(request, flt, series=series, a=(a or "").upper(),
                                               b=(b or "").upper(), interval=interval, suggestions=suggestions))


@router.get("/articles")
def articles(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
             limit: Limit = 50, offset: Offset = 0):
    """The stored articles."""
    with reader(request.app.state.db) as con:
        found = views.articles(con, q, limit=limit, offset=offset)
    return html(request, "articles.html", _context(request, EventFilter(), found=found, q=q or "",
                                                   limit=limit, offset=offset))


@router.get("/articles/{doc:path}")
def article(request: Request, doc: str,
            event: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,64}$")] = None):
    """An article with its actors and event triggers marked; `event` is brought into focus."""
    art = read_one(request.app.state.db, lambda con: views.article(con, doc), f"no article {doc}")
    art["segments"] = views.segments(art["text"], views.article_spans(art))
    return html(request, "article.html", _context(request, EventFilter(), art=art, focus=event))


@router.get("/map")
def map_page(request: Request, flt: Filter):
    """Located events on a world map."""
    return html(request, "map.html", _context(request, flt))


@router.get("/docs")
def docs(request: Request):
    """The API reference, rendered from the OpenAPI schema (no CDN)."""
    return html(request, "docs.html", {"schema": request.app.openapi()})
