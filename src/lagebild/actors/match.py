"""Multi-pattern matching of actor aliases on normalised tokens (one Aho-Corasick pass).

Text and aliases are normalised alike: split into words and punctuation, hyphens and
apostrophes dropped (so "US-Präsident" is "us präsident" and "Kim Jong-un" is
"kim jong un"), lower-cased, accents and ß folded. Keys are space-delimited token
sequences, so a match always starts and ends on token boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count
from typing import NamedTuple

import ahocorasick

from .gazetteer import Alias, Gazetteer

WORD_RE = re.compile(r"\w+|[^\w\s]")
# joiners inside words and names: dropped from the token stream
JOINERS = frozenset("-‐‑'’`´")
# the hyphens among them, which glue the parts of a compound ("US-Präsident", "NATO-Land")
HYPHENS = "-‐‑"


class Tok(NamedTuple):
    """A token of the text: surface, normalised form and character offsets (a named tuple: built for
    every word of every sentence, several times faster than a frozen dataclass)."""

    text: str
    norm: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        """True for word tokens (not punctuation)."""
        return self.norm[:1].isalnum()


@dataclass(frozen=True, slots=True)
class Hit:
    """An alias found in the text: tokens [first, last] and the alias indices."""

    first: int
    last: int
    aliases: tuple[int, ...]


@lru_cache(maxsize=1 << 16)  # a news vocabulary repeats: most words are folded once per worker
def fold(word: str) -> str:
    """Lower-case, strip accents and fold ß, so 'Orbán'/'Orban' and 'Türkei'/'Turkei' meet."""
    word = word.lower().replace("ß", "ss")
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# words and punctuation, captured: re.split gives the gaps at even and the tokens at odd indices
SPLIT_RE = re.compile(r"(\w+|[^\w\s])")


@lru_cache(maxsize=1024)  # recognition and the context stage both read each sentence of an article
def tokens(text: str) -> tuple[Tok, ...]:
    """Normalised tokens of text; joiners inside words dropped, free-standing dashes kept."""
    out = []
    new = tuple.__new__  # the named tuple's own __new__ is a Python function; this one is C
    pos = 0
    for i, part in enumerate(SPLIT_RE.split(text)):
        end = pos + len(part)
        if i & 1 and (part not in JOINERS or is_free(text, pos, end)):
            out.append(new(Tok, (part, fold(part), pos, end)))
        pos = end
    return tuple(out)


def words(text: str) -> list[str]:
    """The words and punctuation of text, joiners dropped: a cheap screen before tokens()."""
    return [w for w in WORD_RE.findall(text) if w not in JOINERS]


def hyphen_at(text: str, i: int) -> bool:
    """Whether a compound hyphen stands at offset i of text (the end of a word glued to the next)."""
    return 0 <= i < len(text) and text[i] in HYPHENS


def is_free(text: str, start: int, end: int) -> bool:
    """True for a dash with spaces (or text edges) on both sides: 'Moskau - Der Kreml'."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isspace() and after.isspace()


def key(text: str) -> str:
    """The automaton key of an alias: ' tok tok ' (aliases hold no free-standing dashes)."""
    return " " + " ".join(fold(w) for w in WORD_RE.findall(text) if w not in JOINERS) + " "


@dataclass(slots=True)
class Matcher:
    """One automaton per language over all aliases of a gazetteer."""

    automata: dict[str, ahocorasick.Automaton]

    @classmethod
    def build(cls, gaz: Gazetteer) -> Matcher:
        """Compile the aliases into per-language automata ('de' and 'en')."""
        by_lang: dict[str, dict[str, list[int]]] = {"de": {}, "en": {}}
        for i, alias in enumerate(gaz.aliases):
            k = key(alias.form)
            if k.strip() == "":
                continue
            for lang in (("de", "en") if alias.lang == "*" else (alias.lang,)):
                by_lang.setdefault(lang, {}).setdefault(k, []).append(i)
        automata = {}
        for lang, keys in by_lang.items():
            auto = ahocorasick.Automaton()
            for k, ids in keys.items():
                auto.add_word(k, (k.count(" ") - 1, tuple(ids)))
            auto.make_automaton()
            automata[lang] = auto
        return cls(automata)

    def may_match(self, text: str, lang: str) -> bool:
        """False when no alias can occur in text (no Tok built): every hit of find() is a run of tokens
        without a free dash, so it is also found in the joined words with all joiners dropped."""
        auto = self.automata.get(lang) or self.automata["de"]
        joined = " " + " ".join(map(fold, words(text))) + " "
        return next(auto.iter(joined), None) is not None

    def find(self, toks: Sequence[Tok], lang: str) -> list[Hit]:
        """Every alias occurrence in the token list (overlapping hits included)."""
        auto = self.automata.get(lang) or self.automata["de"]
        if not toks:
            return []
        norms = [t.norm for t in toks]
        joined = " " + " ".join(norms) + " "
        # token index of each closing space: token i's closes at the sum of (1 + length) up to i
        ends = dict(zip(accumulate(map((1).__add__, map(len, norms))), count()))
        hits = []
        for end, (n, ids) in auto.iter(joined):
            last = ends.get(end)  # end is the index of the closing space
            if last is not None:
                hits.append(Hit(last - n + 1, last, ids))
        return hits


def case_ok(alias: Alias, toks: Sequence[Tok], hit: Hit) -> bool:
    """Case rules: short all-caps aliases match only as written; capitalised aliases need a capital."""
    surface = [t.text for t in toks[hit.first:hit.last + 1]]
    form = alias.form
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return "".join(surface).replace(".", "") == "".join(tokens_text(form)).replace(".", "")
    if form[:1].isupper():
        return surface[0][:1].isupper() or surface[0][:1].isdigit()
    return True


def tokens_text(form: str) -> list[str]:
    """Surface tokens of an alias (joiners dropped)."""
    return [t.text for t in tokens(form)]
