"""Fusion: near-duplicate articles, event clusters, claim threads and quotes (docs/fusion.md)."""

from .claims import claim_threads
from .cluster import cluster_reports
from .duplicates import ArticleText, article_signature, find_duplicates
from .fuse import FusionSummary, fuse
from .quotes import extract_quotes
from .reports import Report
from .settings import FusionSettings

__all__ = ["ArticleText", "FusionSettings", "FusionSummary", "Report", "article_signature", "claim_threads",
           "cluster_reports", "extract_quotes", "find_duplicates", "fuse"]
