"""Ray scaling: the same sharded JSONL input through `--engine ray` with 1 and 2 local workers.

Writes the first --limit articles of the 10kGNAD test corpus as --shards JSON Lines files in a
temporary folder, then for each worker count starts a local Ray with that many CPUs, runs
`lagebild.scale.ray_engine.run_ray` and prints the wall time of the run (Ray start-up
printed apart), articles/s, and the CPU time the actors spent analysing (on a loaded machine
the wall time says little; the CPU share shows how much of their time the workers got).

Usage: .venv/bin/python bench/bench_ray.py [--limit 200] [--shards 4] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bench_pipeline import CORPUS, read_corpus

from lagebild.config import Settings


def write_shards(folder: Path, limit: int, shards: int) -> int:
    """The corpus as `shards` JSON Lines files; returns the number of articles."""
    records = [{"id": a.doc, "text": a.text, "lang": a.lang} for a in read_corpus(CORPUS, limit)]
    for k in range(shards):
        part = records[k::shards]
        (folder / f"part-{k}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                                                "utf-8")
    return len(records)


def main() -> None:
    """Run and print one line per worker count."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--batch-size", type=int, default=25, help="articles per Ray batch (= shard file)")
    args = parser.parse_args()
    try:
        import ray
    except ImportError:
        sys.exit("Ray is not installed: pip install 'lagebild[ray]'")
    from lagebild.scale.ray_engine import run_ray, start_ray

    with tempfile.TemporaryDirectory(prefix="lagebild-ray-") as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        n = write_shards(inputs, args.limit, args.shards)
        for workers in (int(w) for w in args.workers.split(",")):
            start = time.perf_counter()
            start_ray(cpus=workers)
            startup = time.perf_counter() - start
            start = time.perf_counter()
            summary = run_ray([str(inputs)], str(Path(tmp) / f"out-{workers}"), Settings(), workers=workers,
                              batch_size=args.batch_size)
            seconds = time.perf_counter() - start
            ray.shutdown()
            print(f"ray {workers} worker(s): {summary.stored}/{n} articles, {summary.events} events in "
                  f"{seconds:.1f} s = {summary.stored / seconds:.1f} articles/s (Ray start {startup:.1f} s); "
                  f"actors' CPU {summary.cpu_seconds:.1f} s = {summary.stored / summary.cpu_seconds:.1f} "
                  f"articles per CPU-second, {summary.cpu_seconds / seconds / workers:.0%} of the workers' time",
                  flush=True)


if __name__ == "__main__":
    main()
