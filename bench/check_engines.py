"""Check that the three engines store the same events: one process, worker processes and Ray.

For each gold folder (default: the German and English dev sets in ../shared/gold) its documents
are ingested three times into fresh databases: in-process (`--workers 1`), with two worker
processes, and on a local Ray with two actors (the documents as one JSON Lines shard, as
`lagebild ingest --engine ray` reads them). The sorted contract exports must be identical.
Prints one line per folder and engine; exit status 1 on any difference.

Usage: .venv/bin/python bench/check_engines.py [GOLD_DIR ...] [--no-ray]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from lagebild.config import Settings
from lagebild.evaluate import gold_inputs
from lagebild.ingest import read_paths
from lagebild.pipeline import ingest
from lagebild.store import Store
from lagebild.store.query import fetch_events, to_contract

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def sorted_export(db: Path) -> list[str]:
    """The database's contract export, one JSON line per event, sorted."""
    with Store(db).connect() as con:
        return sorted(json.dumps(to_contract(row), ensure_ascii=False, sort_keys=True) for row in fetch_events(con))


def as_jsonl(paths: list[str], target: Path) -> Path:
    """The documents as one JSON Lines shard (the fields our readers found in them; no title: the
    contract's JSONL title is a sentence of its own before the text, and the text holds it already)."""
    lines = []
    for article in read_paths(paths):
        if isinstance(article, Exception):
            raise SystemExit(f"unreadable gold input: {article}")
        lines.append(json.dumps({"id": article.doc, "text": article.text, "lang": article.lang,
                                 "source": article.source, "url": article.url,
                                 "date": article.pub_date.iso() if article.pub_date else None}, ensure_ascii=False))
    target.write_text("\n".join(lines) + "\n", "utf-8")
    return target


def exports(gold: Path, tmp: Path, with_ray: bool) -> dict[str, list[str]]:
    """Engine name -> sorted export of the folder's documents."""
    paths = gold_inputs(gold)
    found = {}
    for name, workers in (("1 process", 1), ("2 workers", 2)):
        db = tmp / f"{gold.name}-{workers}.duckdb"
        ingest(paths, Settings(db=db, workers=workers, recode=True))
        found[name] = sorted_export(db)
    if with_ray:
        from lagebild.scale import ingest_ray

        db = tmp / f"{gold.name}-ray.duckdb"
        ingest_ray([str(as_jsonl(paths, tmp / f"{gold.name}.jsonl"))], str(tmp / f"{gold.name}-shards"),
                   Settings(db=db), workers=2)
        found["ray, 2 actors"] = sorted_export(db)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path,
                        default=[GOLD / "dev", GOLD / "dev-zg", GOLD / "dev-en"])
    parser.add_argument("--no-ray", action="store_true", help="compare the local engines only")
    args = parser.parse_args()
    with_ray = not args.no_ray
    if with_ray:
        import ray

        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    differ = False
    with tempfile.TemporaryDirectory(prefix="lagebild-engines-") as tmp:
        for gold in args.gold:
            found = exports(gold, Path(tmp), with_ray)
            reference = found["1 process"]
            for name, rows in found.items():
                same = rows == reference
                differ |= not same
                print(f"{gold.name:8s} {name:14s} {len(rows):5d} events  "
                      f"{'identical' if same else 'DIFFERENT'} to 1 process")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
