"""Time-word patterns for one language, compiled from data/<lang>/dates.yaml.

Every pattern is built from the data file's word lists (escaped, longest first); the only
hand-written pieces are the numeric shapes below, each covered by tests/events/test_dates.py.
``TimeWords.scan`` finds the raw expressions of a sentence; lagebild.events.dates resolves them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick

from ..errors import DataError
from ..resources import load_yaml

# Numeric shapes (language-neutral): "16.11.2023", "2023-11-16", a day "16", a year "2019",
# a clock time "10", "07.00", "9:30".
NUMERIC_DMY = r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})(?!\d)"
ISO_DATE = r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"
DAY_NUMBER = r"\d{1,2}"
YEAR_NUMBER = r"(?:1[89]|20)\d{2}(?![\d.,]\d)"
CLOCK_TIME = r"\d{1,2}(?:[.:]\d{2})?"
COUNT_NUMBER = r"\d{1,3}"

LEFT = r"(?<!\w)"
RIGHT = r"(?!\w)"
DIGIT = re.compile(r"\d")
# what a pattern with digits cannot match without (searched before the slow full pattern)
NUMERIC_CORE = re.compile(r"\d\.\d{1,2}\.\d{4}")
ISO_CORE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR_CORE = re.compile(r"(?:1[89]|20)\d{2}")

REQUIRED_KEYS = ("weekdays", "months", "prefixes", "relative_days", "anaphoric", "units")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, escaped, longest first; spaces match any whitespace."""
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    if not escaped:
        return r"(?!x)x"  # matches nothing: the language has no such words
    return "(?:" + "|".join(escaped) + ")"


def _core_words(cores: Iterable[re.Pattern[str] | Iterable[str]]) -> ahocorasick.Automaton | None:
    """An automaton over the (case-folded) words of each pattern's core -> the pattern indices.

    A phrase's every word stands in a match, so its longest word serves: "am abend" is looked for
    as "abend", not as "am", which is inside half of all sentences."""
    owners: dict[str, set[int]] = {}
    for index, core in enumerate(cores):
        if not isinstance(core, re.Pattern):
            for word in core:
                owners.setdefault(max(word.casefold().split(), key=len), set()).add(index)
    if not owners:
        return None
    auto = ahocorasick.Automaton()
    for word, indices in owners.items():
        auto.add_word(word, frozenset(indices))
    auto.make_automaton()
    return auto


def normal(text: str) -> str:
    """Lower-case with single spaces, the form the data lists are looked up in."""
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class RawTime:
    """A time expression before resolution: span, kind and the named parts it matched."""

    start: int
    end: int
    kind: str
    parts: Mapping[str, str]


