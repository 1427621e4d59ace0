"""Event clusters: events of one or more reports that describe the same happening.

Two events are the same happening when they have the same type (modes equal or one
missing), statuses of one group, compatible actors, compatible dates and similar
evidence (docs/fusion.md). Events are taken earliest report first; each joins the
compatible cluster whose closest member is most similar, else opens a new cluster.
Hard conditions (type, status, actors, dates) must hold against every member, so a
cluster cannot chain from Monday to Friday through an undated report.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..model import EventCluster
from .duplicates import Duplicate, duplicate_groups
from .reports import Report, fusion_data, happening_span, known
from .settings import FusionSettings
from .text import jaccard, stems, words


@dataclass
class _Open:
    """A cluster being built."""

    members: list[Report] = field(default_factory=list)
    stems: list[frozenset[str]] = field(default_factory=list)
    similarity: list[float] = field(default_factory=list)


@cache
def status_group(status: str) -> int:
    """Index of the status group (data/fusion.yaml) a status belongs to."""
    for i, group in enumerate(fusion_data()["status_groups"]):
        if status in group:
            return i
    return -1


def _side(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ka, kb = known(a), known(b)
    return not ka or not kb or bool(ka & kb)


def actors_compatible(a: Report, b: Report) -> bool:
    """Overlapping sources and targets (a missing side matches), symmetric types either way round."""
    shared = (known(a.source) | known(a.target)) & (known(b.source) | known(b.target))
    if not shared:
        return False
    if _side(a.source, b.source) and _side(a.target, b.target):
        return True
    if a.type in fusion_data()["symmetric_types"] and _side(a.source, b.target) and _side(a.target, b.source):
        return True
    # "A and B met" (both in source, no target) is "A met B"
    return _mutual(a, b) or _mutual(b, a)


def _mutual(a: Report, b: Report) -> bool:
    return (not known(a.target) and len(known(a.source)) >= 2
            and known(b.source) | known(b.target) <= known(a.source))


def dates_compatible(a: Report, b: Report, window_days: int) -> bool:
    """The periods the two happenings may fall in overlap (event dates, else report windows)."""
    span_a, span_b = happening_span(a, window_days), happening_span(b, window_days)
    if span_a is None or span_b is None:
        return True
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def hard_compatible(a: Report, b: Report, settings: FusionSettings) -> bool:
    """Type, mode, status group, actors and dates allow the same happening."""
    return (a.type == b.type and (a.mode == b.mode or a.mode is None or b.mode is None)
            and status_group(a.status) == status_group(b.status)
            and actors_compatible(a, b) and dates_compatible(a, b, settings.report_window_days))


def evidence_threshold(a: Report, b: Report, settings: FusionSettings) -> float:
    """The lower threshold applies when both events are dated to the same day."""
    same_day = (a.date is not None and b.date is not None and a.date.precision == "day" and a.date == b.date)
    return settings.evidence_min_same_day if same_day else settings.evidence_min


def evidence_stems(report: Report, settings: FusionSettings) -> frozenset[str]:
    """Content stems of the evidence sentence, without the actors' own words (compared by code)."""
    return _stems(report.sentence, settings.stem_chars, report.actor_words)


@lru_cache(maxsize=1 << 14)  # clustering and the similarity column read each report's stems again
def _stems(sentence: str, stem_chars: int, actor_words: tuple[str, ...]) -> frozenset[str]:
    return stems(sentence, stem_chars=stem_chars, drop=actor_words)


def _sentence_key(report: Report) -> tuple:
    # not the actors or status: the coder may resolve a pronoun differently in a reordered copy
    return (report.type, report.mode, report.trigger, " ".join(words(report.sentence)))


def cluster_reports(reports: Sequence[Report], duplicates: Sequence[Duplicate] = (),
                    settings: FusionSettings | None = None) -> list[EventCluster]:
    """Group reports into event clusters (deterministic: same input, same clusters and ids)."""
    settings = settings or FusionSettings()
    unique = {r.event_id: r for r in reports}
    ordered = sorted(unique.values(), key=lambda r: r.order_key)
    groups = duplicate_groups(sorted({r.doc for r in ordered}), duplicates)
    clusters: list[_Open] = []
    index = _Index(settings.report_window_days)
    copies: dict[tuple, int] = {}
    for report in ordered:
        own = evidence_stems(report, settings)
        # the same sentence in a near-duplicate article is the same report, whatever its date
        copy_key = (groups.get(report.doc, report.doc), *_sentence_key(report))
        target, score = copies.get(copy_key), 1.0
        if target is None:
            target, score = _best_cluster(report, own, clusters, index, settings)
        if target is None:
            target = len(clusters)
            clusters.append(_Open())
        cluster = clusters[target]
        cluster.members.append(report)
        cluster.stems.append(own)
        cluster.similarity.append(score)
        copies.setdefault(copy_key, target)
        index.add(target, report)
    return [_finish(c, groups) for c in clusters]


