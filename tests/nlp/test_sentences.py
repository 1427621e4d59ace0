import pickle

import pytest

from lagebild.nlp import split_sentences, tokenize


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Donnerstag, den 16. November traf er ihn. Dann reiste er ab.",
     ["Am Donnerstag, den 16. November traf er ihn.", "Dann reiste er ab."]),
    ("Anlässlich des 70. Jahrestages kam er. Sie auch.", ["Anlässlich des 70. Jahrestages kam er.", "Sie auch."]),
    ("Der 5. Strafsenat entschied. Er tagte.", ["Der 5. Strafsenat entschied.", "Er tagte."]),
    ("Das sagte z. B. Dr. Meier gestern. Es folgt mehr.", ["Das sagte z. B. Dr. Meier gestern.", "Es folgt mehr."]),
    ("George W. Bush kam an. Im Onlinedienst X. Es handle sich um einen Test.",
     ["George W. Bush kam an.", "Im Onlinedienst X.", "Es handle sich um einen Test."]),
    ('Er sagte: "Wir testen. Sie testen." Dann ging er.', ['Er sagte: "Wir testen.', 'Sie testen."', "Dann ging er."]),
    ('Er warf ihr vor, zu lügen."Diese Regierung lügt", sagte er.',
     ["Er warf ihr vor, zu lügen.", '"Diese Regierung lügt", sagte er.']),
    ("Gibt es eine Verbindung zur Wagner-Gruppe?Für den Minister war es klar.",
     ["Gibt es eine Verbindung zur Wagner-Gruppe?", "Für den Minister war es klar."]),
    ("Kim traf Schoigu in Pjöngjang. © dpa/KCNA", ["Kim traf Schoigu in Pjöngjang.", "© dpa/KCNA"]),
    ("Kim traf Schoigu in Pjöngjang.© dpa/KCNA", ["Kim traf Schoigu in Pjöngjang.", "© dpa/KCNA"]),
    # a dated credit after a sentence is its own sentence: its agencies are no actors of the sentence
    ("Das Dorf sei bombardiert worden.  (APA, Reuters, 2.8.2015) Ankara schwieg.",
     ["Das Dorf sei bombardiert worden.", "(APA, Reuters, 2.8.2015)", "Ankara schwieg."]),
    ('Er sagte: "Nein." (Erika Muster; 12. 10. 2015)', ['Er sagte: "Nein."', "(Erika Muster; 12. 10. 2015)"]),
    ("Das Gesetz (von 2015) gilt seit dem 1.1.2016 (bis heute).",
     ["Das Gesetz (von 2015) gilt seit dem 1.1.2016 (bis heute)."]),
])
def test_sentences_split_german_news(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentences_english_dotted_acronyms_do_not_end_a_sentence():
    text = "Chile asked the U.N. Security Council for help. The U.K. Foreign Office agreed. Both met."
    assert [s.text for s in split_sentences(text)] == [
        "Chile asked the U.N. Security Council for help.", "The U.K. Foreign Office agreed.", "Both met."]


def test_sentences_title_line_and_subheading_are_sentences():
    text = "Nordkorea testet Raketen\n\nPjöngjang meldete einen Test. Seoul protestierte.\nUSA werfen Nordkorea vor"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Nordkorea testet Raketen", "Pjöngjang meldete einen Test.", "Seoul protestierte.", "USA werfen Nordkorea vor"]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].paragraph < sentences[1].paragraph


def test_tokens_keep_hyphenated_compounds_and_offsets():
    tokens = tokenize("US-Präsident Trump testete Hwasong-17.", offset=10)
    assert [t.text for t in tokens] == ["US-Präsident", "Trump", "testete", "Hwasong-17", "."]
    assert tokens[0].start == 10 and tokens[-1].end == 10 + len("US-Präsident Trump testete Hwasong-17.")


def test_sentence_tokens_and_words_are_made_on_use_and_point_into_the_article():
    text = "Titel ohne Punkt\nDie USA warnten Nordkorea am Mittwoch. Pjöngjang schwieg."
    sentences = split_sentences(text)
    last = sentences[-1]
    assert last.words == ["Pjöngjang", "schwieg", "."]
    assert [text[t.start:t.end] for t in last.tokens] == last.words
    assert all(s.tokens == tokenize(s.text, s.start) for s in sentences)
    last.forget_tokens()
    restored = pickle.loads(pickle.dumps(last))
    assert restored.text == last.text and restored.words == ["Pjöngjang", "schwieg", "."]
