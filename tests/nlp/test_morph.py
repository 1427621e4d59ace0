"""Our morpheme-lattice searches (pure Python and compiled) give exactly HanTa's analyses, only faster."""

from __future__ import annotations

from pathlib import Path

import pytest
from HanTa import HanoverTagger as ht

from lagebild.nlp import morph, split_sentences
from lagebild.nlp.morph import accelerate, uses_compiled_search

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# words HanTa's model does not cache: compounds, names, inflections, short words, odd casing
HARD_WORDS = [
    "Raketenabwehrsystemen", "Außenministeriumssprecherin", "Sicherheitsratsresolution", "Kyjiw",
    "Nordkoreas", "abgeschossenen", "Waffenstillstandsverhandlungen", "zurückgewiesen", "Xi",
    "Drohnenangriffe", "ausgewiesen", "US-Sanktionen", "UNO", "Schoigu", "uns", "ab", "Ölembargo",
    "Menschenrechtskommissar", "Verteidigungsministerin", "haben", "aufgerufen", "Z", "",
]


NOT_BUILT = "lagebild.nlp._lattice is not built (setup.py needs Cython and a C compiler); the pure search runs"


@pytest.fixture(scope="module")
def plain():
    return ht.HanoverTagger("morphmodel_ger.pgz")


@pytest.fixture(scope="module", params=["pure", "compiled"])
def taggers(request, plain):
    """HanTa's own tagger and one with our pure-Python or our compiled search."""
    if request.param == "compiled" and morph._lattice is None:
        pytest.skip(NOT_BUILT)
    fast = ht.HanoverTagger("morphmodel_ger.pgz")
    accelerate(fast, compiled=request.param == "compiled")
    assert uses_compiled_search(fast) is (request.param == "compiled")
    return plain, fast


@pytest.fixture(scope="module")
def sentences() -> list[list[str]]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((EXAMPLES / "de").glob("*.txt"))]
    return [[t.text for t in s.tokens] for text in texts for s in split_sentences(text)]


def _uncached_words(tagger, sentences: list[list[str]]) -> list[str]:
    words = {tagger.normalize(w) for sentence in sentences for w in sentence} | {w.lower() for w in HARD_WORDS}
    return sorted(w for w in words if w not in tagger.cache)


def test_sample_articles_have_words_the_model_must_analyse(plain, sentences):
    assert len(_uncached_words(plain, sentences)) > 100


def test_forward_analysis_is_hantas(taggers, sentences):
    plain, fast = taggers
    for word in _uncached_words(plain, sentences):
        assert fast.analyze_forward(word) == plain.analyze_forward(word), word


def test_lemma_search_is_hantas_for_every_tag_of_the_word(taggers, sentences):
    plain, fast = taggers
    for word in _uncached_words(plain, sentences):
        for tag, _ in plain.analyze_forward(word)[:3]:
            assert fast.analyze_viterbi(word, -tag) == plain.analyze_viterbi(word, -tag), (word, tag)


def test_an_unreachable_tag_gives_hantas_fallback(taggers):
    plain, fast = taggers
    # a punctuation tag cannot end a letter word: HanTa falls back to one unknown morpheme
    tag = -plain.tag2int["$."]
    assert fast.analyze_viterbi("raketen", tag) == plain.analyze_viterbi("raketen", tag)


def test_tagged_sentences_are_hantas(taggers, sentences):
    plain, fast = taggers
    for sentence in sentences:
        assert fast.tag_sent(sentence) == plain.tag_sent(sentence)


def test_word_tags_are_hantas_with_every_flag(taggers, sentences):
    plain, fast = taggers
    words = sorted({w for sentence in sentences for w in sentence} | set(HARD_WORDS[:-1]))  # cached ones too
    for word in words:
        for cutoff in (0, 5):
            for casesensitive in (True, False):
                for conditional in (True, False):
                    flags = {"cutoff": cutoff, "casesensitive": casesensitive, "conditional": conditional}
                    assert fast._tag_word(word, **flags) == plain._tag_word(word, **flags), (word, flags)


def test_word_analyses_are_hantas_for_the_best_tags(taggers, sentences):
    plain, fast = taggers
    for word in [w for w in _uncached_words(plain, sentences)[:400] if w] + ["Nordkorea", "vorgeworfen", "."]:
        for tag, _ in plain._tag_word(word)[:3]:
            for level in (1, 2):
                assert fast._analyze(word, tag, level) == plain._analyze(word, tag, level), (word, tag, level)


