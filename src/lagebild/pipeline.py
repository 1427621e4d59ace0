"""The library API: analyse articles and ingest inputs into the store.

Stages run in this one explicit order: language -> sentences -> actor mentions ->
events -> quotes. `Pipeline.analyse` is pure (no I/O); `ingest` reads inputs, skips content
already stored, analyses (optionally in worker processes) and writes in batches.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice

from .actors import ActorBase
from .actors.context import resolve_article
from .config import Settings
from .errors import ReaderError
from .events.coder import Coder
from .fusion import article_signature, extract_quotes, fuse
from .geo import Geocoder
from .ingest import detect_language, read_paths
from .model import AnalysedArticle, Article, PartialDate
from .nlp import split_sentences
from .store import Store


@dataclass
class Resources:
    """Loaded language data shared by all articles of a run (load once, pass around)."""

    actors: ActorBase
    geocoder: Geocoder
    languages: tuple[str, ...]
    _coders: dict[str, Coder] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: Settings | None = None) -> Resources:
        """Load the actor base and gazetteer; a language's coder is loaded when its first article comes."""
        settings = settings or Settings()
        return cls(ActorBase.load(settings.actor_files), Geocoder.load(), tuple(settings.languages))

    def coder(self, lang: str | None) -> Coder | None:
        """The coder of a configured language, or None."""
        if lang not in self.languages:
            return None
        if lang not in self._coders:
            self._coders[lang] = Coder.load(lang, self.actors)
        return self._coders[lang]


class Pipeline:
    """Turns an Article into an AnalysedArticle."""

    def __init__(self, settings: Settings | None = None, resources: Resources | None = None) -> None:
        self.settings = settings or Settings()
        self.resources = resources or Resources.load(self.settings)

    def analyse(self, article: Article) -> AnalysedArticle:
        """Split, recognise actors and code events of one article."""
        lang = article.lang or detect_language(article.text)
        if lang != article.lang:
            article = replace(article, lang=lang)
        sentences = split_sentences(article.text)
        # signed here, where articles are analysed in parallel, so fusion only bands stored signatures
        result = AnalysedArticle(article, sentences, signature=article_signature(article.text))
        coder = self.resources.coder(lang)
        if coder is None:
            result.skipped = f"language {lang or 'unknown'} is not coded"
            return result
        per_sentence = [self.resources.actors.recognise(s, lang, article.pub_date) for s in sentences]
        # stored mentions are resolved in article context (use marks, roles, references); the coder
        # codes the sentence-level ones and resolves them with its clause analysis (coding these lowered
        # its dev scores, see docs/actors.md), reading the context only for what it lacks (near places,
        # English roles), so no article is resolved twice
        context = resolve_article(sentences, per_sentence, lang)
        result.mentions = [m for ms in context for m in ms]
        result.events = coder.code(article, sentences, per_sentence, context)
        self.resources.geocoder.locate_events(article, sentences, per_sentence, result.events, lang)
        speakers = [m for m in result.mentions if m.use == "actor"]  # a place never speaks
        result.quotes = extract_quotes(article, sentences, speakers, lang)
        return result

    def analyse_text(self, text: str, *, doc: str = "text", lang: str | None = None,
                     pub_date: str | None = None) -> AnalysedArticle:
        """Analyse a plain string (convenience for scripts and tests)."""
        return self.analyse(Article(doc=doc, text=text, lang=lang, pub_date=PartialDate.parse(pub_date)))


@dataclass
class IngestSummary:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: int = 0
    events: int = 0
    failed: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One summary line for the end of a run."""
        return (f"{self.read} articles read, {self.stored} stored, {self.unchanged} already stored, "
                f"{self.skipped} not coded (language), {self.events} events, {len(self.failed)} failed")


def ingest(paths: Sequence[str], settings: Settings | None = None, *,
           on_error: Callable[[str], None] = lambda _msg: None,
           on_article: Callable[[AnalysedArticle], None] = lambda _r: None,
           stdin=None) -> IngestSummary:
    """Read, analyse and store inputs; bad inputs are reported through on_error and skipped."""
    settings = settings or Settings()
    return ingest_articles(read_paths(paths, stdin=stdin, max_bytes=settings.max_bytes), settings,
                           on_error=on_error, on_article=on_article)


def ingest_articles(items: Iterable[Article | ReaderError], settings: Settings | None = None, *,
                    on_error: Callable[[str], None] = lambda _msg: None,
                    on_article: Callable[[AnalysedArticle], None] = lambda _r: None) -> IngestSummary:
    """Analyse and store a stream of articles (reader errors are reported and counted)."""
    settings = settings or Settings()
    store = Store(settings.db)
    store.init()
    summary = IngestSummary()
    articles = _new_articles(items, store, settings, summary, on_error)
    batch: list[AnalysedArticle] = []
    for result in analyse_all(articles, settings, on_error=on_error, summary=summary):
        batch.append(result)
        summary.events += len(result.events)
        summary.skipped += result.skipped is not None
        on_article(result)
        if len(batch) >= settings.batch_size:
            store.save(batch)
            summary.stored += len(batch)
            batch = []
    store.save(batch)
    summary.stored += len(batch)
    fuse(store)  # clusters and claims over everything stored, so exports carry cluster ids
    return summary


def _new_articles(items: Iterable[Article | ReaderError], store: Store, settings: Settings,
                  summary: IngestSummary, on_error: Callable[[str], None]) -> Iterator[Article]:
    """Articles whose content is not stored yet (unless recoding); reader errors reported."""
    seen: dict[str, str] = {}
    for item in _chunked(items, 256):
        articles = []
        for entry in item:
            if isinstance(entry, ReaderError):
                summary.failed.append(str(entry))
                on_error(str(entry))
            else:
                summary.read += 1
                articles.append(entry)
        known = {} if settings.recode else store.known_hashes([a.content_hash for a in articles])
        for article in articles:
            digest = article.content_hash
            owner = known.get(digest) or seen.get(digest)
            if owner is not None and (owner == article.doc or not settings.recode):
                summary.unchanged += 1
                continue
            seen[digest] = article.doc
            yield article


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER: Pipeline | None = None


def init_worker(settings: Settings) -> None:
    """Load this process's Pipeline (once per worker process or Ray actor; kept while the data is the same)."""
    global _WORKER
    if _WORKER is None or _data_key(_WORKER.settings) != _data_key(settings):
        _WORKER = Pipeline(settings)


