"""Recognition cases (tests/actors/cases.tsv): inflections, adjectives, metonyms, roles, dates, English."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.model import PartialDate, Sentence

CASES = Path(__file__).parent / "cases.tsv"


def read_cases() -> list:
    """(lang, date, sentence, expected) rows of the case table."""
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, date, sentence, expected = (line.split("\t") + [""])[:4]
        wanted = []
        for item in filter(None, (e.strip() for e in expected.split("||"))):
            text, code_sector = (part.strip() for part in item.split("=>"))
            code, sector = code_sector.split("/")
            wanted.append((text, code, None if sector == "-" else sector))
        rows.append(pytest.param(lang, date, sentence, wanted, id=sentence[:50]))
    return rows


@pytest.mark.parametrize(("lang", "date", "sentence", "wanted"), read_cases())
def test_actors_recognise_case(actor_base, lang, date, sentence, wanted):
    on = None if date == "-" else PartialDate.parse(date)
    mentions = actor_base.recognise(Sentence(0, sentence, 0, len(sentence)), lang=lang, on=on)
    got = [(m.text, m.code, m.sector) for m in mentions]
    assert got == wanted


def test_actors_recognise_offsets_are_absolute(actor_base):
    text = "Gestern sprach Russlands Außenminister Lawrow."
    sentence = Sentence(index=3, text=text, start=100, end=100 + len(text))
    (mention,) = actor_base.recognise(sentence, on=PartialDate(2024))
    assert (mention.sentence, mention.start, mention.end) == (3, 115, 145)
    assert mention.text == "Russlands Außenminister Lawrow"
    assert (mention.code, mention.sector, mention.kind, mention.entry) == ("RUS", "GOV", "person", "person:lavrov")


def test_actors_recognise_sorted_and_non_overlapping(actor_base):
    text = "Die USA, Russland, China und die Europäische Union beraten in Wien."
    mentions = actor_base.recognise(Sentence(0, text, 0, len(text)))
    assert [m.code for m in mentions] == ["USA", "RUS", "CHN", "EU", "AUT"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@pytest.mark.parametrize(("date", "role", "sector"), [("2023-06-01", "defence minister", "MIL"),
                                                      ("2025-06-01", "security council", "GOV")])
def test_actors_explain_shoigu_term_by_date(actor_base, date, role, sector):
    (row,) = actor_base.explain("Schoigu reiste nach Pjöngjang.", on=PartialDate.parse(date))[:1]
    assert (row["code"], row["entry"]) == ("RUS", "person:shoigu")
    assert row["sector"] == sector
    assert role in row["why"][-1]


def test_the_screen_before_tokens_never_drops_a_hit(actor_base):
    """Matcher.may_match (folded words, joiners dropped) says False only where the token path finds
    no alias: over the case table, the sample articles and dash-separated names."""
    from lagebild.actors.match import tokens
    from lagebild.nlp import split_sentences

    examples = Path(__file__).resolve().parents[2] / "examples"
    texts = [row.values[2] for row in read_cases()]
    texts += [s.text for p in sorted(examples.glob("*/*.txt")) for s in split_sentences(p.read_text("utf-8"))]
    texts += ["Moskau - Der Kreml", "Kim Jong-un traf US-Präsident Trump", "Das Wetter war schön.", ""]
    screened = 0
    for text in texts:
        for lang in ("de", "en"):
            if not actor_base.matcher.may_match(text, lang):
                screened += 1
                assert actor_base.matcher.find(tokens(text), lang) == [], text
    assert screened > 10  # the screen does skip sentences
    assert actor_base.matcher.may_match("Moskau - Der Kreml", "de")
