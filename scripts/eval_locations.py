"""List event locations on a gold set for checking by hand (reads ../shared; never copies it).

Runs the real pipeline (events, actors) and the geocoder on each document and prints, per
event, the sentence, type, trigger and the location chosen. With ``--gold`` (or when the
pipeline cannot be loaded) the events are the gold events instead: one Event per gold
event with the gold sentence, trigger and actors, actor mentions built from the gold
actor words. ``--sample N`` prints every k-th event so that N events are spread over the set.

    .venv/bin/python scripts/eval_locations.py [--shared ../shared] [--set dev-zg] [--gold] [--sample 50]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lagebild.geo import Geocoder
from lagebild.ingest.files import read_file
from lagebild.model import ActorRef, Article, Event, Mention, Sentence
from lagebild.nlp import split_sentences


def _squash(text: str) -> str:
    return " ".join(text.split())


def _find(sentence: str, sentences: list[Sentence]) -> Sentence | None:
    wanted = _squash(sentence)
    return next((s for s in sentences if _squash(s.text) == wanted), None) or next(
        (s for s in sentences if wanted in _squash(s.text) or (len(s.text) > 20 and _squash(s.text) in wanted)),
        None)


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _article(shared: Path, doc: dict) -> Article | None:
    path = shared / doc["path"]
    for item in read_file(path, doc["doc"], 10_000_000):
        if isinstance(item, Article):
            return item
    return None


def _gold_events(article: Article, sentences: list[Sentence], lines: list[dict]):
    """Events and mentions from the gold lines of one document."""
    mentions: list[list[Mention]] = [[] for _ in sentences]
    events: list[Event] = []
    for line in lines:
        sentence = _find(line["sentence"], sentences)
        if sentence is None:
            continue
        for gold in line["events"]:
            actors = gold["source"] + gold["target"]
            for actor in actors:  # names only: gold actor words like "ein Wohngebäude in Beirut" are no mention
                short = actor["text"] and len(actor["text"].split()) <= 2
                at = sentence.text.find(actor["text"]) if short else -1
                if at >= 0:
                    start = sentence.start + at
                    mentions[sentence.index].append(Mention(sentence.index, start, start + len(actor["text"]),
                                                            actor["text"], actor["code"]))
            start, end = _trigger_span(gold.get("trigger") or "", sentence)
            events.append(Event(doc=article.doc, sentence_index=sentence.index, sentence=sentence.text,
                                type=gold["type"], trigger=gold.get("trigger") or "",
                                trigger_start=start, trigger_end=end,
                                source=[_actor(a, sentence) for a in gold["source"]],
                                target=[_actor(a, sentence) for a in gold["target"]]))
    return mentions, events


def _actor(gold: dict, sentence: Sentence) -> ActorRef:
    """A gold actor with its offsets where its words are found in the sentence."""
    at = sentence.text.find(gold["text"]) if gold["text"] else -1
    start = sentence.start + at if at >= 0 else None
    return ActorRef(gold["code"], gold["text"], start=start, end=start + len(gold["text"]) if at >= 0 else None)


def _trigger_span(trigger: str, sentence: Sentence) -> tuple[int | None, int | None]:
    """From the trigger's first word to its last word found after it (gold triggers elide with '...')."""
    words = [w for w in trigger.replace("...", " ").split() if w.strip('"»«')]
    at = sentence.text.find(words[0]) if words else -1
    if at < 0:
        return None, None
    last = sentence.text.find(words[-1], at)
    end = last + len(words[-1]) if last >= 0 else at + len(words[0])
    return sentence.start + at, sentence.start + end


def _pipeline(langs: tuple[str, ...]):
    try:
        from lagebild.config import Settings
        from lagebild.pipeline import Pipeline

        return Pipeline(Settings(languages=langs))
    except Exception as exc:  # the pipeline may be mid-change; gold events still work
        print(f"# pipeline unavailable ({type(exc).__name__}: {exc}); using gold events", file=sys.stderr)
        return None


def main() -> int:
    """Print one block per event: doc, type, trigger, sentence, location."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--set", default="dev-zg")
    parser.add_argument("--gold", action="store_true", help="code the gold events instead of running the pipeline")
    parser.add_argument("--sample", type=int, default=0, help="print about this many events, evenly spread")
    args = parser.parse_args()
    folder = Path(args.shared) / "gold" / args.set
    if not folder.exists():
        print(f"no gold set at {folder}", file=sys.stderr)
        return 1
    geocoder = Geocoder.load()
    docs = _read_jsonl(folder / "docs.jsonl")
    pipeline = None if args.gold else _pipeline(tuple(sorted({d.get("lang") or "de" for d in docs})))
    gold_lines: dict[str, list[dict]] = {}
    for item in _read_jsonl(folder / "events.jsonl"):
        gold_lines.setdefault(item["doc"], []).append(item)
    rows = []
    for doc in docs:
        article = _article(Path(args.shared), doc)
        if article is None:
            continue
        if pipeline is not None:
            result = pipeline.analyse(article)
            sentences, events = result.sentences, result.events
            mentions = [[m for m in result.mentions if m.sentence == s.index] for s in sentences]
        else:
            sentences = split_sentences(article.text)
            mentions, events = _gold_events(article, sentences, gold_lines.get(doc["doc"], []))
        geocoder.locate_events(article, sentences, mentions, events, article.lang or doc.get("lang") or "de")
        rows += [(doc["doc"], e, article.text) for e in events]
    step = max(1, len(rows) // args.sample) if args.sample else 1
    located = sum(1 for _, e, _ in rows if e.location)
    for number, (doc, event, text) in enumerate(rows[::step][: args.sample or None], 1):
        loc = event.location
        where = (f"{loc.name} [{loc.country}, {loc.precision}, {loc.lat}, {loc.lon}, gn={loc.geonames_id}] "
                 f"from '{text[loc.start:loc.end]}'") if loc else "-"
        print(f"{number:3d} {doc} {event.type} | trigger: {event.trigger}\n    {event.sentence}\n    -> {where}")
    print(f"# {len(rows)} events, {located} with a location", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
