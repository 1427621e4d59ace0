"""Event dates: time expressions of a sentence resolved against the article's anchor date.

Reads Article.pub_date and Sentence.text; the event coder calls ``DateResolver`` and sets
Event.date. Conventions (data/de/dates.yaml explains them): a sentence is dated only by its
own time words; weekdays go back to the most recent such day on or before the anchor unless
the sentence looks ahead; anaphora ("am Vortag", "damals") refer to the most recent date
named before; spans of several days (a week, a weekend) are given at month precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..model import Article, PartialDate, Sentence
from .timewords import RawTime, TimeWords, normal

# roles whose expression never dates the event itself ("bis Jahresende", "aus dem Jahr 2015")
NON_EVENT_ROLES = frozenset({"until", "attribute"})
DAYS_PER_WEEK = 7
CLAUSE_MARKS = (",", ";", ":", " – ", " - ")
ZU_INFINITIVE_RE = re.compile(r"\bzu \w+en\b")
PAST, FUTURE = "past", "future"
SATURDAY = 5  # date.weekday() numbering; a weekend is dated by its Saturday


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression of a sentence; offsets are into the sentence text.

    ``role`` comes from its prefix: 'point' (the event's time), 'since' ("seit ..."),
    'until' ("bis ...", a deadline) or 'attribute' ("aus dem Jahr 2015", dates a noun).
    """

    start: int
    end: int
    text: str
    value: PartialDate | None
    kind: str
    role: str = "point"


@dataclass(frozen=True, slots=True)
class _Context:
    """What an expression resolves against."""

    anchor: PartialDate | None
    last: PartialDate | None
    tense: str  # 'past', 'present' or 'future' (TimeWords.tense)


def _day(value: PartialDate | None) -> date | None:
    return value.as_date() if value is not None else None


