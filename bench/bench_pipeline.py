"""Benchmark the whole pipeline on the 10kGNAD test corpus: read -> split -> actors -> tag/code -> store.

Three passes, each into a fresh DuckDB file:

* floor: read (CSV -> Article, language detection) + sentence splitting/tokenising only;
* stages: one process calling the stage functions directly with timers (the per-stage split);
* e2e: the library's ingest path (`lagebild.pipeline.ingest_articles`) with --workers processes.

Prints articles/s, sentences/s, peak memory (the largest process RSS, and the PSS summed over
the process tree, which counts pages shared by forked workers once) and, for e2e, the memory
at each tenth of the run (flat = streaming). --repeat R feeds the corpus R times (distinct doc
ids, so every copy is coded and stored).

Usage: .venv/bin/python bench/bench_pipeline.py [--limit N] [--repeat R] [--workers N]
       [--passes floor,stages,e2e] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from lagebild.config import Settings
from lagebild.ingest.jsonl import article_from_record
from lagebild.model import Article
from lagebild.nlp import split_sentences
from lagebild.nlp.tagger import clear_cache
from lagebild.pipeline import Resources, ingest_articles
from lagebild.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "10kGNAD-test.csv"
MIB = 1024 * 1024


def read_corpus(path: Path, limit: int | None = None, repeat: int = 1) -> Iterator[Article]:
    """Articles of a `label;'text'` CSV (quotechar '), `repeat` times with distinct doc ids."""
    csv.field_size_limit(sys.maxsize)
    for copy in range(repeat):
        with open(path, encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle, delimiter=";", quotechar="'")
            for number, row in enumerate(rows):
                if limit is not None and number >= limit:
                    break
                if len(row) < 2 or not row[1].strip():
                    continue
                doc = f"gnad-{number:04d}" + (f"-r{copy}" if copy else "")
                yield article_from_record({"id": doc, "text": row[1]}, str(path), number + 1, str(path))


class MemoryWatch:
    """Samples the RSS/PSS of this process and its children every `interval` seconds (a sample reads each
    process's smaps, about 10 ms of the parent's CPU for three processes: every 0.2 s that was 5% of a core
    taken from the run it measures)."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen CPU seconds (children vanish at the end)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemoryWatch:
        times = psutil.Process().cpu_times()
        self._cpu0 = times.user + times.system
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def sample(self) -> tuple[int, int]:
        """(largest RSS, summed PSS) now, updating the peaks."""
        me = psutil.Process()
        rss, pss = 0, 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                info = proc.memory_full_info()
                times = proc.cpu_times()
                self.cpu[proc.pid] = times.user + times.system
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            rss = max(rss, info.rss)
            pss += getattr(info, "pss", info.rss)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        return rss, pss

    def cpu_seconds(self) -> float:
        """CPU seconds used by this process and its children while watched."""
        return sum(self.cpu.values()) - self._cpu0

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()


@dataclass
class Stages:
    """Seconds per stage and counts of the stages pass."""

    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(
        ("read", "split", "actors", "context", "tag", "code", "quotes", "store"), 0.0))
    articles: int = 0
    sentences: int = 0
    tagged: int = 0


def floor_pass(articles: Iterator[Article]) -> tuple[int, int, float]:
    """Read and split only: the floor no full run can beat."""
    start = time.process_time()
    n_articles = n_sentences = 0
    for article in articles:
        n_articles += 1
        n_sentences += len(split_sentences(article.text))
    return n_articles, n_sentences, time.process_time() - start


def stages_pass(articles: Iterator[Article], db: Path) -> Stages:
    """One process calling the stages of Pipeline.analyse directly, timed in CPU seconds (tagging timed
    inside the coder; store = batched Store.save)."""
    import lagebild.events.german as german
    from lagebild.actors.context import resolve_article
    from lagebild.fusion import extract_quotes
    from lagebild.model import AnalysedArticle

    settings = Settings(db=db, workers=1)
    resources = Resources.load(settings)
    store = Store(db)
    store.init()
    stats = Stages()
    real_tag = german.tag_tokens

    def timed_tag(tokens):
        t0 = time.process_time()
        try:
            return real_tag(tokens)
        finally:
            stats.seconds["tag"] += time.process_time() - t0
            stats.tagged += 1

    german.tag_tokens = timed_tag
    batch: list[AnalysedArticle] = []
    clock = time.process_time()
    try:
        for article in articles:
            stats.seconds["read"] += (now := time.process_time()) - clock
            sentences = split_sentences(article.text)
            stats.seconds["split"] += (clock := time.process_time()) - now
            mentions = [resources.actors.recognise(s, article.lang, article.pub_date) for s in sentences]
            stats.seconds["actors"] += (now := time.process_time()) - clock
            context = resolve_article(sentences, mentions, article.lang)
            stats.seconds["context"] += (clock := time.process_time()) - now
            result = AnalysedArticle(article, sentences, [m for ms in context for m in ms])
            coder = resources.coder(article.lang)
            if coder is not None:
                result.events = coder.code(article, sentences, mentions, context)
            stats.seconds["code"] += (now := time.process_time()) - clock
            clock = now
            if coder is not None:
                speakers = [m for m in result.mentions if m.use == "actor"]  # as Pipeline.analyse
                result.quotes = extract_quotes(article, sentences, speakers, article.lang)
            stats.seconds["quotes"] += (now := time.process_time()) - clock
            clock = now
            batch.append(result)
            if len(batch) >= settings.batch_size:
                store.save(batch)
                batch = []
            stats.seconds["store"] += (now := time.process_time()) - clock
            stats.articles += 1
            stats.sentences += len(sentences)
            clock = time.process_time()
        store.save(batch)
        stats.seconds["store"] += time.process_time() - clock
    finally:
        german.tag_tokens = real_tag
    stats.seconds["code"] -= stats.seconds["tag"]
    return stats


def e2e_pass(articles: Iterator[Article], db: Path, workers: int, watch: MemoryWatch,
             total: int) -> tuple[int, int, float, list[str]]:
    """The library ingest path; memory sampled at each tenth of the expected articles."""
    settings = Settings(db=db, workers=workers, recode=True)
    counts = {"articles": 0, "sentences": 0}
    curve: list[str] = []
    step = max(total // 10, 1)
    start = time.perf_counter()

    def on_article(result) -> None:
        counts["articles"] += 1
        counts["sentences"] += len(result.sentences)
        if counts["articles"] % step == 0:
            rss, pss = watch.sample()
            curve.append(f"{counts['articles']}:{pss // MIB}")
            print(f"  ... {counts['articles']} articles, {time.perf_counter() - start:.0f} s, "
                  f"PSS {pss // MIB} MiB, largest RSS {rss // MIB} MiB", flush=True)

    summary = ingest_articles(articles, settings, on_article=on_article,
                              on_error=lambda m: print(f"error: {m}", file=sys.stderr))
    seconds = time.perf_counter() - start
    if summary.failed:
        print(f"{len(summary.failed)} failures", file=sys.stderr)
    return counts["articles"], counts["sentences"], seconds, curve


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f}/s" if seconds else "-"


def main() -> None:
    """Run the chosen passes and print one block per pass."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the corpus")
    parser.add_argument("--repeat", type=int, default=1, help="feed the corpus R times")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--passes", default="floor,stages,e2e")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (see ../shared/data/SOURCES.md)")
    passes = args.passes.split(",")
    print(f"corpus {args.corpus.name} limit={args.limit} repeat={args.repeat} workers={args.workers} "
          f"cpus={len(os.sched_getaffinity(0))}")
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as tmp:
        if "floor" in passes:
            n, s, sec = floor_pass(read_corpus(args.corpus, args.limit, args.repeat))
            print(f"floor  (read+split, CPU s)  {n} articles {_rate(n, sec)}  {s} sentences {_rate(s, sec)}  "
                  f"{sec:.1f} s")
        if "stages" in passes:
            clear_cache()
            with MemoryWatch() as watch:
                st = stages_pass(read_corpus(args.corpus, args.limit, args.repeat), Path(tmp) / "stages.duckdb")
            total = sum(st.seconds.values())
            split = "  ".join(f"{k} {v:.1f}s ({100 * v / total:.0f}%)" for k, v in st.seconds.items())
            print(f"stages (1 process, CPU s)  {st.articles} articles {_rate(st.articles, total)}  {st.sentences} "
                  f"sentences {_rate(st.sentences, total)}  {total:.1f} s  tagged {st.tagged} sentences  "
                  f"peak RSS {watch.peak_rss // MIB} MiB")
            print(f"  split: {split}")
        if "e2e" in passes:
            clear_cache()  # forked workers would inherit the stages pass's warm word memos
            expected = sum(1 for _ in read_corpus(args.corpus, args.limit, 1)) * args.repeat
            with MemoryWatch() as watch:
                n, s, sec, curve = e2e_pass(read_corpus(args.corpus, args.limit, args.repeat),
                                            Path(tmp) / "e2e.duckdb", args.workers, watch, expected)
            print(f"e2e    ({args.workers} workers)   {n} articles {_rate(n, sec)}  {s} sentences {_rate(s, sec)}  "
                  f"{sec:.1f} s  peak RSS {watch.peak_rss // MIB} MiB (largest process), "
                  f"{watch.peak_pss // MIB} MiB PSS (all processes); CPU {watch.cpu_seconds():.1f} s = "
                  f"{n / max(watch.cpu_seconds(), 1e-9):.1f} articles per CPU-second; load average "
                  f"{os.getloadavg()[0]:.1f}")
            print(f"  PSS MiB by articles done: {' '.join(curve)}")


if __name__ == "__main__":
    main()
