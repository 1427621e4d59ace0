"""Measure the event-date resolver on the gold sets (reads ../shared; prints counts only).

For every gold event with a date, find its sentence in the document, resolve the article's
time expressions and compare ``sentence_date`` (nearest to the trigger's first words) with
the gold date. Also count gold sentences whose events are all undated but get a date.

    .venv/bin/python scripts/eval_dates.py [--shared ../shared] [--sets dev dev-zg dev-en] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lagebild.events.dates import DateResolver, TimeExpression
from lagebild.ingest.files import read_file
from lagebild.model import Article, PartialDate, Sentence
from lagebild.nlp import split_sentences

ELLIPSIS_RE = re.compile(r"\s*(?:\.\.\.|…)\s*")


@dataclass
class Tally:
    """Counts of one gold set."""

    dated: int = 0
    correct: int = 0
    undated_events: int = 0
    undated_events_dated: int = 0
    null_sentences: int = 0
    null_sentences_dated: int = 0
    missing_sentences: int = 0
    errors: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _find_sentence(text: str, sentences: list[Sentence]) -> int | None:
    wanted = _squash(text)
    for sentence in sentences:
        if _squash(sentence.text) == wanted:
            return sentence.index
    for sentence in sentences:
        have = _squash(sentence.text)
        if wanted in have or (len(have) > 20 and have in wanted):
            return sentence.index
    return None


def _trigger_at(trigger: str, sentence: str, offset: int) -> int | None:
    """Offset (in the sentence) of the trigger's first piece of 4+ characters, or None."""
    pieces = [p for p in ELLIPSIS_RE.split(trigger.strip()) if len(p) >= 4]
    if not pieces:
        return None
    first = pieces[0]
    at = sentence.lower().find(first.lower())
    return at if at >= 0 else None


def _article(shared: Path, record: dict) -> Article | None:
    path = shared / record["path"] if record.get("path") else None
    if path is None or not path.exists():
        return None
    items = [a for a in read_file(path, str(path), 10**7) if isinstance(a, Article)]
    if not items:
        return None
    return replace(items[0], pub_date=PartialDate.parse(record.get("pub_date")), lang=record.get("lang"))


def _show(exprs: list[TimeExpression]) -> str:
    return "; ".join(f"{e.text}={e.value.iso() if e.value else None}/{e.kind}/{e.role}" for e in exprs)


def evaluate(shared: Path, name: str) -> Tally:
    """Compare resolver dates with one gold set's dates."""
    folder = shared / "gold" / name
    docs = {r["doc"]: r for r in map(json.loads, (folder / "docs.jsonl").read_text().splitlines())}
    lines = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    tally = Tally()
    cache: dict[str, tuple[list[Sentence], list[list[TimeExpression]], DateResolver] | None] = {}
    for line in lines:
        doc = line["doc"]
        if doc not in cache:
            article = _article(shared, docs[doc])
            if article is None:
                cache[doc] = None
            else:
                resolver = DateResolver.for_language(article.lang or "de")
                sentences = split_sentences(article.text)
                cache[doc] = (sentences, resolver.resolve_article(article, sentences), resolver)
        loaded = cache[doc]
        index = _find_sentence(line["sentence"], loaded[0]) if loaded else None
        if loaded is None or index is None:
            tally.missing_sentences += 1
            continue
        sentences, resolved, resolver = loaded
        exprs = resolved[index]
        text = sentences[index].text
        pub = docs[doc].get("pub_date")
        if all(e["date"] is None for e in line["events"]):
            tally.null_sentences += 1
            got = resolver.sentence_date(exprs)
            if got is not None:
                tally.null_sentences_dated += 1
                tally.errors.append(f"NULL {doc} pub={pub} got={got.iso()} [{_show(exprs)}] | {text[:160]}")
        for event in line["events"]:
            got = resolver.sentence_date(exprs, _trigger_at(event.get("trigger") or "", text, 0))
            iso = got.iso() if got else None
            if event["date"] is None:
                tally.undated_events += 1
                if iso is not None:
                    tally.undated_events_dated += 1
                    tally.errors.append(f"UNDATED {doc} got={iso} trigger={event.get('trigger')!r} "
                                        f"[{_show(exprs)}] | {text[:160]}")
                continue
            tally.dated += 1
            if iso == event["date"]:
                tally.correct += 1
            else:
                tally.errors.append(f"MISS {doc} pub={pub} gold={event['date']} got={iso} "
                                    f"trigger={event.get('trigger')!r} [{_show(exprs)}] | {text[:160]}")
    return tally


def main() -> None:
    """Print the counts per gold set (and the errors with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--sets", nargs="*", default=["dev", "dev-zg", "dev-en"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        t = evaluate(Path(args.shared), name)
        print(f"{name}: dated events {t.correct}/{t.dated} correct; undated events given a date "
              f"{t.undated_events_dated}/{t.undated_events}; all-null sentences given a date "
              f"{t.null_sentences_dated}/{t.null_sentences}; sentences not found {t.missing_sentences}")
        if args.verbose:
            for error in t.errors:
                print("  " + error)


if __name__ == "__main__":
    main()
