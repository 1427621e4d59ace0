"""Check the function-word cascade of language detection against lingua on every text we have.

`lagebild.ingest.language.detect_language` decides a sample by its function words when one
language clearly dominates (data/ingest.yaml) and asks lingua otherwise. This script runs both
on the German corpus, the NER and treebank samples, the English training sentences and the gold
documents (texts cut into pieces of `detect_chars` characters, as the detector sees them) and
lists every sample where the cascade answers and lingua disagrees. Exit status 1 if any does.

Usage: .venv/bin/python scripts/check_language_cascade.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lagebild.ingest.config import load_config
from lagebild.ingest.language import _detector, by_function_words

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _pieces(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), size):
        piece = text[start:start + size]
        if len(piece) > size // 4:
            yield piece


def _token_file(path: Path, column: int = 0) -> str:
    """Running text of a one-token-per-line file (CoNLL-style, blank lines between sentences)."""
    words = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                words.append(line.split()[column])
    return " ".join(words)


def samples(shared: Path) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the shared data."""
    data = shared / "data"
    csv.field_size_limit(sys.maxsize)
    corpus = data / "corpus" / "10kGNAD-test.csv"
    if corpus.exists():
        with open(corpus, encoding="utf-8", newline="") as handle:
            for n, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
                if len(row) > 1:
                    yield f"{corpus.name}:{n + 1}", row[1]
    for path in sorted((data / "ner").glob("*.tsv")):
        yield path.name, _token_file(path, 1 if path.name.startswith("germeval") else 0)
    for path in sorted((data / "ud").glob("*.conllu")):
        with open(path, encoding="utf-8") as handle:
            yield path.name, " ".join(line[len("# text = "):].strip() for line in handle
                                      if line.startswith("# text = "))
    for path in sorted((data / "training").glob("cameo_ner_*.txt")):
        yield path.name, _token_file(path)
    for docs in sorted((shared / "gold").glob("*/docs.jsonl")):
        for line in docs.read_text("utf-8").splitlines():
            record = json.loads(line)
            path = shared / record["path"]
            if path.exists():
                yield f"{docs.parent.name}/{record['doc']}", path.read_text("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    size = load_config().detect_chars
    decided, total, wrong = Counter(), 0, []
    for where, text in samples(args.shared):
        for piece in _pieces(text, size):
            total += 1
            quick = by_function_words(piece)
            if quick is None:
                continue
            decided[quick] += 1
            values = _detector().compute_language_confidence_values(piece)
            lingua = values[0].language.iso_code_639_1.name.lower() if values else None
            if lingua != quick:
                wrong.append(f"{where}: cascade {quick}, lingua {lingua}: {piece[:80]!r}")
    print(f"{total} samples; the cascade decided {sum(decided.values())} ({dict(decided)}), "
          f"{len(wrong)} unlike lingua")
    for line in wrong:
        print("  " + line)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
