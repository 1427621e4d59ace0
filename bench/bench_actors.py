"""Benchmark actor recognition: milliseconds per sentence (target: under 1 ms per average sentence).

Reads German news from ../shared/data/corpus/10kGNAD-test.csv when present (else a few built-in
sentences), splits it with lagebild.nlp.split_sentences and times ActorBase.recognise.

Usage: .venv/bin/python bench/bench_actors.py [--docs 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from lagebild.actors import ActorBase
from lagebild.model import PartialDate
from lagebild.nlp import split_sentences

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "10kGNAD-test.csv"
FALLBACK = [
    "Der russische Verteidigungsminister Sergej Schoigu besuchte am Mittwoch Pjöngjang.",
    "Ein Sprecher des Außenministeriums in Peking wies die Vorwürfe der USA zurück.",
    "Die EU-Kommission kündigte neue Sanktionen gegen Russland und Belarus an.",
    "Nach Angaben der Nachrichtenagentur KCNA nahm Machthaber Kim Jong Un an der Parade teil.",
]


def texts(limit: int) -> list[str]:
    """Article texts of the benchmark corpus."""
    if not CORPUS.exists():
        return [" ".join(FALLBACK)] * limit
    csv.field_size_limit(sys.maxsize)
    with open(CORPUS, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        return [row[1] for _, row in zip(range(limit), rows, strict=False) if len(row) > 1]


def main() -> None:
    """Time loading and recognition; print ms per sentence."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    ActorBase.load(cache=False)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    base = ActorBase.load()
    warm = time.perf_counter() - start
    sentences = [s for text in texts(args.docs) for s in split_sentences(text)]
    on = PartialDate(2016)
    best = float("inf")
    mentions = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        mentions = sum(len(base.recognise(s, on=on)) for s in sentences)
        best = min(best, time.perf_counter() - start)
    chars = sum(len(s.text) for s in sentences) / max(len(sentences), 1)
    print(f"load: {cold:.2f} s uncached, {warm:.2f} s cached")
    print(f"{len(sentences)} sentences (avg {chars:.0f} chars), {mentions} mentions")
    print(f"recognise: {1000 * best / max(len(sentences), 1):.3f} ms per sentence (best of {args.repeat})")


if __name__ == "__main__":
    main()
