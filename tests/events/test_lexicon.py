"""Trigger lexicon: the bundled files load and validate, lookups behave, the CAMEO table regenerates."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lagebild.errors import DataError
from lagebild.events.lexicon import PLOVER_MODES, Lexicon, choose, fold, load_cameo_table
from lagebild.model import EVENT_TYPES
from lagebild.resources import data_path, load_yaml

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT.parent / "shared" / "data" / "ontology"
LANGS = [lang for lang in ("de", "en") if data_path(lang, "triggers.yaml").exists()]


@pytest.fixture(scope="module")
def de() -> Lexicon:
    return Lexicon.load("de")


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_loads_and_covers_all_types(lang: str) -> None:
    lexicon = Lexicon.load(lang)
    assert {t.type for t in lexicon.triggers} == set(EVENT_TYPES)
    for trig in lexicon.triggers:
        assert trig.mode is None or trig.mode in PLOVER_MODES[trig.type]
        assert trig.goldstein == load_cameo_table()[trig.cameo].goldstein


def test_lexicon_de_is_large_enough(de: Lexicon) -> None:
    assert len(de.triggers) >= 400


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_examples_pass_the_prefilter(lang: str) -> None:
    lexicon = Lexicon.load(lang)
    missed = [t.example for t in lexicon.triggers if t.example and not lexicon.has_candidate(t.example)]
    assert missed == []


@pytest.mark.parametrize(
    "sentence",
    ["Die USA warfen Nordkorea vor, Waffen zu liefern.", "Die Armee griff die Stadt an.",
     "Die Polizei hat drei Männer festgenommen.", "Beide Staaten einigten sich.",
     "Die Polizei führte mehrere Razzien durch.", "Moskau stellte Kiew Ultimaten."],
)
def test_lexicon_prefilter_finds_inflected_forms(de: Lexicon, sentence: str) -> None:
    assert de.has_candidate(sentence)


@pytest.mark.parametrize("sentence", ["Das Wetter war schön.", "Er hielt eine lange Rede."])
def test_lexicon_prefilter_skips_sentences_without_triggers(de: Lexicon, sentence: str) -> None:
    assert not de.has_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Er sagte, das Wetter sei schön.",  # sag(en) is a key only with the particle of zusagen/absagen
     "Einige Staaten waren dabei.",      # einigen is reflexive: no "sich", no candidate
     "Der Landeshauptmann kam."],        # the verb key "lande" does not end a verb form in "Landes..."
)
def test_lexicon_prefilter_anchors_keys_in_words(de: Lexicon, sentence: str) -> None:
    assert not de.has_candidate(sentence)
    assert de.has_candidate(sentence, anchored=False)  # the substring test lets them through


@pytest.mark.parametrize(
    "sentence",
    ["Frankreich sagte der Ukraine Hilfe zu.", "Frankreich hat der Ukraine Hilfe zugesagt.",
     "Die Parteien einigten sich.", "Die Truppen landeten in Tripolis."],
)
def test_lexicon_prefilter_keeps_particles_and_reflexives(de: Lexicon, sentence: str) -> None:
    assert de.has_candidate(sentence)


def test_lexicon_prefilter_needs_the_with_word_of_a_light_verb(de: Lexicon) -> None:
    # halten is an entry only together with "nichts" (REJECT): the verb alone does not pass
    assert de.has_candidate("Die Regierung hält davon nichts.")
    assert not de.has_candidate("Die Regierung hält Kurs.")


def test_lexicon_compound_head_drohnenangriff(de: Lexicon) -> None:
    first = de.nouns("Drohnenangriff")[0]
    assert (first.type, first.mode) == ("ASSAULT", "drone")


@pytest.mark.parametrize(
    ("lemma", "type_", "mode"),
    [("Großluftangriff", "ASSAULT", "aerial"), ("US-Angriff", "ASSAULT", None),
     ("Militärparade", "MOBILIZE", "weapons"), ("Wirtschaftssanktion", "SANCTION", None),
     ("Staatsbesuch", "CONSULT", "visit"), ("Bauernprotest", "PROTEST", "demo")],
)
def test_lexicon_compound_heads_longest_first(de: Lexicon, lemma: str, type_: str, mode: str | None) -> None:
    first = de.nouns(lemma)[0]
    assert (first.type, first.mode) == (type_, mode)


@pytest.mark.parametrize("lemma", ["Untersuchungsausschuss", "Herausforderung", "Pressekonferenz", "Vorurteil"])
def test_lexicon_non_compounds_do_not_split(de: Lexicon, lemma: str) -> None:
    assert de.nouns(lemma) == []


def test_lexicon_vorwerfen_is_an_allegation(de: Lexicon) -> None:
    (trig,) = de.verbs("vorwerfen")
    assert (trig.type, trig.mode, trig.content, trig.target) == ("ACCUSE", "allege", "alleged", ("dat",))


def test_lexicon_veto_is_reject_veto(de: Lexicon) -> None:
    (trig,) = de.nouns("Veto")
    assert (trig.type, trig.mode, trig.cameo) == ("REJECT", "veto", "129")


def test_lexicon_verurteilen_condemn_or_convict(de: Lexicon) -> None:
    senses = {(t.type, t.mode): t.with_ for t in de.verbs("verurteilen")}
    assert senses[("ACCUSE", "disapprove")] == ()
    assert "Haft" in senses[("SANCTION", "convict")]


@pytest.mark.parametrize(
    ("lemmas", "expected"),
    [({"Gericht", "verurteilen", "Haft", "Jahr"}, ("SANCTION", "convict")),
     ({"EU", "verurteilen", "Angriff"}, ("ACCUSE", "disapprove"))],
)
def test_lexicon_choose_prefers_a_satisfied_with(de: Lexicon, lemmas: set, expected: tuple) -> None:
    trig = choose(de.verbs("verurteilen"), lemmas)
    assert (trig.type, trig.mode) == expected


def test_lexicon_choose_honours_without_and_reflexive(de: Lexicon) -> None:
    # "Die USA hoben die Sanktionen auf": the noun is the object of a concession, not a new sanction
    assert choose(de.nouns("Sanktion"), {"USA", "aufheben", "Sanktion"}) is None
    assert choose(de.nouns("Sanktion"), {"EU", "verhängen", "Sanktion"}).type == "SANCTION"
    assert choose(de.verbs("einigen"), {"einigen", "Waffenruhe"}, reflexive=False) is None
    assert choose(de.verbs("einigen"), {"einigen", "Waffenruhe"}, reflexive=True).type == "AGREE"


def test_lexicon_lookup_ignores_case_and_old_spelling(de: Lexicon) -> None:
    # HanTa lemmatises some nouns in the old spelling ("Ausschluß")
    assert [t.type for t in de.nouns("Ausschluß")] == ["SANCTION"]


def test_lexicon_goldstein_and_default_cameo(de: Lexicon) -> None:
    assert de.goldstein("190") == -10.0
    assert de.goldstein("999") is None
    assert de.cameo_for("SANCTION", None) == "163"
    assert de.cameo_for("REJECT", "veto") == "129"
    assert de.cameo_for("THREATEN", "arrest") == "130"
    assert de.cameo_for("MOBILIZE", "militia") == "15"


def test_lexicon_surface_keys_are_folded(de: Lexicon) -> None:
    assert "verhandel" in de.surface_keys
    assert all(key == fold(key) for key in de.surface_keys)


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_non_compounds_each_block_a_head(lang: str) -> None:
    data = load_yaml(lang, "triggers.yaml")
    heads = [e["lemma"].casefold() for e in data["triggers"] if e.get("head")]
    dead = [w for w in data.get("non_compounds", []) if not any(w.casefold().endswith(h) for h in heads)]
    assert dead == []


BASE = {"lemma": "angreifen", "pos": "V", "type": "ASSAULT", "mode": None, "cameo": "190", "target": ["acc"]}


@pytest.mark.parametrize(
    ("change", "message"),
    [({"type": "ATTACK"}, "unknown PLOVER type"), ({"mode": "veto"}, "is not a mode of ASSAULT"),
     ({"cameo": "999"}, "not in cameo.tsv"), ({"cameo": 190}, "not in cameo.tsv"),
     ({"target": ["quer"]}, "unknown slots"), ({"head": True}, "nouns only"),
     ({"content": "maybe"}, "content must be"), ({"colour": "red"}, "unknown keys"),
     ({"lemma": 'call "on"'}, "lemma must be words")],
)
def test_lexicon_rejects_invalid_entries(change: dict, message: str) -> None:
    data = {"slots": ["subj", "acc"], "triggers": [BASE, {**BASE, "lemma": "attackieren", **change}]}
    with pytest.raises(DataError, match=message) as info:
        Lexicon.from_data(data, "test.yaml")
    assert "test.yaml: entry 2 (" in str(info.value)


def test_lexicon_rejects_ambiguous_duplicates() -> None:
    data = {"slots": ["subj", "acc"], "triggers": [BASE, {**BASE, "type": "COERCE", "cameo": "170"}]}
    with pytest.raises(DataError, match="duplicate entry angreifen"):
        Lexicon.from_data(data, "test.yaml")


def test_lexicon_allows_senses_told_apart_by_with() -> None:
    other = {**BASE, "type": "COERCE", "cameo": "170", "with": ["Polizei"]}
    lexicon = Lexicon.from_data({"slots": ["subj", "acc"], "triggers": [BASE, other]}, "test.yaml")
    assert [t.type for t in lexicon.verbs("angreifen")] == ["ASSAULT", "COERCE"]


def _hanta_lemma(tagger, word: str, frame: list[str]) -> str:
    """HanTa's lemma of ``word`` inside a short frame sentence."""
    tokens = [w.format(word) for w in frame]
    return tagger.tag_sent(tokens, taglevel=1)[frame.index("{}")][1]


