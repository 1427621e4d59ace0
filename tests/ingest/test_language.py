"""Language identification."""

from __future__ import annotations

import pytest

from lagebild.ingest import detect_language
from lagebild.ingest.language import normalise_lang


@pytest.mark.parametrize("text, lang", [
    ("Die Bundesregierung kündigte am Mittwoch neue Hilfen für die Ukraine an.", "de"),
    ("The foreign ministers met in Geneva on Tuesday to discuss a ceasefire.", "en"),
    ("Le président a rencontré le chancelier allemand à Paris mardi dernier.", "fr"),
])
def test_language_detects_news_sentences(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "12345 -- 678", "OK", "Menü"])
def test_language_unsure_on_very_short_or_letterless_text(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("value, code", [("de-DE", "de"), ("EN", "en"), ("de_AT", "de"), ("", None), (3, None)])
def test_language_tags_normalised(value, code):
    assert normalise_lang(value) == code
