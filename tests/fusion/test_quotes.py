"""Quotes on sentences we write: one case per cue kind; speakers are hand-made mentions."""

from __future__ import annotations

import pytest

from lagebild.fusion import extract_quotes
from lagebild.model import Article, Mention, Sentence


def _analysed(sentences: list[str], actors: dict[str, tuple[str, str | None]], lang: str = "de"):
    """An article of the given sentences with a mention for each occurrence of the actor words."""
    text = " ".join(sentences)
    parsed, mentions, pos = [], [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        parsed.append(Sentence(i, sentence, start, start + len(sentence)))
        for words, (code, sector) in actors.items():
            at = sentence.find(words)
            if at >= 0:
                mentions.append(Mention(i, start + at, start + at + len(words), words, code, sector))
        pos = start + len(sentence)
    return Article(doc="t", text=text, lang=lang), parsed, mentions


def _quotes(sentences, actors, lang="de"):
    article, parsed, mentions = _analysed(sentences, actors, lang)
    return [(q.sentence_index, q.kind, q.speaker.code if q.speaker else None, q.text)
            for q in extract_quotes(article, parsed, mentions, lang)]


@pytest.mark.parametrize("sentence, actors, expected", [
    ("„Wir werden die Lieferungen fortsetzen, solange es nötig ist“, sagte die Außenministerin Baerbock.",
     {"die Außenministerin Baerbock": ("DEU", "GOV")},
     (0, "direct", "DEU", "Wir werden die Lieferungen fortsetzen, solange es nötig ist")),
    ("Der Kreml erklärte: „Diese Vorwürfe entbehren jeder Grundlage und sind frei erfunden.“",
     {"Kreml": ("RUS", "GOV")},
     (0, "direct", "RUS", "Diese Vorwürfe entbehren jeder Grundlage und sind frei erfunden.")),
    ("Die Regierung in Seoul erklärte, dass der Test gegen mehrere Resolutionen verstoße.",
     {"Die Regierung in Seoul": ("KOR", "GOV")},
     (0, "indirect", "KOR", "dass der Test gegen mehrere Resolutionen verstoße")),
    ("Die Lage an der Grenze sei sehr ernst, sagte ein Sprecher der NATO.",
     {"NATO": ("NATO", "IGO")},
     (0, "indirect", "NATO", "Die Lage an der Grenze sei sehr ernst")),
    ("Laut der Agentur Tasnim hat Teheran neue Zentrifugen in Betrieb genommen.",
     {"Agentur Tasnim": ("IRN", "MED"), "Teheran": ("IRN", None)},
     (0, "indirect", "IRN", "Laut der Agentur Tasnim hat Teheran neue Zentrifugen in Betrieb genommen")),
    ("Dem Außenministerium in Peking zufolge wurden die Gespräche vertagt.",
     {"Außenministerium in Peking": ("CHN", "GOV")},
     (0, "indirect", "CHN", "Dem Außenministerium in Peking zufolge wurden die Gespräche vertagt")),
])
def test_quotes_german_cues(sentence, actors, expected):
    assert _quotes([sentence], actors) == [expected]


def test_quotes_scare_quotes_and_names_are_no_speech():
    sentences = ["Bei der Parade zum „Tag des Sieges“ zeigte Nordkorea neue Raketen.",
                 "Beide Länder wollen eine Zusammenarbeit „auf allen Gebieten“ beginnen."]
    assert _quotes(sentences, {"Nordkorea": ("PRK", None)}) == []


def test_quotes_unnamed_source_has_no_speaker():
    assert _quotes(["Laut einem Medienbericht hat Nordkorea im Beisein von Delegierten aus China Raketen gezeigt."],
                   {"Nordkorea": ("PRK", None), "China": ("CHN", None)})[0][2] is None


def test_quotes_konjunktiv_continues_the_previous_speaker():
    sentences = ["Der Kreml erklärte, dass es keine Beweise für Waffenlieferungen gebe.",
                 "Russland und Nordkorea hätten eine enge Zusammenarbeit beschlossen.",
                 "Nordkorea testete am Montag eine Rakete."]
    found = _quotes(sentences, {"Kreml": ("RUS", "GOV"), "Russland": ("RUS", None), "Nordkorea": ("PRK", None)})
    assert [(i, kind, code) for i, kind, code, _ in found] == [(0, "indirect", "RUS"), (1, "indirect", "RUS")]


@pytest.mark.parametrize("sentence, actors, expected", [
    ("“We will not accept this violation of our airspace,” the NATO secretary general said.",
     {"the NATO secretary general": ("NATO", "IGO")},
     (0, "direct", "NATO", "We will not accept this violation of our airspace,")),
    ("According to the Kremlin, the talks will continue next week.",
     {"the Kremlin": ("RUS", "GOV")},
     (0, "indirect", "RUS", "According to the Kremlin, the talks will continue next week")),
])
def test_quotes_english_cues(sentence, actors, expected):
    assert _quotes([sentence], actors, lang="en") == [expected]
