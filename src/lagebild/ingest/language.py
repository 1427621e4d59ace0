"""Language identification with lingua, restricted to the languages in data/ingest.yaml."""

from __future__ import annotations

import re
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .config import load_config


@cache
def _detector() -> LanguageDetector:
    """Build the detector once; low accuracy mode (trigrams only) is fast and enough for articles."""
    config = load_config()
    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in config.languages]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ('de', 'en', ...), or None when unsure."""
    config = load_config()
    sample = text[: config.detect_chars]
    clear = by_function_words(sample)
    if clear is not None:
        return clear
    letters = sum(ch.isalpha() for ch in sample)
    if letters < max(config.min_letters, 1):
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None
    best = values[0]
    # short texts are where trigram statistics mislead, so demand a clear winner there
    if letters < config.short_text_letters and best.value < config.short_text_confidence:
        return None
    return best.language.iso_code_639_1.name.lower()


WORD = re.compile(r"[^\W\d_]+")


def by_function_words(sample: str) -> str | None:
    """The language whose function words clearly dominate the sample, else None (ask lingua)."""
    config = load_config()
    if not config.function_words:
        return None
    words = WORD.findall(sample.lower())
    counts = {lang: sum(w in listed for w in words) for lang, listed in config.function_words.items()}
    lang, best = max(counts.items(), key=lambda item: item[1])
    if best < config.function_word_min or best < config.function_word_share * len(words):
        return None
    if any(n > config.function_word_rival * best for other, n in counts.items() if other != lang):
        return None
    return lang


def normalise_lang(value: object) -> str | None:
    """'de-DE', 'DE' or 'de_AT' -> 'de'; None for anything that is not a language tag."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None