def _shift_month(year: int, month: int, offset: int) -> PartialDate:
    index = year * 12 + month - 1 + offset
    return PartialDate(index // 12, index % 12 + 1)


def _year_for(month: int, day: int | None, anchor: PartialDate | None, tense: str) -> int | None:
    """The year of a month (and day) named without one.

    Past tense: its most recent occurrence up to the anchor; future: the next one from it;
    present tense ("Am 12. April wählen die Ungarn") or no tense cue: the nearer of the two.
    """
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    fine = day is not None and anchor.day is not None
    here = (anchor.month, anchor.day if fine else 0)
    there = (month, day if fine else 0)
    back = anchor.year if there <= here else anchor.year - 1
    ahead = anchor.year if there >= here else anchor.year + 1
    if tense == PAST or back == ahead:
        return back
    if tense == FUTURE:
        return ahead

    def months_away(year: int) -> float:
        days = (day - anchor.day) / 31 if fine else 0  # type: ignore[operator]
        return abs(12 * (year - anchor.year) + month - anchor.month + days)

    return min((back, ahead), key=months_away)


def _full(year: int | None, month: int, day: int | None) -> PartialDate | None:
    if year is None:
        return None
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _weekday(target: int, anchor: date, forward: bool, strict: bool) -> date:
    """The weekday on or before the anchor (forward: on or after); strict: never the anchor day."""
    if forward:
        ahead = (target - anchor.weekday()) % DAYS_PER_WEEK
        return anchor + timedelta(days=ahead or (DAYS_PER_WEEK if strict else 0))
    back = (anchor.weekday() - target) % DAYS_PER_WEEK
    return anchor - timedelta(days=back or (DAYS_PER_WEEK if strict else 0))


class DateResolver:
    """Finds and resolves the time expressions of one language's articles."""

    def __init__(self, words: TimeWords) -> None:
        self.words = words

    @classmethod
    def for_language(cls, lang: str) -> DateResolver:
        """The resolver for 'de' or 'en' (loaded once per language)."""
        return _resolver(lang)

    # -- article level -------------------------------------------------------------------
    def article_anchor(self, article: Article, sentences: Sequence[Sentence]) -> PartialDate | None:
        """The day-precision pub date; else the latest explicit day+month date of the text that
        agrees with a vague pub date ("2023-11": "am 16. November"); else the pub date or None."""
        pub = article.pub_date
        if pub is None or pub.day is not None:
            return pub
        context = _Context(pub, None, PAST)
        explicit = [
            value for sentence in sentences for raw in self.words.scan(sentence.text)
            if raw.kind == "date" and (value := self._resolve(raw, context)) is not None
            and value.day is not None and value.year == pub.year
            and (pub.month is None or value.month == pub.month)
        ]
        return max(explicit, key=lambda v: (v.year, v.month, v.day)) if explicit else pub

    def resolve_article(self, article: Article, sentences: Sequence[Sentence]) -> list[list[TimeExpression]]:
        """Each sentence's time expressions, resolved in document order."""
        anchor = self.article_anchor(article, sentences)
        last: PartialDate | None = None
        result = []
        for sentence in sentences:
            expressions = self.resolve_sentence(sentence.text, anchor, last)
            for expression in expressions:
                last = expression.value or last
            result.append(expressions)
        return result

    def resolve_sentence(self, text: str, anchor: PartialDate | None, last: PartialDate | None = None,
                         past: bool = False) -> list[TimeExpression]:
        """The time expressions of one sentence; ``last`` is the latest date named before it; ``past``:
        the sentence is known to be in the past tense (a tagged preterite the cue list lacks)."""
        expressions = []
        for raw in self.words.scan(text):
            # the tense of the expression's own clause: in "Am Dienstag verkündeten sie, dass sie
            # ... wollen" the plan in the dass-clause does not move Tuesday into the future
            clause = _clause_around(text, raw.start, raw.end)
            tense = PAST if past else self.words.tense(clause)
            if tense == "present":
                # a zu-infinitive plans ahead ("bereit, ... am Mittwoch zu treffen"); with no cue
                # in its own clause the sentence decides
                tense = FUTURE if ZU_INFINITIVE_RE.search(clause) else self.words.tense(text)
            value = self._resolve(raw, _Context(anchor, last, tense))
            last = value or last
            expressions.append(TimeExpression(raw.start, raw.end, text[raw.start:raw.end], value,
                                              raw.kind, self.words.role(raw)))
        return expressions

    def sentence_date(self, expressions: list[TimeExpression], at: int | None = None) -> PartialDate | None:
        """The event date: the usable expression nearest to offset ``at``, else the first."""
        usable = [e for e in expressions if e.value is not None and e.role not in NON_EVENT_ROLES
                  and not (e.role == "since" and e.value.day is None)]
        if not usable:
            return None
        if at is None:
            return usable[0].value

        def distance(e: TimeExpression) -> int:
            return 0 if e.start <= at < e.end else min(abs(at - e.start), abs(at - e.end))

        return min(usable, key=distance).value

    # -- one expression ------------------------------------------------------------------
    def _resolve(self, raw: RawTime, ctx: _Context) -> PartialDate | None:
        handler = getattr(self, f"_resolve_{raw.kind}")
        return handler(raw.parts, ctx)

    def _resolve_date(self, parts: dict, ctx: _Context) -> PartialDate | None:
        mon = parts["mon"]
        month = int(mon) if mon.isdigit() else self.words.month_of(mon)
        day = int(parts["day"])
        if not 1 <= month <= 12:
            return None
        year = int(parts["year"]) if "year" in parts else _year_for(month, day, ctx.anchor, ctx.tense)
        return _full(year, month, day)

    def _resolve_month(self, parts: dict, ctx: _Context) -> PartialDate | None:
        month = self.words.month_of(parts["mon"])
        year = int(parts["year"]) if "year" in parts else _year_for(month, None, ctx.anchor, ctx.tense)
        return _full(year, month, None)

    def _resolve_year(self, parts: dict, ctx: _Context) -> PartialDate | None:
        return PartialDate(int(parts["year"]))

    _resolve_season = _resolve_year

    def _resolve_holiday(self, parts: dict, ctx: _Context) -> PartialDate | None:
        month, day = self.words.holidays[normal(parts["hol"])]
        year = int(parts["year"]) if "year" in parts else _year_for(month, day, ctx.anchor, ctx.tense)
        return _full(year, month, day)

    def _resolve_weekday(self, parts: dict, ctx: _Context) -> PartialDate | None:
        anchor = _day(ctx.anchor)
        if anchor is None:
            return None
        # "kommenden/vergangenen Montag" never means the anchor day; a bare weekday may
        direction = self.words.directions.get(normal(parts.get("dir", "")), 0)
        forward = direction > 0 or (direction == 0 and ctx.tense == FUTURE)
        day = _weekday(self.words.weekdays[parts["wd"]], anchor, forward, strict=direction != 0)
        return PartialDate.of(day)

    def _resolve_relative_day(self, parts: dict, ctx: _Context) -> PartialDate | None:
        anchor = _day(ctx.anchor)
        # the prefix may belong to the phrase: "noch am Morgen" is today, "Morgen" tomorrow
        whole = normal(f"{parts.get('pre', '')} {parts['rel']}")
        offset = self.words.relative_days.get(whole, self.words.relative_days[normal(parts["rel"])])
        if ctx.tense == PAST:
            offset = self.words.relative_days_past.get(normal(parts["rel"]), offset)
        return PartialDate.of(anchor + timedelta(days=offset)) if anchor else None

    def _resolve_clock(self, parts: dict, ctx: _Context) -> PartialDate | None:
        return ctx.anchor if ctx.anchor is not None and ctx.anchor.day is not None else None

    def _resolve_anaphoric(self, parts: dict, ctx: _Context) -> PartialDate | None:
        offset = self.words.anaphoric[normal(parts["ana"])]
        if offset is None:  # "damals" needs a date named before; the pub date is no antecedent
            return ctx.last
        reference = ctx.last or ctx.anchor
        day = _day(reference)
        return PartialDate.of(day + timedelta(days=offset)) if day else None

    def _resolve_period(self, parts: dict, ctx: _Context) -> PartialDate | None:
        if "comp" in parts:
            unit, offset = self.words.compounds[normal(parts["comp"])]
        else:
            unit = self.words.units[normal(parts["unit"])]
            offset = self.words.directions.get(normal(parts.get("dir", "")), 0)
        return self._span(unit, offset, ctx)

    def _resolve_ago(self, parts: dict, ctx: _Context) -> PartialDate | None:
        return self._count_back(parts, ctx, -1)

    def _resolve_ahead(self, parts: dict, ctx: _Context) -> PartialDate | None:
        return self._count_back(parts, ctx, 1)

    def _count_back(self, parts: dict, ctx: _Context, sign: int) -> PartialDate | None:
        unit = self.words.count_units[normal(parts["unit"])]
        count = sign * self.words.count(parts["num"])
        if unit == "day":
            anchor = _day(ctx.anchor)
            return PartialDate.of(anchor + timedelta(days=count)) if anchor else None
        return self._span(unit, count, ctx)

    def _span(self, unit: str, offset: int, ctx: _Context) -> PartialDate | None:
        """A week, weekend, month or year ``offset`` units from the anchor, at its precision."""
        anchor = ctx.anchor
        if anchor is None:
            return None
        if unit == "year":
            return PartialDate(anchor.year + offset)
        if anchor.month is None:
            return None
        if unit == "month":
            return _shift_month(anchor.year, anchor.month, offset)
        day = _day(anchor)
        if day is None:
            return PartialDate(anchor.year, anchor.month) if offset == 0 else None
        if unit == "weekend":
            forward = offset > 0 or (offset == 0 and ctx.tense == FUTURE)
            # looking back from a Sunday, "the weekend" began the day before: start a day later
            day = _weekday(SATURDAY, day if forward else day + timedelta(days=1), forward, offset != 0)
        else:
            day = day + timedelta(days=DAYS_PER_WEEK * offset)
        return PartialDate(day.year, day.month)


def _clause_around(text: str, start: int, end: int) -> str:
    """The stretch of text between the clause marks around [start, end)."""
    left = max(text.rfind(mark, 0, start) for mark in CLAUSE_MARKS)
    rights = [i for i in (text.find(mark, end) for mark in CLAUSE_MARKS) if i >= 0]
    return text[left + 1: min(rights) if rights else len(text)]


@cache
def _resolver(lang: str) -> DateResolver:
    """Pure loader: one resolver per language."""
    return DateResolver(TimeWords.load(lang))
