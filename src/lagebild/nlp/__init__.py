"""Sentence splitting, tokenising and (on demand) lemmas and POS tags."""

from .sentences import SentenceSplitter, split_sentences
from .tokens import tokenize

__all__ = ["SentenceSplitter", "split_sentences", "tokenize"]
