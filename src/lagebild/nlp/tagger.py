"""German POS tags and lemmas from HanTa, loaded once per process and used only where it pays.

HanTa tags whole sentences (its HMM uses context), at about 2,700 tokens/s; the event
coder calls it only for sentences that passed the cheap trigger prefilter. Most of that
time goes to two context-free steps per word (the morphological forward pass that gives a
word's tag probabilities, and the Viterbi pass that gives the lemma for the chosen tag);
both are pure functions of their arguments, so they are memoised per process. Both steps and
the sentence HMM run our faster searches over HanTa's model (morph.py, compiled in _lattice.pyx
where it is built): the tags and lemmas stay exactly HanTa's, only work that cannot change them goes.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ..model import Token
from ..resources import cache_dir, read_cache, write_cache
from .morph import accelerate


class Tagged(NamedTuple):
    """A token with its lemma and STTS tag (HanTa's simplified form, e.g. VV(FIN) -> VVFIN); a named
    tuple: every tagged word makes one, and a tuple is built faster than a frozen dataclass."""

    text: str
    lemma: str
    pos: str
    start: int
    end: int


# entries per memo; bounded so that memory stays flat on an endless stream (~60 MB each when full)
WORD_CACHE_SIZE = 200_000


MODEL_FILE = "morphmodel_ger.pgz"


@cache
def _hanta():
    from HanTa import HanoverTagger as ht

    tagger = _cached_tagger(ht) or ht.HanoverTagger(MODEL_FILE)
    accelerate(tagger)
    _memoise(tagger)
    return tagger


def _cached_tagger(ht) -> object | None:
    """HanTa's tagger as its constructor left it, from the cache folder: unpickling its state is
    several times faster than reading the gzipped model and deriving the state again."""
    model = Path(ht.__file__).with_name(MODEL_FILE)
    try:
        stat = model.stat()
    except OSError:
        return None
    try:
        version = importlib.metadata.version("HanTa")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    path = cache_dir() / f"hanta-{version}-{stat.st_size}-{stat.st_mtime_ns}.pickle"
    state = read_cache(path)
    if isinstance(state, dict):  # else missing or broken: derived again below
        tagger = ht.HanoverTagger.__new__(ht.HanoverTagger)
        tagger.__dict__.update(state)
        return tagger
    tagger = ht.HanoverTagger(str(model))
    write_cache(path, dict(tagger.__dict__))  # a read-only cache folder only costs speed
    return tagger


def _memoise(tagger) -> None:
    """Cache HanTa's per-word analyses on the instance (its methods read only the fixed model)."""
    tagger._tag_word = lru_cache(maxsize=WORD_CACHE_SIZE)(tagger._tag_word)
    tagger._analyze = lru_cache(maxsize=WORD_CACHE_SIZE)(tagger._analyze)


def load_tagger() -> None:
    """Load HanTa's model now (before forking workers) rather than at the first sentence."""
    _hanta()


def clear_cache() -> None:
    """Forget the memoised word analyses (benchmarks start each pass cold)."""
    tagger = _hanta()
    for memo in (tagger._tag_word, tagger._analyze):
        if hasattr(memo, "cache_clear"):
            memo.cache_clear()


def cache_info() -> dict[str, object]:
    """Hits and misses of the word memos (for the benchmark)."""
    tagger = _hanta()
    return {"tag_word": tagger._tag_word.cache_info(), "analyze": tagger._analyze.cache_info()}


@cache  # a few dozen tags
def _stts(tag: str) -> str:
    return tag.replace("(", "").replace(")", "")


def tag_tokens(tokens: list[Token]) -> list[Tagged]:
    """Tag and lemmatise a sentence's tokens with HanTa (what its tag_sent(words, taglevel=1) gives, without
    the intermediate triples)."""
    if not tokens:
        return []
    tagger = _hanta()
    tags = tagger.tag_sent_viterbi([t.text for t in tokens], True)
    analyze, names = tagger._analyze, tagger.int2tag
    return [Tagged(tok.text, analyze(tok.text, tag, taglevel=1)[0], _stts(names[tag]), tok.start, tok.end)
            for tok, tag in zip(tokens, tags, strict=True)]
