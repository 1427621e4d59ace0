"""Query parameters shared by the JSON API and the dashboard, validated into an EventFilter."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import Query

from ..model import EVENT_TYPES, STATUSES, PartialDate
from ..store import EventFilter
from .errors import ApiError

EventType = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)
Status = Enum("Status", {s: s for s in STATUSES}, type=str)
CODE_PATTERN = r"^[A-Za-z0-9_\-]{1,32}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000

Code = Annotated[str | None, Query(pattern=CODE_PATTERN, description="Actor code, e.g. PRK, UN, ---.")]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


def _date(name: str, value: str | None) -> str | None:
    if value is not None and PartialDate.parse(value) is None:
        raise ApiError(422, f"{name}: {value!r} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    """Read 'lat,lon,km' into numbers, or raise a 422 ApiError."""
    if not value:
        return None
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(422, f"near: want LAT,LON,KM (e.g. 50.45,30.52,100), got {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_040):
        raise ApiError(422, "near: lat within -90..90, lon within -180..180, km within 0..20040")
    return lat, lon, km


def event_filter(
    actor: Code = None,
    source: Code = None,
    target: Code = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type.")] = None,
    status: Annotated[Status | None, Query(description="Event status.")] = None,
    doc: Annotated[str | None, Query(max_length=300, description="Document id.")] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence sentence.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3 of the location.")] = None,
    near: Annotated[str | None, Query(max_length=80, description="LAT,LON,KM: located within KM.")] = None,
    min_confidence: Annotated[float | None, Query(
        ge=0.0, le=1.0, description="Only events at least this sure (0.5 drops story-inferred sides).")] = None,
) -> EventFilter:
    """The event filter of a request (empty parameters do not filter)."""
    if date_from and date_to and date_from > date_to + "~":
        raise ApiError(422, f"date_from {date_from} is after date_to {date_to}")
    return EventFilter(
        actor=actor, source=source, target=target, type=type.value if type else None,
        status=status.value if status else None, doc=doc, date_from=_date("date_from", date_from),
        date_to=_date("date_to", date_to), text=q, country=country, near=parse_near(near),
        min_confidence=min_confidence)


def filter_query(flt: EventFilter) -> dict[str, str]:
    """The query parameters that reproduce a filter (for links and export URLs)."""
    pairs = {"actor": flt.actor, "source": flt.source, "target": flt.target, "type": flt.type,
             "status": flt.status, "doc": flt.doc, "date_from": flt.date_from, "date_to": flt.date_to,
             "q": flt.text, "country": flt.country,
             "near": ",".join(f"{x:g}" for x in flt.near) if flt.near else None,
             "min_confidence": f"{flt.min_confidence:g}" if flt.min_confidence is not None else None}
    return {k: v for k, v in pairs.items() if v}
