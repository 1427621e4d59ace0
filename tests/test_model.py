"""The data model travels between processes: what a worker pickles, the parent gets back whole."""

from __future__ import annotations

import pickle

from lagebild.config import Settings
from lagebild.pipeline import Pipeline

ARTICLE = ("Russland kritisiert Nato-Manöver\n"
           "Moskau – Der russische Außenminister Sergej Lawrow hat am Montag die Nato scharf kritisiert. "
           "Laut der Agentur Tass sagte er in Moskau, das Manöver sei eine Provokation.")


def test_analysed_article_survives_pickling_whole(tmp_path):
    result = Pipeline(Settings(db=tmp_path / "m.duckdb", workers=1)).analyse_text(
        ARTICLE, doc="pickle-test", lang="de", pub_date="2026-03-04")
    assert result.events and result.mentions and result.quotes
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.mentions == result.mentions
    assert back.events == result.events
    assert back.quotes == result.quotes
    assert [(s.index, s.text, s.start, s.end, s.paragraph) for s in back.sentences] == \
        [(s.index, s.text, s.start, s.end, s.paragraph) for s in result.sentences]
    assert back.sentences[1].tokens == result.sentences[1].tokens  # made again on use
