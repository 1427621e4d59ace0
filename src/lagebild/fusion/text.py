"""Text normalisation for fusion: content-word stems of evidence, word shingles, MinHash."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from functools import cache

import numpy as np

from ..resources import load_yaml

# a word is a run of letters or digits: hyphenated compounds ("Ukraine-Krieg") split in two
WORD = re.compile(r"\w+", re.UNICODE)
# a sentence ends at . ! ? or a line break (good enough for shingles; no abbreviation handling)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_EMPTY = 1 << 32  # above every hash: the signature of an empty set


@cache
def stopwords() -> frozenset[str]:
    """Function words of every configured language (data/<lang>/fusion.yaml)."""
    words: set[str] = set()
    for lang in ("de", "en"):
        words.update(str(w).lower() for w in load_yaml(lang, "fusion.yaml")["stopwords"])
    return frozenset(words)


def words(text: str) -> list[str]:
    """Lower-case words of a text."""
    return [w.lower() for w in WORD.findall(text)]


def stems(text: str, *, stem_chars: int, drop: Iterable[str] = ()) -> frozenset[str]:
    """Content-word stems of a sentence, without function words and without the words in `drop`."""
    skip = stopwords() | {w for phrase in drop for w in words(phrase)}
    return frozenset(w[:stem_chars] for w in words(text) if w not in skip and (len(w) > 2 or w.isdigit()))


def jaccard(a: frozenset | set, b: frozenset | set) -> float:
    """|A ∩ B| / |A ∪ B| (0.0 for two empty sets)."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def shingles(text: str, size: int) -> frozenset[str]:
    """Word n-grams within each sentence of an article (a shorter sentence is one shingle).

    N-grams do not cross sentence ends, so a copy with its sentences reordered keeps them all.
    """
    out: set[str] = set()
    for sentence in SENTENCE_END.split(text):
        tokens = words(sentence)
        if len(tokens) < size:
            out.update([" ".join(tokens)] if tokens else [])
        else:
            out.update(" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1))
    return frozenset(out)


def _hash32(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=4).digest(), "big")


# shingle hashes are built from word hashes (crc32, stable across processes and runs, so stored
# signatures stay valid) by a polynomial over the words; the mixer folds the 64-bit result to 32 bits
_WORD_MULTIPLIER = np.uint64(0x100000001B3)
_MIXER = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(32)


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the shingles of `shingles(text, size)`, one per distinct shingle (as uint64).

    Computed from one crc32 per word instead of one hash per shingle string: the same shingle
    always gets the same hash, so MinHash over these equals MinHash over the shingle set.
    """
    sentences = [tokens for tokens in map(words, SENTENCE_END.split(text)) if tokens]
    if not sentences:
        return np.zeros(0, dtype=np.uint64)
    flat = [word for tokens in sentences for word in tokens]
    vocabulary = {word: zlib.crc32(word.encode("utf-8")) for word in set(flat)}
    word_hashes = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.uint64, count=len(flat))
    lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    windows = np.maximum(lengths - size + 1, 1)  # a short sentence is one shingle of all its words
    first = np.repeat(starts, windows) + (np.arange(windows.sum()) - np.repeat(np.cumsum(windows) - windows, windows))
    width = np.repeat(np.minimum(lengths, size), windows)
    acc = np.zeros(len(first), dtype=np.uint64)
    for k in range(size):
        inside = k < width
        acc[inside] = acc[inside] * _WORD_MULTIPLIER + word_hashes[first[inside] + k] + np.uint64(1)
    return np.unique((acc * _MIXER) >> _SHIFT)


@cache
def _permutations(n: int) -> tuple[np.ndarray, np.ndarray]:
    # fixed odd 64-bit multipliers and 64-bit offsets derived from the index, so signatures are the
    # same in every run and process
    a = np.array([(_hash32(f"a{i}") << 32 | _hash32(f"c{i}")) | 1 for i in range(n)], dtype=np.uint64)
    b = np.array([_hash32(f"b{i}") << 32 | _hash32(f"d{i}") for i in range(n)], dtype=np.uint64)
    return a, b


def minhash(hashes: np.ndarray, perms: int) -> tuple[int, ...]:
    """A MinHash signature of a set of 32-bit shingle hashes: multiply-shift hashing (a*h + b mod 2**64,
    top 32 bits), one function per permutation; values fit a signed 64-bit column."""
    if not len(hashes):
        return tuple([_EMPTY] * perms)
    a, b = _permutations(perms)
    values = (np.outer(a, hashes) + b[:, None]) >> _SHIFT
    return tuple(values.min(axis=1).tolist())


def signature(text: str, size: int, perms: int) -> tuple[int, ...]:
    """The MinHash signature of an article's word shingles (empty for a text without words)."""
    hashes = shingle_hashes(text, size)
    return minhash(hashes, perms) if len(hashes) else ()
