"""Locative phrases: a place name with a locative cue before it ("in der Stadt Charkiw").

A place named in a sentence is a candidate for an event's place only inside such a
phrase; a bare name ("Moskau kritisierte ...") is an actor or a topic, not a location.
The cue and phrase words of each language live in ``data/geo/<lang>.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..model import Mention, Sentence, Token
from ..resources import load_yaml
from .gazetteer import Gazetteer

# Mention kinds (model.Mention.kind) that name no place even after a locative cue.
NON_PLACE_KINDS = frozenset({"organisation", "person", "group", "media", "role"})
QUOTES = frozenset('"\'»«“”„‘’')
# Only cities this large form place adjectives ("Moskauer", "Kiewer") we trust.
ADJECTIVE_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Cue:
    """A locative cue and the condition under which it marks an event's place."""

    words: tuple[str, ...]
    types: frozenset[str] = frozenset()
    needs_gap_noun: bool = False
    precisions: frozenset[str] = frozenset()
    near: bool = False

    def allows(self, event_type: str, has_gap_noun: bool, precision: str) -> bool:
        """Whether this cue marks the place (of this precision) of an event of this type."""
        if self.types and event_type not in self.types:
            return False
        if self.precisions and precision not in self.precisions:
            return False
        return has_gap_noun or not self.needs_gap_noun


@dataclass(frozen=True, slots=True)
class Rules:
    """The locative words of one language."""

    cues: dict[tuple[str, ...], tuple[Cue, ...]]
    max_gap: int
    determiners: frozenset[str]
    connectors: frozenset[str]
    blockers: frozenset[str]
    gap_nouns: tuple[str, ...]
    directions: dict[str, str]
    seat_nouns: tuple[str, ...]
    scope_nouns: tuple[str, ...]
    speech_verbs: frozenset[str]
    border_nouns: tuple[str, ...]
    venue_nouns: tuple[str, ...]
    nouns_capitalised: bool
    non_noun_endings: tuple[str, ...]
    non_nouns: frozenset[str]
    background_preps: frozenset[str]
    coordinators: frozenset[str]
    clause_marks: frozenset[str]
    suffixes: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]

    def is_gap_noun(self, word: str) -> bool:
        """A kind-of-place noun, also as the end of a compound ("Hafenstadt")."""
        return _ends_with_any(word.lower(), self.gap_nouns)

    def is_noun(self, word: str) -> bool:
        """A guess without a tagger: capitalised words; in English also lower-case words
        without a verb or adverb ending ("consulate", "unrest", not "arrived")."""
        if not word.replace("-", "").isalpha() or word.isupper():
            return False
        if word[:1].isupper():  # German nouns; names in both languages
            return True
        if self.nouns_capitalised:
            return False
        low = word.lower()
        return (word.islower() and low not in self.non_nouns and low not in self.blockers
                and low not in self.determiners and not low.endswith(self.non_noun_endings))

    def is_gap_word(self, word: str) -> bool:
        """Whether a word may stand between a cue and the place."""
        low = word.lower()
        if low in self.determiners or low in self.connectors or low in self.directions:
            return True
        if self.is_gap_noun(word):
            return True
        if word.isalpha() and word.islower():
            return low not in self.blockers
        return word.isalpha() and any(low.endswith(s) for s in self.adjective_suffixes)


def _ends_with_any(word: str, ends: tuple[str, ...]) -> bool:
    return any(word == e or (len(e) >= 4 and word.endswith(e)) for e in ends)


@cache
def rules_for(lang: str) -> Rules:
    """The locative rules of a language (German for unknown languages)."""
    data = load_yaml("geo", f"{lang if lang in ('de', 'en') else 'de'}.yaml")
    cues: dict[tuple[str, ...], list[Cue]] = {}
    for item in data["cues"]:
        words = tuple(str(item["words"]).split())
        cues.setdefault(words, []).append(
            Cue(words, frozenset(item.get("types", ())), bool(item.get("needs_gap_noun", False)),
                frozenset(item.get("precisions", ())), bool(item.get("near", False))))

    def low(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data.get(key, []))

    return Rules(
        cues={k: tuple(v) for k, v in cues.items()}, max_gap=int(data.get("max_gap", 5)),
        determiners=frozenset(low("determiners")), connectors=frozenset(low("connectors")),
        blockers=frozenset(low("blockers")), gap_nouns=low("gap_nouns"),
        directions={str(k).lower(): v for k, v in data.get("directions", {}).items()},
        seat_nouns=low("seat_nouns"), scope_nouns=low("scope_nouns"),
        speech_verbs=frozenset(low("speech_verbs")), border_nouns=low("border_nouns"),
        venue_nouns=low("venue_nouns"), nouns_capitalised=bool(data.get("nouns_capitalised", True)),
        non_noun_endings=low("non_noun_endings"), non_nouns=frozenset(low("non_nouns")),
        background_preps=frozenset(low("background_preps")),
        coordinators=frozenset(low("coordinators")), clause_marks=frozenset(low("clause_marks")),
        suffixes=tuple(data.get("suffixes", [])), adjective_suffixes=low("adjective_suffixes"),
    )