FRAMES = {"V": ["Sie", "wollen", "{}", "."], "N": ["Das", "ist", "die", "{}", "."], "A": ["Sie", "sind", "{}", "."]}


def test_lexicon_de_lemmas_are_hanta_lemmas() -> None:
    hanta = pytest.importorskip("HanTa.HanoverTagger")
    tagger = hanta.HanoverTagger("morphmodel_ger.pgz")
    wrong = []
    for entry in load_yaml("de", "triggers.yaml")["triggers"]:
        lemma, frame = entry["lemma"], FRAMES[entry["pos"]]
        forms = [lemma, *entry.get("forms", [])]
        if all(_hanta_lemma(tagger, form, frame).casefold() != lemma.casefold() for form in forms):
            wrong.append(lemma)
        for word in entry.get("with", []) + entry.get("without", []):
            frames = FRAMES.values() if word[0].islower() else [FRAMES["N"]]
            if all(_hanta_lemma(tagger, word, f).casefold() != word.casefold() for f in frames):
                wrong.append(f"{lemma}: with {word}")
    assert wrong == []


def test_lexicon_en_verbs_are_simplemma_lemmas() -> None:
    simplemma = pytest.importorskip("simplemma")
    wrong = []
    for entry in load_yaml("en", "triggers.yaml")["triggers"]:
        verb = entry["lemma"].split()[0]
        if entry["pos"] == "V" and simplemma.lemmatize(verb, lang="en") != verb:
            wrong.append(entry["lemma"])
    assert wrong == []


