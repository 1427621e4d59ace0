"""Reports: an event as fusion sees it, with the date and outlet of the article that reports it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ..model import UNKNOWN_CODE, Article, Event, PartialDate
from ..resources import load_yaml


@dataclass(frozen=True, slots=True)
class Report:
    """One event of one article (fusion's input)."""

    event_id: str
    doc: str
    sentence_index: int
    sentence: str
    type: str
    mode: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    status: str = "asserted"
    date: PartialDate | None = None
    report_date: PartialDate | None = None
    outlet: str | None = None
    reported_by: tuple[str, ...] = ()
    trigger: str = ""
    confidence: float = 0.5
    actor_words: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, event: Event, article: Article | None = None) -> Report:
        """The report of an event in its article."""
        return cls(
            event_id=event.event_id, doc=event.doc, sentence_index=event.sentence_index,
            sentence=event.sentence, type=event.type, mode=event.mode,
            source=tuple(a.code for a in event.source), target=tuple(a.code for a in event.target),
            status=event.status, date=event.date, report_date=article.pub_date if article else None,
            outlet=article.source if article else None, reported_by=tuple(event.reported_by),
            trigger=event.trigger, confidence=event.confidence,
            actor_words=tuple(a.text for a in (*event.source, *event.target) if a.text))

    @property
    def order_key(self) -> tuple:
        """Earliest report first, then document order (the deterministic processing order)."""
        return (self.report_date.iso() if self.report_date else "9999", self.doc, self.sentence_index,
                self.event_id)


@cache  # called for every pair fusion compares; the distinct code tuples are few
def known(codes: tuple[str, ...]) -> frozenset[str]:
    """Actor codes without the unknown code."""
    return frozenset(c for c in codes if c and c != UNKNOWN_CODE)


@cache
def fusion_data() -> dict:
    """data/fusion.yaml: symmetric types, status groups, denial modes."""
    return load_yaml("fusion.yaml")


def period(day: PartialDate) -> tuple[date, date]:
    """First and last day a partial date covers."""
    if day.month is None:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    first = date(day.year, day.month, day.day or 1)
    if day.day is not None:
        return first, first
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def happening_span(report: Report, window_days: int) -> tuple[date, date] | None:
    """When the happening may have taken place: its own date, else the window before its report."""
    if report.date is not None:
        return period(report.date)
    if report.report_date is None:
        return None
    first, last = period(report.report_date)
    return first - timedelta(days=window_days), last
