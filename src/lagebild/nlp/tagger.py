"""German POS tags and lemmas from HanTa, loaded once per process and used only where it pays.

HanTa tags whole sentences (its HMM uses context), at about 2,700 tokens/s; the event
coder calls it only for sentences that passed the cheap trigger prefilter.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..model import Token


@dataclass(frozen=True, slots=True)
class Tagged:
    """A token with its lemma and STTS tag (HanTa's simplified form, e.g. VV(FIN) -> VVFIN)."""

    text: str
    lemma: str
    pos: str
    start: int
    end: int


@cache
def _hanta():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def _stts(tag: str) -> str:
    return tag.replace("(", "").replace(")", "")


def tag_tokens(tokens: list[Token]) -> list[Tagged]:
    """Tag and lemmatise a sentence's tokens with HanTa."""
    if not tokens:
        return []
    words = [t.text for t in tokens]
    tagged = _hanta().tag_sent(words, taglevel=1)
    return [Tagged(tok.text, lemma, _stts(pos), tok.start, tok.end)
            for tok, (_, lemma, pos) in zip(tokens, tagged, strict=True)]