def test_lexicon_en_phrasal_verbs_and_multiword_nouns() -> None:
    en = Lexicon.load("en")
    assert [(t.type, t.target) for t in en.verbs("call on")] == [("REQUEST", ("obj",))]
    assert en.nouns("hunger strike")[0].mode == "hunger"
    assert en.nouns("counterattack")[0].type == "ASSAULT"


def test_cameo_table_rows() -> None:
    table = load_cameo_table()
    assert table["129"].plover_type == "REJECT"
    assert table["0841"].plover_mode == "release"
    assert table["14"].quad_class == 4


@pytest.mark.skipif(not ONTOLOGY.is_dir(), reason="../shared/data/ontology not available")
def test_cameo_table_matches_a_fresh_build() -> None:
    spec = importlib.util.spec_from_file_location("build_cameo", ROOT / "scripts" / "build_cameo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = data_path("cameo.tsv").read_text(encoding="utf-8")
    assert module.build(ONTOLOGY) == committed


def test_lexicon_candidate_types_name_the_types_a_sentence_may_hold(de: Lexicon) -> None:
    assert "ASSAULT" in de.candidate_types("Dabei wurden vier Menschen getötet.")
    assert "SANCTION" in de.candidate_types("Neue Sanktionen wurden verhängt.")
    assert "ASSAULT" not in de.candidate_types("Neue Sanktionen wurden verhängt.")
    assert de.candidate_types("Das Wetter war schön.") == set()