class TimeWords:
    """The compiled time-word patterns and lookup tables of one language."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        missing = [k for k in REQUIRED_KEYS if k not in data]
        if missing:
            raise DataError(f"dates data lacks {', '.join(missing)}")
        self.data = data
        self.weekdays: dict[str, int] = dict(data["weekdays"])
        self.months: dict[str, int] = dict(data["months"])
        self.ambiguous_months = frozenset(data.get("ambiguous_months") or [])
        self.prefixes = {normal(k): v for k, v in data["prefixes"].items()}
        self.relative_days = {normal(k): v for k, v in data["relative_days"].items()}
        self.relative_days_past = {normal(k): v for k, v in (data.get("relative_days_past") or {}).items()}
        self.anaphoric = {normal(k): v for k, v in data["anaphoric"].items()}
        self.units = {normal(k): v for k, v in data["units"].items()}
        self.compounds = {normal(k): tuple(v) for k, v in (data.get("compounds") or {}).items()}
        self.count_units = {normal(k): v for k, v in (data.get("count_units") or {}).items()}
        self.numbers = {normal(str(k)): v for k, v in (data.get("numbers") or {}).items()}
        self.holidays = {normal(k): tuple(v) for k, v in (data.get("holidays") or {}).items()}
        self.directions = self._direction_words(data.get("directions") or {},
                                                data.get("direction_endings") or [""])
        self.future_re = self._cue_re(data.get("future_cues") or [])
        self.past_re = self._cue_re(data.get("past_cues") or [])
        self.preterite_endings = tuple(data.get("preterite_endings") or [])
        self.strong_preterites = tuple(stem + ending for stem in data.get("strong_preterite_stems") or []
                                       for ending in data.get("strong_preterite_endings") or [""])
        self.patterns = self._compile()
        self._digit_cored = frozenset(i for i, (_, _, needed) in enumerate(self.patterns) if needed is not None)

    @classmethod
    def load(cls, lang: str) -> TimeWords:
        """The time words of a language from data/<lang>/dates.yaml."""
        return cls(load_yaml(lang, "dates.yaml"))

    @staticmethod
    def _direction_words(stems: Mapping[str, int], endings: list[str]) -> dict[str, int]:
        return {normal(stem + ending): offset for stem, offset in stems.items() for ending in endings}

    @staticmethod
    def _cue_re(words: list[str]) -> re.Pattern[str] | None:
        return re.compile(LEFT + alternation(words) + RIGHT, re.IGNORECASE) if words else None

    def _compile(self) -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
        d = self.data
        pre = rf"(?:(?i:(?P<pre>{alternation(self.prefixes)}))\s+)?"
        wd = alternation(self.weekdays)
        mon = alternation(self.months)
        qual = rf"(?i:(?P<qual>{alternation(d.get('qualifiers') or [])}))"
        ordinal = alternation(d.get("ordinal_suffixes") or [""])
        glue = alternation(d.get("weekday_date_glue") or [])
        direction = rf"(?i:(?P<dir>{alternation(self.directions)}))"
        number = rf"(?P<num>{COUNT_NUMBER}|(?i:{alternation(self.numbers)}))"
        count_unit = rf"(?i:(?P<unit>{alternation(self.count_units)}))"
        year_tail = rf"(?:,?\s+(?P<year>{YEAR_NUMBER}))?"
        dated_wd = rf"(?:(?P<wd>{wd})\s*,?\s*(?:{glue}\s+)?)?"
        dm_glue = alternation(d.get("day_month_glue") or [])
        orders = d.get("day_month_order") or ["dm"]
        # kind, pattern, and its core: what it cannot match without (a digit pattern, or one of these words)
        patterns: list[tuple[str, str, re.Pattern[str] | Iterable[str]]] = []
        if "dm" in orders:
            patterns.append(("date", rf"{pre}{dated_wd}(?P<day>{DAY_NUMBER}){ordinal}\s*"
                                     rf"(?:{dm_glue}\s+)?(?P<mon>{mon}){year_tail}", self.months))
        if "md" in orders:
            patterns.append(("date", rf"{pre}{dated_wd}(?P<mon>{mon})\s+(?P<day>{DAY_NUMBER})(?:{ordinal}){year_tail}",
                             self.months))
        patterns += [
            ("date", pre + NUMERIC_DMY, NUMERIC_CORE),
            ("date", pre + ISO_DATE, ISO_CORE),
            ("month", rf"{pre}(?:{qual}\s+)?(?P<mon>{mon}){year_tail}", self.months),
            # a year needs a prefix or a qualifier (checked in scan): "2019 gescheiterten" is none
            ("year", rf"(?:(?i:(?P<pre>{alternation(d.get('year_prefixes') or [])}))\s+)?(?:{qual}\s+)?"
                     rf"(?P<year>{YEAR_NUMBER})", YEAR_CORE),
            ("weekday", rf"{pre}(?:{direction}\s+)?(?:(?i:{alternation(d.get('day_part_adjectives') or [])})\s+)?"
                        rf"(?P<wd>{wd})(?:{alternation(d.get('day_parts') or [])})?", self.weekdays),
            ("period", rf"(?i:{pre}(?:{qual}\s+)?(?:{alternation(d.get('period_articles') or [])}\s+)?"
                       rf"{direction}\s+(?P<unit>{alternation(self.units)}))", self.units),
            ("period", rf"(?i:{pre}{qual}\s+{alternation(d.get('current_articles') or [])}\s+"
                       rf"(?P<unit>{alternation(self.units)}))", self.units),
            ("period", rf"{pre}(?i:(?P<comp>{alternation(self.compounds)}))", self.compounds),
            ("ago", rf"(?i:{number}\s+{count_unit}\s+{alternation(d.get('ago_after') or [])})", self.count_units),
            ("ago", rf"(?i:{alternation(d.get('ago_before') or [])}\s+{number}\s+{count_unit})", self.count_units),
            ("ahead", rf"(?i:{alternation(d.get('ahead_before') or [])}\s+{number}\s+{count_unit})", self.count_units),
            ("relative_day", rf"(?i:{pre}(?P<rel>{alternation(self.relative_days)}))", self.relative_days),
            ("anaphoric", rf"(?i:(?P<ana>{alternation(self.anaphoric)}))", self.anaphoric),
            ("season", rf"{pre}(?:{qual}\s+)?(?i:{alternation(d.get('seasons') or [])})"
                       rf"(?:\s+(?i:{alternation(d.get('season_glue') or [])}))?\s+(?P<year>{YEAR_NUMBER})", YEAR_CORE),
            # a holiday needs a prefix: "an Weihnachten", not the greeting "Frohe Weihnachten"
            ("holiday", rf"{pre.removesuffix('?')}(?P<hol>{alternation(d.get('holidays') or {})}){year_tail}",
             self.holidays),
            ("clock", rf"(?i:{alternation(d.get('clock_prefixes') or [])})\s+{CLOCK_TIME}\s+"
                      rf"{alternation(d.get('clock_suffixes') or [])}", DIGIT),
        ]
        self._cores = _core_words(core for _, _, core in patterns)
        return [(kind, re.compile(LEFT + body + RIGHT), core if isinstance(core, re.Pattern) else None)
                for kind, body, core in patterns]

    def scan(self, text: str) -> list[RawTime]:
        """The time expressions of a sentence, longest first where they overlap, in text order."""
        # a pattern is tried only where its core stands (a digit pattern, or a word found in one pass over
        # the case-folded text): most sentences hold no time word, and the regexes are slow to say so
        tried = {i for _, indices in self._cores.iter(text.casefold()) for i in indices} if self._cores else set()
        if DIGIT.search(text) is not None:  # every digit core needs one: four in five sentences have none
            tried.update(self._digit_cored)
        if not tried:
            return []
        found = [
            RawTime(m.start(), m.end(), kind, {k: v for k, v in m.groupdict().items() if v})
            for kind, pattern, needed in map(self.patterns.__getitem__, sorted(tried))
            if needed is None or needed.search(text) for m in pattern.finditer(text)
        ]
        found = [r for r in found if self._complete(r)]
        chosen: list[RawTime] = []
        for raw in sorted(found, key=lambda r: (r.start - r.end, r.start)):
            if all(raw.end <= c.start or raw.start >= c.end for c in chosen):
                chosen.append(raw)
        return sorted(chosen, key=lambda r: r.start)

    def _complete(self, raw: RawTime) -> bool:
        """A year, or a month name that is also a name or verb, needs a prefix or a qualifier."""
        if raw.kind == "year":
            return "pre" in raw.parts or "qual" in raw.parts
        if raw.kind == "month" and raw.parts["mon"] in self.ambiguous_months:
            return any(key in raw.parts for key in ("pre", "qual", "year"))
        return True

    def role(self, raw: RawTime) -> str:
        """What the expression's prefix makes of it: point, since, until or attribute."""
        prefix = raw.parts.get("pre")
        return self.prefixes.get(normal(prefix), "point") if prefix else "point"

    def tense(self, sentence: str) -> str:
        """'past' (a past cue), 'future' (a future cue and no past cue) or 'present'."""
        if self.past_re is not None and self.past_re.search(sentence):
            return "past"
        if self.future_re is not None and self.future_re.search(sentence):
            return "future"
        return "present"

    def preterite(self, form: str, lemma: str) -> bool:
        """Whether a finite full verb is a preterite: the lemma's stem + a weak ending ("kritisierte" of
        "kritisieren"; "kündigte" of "ankündigen"), or a strong preterite ("trafen", "beschloss")."""
        form, stem = form.lower(), lemma.lower().removesuffix("n").removesuffix("e")
        if form.endswith(self.strong_preterites):
            return True
        return any(form.endswith(ending) and len(form) > len(ending) + 1 and stem.endswith(form[:-len(ending)])
                   for ending in self.preterite_endings)

    def month_of(self, name: str) -> int:
        """The month number of a month name as matched."""
        return self.months[name]

    def count(self, word: str) -> int:
        """A count written in digits or as a number word."""
        return int(word) if word.isdigit() else self.numbers[normal(word)]
