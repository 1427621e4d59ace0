"""Event dates: one-line cases per form (tests/cases/dates_*.tsv), the numeric shapes, seed 004."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.events.dates import DateResolver, TimeExpression
from lagebild.events.timewords import (
    CLOCK_TIME,
    ISO_DATE,
    NUMERIC_DMY,
    YEAR_NUMBER,
    TimeWords,
    alternation,
)
from lagebild.model import Article, PartialDate
from lagebild.nlp import split_sentences

CASES = Path(__file__).resolve().parents[1] / "cases"
SEED_004 = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "004_731237b1306250b6.txt"


def _cases(lang: str) -> list:
    rows = []
    for line in (CASES / f"dates_{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, pub, expected, form = line.split("\t")
        rows.append(pytest.param(lang, sentence, pub, expected, id=f"{lang}: {form}"))
    return rows


def _date_of(lang: str, sentence: str, pub: str | None) -> PartialDate | None:
    resolver = DateResolver.for_language(lang)
    article = Article(doc="t", text=sentence, pub_date=PartialDate.parse(pub), lang=lang)
    sentences = split_sentences(sentence)
    resolved = resolver.resolve_article(article, sentences)
    return resolver.sentence_date([e for exprs in resolved for e in exprs])


@pytest.mark.parametrize(("lang", "sentence", "pub", "expected"), _cases("de") + _cases("en"))
def test_dates_sentence_date_per_form(lang: str, sentence: str, pub: str, expected: str) -> None:
    value = _date_of(lang, sentence, pub or None)
    assert (value.iso() if value else "null") == expected


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (NUMERIC_DMY, "am 16.11.2023 in Berlin", "16.11.2023"),
    (NUMERIC_DMY, "Version 1.16.11.2023", None),
    (NUMERIC_DMY, "2.000 Soldaten", None),
    (ISO_DATE, "published 2023-11-16T08:00", "2023-11-16"),
    (YEAR_NUMBER, "im Jahr 2019 scheiterten", "2019"),
    (YEAR_NUMBER, "1.2019,5 Euro", None),
    (CLOCK_TIME, "um 07.00 Uhr", "07.00"),
    (CLOCK_TIME, "at 9:30", "9:30"),
])
def test_dates_numeric_shapes(pattern: str, text: str, found: str | None) -> None:
    match = re.search(pattern, text)
    assert (match.group() if match else None) == found


def test_dates_alternation_escapes_and_prefers_longest() -> None:
    pattern = re.compile(alternation(["am", "am Vortag", "Jan."]))
    assert pattern.match("am  Vortag").group() == "am  Vortag"
    assert pattern.match("Janx") is None


def test_dates_time_words_reject_incomplete_data() -> None:
    with pytest.raises(Exception, match="lacks"):
        TimeWords({"weekdays": {}})


def test_dates_anaphora_refers_to_the_last_named_date() -> None:
    resolver = DateResolver.for_language("de")
    text = "Die Vereinbarung wurde am 16. November 2023 bekannt. Am Vortag hatten sich die Delegationen getroffen."
    sentences = split_sentences(text)
    resolved = resolver.resolve_article(Article(doc="t", text=text), sentences)
    assert [resolver.sentence_date(exprs) for exprs in resolved] == [
        PartialDate(2023, 11, 16), PartialDate(2023, 11, 15)]


def test_dates_damals_needs_a_date_named_before() -> None:
    resolver = DateResolver.for_language("de")
    text = "Das Abkommen aus dem Jahr 2015 gilt noch. Damals waren die Sanktionen aufgehoben worden."
    sentences = split_sentences(text)
    article = Article(doc="t", text=text, pub_date=PartialDate(2025, 8, 28))
    resolved = resolver.resolve_article(article, sentences)
    assert resolver.sentence_date(resolved[0]) is None  # "aus dem Jahr": an attribute
    assert resolver.sentence_date(resolved[1]) == PartialDate(2015)
    assert resolver.resolve_sentence("Damals gab es keine Sanktionen.", PartialDate(2025, 8, 28)) == [
        TimeExpression(0, 6, "Damals", None, "anaphoric")]


def test_dates_sentence_date_takes_the_expression_nearest_the_trigger() -> None:
    resolver = DateResolver.for_language("de")
    text = "Am Freitag fand man ihn, gestern wurde er festgenommen."
    expressions = resolver.resolve_sentence(text, PartialDate(2025, 11, 2))
    assert resolver.sentence_date(expressions) == PartialDate(2025, 10, 31)
    assert resolver.sentence_date(expressions, at=text.index("festgenommen")) == PartialDate(2025, 11, 1)


def test_dates_anchor_of_a_month_only_pub_date_is_the_latest_explicit_date() -> None:
    resolver = DateResolver.for_language("de")
    text = ("Die Agentur meldete das Treffen am Dienstag, den 14. November. "
            "Die Gespräche endeten am 16. November. Im Oktober 2022 gab es keine Gespräche.")
    article = Article(doc="t", text=text, pub_date=PartialDate(2023, 11))
    assert resolver.article_anchor(article, split_sentences(text)) == PartialDate(2023, 11, 16)
    assert resolver.article_anchor(Article(doc="t", text="Keine Daten."), []) is None


def test_dates_offsets_point_into_the_sentence() -> None:
    resolver = DateResolver.for_language("en")
    text = "Officials said the army shelled the town on Friday."
    [expression] = resolver.resolve_sentence(text, PartialDate(2023, 7, 28))
    assert text[expression.start:expression.end] == expression.text == "on Friday"
    assert expression.kind == "weekday"


@pytest.mark.skipif(not SEED_004.exists(), reason="../shared/seeds not available")
def test_dates_seed_004_dates_from_the_explicit_anchor() -> None:
    text = SEED_004.read_text(encoding="utf-8")
    text = text.split("2023-11", 1)[1].strip()  # drop the " date 2023-11" header
    article = Article(doc="004", text=text, pub_date=PartialDate(2023, 11), lang="de")
    sentences = split_sentences(text)
    resolver = DateResolver.for_language("de")
    resolved = resolver.resolve_article(article, sentences)
    assert resolver.article_anchor(article, sentences) == PartialDate(2023, 11, 16)

    def date_near(word: str) -> PartialDate | None:
        for sentence, expressions in zip(sentences, resolved, strict=True):
            if word in sentence.text:
                return resolver.sentence_date(expressions, sentence.text.index(word))
        raise AssertionError(word)

    assert date_near("Donnerstag, den 16. November") == PartialDate(2023, 11, 16)
    assert date_near("Am Vortag") == PartialDate(2023, 11, 15)
    assert date_near("am Samstag") == PartialDate(2023, 11, 11)
    assert date_near("Dienstag die") == PartialDate(2023, 11, 14)
