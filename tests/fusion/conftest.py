"""Helpers for fusion tests: events and articles written by hand."""

from __future__ import annotations

import pytest

from lagebild.fusion import Report
from lagebild.model import ActorRef, Article, Event, PartialDate


def make_report(doc: str, sentence: str, type: str, source: list[str], target: list[str], *,
                status: str = "asserted", date: str | None = None, pub: str | None = None, idx: int = 0,
                mode: str | None = None, reported_by: list[str] | None = None, outlet: str | None = None) -> Report:
    """A report of a hand-written event; an actor is 'CODE' or 'CODE:words in the sentence'."""
    event = Event(doc=doc, sentence_index=idx, sentence=sentence, type=type, mode=mode,
                  source=[_actor(a) for a in source], target=[_actor(a) for a in target], status=status,
                  date=PartialDate.parse(date), reported_by=list(reported_by or []), trigger=type.lower())
    article = Article(doc=doc, text=sentence, pub_date=PartialDate.parse(pub), source=outlet)
    return Report.of(event, article)


def _actor(spec: str) -> ActorRef:
    code, _, text = spec.partition(":")
    return ActorRef(code, text or code)


@pytest.fixture
def report():
    """The make_report factory."""
    return make_report
