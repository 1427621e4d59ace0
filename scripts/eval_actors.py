"""Measure the actor recogniser against the gold event files (issue 3's acceptance numbers).

Two views of the same gold lines:

sentence    each gold sentence recognised alone (ActorBase.recognise), every mention counted.
context     each document recognised sentence by sentence and resolved in article context
            (actors.context.resolve_article); only mentions used as actors count, so places
            ("in Doha") and modifiers ("iranischer Bauart") neither hit nor miss.

recall      share of gold actors (source/target) whose code is among the counted mentions of
            their sentence; reported with and without implicit actors (text "").
wrong-code  share of counted mentions in gold sentences whose code no gold event of the
            sentence uses (source, target or reported_by); with and without '---' mentions.
The context view also reports how many place/modifier mentions a gold actor's words hold with
the same code (actors the use marks took out of the count).

Usage: .venv/bin/python scripts/eval_actors.py [--gold ../shared/gold] [--sets dev dev-zg]
       [--misses N] [--wrong N] [--view sentence|context|both]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from lagebild.actors import ActorBase
from lagebild.actors.context import is_context_resolved, resolve_article
from lagebild.evaluate import gold_inputs
from lagebild.ingest import read_paths
from lagebild.model import UNKNOWN_CODE, Article, Mention, PartialDate, Sentence
from lagebild.nlp import split_sentences


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


def sentence_view(base: ActorBase, lines: list[dict], docs: dict[str, dict]) -> list[list[Mention]]:
    """Mentions of each gold line, its sentence recognised alone."""
    out = []
    for line in lines:
        doc = docs.get(line["doc"], {})
        text = line["sentence"]
        on = PartialDate.parse(doc.get("pub_date"))
        out.append(base.recognise(Sentence(0, text, 0, len(text)), lang=doc.get("lang") or "de", on=on))
    return out


def context_view(base: ActorBase, folder: Path, lines: list[dict]) -> list[list[Mention]]:
    """Actor-use mentions of each gold line, its document resolved in context."""
    articles = {a.doc: a for a in read_paths(gold_inputs(folder)) if isinstance(a, Article)}
    resolved = {doc: analyse(base, article) for doc, article in articles.items()}
    out = []
    for line in lines:
        article = articles.get(line["doc"])
        mentions = resolved.get(line["doc"], [])
        start = article.text.find(line["sentence"]) if article else -1
        if start < 0:  # a gold line the document does not hold verbatim: no context to use
            out.append([])
            continue
        end = start + len(line["sentence"])
        out.append([m for m in mentions if start <= m.start and m.end <= end])
    return out


def analyse(base: ActorBase, article: Article) -> list[Mention]:
    """All mentions of an article after context resolution (as the pipeline makes them)."""
    lang = article.lang or "de"
    sentences = split_sentences(article.text)
    per_sentence = [base.recognise(s, lang, article.pub_date) for s in sentences]
    return [m for ms in resolve_article(sentences, per_sentence, lang) for m in ms]


def evaluate(base: ActorBase, lines: list[dict], views: list[list[Mention]], docs: dict[str, dict]) -> dict:
    """Counts, misses and wrong codes of one set in one view."""
    c: Counter = Counter()
    misses, wrong = [], []
    for line, mentions in zip(lines, views, strict=True):
        doc = docs.get(line["doc"], {})
        text = line["sentence"]
        lang, on = doc.get("lang") or "de", PartialDate.parse(doc.get("pub_date"))
        counted = [m for m in mentions if m.use == "actor"]
        found = {m.code for m in counted}
        used, spans = gold_codes(line)
        for event in line["events"]:
            for actor in event["source"] + event["target"]:
                explicit = actor["text"] != ""
                hit = actor["code"] in found
                c["all"] += 1
                c["all_hit"] += hit
                c["explicit"] += explicit
                c["explicit_hit"] += hit and explicit
                if actor["code"] != UNKNOWN_CODE and explicit:
                    c["named"] += 1
                    c["named_hit"] += hit
                if not hit:
                    why = miss_reason(base, actor, mentions, lang, on)
                    c[f"miss:{why}"] += 1
                    misses.append((actor["code"], actor["sector"], actor["text"], text, why))
        for m in mentions:
            on_actor = {code for words, code, _ in spans if m.text in words or words in m.text}
            if m.use != "actor":
                c["set_aside"] += 1
                c["set_aside_on_actor"] += m.code in on_actor
                continue
            count_mention(c, wrong, m, used, spans, on_actor, text)
    return {"counts": c, "misses": misses, "wrong": wrong}


def gold_codes(line: dict) -> tuple[set[str], list[tuple[str, str, str | None]]]:
    """Codes the gold events of a line use, and (words, code, sector) of its explicit actors."""
    used: set[str] = set()
    spans = []
    for event in line["events"]:
        used.update(event.get("reported_by") or [])
        for actor in event["source"] + event["target"]:
            used.add(actor["code"])
            if actor["text"]:
                spans.append((actor["text"], actor["code"], actor["sector"]))
    return used, spans


def count_mention(c: Counter, wrong: list, m: Mention, used: set[str], spans: list, on_actor: set[str],
                  text: str) -> None:
    """Wrong-code, sector and on-actor counts of one counted mention."""
    c["mentions"] += 1
    bad = m.code not in used
    c["wrong"] += bad
    if m.code != UNKNOWN_CODE:
        c["coded"] += 1
        c["coded_wrong"] += bad
        if is_context_resolved(m):
            c["context"] += 1
            c["context_wrong"] += bad
            c[f"by:{m.entry}"] += 1
            c[f"by:{m.entry}:wrong"] += bad
    if bad:
        wrong.append((m.code, m.text, m.entry, text))
    # the stricter view: a mention inside a gold actor's words must carry that actor's code
    sectors = {sec for words, code, sec in spans if code == m.code and (m.text in words or words in m.text)}
    if sectors:
        c["sector_n"] += 1
        c["sector_ok"] += m.sector in sectors
        if m.sector not in sectors:
            wrong.append((m.code, m.text, f"SECTOR {m.sector}≠{'/'.join(map(str, sectors))}", text))
    if on_actor and m.code != UNKNOWN_CODE:
        c["on_actor"] += 1
        c["on_actor_wrong"] += m.code not in on_actor
        if m.code not in on_actor:
            wrong.append((m.code, m.text, "ON-ACTOR " + m.entry, text))


def miss_reason(base: ActorBase, actor: dict, mentions: list[Mention], lang: str, on: PartialDate | None) -> str:
    """Why a gold actor was missed."""
    words = actor["text"]
    if not words:
        return "implicit"  # no words name it: only the events' context can supply it
    if any(m.code == actor["code"] and m.use != "actor" for m in mentions):
        return "marked-" + next(m.use for m in mentions if m.code == actor["code"] and m.use != "actor")
    if any(is_context_resolved(m) and (m.text in words or words in m.text) for m in mentions):
        return "context-other-code"  # resolved from context, but to another actor
    found = base.recognise(Sentence(0, words, 0, len(words)), lang=lang, on=on)
    if not found:
        return "no-actor-words"  # pronoun, anaphor or common noun: needs context
    if all(m.code == UNKNOWN_CODE for m in found):
        return "role-without-country"  # "die Polizei": the context gave no state
    return "other-code"  # the words name an actor, but another one


def ratio(a: int, b: int) -> str:
    """'a/b = r' with three decimals."""
    return f"{a}/{b} = {a / b:.3f}" if b else "n/a"


def main() -> None:
    """Print the numbers and the misses of each set and view."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    parser.add_argument("--sets", nargs="+", default=["dev", "dev-zg"])
    parser.add_argument("--misses", type=int, default=1000)
    parser.add_argument("--wrong", type=int, default=1000)
    parser.add_argument("--view", choices=["sentence", "context", "both"], default="both")
    args = parser.parse_args()
    base = ActorBase.load()
    views = ["sentence", "context"] if args.view == "both" else [args.view]
    totals = {view: Counter() for view in views}
    for name in args.sets:
        folder = args.gold / name
        lines, docs = load_set(folder)
        for view in views:
            mentions = (sentence_view(base, lines, docs) if view == "sentence"
                        else context_view(base, folder, lines))
            result = evaluate(base, lines, mentions, docs)
            totals[view].update(result["counts"])
            print(f"== {name} ({view})")
            report(result["counts"])
            for code, sector, text, sentence, why in result["misses"][:args.misses]:
                print(f"  MISS {code:<10} {sector or '-':<4} {why:<20} {text!r:<40} | {sentence[:100]}")
            for code, text, entry, sentence in result["wrong"][:args.wrong]:
                print(f"  WRONG {code:<10} {text!r:<30} {entry:<28} | {sentence[:100]}")
    for view in views:
        print(f"== total ({view})")
        report(totals[view])


