"""Fixtures of the scale tests: a small JSON Lines corpus of our own and sorted event exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.ingest import read_text
from lagebild.store import Store
from lagebild.store.query import fetch_events, to_contract

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _sorted_export(db: Path) -> list[str]:
    with Store(db).connect() as con:
        return sorted(json.dumps(to_contract(row), ensure_ascii=False, sort_keys=True) for row in fetch_events(con))


@pytest.fixture(scope="session")
def sorted_export():
    """db -> its contract export, one JSON line per event, sorted (for equality across engines)."""
    return _sorted_export


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled sample corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def corpus_records() -> list[dict]:
    """The bundled example articles as JSON Lines records (German texts and the JSONL sample)."""
    records = []
    for path in sorted((EXAMPLES / "de").glob("*.txt")):
        article = read_text(path.read_text("utf-8"), path.name)
        records.append({"id": article.doc, "text": article.text, "lang": article.lang, "source": article.source,
                        "date": article.pub_date.iso() if article.pub_date else None})
    lines = (EXAMPLES / "articles.jsonl").read_text("utf-8").splitlines()
    records += [json.loads(line) for line in lines if line.strip()]
    return records


@pytest.fixture(scope="session")
def corpus_jsonl(tmp_path_factory, corpus_records) -> Path:
    """corpus_records written as one JSON Lines file."""
    path = tmp_path_factory.mktemp("scale") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records), "utf-8")
    return path
