"""The event stage's interface: a coder codes the same events whether the caller hands it the
article-context mentions (as the pipeline does) or leaves it to resolve them itself."""

from __future__ import annotations

import pytest

from lagebild.actors.context import resolve_article
from lagebild.model import Article, PartialDate
from lagebild.nlp import split_sentences

ARTICLES = [
    # German: a place only near the act ("nahe der Grenze zu Polen") is no story state for the police
    ("de", "Angriff nahe der Grenze zu Polen\nNahe der Grenze zu Polen griffen Kämpfer ein Dorf in Belarus an. "
           "Sie plünderten dort die Gebäude der Polizei."),
    # English: a role without a country takes the code the article context gives it
    ("en", "Clashes in Kenya\nKenyan police arrested 12 protesters in Nairobi on Monday. "
           "The police chief said the protesters had attacked a station."),
]


def _coded(pipeline, lang: str, text: str, hand_over: bool):
    article = Article(doc="t.txt", text=text, lang=lang, pub_date=PartialDate.parse("2025-01-10"))
    sentences = split_sentences(text)
    mentions = [pipeline.resources.actors.recognise(s, lang, article.pub_date) for s in sentences]
    context = resolve_article(sentences, mentions, lang) if hand_over else None
    events = pipeline.resources.coder(lang).code(article, sentences, mentions, context)
    return [(e.type, [a.code for a in e.source], [a.code for a in e.target], e.status, e.sentence) for e in events]


@pytest.mark.parametrize(("lang", "text"), ARTICLES)
def test_coder_codes_alike_with_and_without_handed_context(pipeline, lang, text):
    handed = _coded(pipeline, lang, text, hand_over=True)
    assert handed, "the article must hold events for the comparison to mean anything"
    assert handed == _coded(pipeline, lang, text, hand_over=False)


def test_coder_german_reads_near_places_from_the_context(pipeline):
    # the handed context decides: with the near place unmarked, Poland becomes the story state whose police are hit
    lang, text = ARTICLES[0]
    article = Article(doc="t.txt", text=text, lang=lang, pub_date=PartialDate.parse("2025-01-10"))
    sentences = split_sentences(text)
    mentions = [pipeline.resources.actors.recognise(s, lang, article.pub_date) for s in sentences]
    context = resolve_article(sentences, mentions, lang)
    unmarked = [[m for m in ms if not m.why.startswith("near")] for ms in context]
    coder = pipeline.resources.coder(lang)

    def police_targets(ctx):
        return [{a.code for a in e.target} for e in coder.code(article, sentences, mentions, ctx)
                if "Polizei" in e.sentence and e.type == "COERCE"]

    assert police_targets(context) == [{"BLR"}]
    assert police_targets(unmarked) != [{"BLR"}]


@pytest.mark.parametrize(("text", "reported"), [
    ("Die Regierung verstoße gegen das Abkommen.", True),  # Konjunktiv I of a full verb: someone's words
    ("Das verspreche ich den Wählern.", False),  # the same form with "ich" is the indicative
    ("Ich handle sofort, wenn es nötig ist.", False),
])
def test_coder_german_konjunktiv_one_is_reported_speech_but_not_in_the_first_person(pipeline, text, reported):
    from lagebild.events.clauses import segment_clauses
    from lagebild.nlp.tagger import tag_tokens

    coder = pipeline.resources.coder("de").impl
    tokens = tag_tokens(split_sentences(text)[0].tokens)
    assert coder._reported_speech(tokens, segment_clauses(tokens, coder.cues)) is reported
