"""Benchmark event fusion: edited copies must collapse into the original clusters, while different
events between the same actors in the same week stay apart.

Originals: every article of examples/de and examples/en. Copies: each original twice, edited
(copy 1: sentences shuffled, published a day later; copy 2: new headline, an added paragraph,
another outlet, published two days later). Distractors: bench/data/fusion_distractors.jsonl,
written for this benchmark: other happenings of the examples' dyads in the same week.

Gold: an original's events are grouped as fusion groups the originals alone ("the original
clusters"); a copy's event belongs to the cluster of the original event with the same sentence,
type and trigger (events without one, e.g. in a new headline, are left out and counted); a
distractor's events are grouped as fusion groups that distractor alone, apart from all else.
Reported: pairwise precision/recall/F1 of the grouping of all scored events when everything is
fused together, the share of copy events in their original's cluster, distractor events merged
into an original cluster, and near-duplicate article detection.

`--scale N` instead times clustering and claim threads on N synthetic reports (45 actor codes,
16 types, two years, random evidence words; a third dated, a tenth alleged).

Usage: .venv/bin/python bench/bench_fusion.py [--seed 13] [--json] [--scale 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import replace
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import yaml

from lagebild.fusion import ArticleText, FusionSettings, Report, claim_threads, cluster_reports, find_duplicates
from lagebild.ingest import read_paths
from lagebild.model import EVENT_TYPES, AnalysedArticle, Article, PartialDate
from lagebild.nlp import split_sentences
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def originals() -> list[Article]:
    """The example articles (plain text, German and English)."""
    return list(read_paths([str(ROOT / "examples" / "de"), str(ROOT / "examples" / "en")]))


def distractors() -> list[Article]:
    """Other happenings of the examples' dyads in the same week."""
    return list(read_paths([str(DATA / "fusion_distractors.jsonl")]))


def _shift(day: PartialDate | None, days: int) -> PartialDate | None:
    full = day.as_date() if day else None
    return PartialDate.of(full + timedelta(days=days)) if full else day


def _body(article: Article) -> list[str]:
    title, _, rest = article.text.partition("\n")
    return [s.text for s in split_sentences(rest)]


def copies(article: Article, rng: random.Random, edits: dict) -> list[Article]:
    """Two edited copies of an article."""
    lang = article.lang or "de"
    title = article.text.partition("\n")[0]
    body = _body(article)
    shuffled = body[:]
    rng.shuffle(shuffled)
    first = replace(article, doc=f"{article.doc}#copy1", text=title + "\n" + " ".join(shuffled),
                    pub_date=_shift(article.pub_date, 1))
    headline = edits["headline"][lang]
    second = replace(article, doc=f"{article.doc}#copy2", title=headline, source="Bench-Agentur",
                     text=headline + "\n" + " ".join(body) + "\n\n" + edits["paragraph"][lang],
                     pub_date=_shift(article.pub_date, 2))
    return [first, second]


def _reports(results: list[AnalysedArticle]) -> list[Report]:
    return [Report.of(e, r.article) for r in results for e in r.events]


def _labels(reports: list[Report], settings: FusionSettings | None) -> dict[str, str]:
    """event id -> cluster id, fusing just these reports."""
    return {e: c.cluster_id for c in cluster_reports(reports, (), settings) for e in c.members}


