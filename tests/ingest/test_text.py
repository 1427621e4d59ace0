"""Plain-text articles: header form, the ' date YYYY-MM Title' form, plain files, seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import ReaderError
from lagebild.ingest import read_paths, read_text
from lagebild.model import PartialDate

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

HEADER_DOC = (
    "date: 2025-03-14\n"
    "title: Außenminister beraten in Brüssel über Hilfen\n"
    "source: Testagentur\n"
    "url: https://example.org/a\n"
    "\n"
    "Die Außenminister der EU trafen sich am Freitag in Brüssel.\n"
    "Sie sagten der Ukraine weitere Hilfen zu.\n"
)


def test_text_header_form_puts_title_first_and_drops_header():
    article = read_text(HEADER_DOC, "a.txt", "in/a.txt")
    assert article.text == (
        "Außenminister beraten in Brüssel über Hilfen\n"
        "Die Außenminister der EU trafen sich am Freitag in Brüssel.\n"
        "Sie sagten der Ukraine weitere Hilfen zu.\n"
    )
    assert article.title == "Außenminister beraten in Brüssel über Hilfen"
    assert article.pub_date == PartialDate(2025, 3, 14)
    assert (article.doc, article.path, article.source) == ("a.txt", "in/a.txt", "Testagentur")
    assert article.url == "https://example.org/a"
    assert article.lang == "de"


def test_text_header_lang_overrides_detection_and_crlf_bom_are_normalised():
    raw = "\ufefflang: en-GB\r\ndate: 2024-06\r\n\r\nParliament met on Monday.\r\nIt voted.\r\n"
    article = read_text(raw, "b.txt")
    assert article.text == "Parliament met on Monday.\nIt voted.\n"
    assert article.title == "Parliament met on Monday."
    assert article.pub_date == PartialDate(2024, 6)
    assert article.lang == "en"


def test_text_header_title_not_repeated_when_body_starts_with_it():
    raw = "title: Gipfel in Rom\n\nGipfel in Rom\nDie Regierungschefs trafen sich am Montag.\n"
    assert read_text(raw, "c.txt").text == "Gipfel in Rom\nDie Regierungschefs trafen sich am Montag.\n"


@pytest.mark.parametrize("first_line, iso", [
    (" date 2023-11 Kiew meldet neue Angriffe auf Charkiw", "2023-11"),
    ("date 2024 Kiew meldet neue Angriffe auf Charkiw", "2024"),
    ("date 2024-02-29 Kiew meldet neue Angriffe auf Charkiw", "2024-02-29"),
    ("date: 2024-02 Kiew meldet neue Angriffe auf Charkiw", "2024-02"),
    (" date 2023-11\nKiew meldet neue Angriffe auf Charkiw", "2023-11"),
])
def test_text_inline_date_form_gives_date_and_title(first_line, iso):
    article = read_text(first_line + "\n\nDie Behörden berichteten von Schäden.\n", "d.txt")
    assert article.pub_date.iso() == iso
    assert article.title == "Kiew meldet neue Angriffe auf Charkiw"
    assert article.text == "Kiew meldet neue Angriffe auf Charkiw\n\nDie Behörden berichteten von Schäden.\n"


def test_text_plain_file_kept_verbatim_with_first_line_as_title():
    raw = "Berlin – Die Regierung hat am Dienstag getagt. Sie beschloss nichts.\n\nDate: nicht hier.\n"
    article = read_text(raw, "e.txt")
    assert article.text == raw
    assert article.title == "Berlin – Die Regierung hat am Dienstag getagt. Sie beschloss nichts."
    assert article.pub_date is None


def test_text_line_with_unknown_key_is_not_a_header():
    raw = "Moskau: Der Kreml weist Berichte zurück\n\nEin Sprecher äußerte sich am Abend.\n"
    assert read_text(raw, "f.txt").text == raw


@pytest.mark.parametrize("raw", ["", "  \n\n\t\n", "date: 2024-01-01\n\n"])
def test_text_without_content_raises_reader_error(raw):
    with pytest.raises(ReaderError):
        read_text(raw, "g.txt")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")
def test_text_seed_files_read_as_the_contract_says():
    articles = {a.doc: a for a in read_paths([str(SEEDS)])}
    plain = articles["000_d8bb1569ecdc6aef.txt"]
    assert plain.pub_date is None and plain.lang == "de"
    assert plain.text.startswith("Bei der Militärparade zum „Tag des Sieges“ hat Nordkorea laut")
    dated = articles["004_731237b1306250b6.txt"]
    title = "Nordkorea will Kooperation mit Russland vertiefen – und testet neue Raketentriebwerke"
    assert dated.pub_date == PartialDate(2023, 11)
    assert dated.title == title
    assert dated.text.split("\n")[0] == title
    assert dated.lang == "de"


def test_text_header_with_unknown_key_drops_it_with_the_header():
    raw = "date: 2024-09-01\nauthor: Redaktion\ntitle: Wahl in Sachsen\n\nDie Wahl begann am Morgen.\n"
    article = read_text(raw, "h.txt")
    assert article.text == "Wahl in Sachsen\nDie Wahl begann am Morgen.\n"
    assert article.pub_date == PartialDate(2024, 9, 1)
