"""Sentence splitting for German and English news text.

Lines are paragraphs (titles and sub-headings without final punctuation are
sentences of their own). Within a line a sentence ends at . ! ? (and a closing
quote) before an upper-case letter or an opening quote, except after an ordinal
("am 16. November", "des 70. Jahrestages"), a known abbreviation or an initial. Photo credits
("© dpa/KCNA") and dated source credits ("(APA, 2.8.2015)") are sentences of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Sentence
from ..resources import load_word_set

BOUNDARY_RE = re.compile(
    # every boundary starts at a stop, a space or '©': the lookahead lets the scan skip other characters fast
    r"(?=[.!?…\s©])(?:"
    r"[.!?…]+[\"“”»«‘’']*(?=\s+[\"„“»«‘']?[A-ZÄÖÜ])"
    # glued sentences in scraped text: 'machen."Diese', 'Gruppe?Für'
    r"|(?<=[a-zäöüß])(?P<glued>[.!?]+)(?=[\"„“»«]?[A-ZÄÖÜ][a-zäöüß])"
    # photo credits after a caption: '... in Pjöngjang. © dpa/KCNA'
    r"|(?<=[.!?])\s*(?=©))"
)
WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
NEXT_WORD_RE = re.compile(r"\s+[\"„“»«‘']?(\w+)")
ORDINAL_RE = re.compile(r"\d{1,3}")
# scraped teasers glue a byline to the first sentence: "Von X, ARD BrüsselDie EU wird ..."
GLUED_WORD_RE = re.compile(r"(?<=[a-zäöüß])[A-ZÄÖÜ][a-zäöüß]+\b")
# a dated credit after a sentence: "... angegriffen worden sei. (APA, Reuters, 2.8.2015)"; it names the
# sources of the text, not actors of the sentence before it
CREDIT_RE = re.compile(r"(?<=[.!?\"“”»])\s+(\((?:[^()\d]{1,80}[,;]\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\))")


@dataclass(frozen=True)
class SentenceSplitter:
    """Rule-based splitter; word lists come from the language data files."""

    abbreviations: frozenset[str]
    starters: frozenset[str]

    @classmethod
    def default(cls) -> SentenceSplitter:
        """The splitter with the bundled German/English abbreviation lists."""
        return cls(load_word_set("de", "abbreviations.yaml"), load_word_set("de", "sentence_starters.yaml"))

    def split(self, text: str) -> list[Sentence]:
        """Sentences of text with offsets and paragraph numbers (tokens are made on use)."""
        sentences: list[Sentence] = []
        paragraph = 0
        pos = 0
        for line in text.split("\n"):
            line_start = pos
            pos += len(line) + 1
            if not line.strip():
                paragraph += 1 if sentences else 0
                continue
            for start, end in self._line_spans(line):
                chunk = line[start:end]
                stripped = chunk.strip()
                if not stripped:
                    continue
                lead = len(chunk) - len(chunk.lstrip())
                s_start = line_start + start + lead
                sentences.append(Sentence(
                    index=len(sentences), text=stripped, start=s_start, end=s_start + len(stripped),
                    paragraph=paragraph,
                ))
            paragraph += 1
        return sentences

    def _line_spans(self, line: str) -> list[tuple[int, int]]:
        spans = []
        start = 0
        for match in BOUNDARY_RE.finditer(line):
            if match.group().startswith(".") and not self._ends_sentence(line, match.start(), match.end()):
                continue
            end = match.end()
            # a straight quote glued after the stop closes a quotation when one is open
            if match.group("glued") and line[end:end + 1] == '"' and line[:end].count('"') % 2 == 1:
                end += 1
            spans.append((start, end))
            start = end
        spans.append((start, len(line)))
        return self._split_credits(line, self._split_glued(line, spans))

    @staticmethod
    def _split_credits(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if ")" not in line:
            return spans
        out = []
        for start, end in spans:
            for match in CREDIT_RE.finditer(line, start, end):
                out.append((start, match.start(1)))
                start = match.start(1)
                if match.end(1) < end:
                    out.append((start, match.end(1)))
                    start = match.end(1)
            out.append((start, end))
        return out

    def _split_glued(self, line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for start, end in spans:
            cut = start
            for match in GLUED_WORD_RE.finditer(line, start, end):
                if match.group() in self.starters:
                    out.append((cut, match.start()))
                    cut = match.start()
            out.append((cut, end))
        return out

    def _ends_sentence(self, line: str, dot: int, after: int) -> bool:
        # only the word before the stop matters: a short window keeps long one-line texts linear
        before = WORD_BEFORE_RE.search(line[max(0, dot - 80):dot])
        if not before:
            return True
        word = before.group(1)
        if ORDINAL_RE.fullmatch(word):
            return False
        if word.lower() in self.abbreviations or (len(word) == 1 and word.islower()):
            return False  # "Dr.", "z. B.", "u. a."
        if len(word) == 1 and word.isupper():
            following = NEXT_WORD_RE.match(line, after)
            return bool(following and following.group(1) in self.starters)
        return True


_DEFAULT: SentenceSplitter | None = None


def split_sentences(text: str) -> list[Sentence]:
    """Split text with the default splitter."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SentenceSplitter.default()
    return _DEFAULT.split(text)