@dataclass(slots=True)
class PlaceMatch:
    """A gazetteer name in a sentence; offsets are absolute, ``end`` includes a suffix."""

    start: int
    end: int
    name: str
    first_token: int
    last_token: int
    genitive: bool = False


@dataclass(slots=True)
class Phrase:
    """A place in a locative phrase: its cue options, gap words and the word before the cue."""

    place: PlaceMatch
    cue_start: int
    cues: tuple[Cue, ...]
    has_gap_noun: bool = False
    direction: str = ""
    scope_span: tuple[int, int] | None = None
    border: bool = False
    noun_span: tuple[int, int] | None = None
    background_span: tuple[int, int] | None = None
    tokens: list[Token] = field(default_factory=list)

    @property
    def near(self) -> bool:
        """Whether the phrase places the event only near the place ("südlich von Kiew")."""
        return all(c.near for c in self.cues)

    def allows(self, event_type: str, precision: str) -> bool:
        """Whether any of the phrase's cues marks the place of this event type."""
        return any(c.allows(event_type, self.has_gap_noun, precision) for c in self.cues)


def place_matches(gaz: Gazetteer, sentence: Sentence, rules: Rules) -> list[PlaceMatch]:
    """Gazetteer names on token boundaries, longest first, not overlapping."""
    text, base = sentence.text, sentence.start
    names = gaz.find(text)
    if not names:
        return []  # the sentence's tokens are made only where a name stands
    tokens = sentence.tokens
    starts = {t.start - base: i for i, t in enumerate(tokens)}
    ends = {t.end - base: i for i, t in enumerate(tokens)}
    found: list[PlaceMatch] = []
    for start, end, name in sorted(names, key=lambda m: (m[0], m[0] - m[1])):
        if start not in starts or (found and start < found[-1].end - base):
            continue
        stop = _name_end(text, end, rules.suffixes, gaz, name)
        if stop is not None and stop in ends and text[start:stop] not in stop_names():
            genitive = stop > end and text[end:stop] != "er"
            found.append(PlaceMatch(start + base, stop + base, name, starts[start], ends[stop], genitive))
    return found


@cache
def stop_names() -> frozenset[str]:
    """Words never taken as places, also not as an inflected name ("Hamas" is no "Hama"+s)."""
    return frozenset(str(w) for w in load_yaml("geo", "stop_names.yaml"))


def _name_end(text: str, end: int, suffixes: tuple[str, ...], gaz: Gazetteer, name: str) -> int | None:
    """Where a name ends in text: at a word boundary, or after a genitive/adjective suffix."""
    if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
        return end
    for suffix in suffixes:
        stop = end + len(suffix)
        if text.startswith(suffix, end) and (stop == len(text) or not text[stop].isalnum()):
            if suffix == "er" and not any(gaz.place(c.place).population >= ADJECTIVE_MIN_POPULATION
                                          for c in gaz.candidates(name)):
                continue  # "Berliner" is Berlin; "Schweizer" and "Tanker" are no place
            return stop
    return None


def find_phrases(gaz: Gazetteer, sentence: Sentence, mentions: list[Mention], lang: str) -> list[Phrase]:
    """The locative phrases of a sentence, minus actor seats ("die Regierung in Moskau")."""
    rules = rules_for(lang)
    phrases: list[Phrase] = []
    by_end: dict[int, Phrase] = {}
    for match in place_matches(gaz, sentence, rules):
        tokens = sentence.tokens
        phrase = _phrase(match, tokens, rules, by_end)
        if phrase is None or _is_possessor(match, tokens, rules):
            continue
        phrase.tokens = tokens
        if _is_seat(phrase, tokens, rules, gaz) or _inside_mention(phrase, mentions):
            continue
        phrases.append(phrase)
        by_end[match.last_token] = phrase
    return phrases