def gold_labels(results: dict[str, AnalysedArticle], original_docs: list[str], distractor_docs: list[str],
                settings: FusionSettings | None = None):
    """Gold cluster of every scored event, and the number of copy events left out."""
    gold: dict[str, str] = {}
    gold.update(_labels(_reports([results[d] for d in original_docs]), settings))
    for doc in distractor_docs:
        gold.update({e: f"distractor:{c}" for e, c in _labels(_reports([results[doc]]), settings).items()})
    left_out = 0
    for doc in original_docs:
        originals_by_key: dict[tuple, list[str]] = {}
        for event in results[doc].events:
            originals_by_key.setdefault((event.sentence, event.type, event.trigger), []).append(event.event_id)
        for copy in (f"{doc}#copy1", f"{doc}#copy2"):
            pool = {k: list(v) for k, v in originals_by_key.items()}
            for event in results[copy].events:
                match = pool.get((event.sentence, event.type, event.trigger))
                if match:
                    gold[event.event_id] = gold[match.pop(0)]
                else:
                    left_out += 1
    return gold, left_out


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> dict:
    """Pairwise precision, recall and F1 of a grouping over the events gold knows."""
    events = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(events, 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"events": len(events), "tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}


def duplicate_scores(articles: list[Article], original_docs: list[str]) -> dict:
    """Near-duplicate article pairs found against the expected ones (each original with its copies)."""
    found = find_duplicates([ArticleText(a.doc, a.text, a.pub_date.iso() if a.pub_date else None) for a in articles])
    got = {tuple(sorted((d.doc, d.duplicate_of))) for d in found}
    want = {tuple(sorted(p)) for doc in original_docs
            for p in combinations([doc, f"{doc}#copy1", f"{doc}#copy2"], 2)}
    return {"expected": len(want), "found": len(got), "correct": len(got & want),
            "precision": round(len(got & want) / len(got), 4) if got else 1.0,
            "recall": round(len(got & want) / len(want), 4) if want else 1.0}, found


def run(seed: int, settings: FusionSettings | None = None, use_duplicates: bool = True) -> dict:
    """Build the corpus, code it, fuse it and score the grouping."""
    rng = random.Random(seed)
    edits = yaml.safe_load((DATA / "fusion_edits.yaml").read_text("utf-8"))
    base = originals()
    extra = distractors()
    articles = base + [c for a in base for c in copies(a, rng, edits)] + extra
    pipeline = Pipeline()
    started = time.perf_counter()
    results = {a.doc: pipeline.analyse(a) for a in articles}
    coded = time.perf_counter() - started
    gold, left_out = gold_labels(results, [a.doc for a in base], [a.doc for a in extra], settings)
    dup_scores, duplicates = duplicate_scores(articles, [a.doc for a in base])
    started = time.perf_counter()
    reports = _reports(list(results.values()))
    clusters = cluster_reports(reports, duplicates if use_duplicates else (), settings)
    fused = time.perf_counter() - started
    predicted = {e: c.cluster_id for c in clusters for e in c.members}
    copy_events = [e for r in results.values() if "#copy" in r.article.doc for e in r.events if e.event_id in gold]
    originals_of = {e.event_id for a in base for e in results[a.doc].events}
    original_clusters = {predicted[e] for e in originals_of}
    distractor_events = [e.event_id for a in extra for e in results[a.doc].events]
    return {
        "articles": {"originals": len(base), "copies": 2 * len(base), "distractors": len(extra)},
        "events": len(reports), "scored": len(gold), "copy_events_left_out": left_out,
        "clusters": len(clusters),
        "pairwise": pairwise(predicted, gold),
        "copies_in_original_cluster": round(sum(
            predicted[e.event_id] == _cluster_of_gold(e.event_id, gold, predicted, originals_of)
            for e in copy_events) / max(1, len(copy_events)), 4),
        "distractor_events_merged_into_originals": sum(predicted[e] in original_clusters for e in distractor_events),
        "distractor_events": len(distractor_events),
        "duplicates": dup_scores,
        "seconds": {"coding": round(coded, 2), "fusion": round(fused, 3)},
    }


def _cluster_of_gold(event_id: str, gold: dict[str, str], predicted: dict[str, str], originals: set[str]) -> str:
    """The predicted cluster of the first original event with the same gold cluster."""
    for other in sorted(originals):
        if gold.get(other) == gold[event_id]:
            return predicted[other]
    return ""


def synthetic(n: int, seed: int) -> list[Report]:
    """N synthetic reports for timing (not for scores)."""
    rng = random.Random(seed)
    codes = [f"A{i:02d}" for i in range(40)] + ["USA", "RUS", "UKR", "CHN", "PRK"] * 6
    vocab = [f"w{i}" for i in range(3000)]
    start = PartialDate(2024, 1, 1).as_date()
    reports = []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(730))
        source, target = rng.sample(codes, 2)
        dated = rng.random() < 1 / 3
        alleged = rng.random() < 0.1
        reports.append(Report(
            event_id=f"e{i}", doc=f"d{i // 5}", sentence_index=i % 5,
            sentence=" ".join(rng.choice(vocab) for _ in range(12)), type=rng.choice(EVENT_TYPES),
            source=(source,), target=(target,), status="alleged" if alleged else "asserted",
            date=PartialDate.of(day - timedelta(days=rng.randrange(3))) if dated else None,
            report_date=PartialDate.of(day), reported_by=("USA",) if alleged else ()))
    return reports


def scale(n: int, seed: int) -> dict:
    """Seconds to cluster and thread n synthetic reports."""
    reports = synthetic(n, seed)
    started = time.perf_counter()
    clusters = cluster_reports(reports)
    clustered = time.perf_counter()
    claims = claim_threads(reports)
    done = time.perf_counter()
    return {"reports": n, "clusters": len(clusters), "claims": len(claims),
            "seconds": {"clusters": round(clustered - started, 2), "claims": round(done - clustered, 2)}}


def main() -> int:
    """Print the benchmark's scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13, help="seed of the sentence shuffle")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--evidence-min", type=float, default=FusionSettings.evidence_min,
                        help="FusionSettings.evidence_min for the full run (sensitivity)")
    parser.add_argument("--no-duplicates", action="store_true",
                        help="cluster without the near-duplicate shortcut (event compatibility alone)")
    parser.add_argument("--scale", type=int, default=0, help="time N synthetic reports instead")
    args = parser.parse_args()
    if args.scale:
        print(json.dumps(scale(args.scale, args.seed)))
        return 0
    result = run(args.seed, FusionSettings(evidence_min=args.evidence_min), not args.no_duplicates)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    p = result["pairwise"]
    print(f"articles: {result['articles']}  events: {result['events']}  scored: {result['scored']} "
          f"(copy events without an original counterpart: {result['copy_events_left_out']})")
    print(f"pairwise grouping: P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}  "
          f"(tp {p['tp']}, fp {p['fp']}, fn {p['fn']})")
    print(f"copy events in their original's cluster: {result['copies_in_original_cluster']:.1%}")
    print(f"distractor events merged into an original cluster: {result['distractor_events_merged_into_originals']}"
          f" of {result['distractor_events']}")
    d = result["duplicates"]
    print(f"near-duplicate articles: P {d['precision']:.3f}  R {d['recall']:.3f}  ({d['correct']} of "
          f"{d['expected']} expected pairs, {d['found']} found)")
    print(f"time: coding {result['seconds']['coding']} s, fusion {result['seconds']['fusion']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
