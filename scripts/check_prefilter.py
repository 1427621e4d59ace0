"""Find inflected trigger verbs that the German prefilter's keys miss.

The coder tags a sentence only when Lexicon.has_candidate finds a key of some trigger in it,
so a participle whose ablaut or particle the keys do not cover ("abgeschoben" for abschieben,
"hervorgerufen" for hervorrufen) silently loses its events. This script tags a corpus with
HanTa and lists every verb token whose lemma is a trigger verb but which contains none of
that verb's keys: fix them with `strong_stems` or `particles` in data/de/triggers.yaml.

Usage: .venv/bin/python scripts/check_prefilter.py [--corpus ../shared/data/corpus/10kGNAD-test.csv]
       [--limit N]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from lagebild.events.lexicon import Lexicon, _KeyMaker, fold
from lagebild.nlp import split_sentences
from lagebild.nlp.tagger import tag_tokens
from lagebild.resources import load_yaml

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "10kGNAD-test.csv"


def missed_forms(texts: list[str]) -> Counter:
    """(trigger verb, word form) -> how often a form of the verb carries none of its keys."""
    lexicon = Lexicon.load("de")
    maker = _KeyMaker(load_yaml("de", "triggers.yaml"), "de/triggers.yaml")
    keys = {t.lemma: maker.keys(t.lemma, "V") for t in lexicon.triggers if t.pos == "V"}
    missed: Counter = Counter()
    for text in texts:
        for sentence in split_sentences(text):
            for token in tag_tokens(sentence.tokens):
                own = keys.get(token.lemma) if token.pos.startswith("VV") else None
                if own is not None and not any(key in fold(token.text) for key in own):
                    missed[(token.lemma, token.text.lower())] += 1
    return missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    missed = missed_forms(texts[: args.limit])
    for (lemma, form), count in missed.most_common():
        print(f"{count:5d}  {lemma:20s} {form}")
    print(f"{sum(missed.values())} verb tokens of {len(missed)} forms missed by the prefilter")


if __name__ == "__main__":
    main()
