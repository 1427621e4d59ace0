"""Fusion thresholds: one dataclass with documented defaults (docs/fusion.md explains each)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FusionSettings:
    """Thresholds of event fusion, near-duplicate detection and claim threads.

    evidence_min: token Jaccard of two evidence sentences (content words, stems, actor
      words left out) at or above which two compatible events are the same happening.
    evidence_min_same_day: the same when both events are dated to the same day.
    report_window_days: events without a day-precise date compare their report dates
      (publication dates); farther apart than this, they are different happenings.
    stem_chars: words are cut to this many characters (crude German stemming:
      Waffenlieferungen ~ Waffen, vorgeworfen ~ vorgeworfene).
    shingle_words: words per shingle for near-duplicate articles.
    duplicate_min: shingle Jaccard at or above which two articles are near-duplicates.
    duplicate_containment: share of the shorter article's shingles found in the longer one
      at or above which it counts as an updated or extended version.
    minhash_perms, lsh_bands: MinHash signature size and LSH bands (candidate pairs only;
      every candidate is checked on its exact shingle sets).
    claim_window_days: a denial in an article that does not repeat the claim answers it
      when reported at most this long after the claim was first seen.
    """

    evidence_min: float = 0.3
    evidence_min_same_day: float = 0.1
    report_window_days: int = 7
    stem_chars: int = 5
    shingle_words: int = 4
    duplicate_min: float = 0.5
    duplicate_containment: float = 0.8
    minhash_perms: int = 64
    lsh_bands: int = 32
    claim_window_days: int = 90