def test_lemmas_are_hantas_for_every_tag_with_lemma_suffixes(taggers, sentences):
    plain, fast = taggers
    words = _uncached_words(plain, sentences)
    for tag in plain.lemmasuffixtable:
        for word in [w for w in words if w] + ["a"]:
            stems = [word[:3], word[3:]]
            assert fast.makelemma(stems, tag) == plain.makelemma(stems, tag), (word, tag)


def test_sentence_hmm_is_hantas_with_and_without_case(taggers, sentences):
    plain, fast = taggers
    for sentence in sentences[:40]:
        for casesensitive in (True, False):
            assert fast.tag_sent_viterbi(sentence, casesensitive) == plain.tag_sent_viterbi(sentence, casesensitive)


def test_words_outside_the_c_tables_give_hantas_results(taggers):
    """A word longer than the compiled tables take goes to the pure search; odd characters are just characters."""
    plain, fast = taggers
    for word in ["ab" * 201, "x\U0001f600y", "straße-😀", "ǅ", "a" * 5]:
        assert fast.analyze_forward(word) == plain.analyze_forward(word), word
        tag = plain.analyze_forward(word)[0][0]
        assert fast.analyze_viterbi(word, -tag) == plain.analyze_viterbi(word, -tag), word


def test_the_compiled_search_is_in_use_where_built(monkeypatch):
    if morph._lattice is None:
        pytest.skip(NOT_BUILT)
    if not morph.compiled_search_available():
        pytest.skip("LAGEBILD_PURE_PYTHON=1 forces the pure search")
    from lagebild.nlp.tagger import _hanta

    assert uses_compiled_search(_hanta()), "the pipeline's tagger runs the pure search although _lattice is built"
    monkeypatch.setenv("LAGEBILD_PURE_PYTHON", "1")
    forced = ht.HanoverTagger("morphmodel_ger.pgz")
    assert accelerate(forced) and not uses_compiled_search(forced)


def test_fast_search_asks_fewer_questions(taggers, sentences):
    """HanTa asks for every substring's probability under every tag; our search never does."""
    plain, fast = taggers
    calls = {"n": 0}
    original = plain.lp_m_t

    def counted(*args):
        calls["n"] += 1
        return original(*args)

    words = _uncached_words(plain, sentences)[:50]
    plain.lp_m_t = counted
    fast.lp_m_t = counted
    try:
        for word in words:
            plain.analyze_forward(word)
        plain_calls, calls["n"] = calls["n"], 0
        for word in words:
            fast.analyze_forward(word)
        assert calls["n"] == 0 and plain_calls > 10_000, plain_calls
    finally:
        del plain.lp_m_t, fast.lp_m_t


def test_another_tagger_layout_keeps_its_own_search():
    class Other:
        def analyze_forward(self, word):
            return [(3, 0)]

    other = Other()
    assert accelerate(other) is False
    assert other.analyze_forward("x") == [(3, 0)]


def test_tagger_state_from_the_cache_folder_tags_as_hanta_does(plain, tmp_path, monkeypatch):
    from lagebild.nlp.tagger import _cached_tagger

    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    built = _cached_tagger(ht)          # derived from the model, and its state written
    assert list(tmp_path.glob("hanta-*.pickle"))
    loaded = _cached_tagger(ht)         # read back from the cache folder
    sentence = ["Die", "Regierung", "in", "Pjöngjang", "wies", "die", "Vorwürfe", "zurück", "."]
    expected = plain.tag_sent(sentence, taglevel=1)
    assert built.tag_sent(sentence, taglevel=1) == expected
    assert loaded.tag_sent(sentence, taglevel=1) == expected
    assert set(loaded.__dict__) == set(plain.__dict__)


def test_tag_tokens_give_hantas_lemmas_and_tags(plain):
    """The pipeline's tagging (nlp.tagger.tag_tokens: the Viterbi tags, then each word's analysis) gives what
    HanTa's own tag_sent gives, brackets dropped from the tags."""
    from lagebild.nlp.tagger import tag_tokens

    texts = [path.read_text(encoding="utf-8") for path in sorted((EXAMPLES / "de").glob("*.txt"))]
    for sentence in (s for text in texts for s in split_sentences(text)):
        got = [(t.text, t.lemma, t.pos) for t in tag_tokens(sentence.tokens)]
        want = [(w, lemma, pos.replace("(", "").replace(")", ""))
                for w, lemma, pos in plain.tag_sent([t.text for t in sentence.tokens], taglevel=1)]
        assert got == want, sentence.text
