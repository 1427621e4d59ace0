"""Fusion endpoints (issue 6): event clusters, claim threads, quotes and story timelines.

JSON under /api, dashboard pages at /clusters, /claims, /quotes; both from the query
functions in lagebild.fusion.queries. Include with `app.include_router(routes_fusion.router)`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..fusion import queries
from ..store import views
from .params import CODE_PATTERN, Limit, Offset
from .reader import read_one, reader

router = APIRouter(tags=["fusion"])
Code = Annotated[str | None, Query(pattern=CODE_PATTERN, description="Actor code, e.g. PRK, UN.")]
TypeParam = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,10}$", description="PLOVER event type.")]
ClusterId = Annotated[str, Path(pattern=r"^c[0-9a-f]{15}$", description="Cluster id.")]
ClaimId = Annotated[str, Path(pattern=r"^k[0-9a-f]{15}$", description="Claim id.")]
MinReports = Annotated[int, Query(ge=1, le=100_000, description="At least this many reporting articles.")]
Kind = Annotated[Literal["direct", "indirect"] | None, Query(description="Quote kind.")]
Words = Annotated[str | None, Query(max_length=200, description="Words in the quote.")]


def _db(request: Request):
    return request.app.state.db


@router.get("/api/clusters", summary="Event clusters, most reported first")
def clusters(request: Request, actor: Code = None, other: Code = None, type: TypeParam = None,
             min_reports: MinReports = 1, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Clusters of events that report the same happening; `actor` + `other` give a dyad."""
    with reader(_db(request)) as con:
        return queries.list_clusters(con, actor=actor, other=other, type=type, min_reports=min_reports,
                                     limit=limit, offset=offset)


@router.get("/api/clusters/{cluster_id}", summary="One cluster with its reports in time order")
def cluster(request: Request, cluster_id: ClusterId) -> dict:
    """The cluster, its member events (the story timeline), near-duplicates and claims."""
    return read_one(_db(request), lambda con: queries.get_cluster(con, cluster_id), f"no cluster {cluster_id}")


@router.get("/api/claims", summary="Claim threads: allegations and their answers")
def claims(request: Request, accused: Code = None, claimant: Code = None, target: Code = None,
           type: TypeParam = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    """What is alleged about whom, by whom, and who denied or confirmed it, since when."""
    with reader(_db(request)) as con:
        return queries.list_claims(con, accused=accused, claimant=claimant, target=target, type=type,
                                   limit=limit, offset=offset)


@router.get("/api/claims/{claim_id}", summary="One claim thread")
def claim(request: Request, claim_id: ClaimId) -> dict:
    """The claim with every linked event and its role."""
    return read_one(_db(request), lambda con: queries.get_claim(con, claim_id), f"no claim {claim_id}")


@router.get("/api/quotes", summary="Direct and indirect quotes")
def quotes(request: Request, speaker: Code = None, doc: Annotated[str | None, Query(max_length=300)] = None,
           kind: Kind = None, q: Words = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Quotes with their speaker actor, filtered."""
    with reader(_db(request)) as con:
        return queries.list_quotes(con, speaker=speaker, doc=doc, kind=kind, text=q, limit=limit, offset=offset)


@router.get("/api/story", summary="Story timeline of an actor or a dyad")
def story(request: Request, a: Annotated[str, Query(pattern=CODE_PATTERN, description="Actor code.")],
          b: Code = None) -> dict:
    """The clusters involving `a` (and `b`) in time order, each with its reporting articles."""
    with reader(_db(request)) as con:
        return {"a": a.upper(), "b": b.upper() if b else None, "clusters": queries.story(con, a, b)}


def _page(request: Request, template: str, **context) -> HTMLResponse:
    with reader(_db(request)) as con:
        overview = views.overview(con)
    return request.app.state.templates.TemplateResponse(
        request, template, {"overview": overview, "db": _db(request), **context})


@router.get("/clusters", include_in_schema=False, response_class=HTMLResponse)
def clusters_page(request: Request, actor: Code = None, other: Code = None, type: TypeParam = None,
                  min_reports: MinReports = 1, limit: Limit = 50, offset: Offset = 0):
    """Dashboard: the cluster list with filters."""
    found = clusters(request, actor, other, type, min_reports, limit, offset)
    return _page(request, "fusion_clusters.html", found=found, actor=actor or "", other=other or "",
                 type=type or "", min_reports=min_reports, limit=limit, offset=offset)


@router.get("/clusters/{cluster_id}", include_in_schema=False, response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: ClusterId):
    """Dashboard: one cluster's story timeline."""
    return _page(request, "fusion_cluster.html", c=cluster(request, cluster_id))


@router.get("/claims", include_in_schema=False, response_class=HTMLResponse)
def claims_page(request: Request, accused: Code = None, claimant: Code = None, target: Code = None,
                type: TypeParam = None, limit: Limit = 50, offset: Offset = 0):
    """Dashboard: claim threads."""
    found = claims(request, accused, claimant, target, type, limit, offset)
    return _page(request, "fusion_claims.html", found=found, accused=accused or "", claimant=claimant or "",
                 target=target or "", type=type or "")


@router.get("/quotes", include_in_schema=False, response_class=HTMLResponse)
def quotes_page(request: Request, speaker: Code = None, doc: Annotated[str | None, Query(max_length=300)] = None,
                kind: Kind = None, q: Words = None, limit: Limit = 50, offset: Offset = 0):
    """Dashboard: quotes."""
    found = quotes(request, speaker, doc, kind, q, limit, offset)
    return _page(request, "fusion_quotes.html", found=found, speaker=speaker or "", q=q or "", kind=kind or "")


@router.get("/story", include_in_schema=False, response_class=HTMLResponse)
def story_page(request: Request, a: Code = None, b: Code = None):
    """Dashboard: the story timeline of an actor or a dyad."""
    found = story(request, a, b) if a else {"a": None, "b": None, "clusters": []}
    return _page(request, "fusion_story.html", found=found, a=(a or "").upper(), b=(b or "").upper())