def _is_possessor(match: PlaceMatch, tokens: list[Token], rules: Rules) -> bool:
    """A genitive before a noun owns it ("bei Israels Angriff"), unless the noun is a place part."""
    if not match.genitive or match.last_token + 1 >= len(tokens):
        return False
    word = tokens[match.last_token + 1].text
    return word[:1].isupper() and word.isalpha() and not rules.is_gap_noun(word)


def _phrase(match: PlaceMatch, tokens: list[Token], rules: Rules, by_end: dict[int, Phrase]) -> Phrase | None:
    """Walk back from the place over gap words to a cue, or to a coordinated place."""
    k, gap = match.first_token - 1, []
    while k >= 0 and len(gap) <= rules.max_gap:
        cue = _cue_ending_at(tokens, k, rules)
        if cue is not None:
            start = k - len(cue[0].words) + 1
            return _make(match, start, cue, gap, tokens, rules)
        word = tokens[k].text
        if word.lower() in rules.coordinators and k - 1 in by_end and not gap:
            prev = by_end[k - 1]
            return Phrase(match, prev.cue_start, prev.cues, prev.has_gap_noun, prev.direction, prev.scope_span,
                          prev.border)
        if not rules.is_gap_word(word):
            return None
        gap.append(word)
        k -= 1
    return None


def _cue_ending_at(tokens: list[Token], k: int, rules: Rules) -> tuple[Cue, ...] | None:
    for words, cues in sorted(rules.cues.items(), key=lambda item: -len(item[0])):
        n = len(words)
        if k - n + 1 >= 0 and tuple(t.text.lower() for t in tokens[k - n + 1:k + 1]) == words:
            return cues
    return None


def _make(match: PlaceMatch, start: int, cues: tuple[Cue, ...], gap: list[str], tokens: list[Token],
          rules: Rules) -> Phrase:
    direction = next((rules.directions[w.lower()] for w in gap if w.lower() in rules.directions), "")
    scope = noun = None
    at = start - 1
    while at > 0 and tokens[at].text in QUOTES:
        at -= 1  # '"große Veränderungen" in Kuba': the noun inside the quote
    before = tokens[at] if at >= 0 else None
    if before is not None and _ends_with_any(before.text.lower(), rules.scope_nouns):
        scope = (before.start, before.end)
    # "beim Treffen der Außenminister in Brüssel": a venue noun up to three words back counts
    venue = any(_ends_with_any(t.text.lower(), rules.venue_nouns) for t in tokens[max(start - 3, 0):start])
    if before is not None and at > 0 and rules.is_noun(before.text) and not venue:
        noun = (before.start, before.end)
    background = None
    if before is not None and at > 0 and rules.is_noun(before.text) and any(
            t.text.lower() in rules.background_preps for t in tokens[max(at - 3, 0):at]):
        background = (before.start, before.end)
    border = any(_ends_with_any(w.lower(), rules.border_nouns) for w in gap)
    return Phrase(match, start, cues, any(rules.is_gap_noun(w) for w in gap), direction, scope, border, noun,
                  background)





def _is_seat(phrase: Phrase, tokens: list[Token], rules: Rules, gaz: Gazetteer) -> bool:
    """A phrase after an actor noun names the actor's seat: "Botschaft der USA in Berlin"."""
    for k in range(phrase.cue_start - 1, max(phrase.cue_start - 4, -1), -1):
        word = tokens[k].text
        if _ends_with_any(word.lower(), rules.seat_nouns):
            return True
        if not (word.lower() in rules.determiners or gaz.candidates(word)):
            return False
    return False


def _inside_mention(phrase: Phrase, mentions: list[Mention]) -> bool:
    """An actor mention spanning the cue and the place ("Regierung in Moskau"), or a named
    organisation, group or person over more than the place ("die Hamas"), is no place;
    "in Brüssel" stays a place where the actors read "Brüssel" as the EU."""
    cue_at = phrase.tokens[phrase.cue_start].start
    place = phrase.place
    return any((m.start <= cue_at and m.end >= place.end and m.start < place.start)
               or (m.kind in NON_PLACE_KINDS and m.start < place.end and place.start < m.end
                   and ((m.start, m.end) != (place.start, place.end) or place.genitive))
               for m in mentions)


def words_between(tokens: list[Token], start: int, end: int, words: frozenset[str]) -> int:
    """How many of the given words (clause marks, reporting verbs) lie between two offsets."""
    lo, hi = min(start, end), max(start, end)
    return sum(1 for t in tokens if lo <= t.start < hi and t.text.lower() in words)