class _Index:
    """Clusters by (type, actor code, week the happening may fall in), so a report is compared with
    the clusters of its own type, actors and time only (not with every cluster of a busy dyad)."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self.by_week: dict[tuple, set[int]] = defaultdict(set)
        self.by_code: dict[tuple[str, str], set[int]] = defaultdict(set)

    def _weeks(self, report: Report) -> list[int | None]:
        span = happening_span(report, self.window_days)
        if span is None:
            return [None]    # no date at all: compatible with any time
        return list(range(span[0].toordinal() // 7, span[1].toordinal() // 7 + 1))

    def add(self, cluster: int, report: Report) -> None:
        """Register a cluster under a new member's type, codes and weeks."""
        weeks = self._weeks(report)
        for code in known(report.source) | known(report.target):
            self.by_code[(report.type, code)].add(cluster)
            for week in weeks:
                self.by_week[(report.type, code, week)].add(cluster)

    def candidates(self, report: Report) -> list[int]:
        """Clusters sharing the report's type, a code and a week (or undated), in creation order."""
        weeks = self._weeks(report)
        codes = known(report.source) | known(report.target)
        if weeks == [None]:
            found = {i for code in codes for i in self.by_code.get((report.type, code), ())}
        else:
            found = {i for code in codes for week in [*weeks, None]
                     for i in self.by_week.get((report.type, code, week), ())}
        return sorted(found)


def _best_cluster(report: Report, own: frozenset[str], clusters: list[_Open], index: _Index,
                  settings: FusionSettings) -> tuple[int | None, float]:
    best, best_score = None, 0.0
    for i in index.candidates(report):
        cluster = clusters[i]
        # the evidence first: it is cheap and rules out most candidates before the hard conditions
        passing = [score for m, s in zip(cluster.members, cluster.stems, strict=True)
                   if (score := jaccard(own, s)) >= evidence_threshold(report, m, settings)]
        if not passing or max(passing) <= best_score:
            continue
        if all(hard_compatible(report, m, settings) for m in cluster.members):
            best, best_score = i, max(passing)
    return best, best_score


_PRECISION = {"day": 3, "month": 2, "year": 1}


def _canonical(members: list[Report]) -> Report:
    # the most informative report: most precise date, most named actors, asserted, most confident
    def rank(r: Report) -> tuple:
        return (_PRECISION[r.date.precision] if r.date else 0, len(known(r.source) | known(r.target)),
                r.status == "asserted", r.confidence)

    # ties go to the earliest report
    return max(enumerate(members), key=lambda item: (rank(item[1]), -item[0]))[1]


def cluster_id(first_event_id: str) -> str:
    """A cluster's stable id: a hash of its earliest member's event id."""
    return "c" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:15]


def _finish(cluster: _Open, groups: dict[str, str]) -> EventCluster:
    members = cluster.members
    canon = _canonical(members)
    docs = list(dict.fromkeys(m.doc for m in members))
    report_dates = sorted(m.report_date.iso() for m in members if m.report_date)
    dated = [m.date for m in members if m.date]
    best_date = max(dated, key=lambda d: (_PRECISION[d.precision], [-x for x in (d.year, d.month or 0, d.day or 0)]),
                    default=None)
    return EventCluster(
        cluster_id=cluster_id(members[0].event_id), type=canon.type, mode=canon.mode,
        source_codes=sorted(known(canon.source)) or list(canon.source),
        target_codes=sorted(known(canon.target)) or list(canon.target),
        status=canon.status, date=best_date.iso() if best_date else None,
        canonical_event_id=canon.event_id, canonical_sentence=canon.sentence,
        members=[m.event_id for m in members], docs=docs, reports=len(docs),
        sources=len({m.outlet or m.doc for m in members}),
        independent=len({groups.get(d, d) for d in docs}),
        first_report=report_dates[0] if report_dates else None,
        last_report=report_dates[-1] if report_dates else None)


def member_similarity(clusters: Sequence[EventCluster], reports: Sequence[Report],
                      settings: FusionSettings | None = None) -> dict[str, float]:
    """Each member's evidence similarity to its cluster's canonical report (for explanations)."""
    settings = settings or FusionSettings()
    by_id = {r.event_id: r for r in reports}
    out = {}
    for cluster in clusters:
        canon = evidence_stems(by_id[cluster.canonical_event_id], settings)
        for event_id in cluster.members:
            out[event_id] = round(jaccard(canon, evidence_stems(by_id[event_id], settings)), 4)
    return out
