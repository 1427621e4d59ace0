"""Near-duplicate articles: word shingles, MinHash/LSH candidates, exact Jaccard and containment.

Republished wire copy, updated versions (an added paragraph, a new headline) and reordered
copies share most of their word shingles. Candidates come from LSH over MinHash signatures,
so large stores are not compared pair by pair; each candidate pair is then checked on its
exact shingle sets. The pipeline computes each article's signature where it analyses the article
(in the worker processes) and the store keeps it, so fusion only bands stored signatures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from .settings import FusionSettings
from .text import jaccard, shingles, signature


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What near-duplicate detection reads of an article."""

    doc: str
    text: str
    report_date: str | None = None   # publication date, ISO at its precision
    signature: tuple[int, ...] | None = None  # stored MinHash signature (None: computed from text)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`doc` repeats `duplicate_of` (the earlier or, on a tie, the smaller doc id)."""

    doc: str
    duplicate_of: str
    similarity: float    # shingle Jaccard
    containment: float   # share of the shorter article's shingles in the other one
    kind: str            # 'identical', 'near-duplicate' or 'extended' (one contains the other)


DEFAULTS = FusionSettings()


def _order_key(article: ArticleText) -> tuple[str, str]:
    return (article.report_date or "9999", article.doc)


def article_signature(text: str, settings: FusionSettings | None = None) -> tuple[int, ...]:
    """The MinHash signature near-duplicate detection bands (empty for a text without words)."""
    settings = settings or FusionSettings()
    return signature(text, settings.shingle_words, settings.minhash_perms)


def _signature_of(article: ArticleText, settings: FusionSettings) -> tuple[int, ...]:
    # the pipeline signs with the default shingle size and signature length
    signed_alike = (settings.shingle_words, settings.minhash_perms) == (DEFAULTS.shingle_words, DEFAULTS.minhash_perms)
    if article.signature is not None and signed_alike:
        return article.signature
    return article_signature(article.text, settings)


def _candidates(articles: Sequence[ArticleText], settings: FusionSettings) -> set[tuple[str, str]]:
    rows = max(1, settings.minhash_perms // settings.lsh_bands)
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for article in articles:
        sig = _signature_of(article, settings)
        for band in range(settings.lsh_bands if sig else 0):
            buckets[(band, sig[band * rows:(band + 1) * rows])].append(article.doc)
    pairs: set[tuple[str, str]] = set()
    for docs in buckets.values():
        pairs.update((a, b) if a < b else (b, a) for a, b in combinations(docs, 2))
    return pairs


def find_duplicates(articles: Sequence[ArticleText], settings: FusionSettings | None = None) -> list[Duplicate]:
    """Pairs of near-duplicate articles, the later one pointing at the earlier one."""
    settings = settings or FusionSettings()
    by_doc = {a.doc: a for a in articles}
    sets: dict[str, frozenset[str]] = {}  # exact shingle sets, of candidate articles only

    def shingle_set(doc: str) -> frozenset[str]:
        if doc not in sets:
            sets[doc] = shingles(by_doc[doc].text, settings.shingle_words)
        return sets[doc]

    found = []
    for a, b in sorted(_candidates(list(by_doc.values()), settings)):
        set_a, set_b = shingle_set(a), shingle_set(b)
        sim = jaccard(set_a, set_b)
        contained = len(set_a & set_b) / max(1, min(len(set_a), len(set_b)))
        if sim < settings.duplicate_min and contained < settings.duplicate_containment:
            continue
        first, second = sorted((by_doc[a], by_doc[b]), key=_order_key)
        kind = "identical" if sim == 1.0 else "near-duplicate" if sim >= settings.duplicate_min else "extended"
        found.append(Duplicate(second.doc, first.doc, round(sim, 4), round(contained, 4), kind))
    return found


def duplicate_groups(docs: Sequence[str], duplicates: Sequence[Duplicate]) -> dict[str, str]:
    """Map each doc to the representative (smallest doc id) of its group of near-duplicates."""
    parent = {doc: doc for doc in docs}

    def root(doc: str) -> str:
        while parent.setdefault(doc, doc) != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for dup in duplicates:
        a, b = root(dup.doc), root(dup.duplicate_of)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {doc: root(doc) for doc in list(parent)}
