"""Actor knowledge base and recogniser: names in German/English news -> codes and sectors."""

from .base import ActorBase

__all__ = ["ActorBase"]