def _data_key(settings: Settings) -> tuple:
    """What decides what a Pipeline loads: the actor files (given and in the config folder), the languages."""
    from .actors.base import user_files

    return tuple(str(p) for p in user_files(settings.actor_files)), settings.languages


def _preload(settings: Settings, languages: Iterable[str] | None = None) -> None:
    """Load the pipeline, the coders of these languages (default: all configured) and the tagger here,
    before forking: the workers inherit them (copy-on-write) instead of each loading its own."""
    from .nlp.tagger import load_tagger

    init_worker(settings)
    wanted = [lang for lang in (settings.languages if languages is None else languages)
              if lang in settings.languages]
    for lang in wanted:
        _WORKER.resources.coder(lang)
    if "de" in wanted:
        load_tagger()


def _languages_ahead(articles: Iterable[Article], n: int) -> tuple[set[str], Iterator[Article]]:
    """The languages of the next n articles, and all articles again: the coders to preload (a coder the
    first articles do not need is loaded by a worker when its first article comes)."""
    articles = iter(articles)
    first = list(islice(articles, n))
    languages = {a.lang or detect_language(a.text) for a in first}
    return {lang for lang in languages if lang}, chain(first, articles)


def analyse_guarded(article: Article) -> AnalysedArticle | str:
    """Analyse with this process's Pipeline; a failure comes back as an error message."""
    try:
        return _WORKER.analyse(article)
    except Exception as exc:  # one bad document must not stop the run
        return f"{article.doc}: analysis failed: {type(exc).__name__}: {exc}"


def _analyse_chunk(articles: list[Article]) -> list[AnalysedArticle | str]:
    return [_without_tokens(analyse_guarded(a)) for a in articles]


def _without_tokens(result: AnalysedArticle | str) -> AnalysedArticle | str:
    """The result to send back from a worker: sentence tokens are most of the pickled bytes and
    the store keeps none (tokenize(s.text, s.start) gives them again)."""
    if not isinstance(result, str):
        for sentence in result.sentences:
            sentence.forget_tokens()
    return result


# articles per task sent to a worker, and tasks in flight per worker: enough to keep every
# worker busy while the parent writes, few enough that memory does not grow with the input
CHUNK_SIZE = 8
TASKS_PER_WORKER = 4


def analyse_all(articles: Iterable[Article], settings: Settings, *,
                on_error: Callable[[str], None] = lambda _msg: None,
                summary: IngestSummary | None = None) -> Iterator[AnalysedArticle]:
    """Analyse articles in order, in-process or in `settings.workers` processes (whose results come
    without sentence tokens)."""
    if settings.workers <= 1:
        init_worker(settings)
        with frozen_heap():
            yield from _report_failures(map(analyse_guarded, articles), on_error, summary)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    window = settings.workers * TASKS_PER_WORKER
    if ctx.get_start_method() == "fork":
        languages, articles = _languages_ahead(articles, window * CHUNK_SIZE)
        _preload(settings, languages)
    with frozen_heap(), ctx.Pool(settings.workers, initializer=init_worker, initargs=(settings,)) as pool:
        yield from _report_failures(_bounded_map(pool, articles, window), on_error, summary)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Hide everything loaded so far (actor tables, lexicons, the tagger's model: over 150,000 tracked
    containers) from the garbage collector while articles are analysed. Otherwise every full collection walks them
    all again, and in forked workers it also writes to their pages, which copies them. (Python's gc
    docs advise gc.freeze() before fork for the same reason.) Young objects are collected less often:
    analysis makes millions of short-lived ones, and nearly all are freed by reference counting."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_OBJECTS_PER_COLLECTION), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()  # collectable again at exit (the store's connection closes cleanly)


# allocations between two collections of the youngest generation while analysing (Python's default: 700)
YOUNG_OBJECTS_PER_COLLECTION = 10_000


def _bounded_map(pool, articles: Iterable[Article], window: int) -> Iterator[AnalysedArticle | str]:
    """Results in input order with at most `window` chunks in flight (Pool.imap would read all input
    ahead of the workers, so memory would grow with the corpus)."""
    pending: deque = deque()
    for chunk in _chunked(articles, CHUNK_SIZE):
        pending.append(pool.apply_async(_analyse_chunk, (chunk,)))
        if len(pending) >= window:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _report_failures(results: Iterable[AnalysedArticle | str], on_error: Callable[[str], None],
                     summary: IngestSummary | None) -> Iterator[AnalysedArticle]:
    for result in results:
        if isinstance(result, str):
            on_error(result)
            if summary is not None:
                summary.failed.append(result)
        else:
            yield result
