"""Claim threads: an allegation and the denials, confirmations and counter-accusations answering it.

A claim is about (accused, content type, content target): "PRK -> RUS, AID". Its seeds are
alleged events (the content of an accusation, status 'alleged') and ACCUSE events; the
claimants are the accusers and the actors the allegation is attributed to (reported_by).
Answers are linked by actors:
  denial        REJECT/deny by the accused (or the content's target) aimed at a claimant or
                at no one; or an event of the content type with status 'denied'
  confirmation  an event of the content type by the accused reported as fact
  counter       an ACCUSE by the accused against a claimant
An answer belongs to the threads its article carries in an earlier (or the same) sentence;
an answer in an article without a matching claim belongs to every matching thread first
seen at most `claim_window_days` before it.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ..model import Claim, ClaimLink, PartialDate
from .reports import Report, fusion_data, known, period
from .settings import FusionSettings

# (accused, content type, content target, anchor): the anchor is '' for a claim with content and
# the accusation's cluster (or event id) for an accusation that names no codable content, so
# unrelated accusations against one actor do not share a thread
Key = tuple[tuple[str, ...], str, tuple[str, ...], str]


@dataclass
class _Thread:
    key: Key
    claimants: set[str] = field(default_factory=set)
    seeds: list[tuple[Report, str]] = field(default_factory=list)   # (report, 'claim' | 'content')
    answers: list[tuple[Report, str]] = field(default_factory=list)
    accused: frozenset[str] = frozenset()
    content_target: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.accused = frozenset(self.key[0])
        self.content_target = frozenset(self.key[2])

    def first_seen(self) -> str | None:
        return min((_when(r) for r, _ in self.seeds if _when(r)), default=None)


def _when(report: Report) -> str | None:
    # "since when": the report date; an event date where the article has none
    source = report.report_date or report.date
    return source.iso() if source else None


def _is_content(report: Report) -> bool:
    accused, by = known(report.source), known(report.reported_by)
    # an actor reporting its own deed (state media on its own missile test) alleges nothing
    self_report = bool(by) and by <= accused
    return report.status == "alleged" and report.type not in ("ACCUSE", "REJECT") and bool(accused) \
        and not self_report


def _seed_threads(reports: Sequence[Report], cluster_of: dict[str, str]) -> dict[Key, _Thread]:
    by_sentence: dict[tuple[str, int], list[Report]] = defaultdict(list)
    for report in reports:
        by_sentence[(report.doc, report.sentence_index)].append(report)
    threads: dict[Key, _Thread] = {}
    for group in by_sentence.values():
        accusations = [r for r in group if r.type == "ACCUSE"]
        contents = [r for r in group if _is_content(r)]
        for content in contents:
            accused = known(content.source)
            thread = threads.setdefault(_key(accused, content.type, content.target), _Thread(
                _key(accused, content.type, content.target)))
            thread.seeds.append((content, "content"))
            thread.claimants |= known(content.reported_by)
            for accusation in accusations:
                if not known(accusation.target) or known(accusation.target) & (accused | known(content.target)):
                    thread.seeds.append((accusation, "claim"))
                    thread.claimants |= known(accusation.source)
        if not contents:
            for accusation in accusations:
                if known(accusation.target) and (accusation.mode or "") in fusion_data()["accusation_modes"]:
                    anchor = cluster_of.get(accusation.event_id, accusation.event_id)
                    key = _key(known(accusation.target), "", (), anchor)
                    thread = threads.setdefault(key, _Thread(key))
                    thread.seeds.append((accusation, "claim"))
                    thread.claimants |= known(accusation.source)
    return threads


def _key(accused: frozenset[str], content_type: str, target: tuple[str, ...], anchor: str = "") -> Key:
    return (tuple(sorted(accused)), content_type, tuple(sorted(known(target))), anchor)


def _role(report: Report, source: frozenset[str], target: frozenset[str], thread: _Thread) -> str | None:
    """How a report answers a thread (source and target: the report's known codes), or None."""
    accused, content_type = thread.accused, thread.key[1]
    denies = report.type == "REJECT" and report.mode in fusion_data()["denial_modes"]
    if denies and source & (accused | thread.content_target) and (
            not target or not thread.claimants or target & thread.claimants):
        return "denial"
    if content_type and report.type == content_type and source & accused:
        if report.status == "denied":
            return "denial"
        if report.status == "asserted" and (not thread.content_target or not target or target & thread.content_target):
            return "confirmation"
    if report.type == "ACCUSE" and source & accused and target & thread.claimants:
        return "counter"
    return None


def _within_window(report: Report, seen: str | None, settings: FusionSettings) -> bool:
    if seen is None or report.report_date is None:
        return True
    start = period(PartialDate.parse(seen))[0]
    first, last = period(report.report_date)
    return start <= last and first <= start + timedelta(days=settings.claim_window_days)


def _first_sentence(thread: _Thread) -> dict[str, int]:
    first: dict[str, int] = {}
    for report, _ in thread.seeds:
        first[report.doc] = min(first.get(report.doc, report.sentence_index), report.sentence_index)
    return first


def claim_threads(reports: Sequence[Report], settings: FusionSettings | None = None,
                  cluster_of: dict[str, str] | None = None) -> list[Claim]:
    """Claim threads over all reports, ordered by first sighting; `cluster_of` maps event id -> cluster."""
    settings = settings or FusionSettings()
    ordered = sorted({r.event_id: r for r in reports}.values(), key=lambda r: r.order_key)
    threads = list(_seed_threads(ordered, cluster_of or {}).values())
    firsts = [_first_sentence(t) for t in threads]
    seen = [t.first_seen() for t in threads]
    seed_ids = [{r.event_id for r, _ in t.seeds} for t in threads]
    # every answer role needs the answer's source among the accused or the content's target
    # (and, but for denials and counter-accusations, an event of the content's type)
    by_code: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, thread in enumerate(threads):
        for code in thread.accused | frozenset(thread.key[2]):
            by_code[(code, "*")].append(i)
            by_code[(code, thread.key[1])].append(i)
    for report in ordered:
        kind = "*" if report.type in ("REJECT", "ACCUSE") else report.type
        source, target = known(report.source), known(report.target)
        candidates = sorted({i for code in source for i in by_code.get((code, kind), ())})
        matches = [(i, role) for i in candidates
                   if report.event_id not in seed_ids[i] and (role := _role(report, source, target, threads[i]))]
        # an answer in an article that carries the claim answers that claim; elsewhere, any claim in reach
        local = [(i, role) for i, role in matches if firsts[i].get(report.doc, 1 << 30) <= report.sentence_index]
        chosen = local or [(i, role) for i, role in matches
                           if report.doc not in firsts[i] and _within_window(report, seen[i], settings)]
        for i, role in chosen:
            threads[i].answers.append((report, role))
    claims = [_finish(t) for t in threads]
    return sorted(claims, key=lambda c: (c.first_seen or "9999", c.claim_id))


def _link(report: Report, role: str) -> ClaimLink:
    actors = sorted(known(report.source)) or sorted(known(report.reported_by))
    return ClaimLink(event_id=report.event_id, doc=report.doc, role=role, actors=actors, status=report.status,
                     report_date=report.report_date.iso() if report.report_date else None,
                     event_date=report.date.iso() if report.date else None, sentence=report.sentence)


def _finish(thread: _Thread) -> Claim:
    accused, content_type, target, anchor = thread.key
    links = [_link(r, role) for r, role in sorted(
        {r.event_id: (r, role) for r, role in thread.seeds + thread.answers}.values(),
        key=lambda item: item[0].order_key)]
    seen = sorted(w for w in (_when(r) for r, _ in thread.seeds) if w)
    digest = hashlib.sha1("|".join([",".join(accused), content_type, ",".join(target), anchor]).encode("utf-8"))
    claim_id = "k" + digest.hexdigest()[:15]
    return Claim(claim_id=claim_id, claimants=sorted(thread.claimants) or ["---"], accused=list(accused),
                 content_type=content_type, content_target=list(target), first_seen=seen[0] if seen else None,
                 last_seen=seen[-1] if seen else None, links=links)