def report(c: Counter) -> None:
    """The acceptance numbers of a counter."""
    print(f"  recall (all actors)           {ratio(c['all_hit'], c['all'])}")
    print(f"  recall (explicit, text != '') {ratio(c['explicit_hit'], c['explicit'])}")
    print(f"  recall (explicit, code != ---){ratio(c['named_hit'], c['named'])}")
    print(f"  wrong-code (all mentions)     {ratio(c['wrong'], c['mentions'])}")
    print(f"  wrong-code (coded mentions)   {ratio(c['coded_wrong'], c['coded'])}")
    if c["context"]:
        print(f"  wrong-code (context-resolved) {ratio(c['context_wrong'], c['context'])}")
    by = sorted(k[3:] for k in c if k.startswith("by:") and not k.endswith(":wrong"))
    if by:
        rules = ", ".join(f"{k} {c['by:' + k + ':wrong']}/{c['by:' + k]}" for k in by)
        print(f"  context-resolved by rule (wrong/all) {rules}")
    if c["set_aside"]:
        print(f"  place/modifier mentions set aside {c['set_aside']}, "
              f"of them on gold actor words {c['set_aside_on_actor']}")
    print(f"  wrong-code on gold actor words {ratio(c['on_actor_wrong'], c['on_actor'])}")
    print(f"  sector agrees (same code, on gold actor words) {ratio(c['sector_ok'], c['sector_n'])}")
    reasons = {k[5:]: v for k, v in sorted(c.items()) if k.startswith("miss:")}
    print(f"  misses by reason              {reasons}")
    # the words alone name an actor: misses that needed context (or got a wrong one) are left out
    resolvable = (c["explicit"] - c["miss:no-actor-words"] - c["miss:role-without-country"]
                  - c["miss:context-other-code"])
    missed = c["miss:other-code"] + sum(v for k, v in c.items() if k.startswith("miss:marked-"))
    print(f"  recall (explicit, the words name an actor) {ratio(resolvable - missed, resolvable)}")


if __name__ == "__main__":
    main()
