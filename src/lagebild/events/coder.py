"""The event stage: one coder per language behind one interface."""

from __future__ import annotations

from typing import Protocol

from ..actors import ActorBase
from ..model import Article, Event, Mention, Sentence


class LanguageCoder(Protocol):
    """What a language's coder offers."""

    def code(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
             context: list[list[Mention]] | None = None) -> list[Event]:
        """Events of an article; mentions[i] are the actor mentions of sentences[i] as recognised, context[i]
        the same resolved in article context (actors.context.resolve_article), computed where not given."""


class Coder:
    """Codes articles of one language into events."""

    def __init__(self, lang: str, impl: LanguageCoder) -> None:
        self.lang = lang
        self.impl = impl

    @classmethod
    def load(cls, lang: str, actors: ActorBase | None = None) -> Coder:
        """The coder of a language ('de' or 'en')."""
        if lang == "de":
            from .german import GermanCoder

            return cls(lang, GermanCoder.load())
        if lang == "en":
            from .english import EnglishCoder

            return cls(lang, EnglishCoder.load())
        raise ValueError(f"no event coder for language {lang!r}")

    def code(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
             context: list[list[Mention]] | None = None) -> list[Event]:
        """Events of an article; pass the article-context mentions where the caller has resolved them
        (the pipeline stores them), so the coder does not resolve them again."""
        return self.impl.code(article, sentences, mentions, context)
