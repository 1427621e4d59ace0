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


NEWS = {
    "de": "Die Regierung in Berlin hat am Mittwoch neue Hilfen für die Ukraine beschlossen. Nach Angaben des "
          "Ministeriums sollen die Mittel vor allem in die Luftverteidigung fließen. Die Opposition kritisierte, "
          "dass das Paket zu spät komme und nicht reiche. Der Kanzler sagte, man werde sich mit den Partnern "
          "abstimmen und auch über weitere Schritte sprechen.",
    "en": "The government in Berlin on Wednesday approved new aid for Ukraine. According to the ministry, the funds "
          "will go mainly to air defence. The opposition said that the package came too late and that it was not "
          "enough. The chancellor said he would consult with partners and that they have discussed further steps.",
    "nl": "De regering in Berlijn heeft woensdag nieuwe hulp voor Oekraïne goedgekeurd. Volgens het ministerie gaat "
          "het geld vooral naar de luchtverdediging. De oppositie zei dat het pakket te laat kwam en niet genoeg is. "
          "De kanselier zei dat hij met de partners zal overleggen en ook over verdere stappen wil praten.",
    "fr": "Le gouvernement à Berlin a approuvé mercredi une nouvelle aide pour l'Ukraine. Selon le ministère, les "
          "fonds iront surtout à la défense aérienne. L'opposition a dit que le paquet arrivait trop tard et "
          "qu'il ne suffisait pas. Le chancelier a dit qu'il consulterait les partenaires sur la suite.",
    "es": "El gobierno en Berlín aprobó el miércoles una nueva ayuda para Ucrania. Según el ministerio, los fondos "
          "irán sobre todo a la defensa aérea. La oposición dijo que el paquete llegaba tarde y que no era "
          "suficiente. El canciller dijo que consultaría con los socios sobre los próximos pasos.",
    "it": "Il governo a Berlino ha approvato mercoledì nuovi aiuti per l'Ucraina. Secondo il ministero, i fondi "
          "andranno soprattutto alla difesa aerea. L'opposizione ha detto che il pacchetto è arrivato tardi e che "
          "non basta. Il cancelliere ha detto che si consulterà con i partner sui prossimi passi.",
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_function_word_cascade_answers_only_for_its_languages(lang):
    from lagebild.ingest.language import by_function_words

    # German and English news are decided by their function words; other languages go on to lingua
    assert by_function_words(NEWS[lang]) == (lang if lang in {"de", "en"} else None)
    assert detect_language(NEWS[lang]) == lang


def test_function_word_cascade_leaves_mixed_text_to_lingua():
    from lagebild.ingest.language import by_function_words

    half = NEWS["de"][:200] + " " + NEWS["en"][:200]
    assert by_function_words(half) is None
