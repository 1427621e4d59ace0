"""Quotes: direct and indirect speech with the speaker resolved to an actor mention.

Reads Article, Sentence and Mention (the actor stage's output); sets AnalysedArticle.quotes.
Cues come from data/<lang>/quotes.yaml:
  direct    words in quotation marks plus a reporting verb (or a colon) outside them:
            „…“, sagte X / X sagte: „…“
  indirect  X erklärte, dass … / …, sagte X (without marks) / laut X … / X zufolge …
  continued a sentence in Konjunktiv right after a quote, with no cue of its own, goes on
            quoting the same speaker ("Russland helfe Nordkorea im Gegenzug …")
The speaker is the actor mention outside the quoted words nearest to the cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..model import UNKNOWN_CODE, ActorRef, Article, Mention, Quote, Sentence
from ..resources import load_yaml


@dataclass(frozen=True)
class QuoteCues:
    """Compiled quote cues of one language."""

    marks: tuple[re.Pattern, ...]
    min_words: int
    verbs: re.Pattern
    before: re.Pattern | None
    after: re.Pattern | None
    complementizer: re.Pattern
    subjunctive: frozenset[str]
    speaker_gap_words: int
    # first words of the verb and speaker cues: a sentence holding none of them needs no regex search
    verb_starts: frozenset[str] = frozenset()
    before_starts: frozenset[str] = frozenset()
    after_starts: frozenset[str] = frozenset()


WORD_RE = re.compile(r"\w+")


def _first_words(phrases: Sequence[str]) -> frozenset[str]:
    return frozenset(p.split()[0].lower() for p in phrases if p.split())


def _alternation(phrases: Sequence[str]) -> re.Pattern | None:
    if not phrases:
        return None
    # escaped, longest first, so "nach angaben" wins over a shorter cue; spaces match any gap
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@cache
def load_cues(lang: str) -> QuoteCues:
    """The quote cues of a language ('de' or 'en'; anything else falls back to 'de')."""
    data = load_yaml(lang if lang in ("de", "en") else "de", "quotes.yaml")
    marks = tuple(re.compile(re.escape(o) + r"([^" + re.escape(o + c) + r"]+)" + re.escape(c))
                  for o, c in data["marks"])
    return QuoteCues(marks=marks, min_words=int(data["min_words"]), verbs=_alternation(data["verbs"]),
                     before=_alternation(data["speaker_before"]), after=_alternation(data["speaker_after"]),
                     complementizer=_alternation(data["complementizers"]),
                     subjunctive=frozenset(w.lower() for w in data["subjunctive"]),
                     speaker_gap_words=int(data["speaker_gap_words"]), verb_starts=_first_words(data["verbs"]),
                     before_starts=_first_words(data["speaker_before"]),
                     after_starts=_first_words(data["speaker_after"]))


def _quoted_spans(text: str, cues: QuoteCues) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in cues.marks:
        for match in pattern.finditer(text):
            inside = match.span(1)
            if len(match.group(1).split()) >= cues.min_words and not any(
                    s <= inside[0] < e or inside[0] <= s < inside[1] for s, e in spans):
                spans.append(inside)
    return sorted(spans)


def _outside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return not any(s - 1 <= pos <= e for s, e in spans)


def _speaker(mentions: list[Mention], offset: int, cue: tuple[int, int], spans: list[tuple[int, int]],
             after_only: bool = False, before_only: bool = False, text: str | None = None,
             gap_words: int = 0) -> Mention | None:
    """The mention outside the quoted words nearest to the cue (offsets relative to the sentence)."""
    best, best_distance = None, None
    for mention in mentions:
        start, end = mention.start - offset, mention.end - offset
        if not _outside(start, spans) or (after_only and start < cue[1]) or (before_only and end > cue[0]):
            continue
        distance = start - cue[1] if start >= cue[1] else cue[0] - end
        if text is not None and not _adjacent(text[min(end, cue[1]):max(start, cue[0])], gap_words):
            continue
        # a resolved actor beats an unresolved one ("sagte Kremlsprecher Peskow laut der Nachrichtenagentur")
        rank = (mention.code == UNKNOWN_CODE, distance)
        if best_distance is None or rank < best_distance:
            best, best_distance = mention, rank
    return best


def _adjacent(gap: str, max_words: int) -> bool:
    """Only a few lower-case words (no noun, no punctuation) between a cue and its speaker."""
    words = gap.split()
    return len(words) <= max_words and not any(ch in gap for ch in ",;:") and not any(w[0].isupper() for w in words)


def _ref(mention: Mention | None) -> ActorRef | None:
    if mention is None:
        return None
    return ActorRef(mention.code, mention.text, mention.sector, mention.start, mention.end)


def _direct(sentence: Sentence, article: Article, mentions: list[Mention], cues: QuoteCues) -> list[Quote]:
    text = sentence.text
    spans = _quoted_spans(text, cues)
    if not spans:
        return []
    cue = next((m for m in cues.verbs.finditer(text) if _outside(m.start(), spans)), None)
    colon = next((i for i, ch in enumerate(text) if ch == ":" and _outside(i, spans)), None)
    if cue is None and colon is None:
        return []    # quotation marks around a name or a phrase, not speech
    where = cue.span() if cue else (colon, colon + 1)
    speaker = _speaker(mentions, sentence.start, where, spans)
    return [Quote(doc=article.doc, sentence_index=sentence.index, sentence=text, text=text[s:e], kind="direct",
                  speaker=_ref(speaker), cue=cue.group(0) if cue else ":", start=sentence.start + s,
                  end=sentence.start + e) for s, e in spans]


def _indirect(sentence: Sentence, article: Article, mentions: list[Mention], cues: QuoteCues) -> Quote | None:
    text = sentence.text
    words = set(WORD_RE.findall(text.lower()))
    for pattern, starts, after_only in ((cues.before, cues.before_starts, True),
                                        (cues.after, cues.after_starts, False)):
        match = pattern.search(text) if pattern and not starts.isdisjoint(words) else None
        if match:
            speaker = _speaker(mentions, sentence.start, match.span(), [], after_only=after_only,
                               before_only=not after_only, text=text, gap_words=cues.speaker_gap_words)
            return _part(sentence, article, _ref(speaker), match.group(0), 0, len(text))
    if cues.verb_starts.isdisjoint(words):
        return None
    for verb in cues.verbs.finditer(text):
        rest = text[verb.end():]
        comma = text.rfind(",", 0, verb.start())
        # "X erklärte, dass …": the content follows the verb's comma and a complementizer
        follows = re.match(r"[^,]{0,80},\s*", rest)
        if follows and cues.complementizer.match(rest[follows.end():]):
            speaker = _speaker(mentions, sentence.start, verb.span(), [])
            start = verb.end() + follows.end()
            return _part(sentence, article, _ref(speaker), verb.group(0), start, len(text))
        # "… sei ernst, sagte X.": the content stands before the comma ahead of the verb
        if comma > 0 and text[comma:verb.start()].strip(", ") == "" and _subjunctive(text[:comma], cues):
            speaker = _speaker(mentions, sentence.start, verb.span(), [], after_only=True)
            return _part(sentence, article, _ref(speaker), verb.group(0), 0, comma)
    return None


def _subjunctive(text: str, cues: QuoteCues) -> bool:
    return any(w.lower() in cues.subjunctive for w in WORD_RE.findall(text))


def _part(sentence: Sentence, article: Article, speaker: ActorRef | None, cue: str, start: int, end: int) -> Quote:
    words = sentence.text[start:end].strip(" .,;:")
    first = sentence.text.find(words, start) if words else start
    return Quote(doc=article.doc, sentence_index=sentence.index, sentence=sentence.text, text=words,
                 kind="indirect", speaker=speaker, cue=cue, start=sentence.start + first,
                 end=sentence.start + first + len(words))


def extract_quotes(article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                   lang: str | None = None) -> list[Quote]:
    """Direct and indirect quotes of an article, in sentence order."""
    cues = load_cues(lang or article.lang or "de")
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for sentence in sentences:
        own = by_sentence.get(sentence.index, [])
        found = _direct(sentence, article, own, cues)
        if not found:
            single = _indirect(sentence, article, own, cues)
            found = [single] if single else []
        if not found and previous is not None and previous.sentence_index == sentence.index - 1 \
                and _subjunctive(sentence.text, cues):
            found = [_part(sentence, article, previous.speaker, previous.cue, 0, len(sentence.text))]
        quotes.extend(found)
        previous = found[-1] if found else None
    return quotes
