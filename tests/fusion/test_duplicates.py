"""Near-duplicate articles: republished, reordered, retitled and extended copies."""

from __future__ import annotations

import random

import pytest

from lagebild.fusion import ArticleText, find_duplicates
from lagebild.fusion.duplicates import duplicate_groups

BODY = [
    "Die Regierung in Warschau hat die Schließung des russischen Konsulats in Krakau angeordnet.",
    "Sie wirft Moskau vor, einen Brandanschlag auf ein Einkaufszentrum in Auftrag gegeben zu haben.",
    "Das Außenministerium in Moskau wies den Vorwurf am Donnerstag zurück und sprach von Hetze.",
    "Russland kündigte an, auf die Schließung des Konsulats angemessen zu reagieren.",
    "Die Ermittlungen der polnischen Staatsanwaltschaft dauern nach Angaben der Behörde an.",
]
TITLE = "Polen schließt russisches Konsulat nach Brandanschlag"


def _text(title: str, body: list[str]) -> str:
    return "\n\n".join([title, *body])


def _edits() -> dict[str, str]:
    shuffled = BODY[:]
    random.Random(7).shuffle(shuffled)
    return {
        "shuffled": _text(TITLE, shuffled),
        "retitled": _text("Warschau macht Konsulat dicht", BODY),
        "extended": _text(TITLE, [*BODY, "Bereits im Mai hatte Polen ein anderes Konsulat geschlossen und "
                                         "mehrere Diplomaten ausgewiesen, die der Spionage verdächtigt werden."]),
        "identical": _text(TITLE, BODY),
    }


@pytest.mark.parametrize("edit", ["shuffled", "retitled", "extended", "identical"])
def test_duplicates_find_edited_copies(edit):
    original = ArticleText("orig", _text(TITLE, BODY), "2025-06-26")
    copy = ArticleText(edit, _edits()[edit], "2025-06-27")
    (found,) = find_duplicates([copy, original])
    assert (found.doc, found.duplicate_of) == (edit, "orig")
    assert found.kind == ("identical" if edit == "identical" else found.kind)


def test_duplicates_leave_other_articles_alone():
    other = ArticleText("other", "Die EU verhängt neue Sanktionen gegen Russland. Betroffen sind Banken und "
                                 "Reedereien, die Öl über die Schattenflotte verschiffen.", "2025-06-26")
    assert find_duplicates([ArticleText("orig", _text(TITLE, BODY), "2025-06-26"), other]) == []


def test_duplicates_group_chains_to_the_smallest_doc():
    from lagebild.fusion.duplicates import Duplicate

    groups = duplicate_groups(["a", "b", "c", "d"], [Duplicate("c", "b", 0.9, 0.9, "near-duplicate"),
                                                     Duplicate("b", "a", 0.9, 0.9, "near-duplicate")])
    assert groups == {"a": "a", "b": "a", "c": "a", "d": "d"}


@pytest.mark.parametrize("edit", ["shuffled", "identical"])
def test_shingle_hashes_are_one_per_distinct_shingle(edit):
    from lagebild.fusion.text import shingle_hashes, shingles

    text = _edits()[edit] + "\n\nKurz.\n\nNur drei Worte. Nur drei Worte."
    assert len(shingle_hashes(text, 4)) == len(shingles(text, 4))
    # sentence order does not matter: n-grams stay inside their sentence
    assert shingle_hashes(text, 4).tolist() == shingle_hashes(_text(TITLE, BODY) + "\n\nNur drei Worte. Kurz.",
                                                              4).tolist()
