"""Measure the actor recogniser against the gold event files (issue 3's acceptance numbers).

recall      share of gold actors (source/target) whose code is among the codes recognised in
            their sentence; reported with and without implicit actors (text "").
wrong-code  share of recognised mentions in gold sentences whose code no gold event of the
            sentence uses (source, target or reported_by); with and without '---' mentions.

Usage: .venv/bin/python scripts/eval_actors.py [--gold ../shared/gold] [--sets dev dev-zg] [--misses N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from lagebild.actors import ActorBase
from lagebild.model import UNKNOWN_CODE, PartialDate, Sentence


def load_set(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    """Gold lines and docs (by doc id) of one gold set."""
    events = (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [json.loads(line) for line in events if line.strip()]
    docs = {}
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            docs[rec["doc"]] = rec
    return lines, docs


def evaluate(base: ActorBase, lines: list[dict], docs: dict[str, dict]) -> dict:
    """Counts and misses of one set."""
    c: Counter = Counter()
    misses, wrong = [], []
    for line in lines:
        doc = docs.get(line["doc"], {})
        text = line["sentence"]
        on = PartialDate.parse(doc.get("pub_date"))
        lang = doc.get("lang") or "de"
        mentions = base.recognise(Sentence(0, text, 0, len(text)), lang=lang, on=on)
        found = {m.code for m in mentions}
        used = set()
        spans: list[tuple[str, str]] = []
        for event in line["events"]:
            used.update(event.get("reported_by") or [])
            for actor in event["source"] + event["target"]:
                used.add(actor["code"])
                if actor["text"]:
                    spans.append((actor["text"], actor["code"], actor["sector"]))
                explicit = actor["text"] != ""
                hit = actor["code"] in found
                c["all"] += 1
                c["all_hit"] += hit
                c["explicit"] += explicit
                c["explicit_hit"] += hit and explicit
                if actor["code"] != UNKNOWN_CODE and explicit:
                    c["named"] += 1
                    c["named_hit"] += hit
                if explicit and not hit:
                    why = miss_reason(base, actor["text"], lang, on)
                    c[f"miss:{why}"] += 1
                    misses.append((actor["code"], actor["sector"], actor["text"], text, why))
        for m in mentions:
            c["mentions"] += 1
            bad = m.code not in used
            c["wrong"] += bad
            if m.code != UNKNOWN_CODE:
                c["coded"] += 1
                c["coded_wrong"] += bad
            if bad:
                wrong.append((m.code, m.text, m.entry, text))
            # the stricter view: a mention inside a gold actor's words must carry that actor's code
            overlapping = {code for words, code, _ in spans if m.text in words or words in m.text}
            sectors = {sec for words, code, sec in spans if code == m.code and (m.text in words or words in m.text)}
            if sectors:
                c["sector_n"] += 1
                c["sector_ok"] += m.sector in sectors
                if m.sector not in sectors:
                    wrong.append((m.code, m.text, f"SECTOR {m.sector}≠{'/'.join(map(str, sectors))}", text))
            if overlapping and m.code != UNKNOWN_CODE:
                c["on_actor"] += 1
                c["on_actor_wrong"] += m.code not in overlapping
                if m.code not in overlapping:
                    wrong.append((m.code, m.text, "ON-ACTOR " + m.entry, text))
    return {"counts": c, "misses": misses, "wrong": wrong}


def miss_reason(base: ActorBase, words: str, lang: str, on: PartialDate | None) -> str:
    """Why an explicit gold actor was missed, judged by recognising its own words."""
    found = base.recognise(Sentence(0, words, 0, len(words)), lang=lang, on=on)
    if not found:
        return "no-actor-words"  # pronoun, anaphor or common noun: needs context
    if all(m.code == UNKNOWN_CODE for m in found):
        return "role-without-country"  # "die Polizei": the event coder resolves it from context
    return "other-code"  # the words name an actor, but another one


def ratio(a: int, b: int) -> str:
    """'a/b = r' with three decimals."""
    return f"{a}/{b} = {a / b:.3f}" if b else "n/a"


def main() -> None:
    """Print the numbers and the misses."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    parser.add_argument("--sets", nargs="+", default=["dev", "dev-zg"])
    parser.add_argument("--misses", type=int, default=1000)
    parser.add_argument("--wrong", type=int, default=1000)
    args = parser.parse_args()
    base = ActorBase.load()
    total: Counter = Counter()
    for name in args.sets:
        lines, docs = load_set(args.gold / name)
        result = evaluate(base, lines, docs)
        c = result["counts"]
        total.update(c)
        print(f"== {name}")
        report(c)
        for code, sector, text, sentence, why in result["misses"][:args.misses]:
            print(f"  MISS {code:<10} {sector or '-':<4} {why:<20} {text!r:<40} | {sentence[:100]}")
        for code, text, entry, sentence in result["wrong"][:args.wrong]:
            print(f"  WRONG {code:<10} {text!r:<30} {entry:<28} | {sentence[:100]}")
    print("== total")
    report(total)


def report(c: Counter) -> None:
    """The acceptance numbers of a counter."""
    print(f"  recall (all actors)           {ratio(c['all_hit'], c['all'])}")
    print(f"  recall (explicit, text != '') {ratio(c['explicit_hit'], c['explicit'])}")
    print(f"  recall (explicit, code != ---){ratio(c['named_hit'], c['named'])}")
    print(f"  wrong-code (all mentions)     {ratio(c['wrong'], c['mentions'])}")
    print(f"  wrong-code (coded mentions)   {ratio(c['coded_wrong'], c['coded'])}")
    print(f"  wrong-code on gold actor words {ratio(c['on_actor_wrong'], c['on_actor'])}")
    print(f"  sector agrees (same code, on gold actor words) {ratio(c['sector_ok'], c['sector_n'])}")
    reasons = {k[5:]: v for k, v in sorted(c.items()) if k.startswith("miss:")}
    print(f"  explicit misses by reason     {reasons}")
    resolvable = c["explicit"] - c["miss:no-actor-words"] - c["miss:role-without-country"]
    print(f"  recall (explicit, the words name an actor) {ratio(resolvable - c['miss:other-code'], resolvable)}")


if __name__ == "__main__":
    main()
