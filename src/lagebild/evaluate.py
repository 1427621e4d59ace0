"""`lagebild eval`: code a gold folder's documents and score them like tools/score_events.py.

The scoring rules are re-implemented here (a test checks they agree with the shared
scorer): events are placed on the best-matching gold sentence, then matched one to one
per sentence at three levels: type; type + actors (dyad); dyad + status + date.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .config import Settings
from .export import write_jsonl
from .store import Store
from .store.query import fetch_events, to_contract

UNKNOWN = "---"
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
WORD_RE = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def _similarity(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 3.0
    if min(len(a), len(b)) >= 20 and (a in b or b in a):
        return 2.0
    ta, tb = set(WORD_RE.findall(a)), set(WORD_RE.findall(b))
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def _codes(actors) -> set[str]:
    out = set()
    for actor in actors or []:
        code = actor.get("code") if isinstance(actor, dict) else actor
        if code and code != UNKNOWN:
            out.add(str(code).upper())
    return out


def _overlap(pred: set, gold: set) -> bool:
    return bool(pred & gold) or (not pred and not gold)


def actors_agree(p: dict, g: dict) -> bool:
    """Dyad agreement: overlapping codes, allowing reciprocal/directed splits as the scorer does."""
    ps, pt, gs, gt = _codes(p.get("source")), _codes(p.get("target")), _codes(g.get("source")), _codes(
        g.get("target"))
    if _overlap(ps, gs) and _overlap(pt, gt):
        return True
    if not gt and len(gs) >= 2 and (ps | pt) == gs:
        return True
    return (g.get("type") in RECIPROCAL_TYPES and not pt and len(ps) >= 2
            and bool(gs) and bool(gt) and (gs | gt) <= ps)


def _date_agrees(p: dict, g: dict) -> bool:
    gold = g.get("date")
    return not gold or str(p.get("date") or "").startswith(str(gold))


LEVELS: dict[str, Callable[[dict, dict], bool]] = {
    "type": lambda p, g: p.get("type") == g.get("type"),
    "dyad": lambda p, g: p.get("type") == g.get("type") and actors_agree(p, g),
    "full": lambda p, g: (p.get("type") == g.get("type") and actors_agree(p, g)
                          and p.get("status") == g.get("status") and _date_agrees(p, g)),
}


def _max_matching(preds: list, golds: list, ok) -> list[tuple[int, int]]:
    edges = {i: [j for j, g in enumerate(golds) if ok(p, g)] for i, p in enumerate(preds)}
    owner: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in edges:
        augment(i, set())
    return [(i, j) for j, i in owner.items()]


def _load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(gold_dir: str | Path, predictions: list[dict]) -> dict:
    """Precision/recall/F1 per level and per type (dyad level), as the shared scorer computes them."""
    gold_dir = Path(gold_dir)
    docs = {d["doc"] for d in _load_jsonl(gold_dir / "docs.jsonl")}
    gold_by_doc: dict[str, list] = defaultdict(list)
    for line in _load_jsonl(gold_dir / "events.jsonl"):
        gold_by_doc[line["doc"]].append((line["sentence"], line["events"]))
    preds_by_doc: dict[str, list] = defaultdict(list)
    for event in predictions:
        if event.get("doc") in docs:
            preds_by_doc[event["doc"]].append(event)
    counts = {level: {"tp": 0, "pred": 0, "gold": 0} for level in LEVELS}
    per_type: dict = defaultdict(lambda: {"tp": 0, "pred": 0, "gold": 0})
    status = {"pairs": 0, "right": 0}
    dates = {"pairs": 0, "right": 0}
    unplaced = 0
    for doc in docs:
        sentences = gold_by_doc.get(doc, [])
        groups: list[list] = [[] for _ in sentences]
        for event in preds_by_doc.get(doc, []):
            scores = [_similarity(event.get("sentence", ""), s) for s, _ in sentences]
            best = max(range(len(scores)), key=scores.__getitem__, default=None)
            if best is not None and scores[best] >= 0.6:
                groups[best].append(event)
                continue
            unplaced += 1
            for level in LEVELS:
                counts[level]["pred"] += 1
            per_type[event.get("type")]["pred"] += 1
        for (_, golds), preds in zip(sentences, groups, strict=True):
            for level, ok in LEVELS.items():
                pairs = _max_matching(preds, golds, ok)
                counts[level]["tp"] += len(pairs)
                counts[level]["pred"] += len(preds)
                counts[level]["gold"] += len(golds)
                if level == "type":
                    for pi, gi in pairs:
                        status["pairs"] += 1
                        status["right"] += preds[pi].get("status") == golds[gi].get("status")
                if level == "dyad":
                    for pi, gi in pairs:
                        per_type[golds[gi]["type"]]["tp"] += 1
                        if golds[gi].get("date"):
                            dates["pairs"] += 1
                            dates["right"] += _date_agrees(preds[pi], golds[gi])
            for p in preds:
                per_type[p.get("type")]["pred"] += 1
            for g in golds:
                per_type[g["type"]]["gold"] += 1
    return {"documents": len(docs), "levels": {k: _prf(c) for k, c in counts.items()},
            "per_type_dyad": {str(t): _prf(c) for t, c in sorted(per_type.items(), key=lambda kv: str(kv[0]))},
            "status_accuracy": round(status["right"] / status["pairs"], 4) if status["pairs"] else None,
            "date_accuracy": round(dates["right"] / dates["pairs"], 4) if dates["pairs"] else None,
            "events_outside_gold_sentences": unplaced}


def _prf(c: dict) -> dict:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **c}


def gold_inputs(gold_dir: str | Path) -> list[str]:
    """Input paths of a gold folder: its document files, or its input.jsonl."""
    gold_dir = Path(gold_dir)
    shared = gold_dir.resolve().parent.parent
    paths = []
    for doc in _load_jsonl(gold_dir / "docs.jsonl"):
        if doc.get("path"):
            paths.append(str(shared / doc["path"]))
    if (gold_dir / "input.jsonl").exists():
        paths.append(str(gold_dir / "input.jsonl"))
    return paths


def evaluate(gold_dir: str | Path, settings: Settings | None = None, *, keep: str | Path | None = None,
             on_error: Callable[[str], None] = lambda _m: None) -> dict:
    """Ingest a gold folder's documents into a temporary database, export and score."""
    from .pipeline import ingest  # the scoring functions above need no pipeline

    settings = settings or Settings()
    with tempfile.TemporaryDirectory() as tmp:
        run = replace(settings, db=Path(tmp) / "eval.duckdb", recode=True)
        ingest(gold_inputs(gold_dir), run, on_error=on_error)
        with Store(run.db).connect() as con:
            rows = fetch_events(con)
    if keep:
        with open(keep, "w", encoding="utf-8") as out:
            write_jsonl(rows, out)
    return score(gold_dir, [to_contract(r) for r in rows])
