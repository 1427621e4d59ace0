"""The whole pipeline over the bundled sample corpus: specific events must come out."""

from __future__ import annotations

import pytest

from lagebild.store import Store
from lagebild.store.query import fetch_events


@pytest.fixture(scope="module")
def events(examples_db):
    with Store(examples_db).connect() as con:
        return fetch_events(con)


def _find(events, doc_prefix, type_, source=None, target=None, **fields):
    for event in events:
        if not event["doc"].startswith(doc_prefix) or event["type"] != type_:
            continue
        if source and source not in event["source_codes"]:
            continue
        if target and target not in event["target_codes"]:
            continue
        if all(event.get(k) == v for k, v in fields.items()):
            return event
    return None


@pytest.mark.parametrize(("doc", "type_", "source", "target", "fields"), [
    ("04-eu-sanktionen", "SANCTION", "EU", "RUS", {"date": "2025-07-18", "status": "asserted"}),
    ("03-vorwurf", "ACCUSE", "POL", "RUS", {"mode": "allege"}),
    ("03-vorwurf", "ASSAULT", "RUS", None, {"status": "alleged"}),
    ("03-vorwurf", "REJECT", "RUS", "POL", {"mode": "deny", "date": "2025-06-26"}),
    ("06-raketentest", "MOBILIZE", "PRK", None, {"mode": "weapons"}),
    ("08-drohnenangriff", "ASSAULT", "RUS", "UKR", {}),
    # a phone call is mutual: both sides are the source (GUIDELINES)
    ("01-merz-macron", "CONSULT", "POL", None, {"mode": "phone", "date": "2025-05-20"}),
    ("05-veto", "REJECT", "RUS", None, {"mode": "veto"}),
    ("10-hilfe-sudan", "AGREE", "DEU", "SDN", {}),
])
def test_end_to_end_examples_yield_event(events, doc, type_, source, target, fields):
    found = _find(events, doc, type_, source, target, **fields)
    assert found is not None, [(e["type"], e["source_codes"], e["target_codes"], e["sentence"][:60])
                               for e in events if e["doc"].startswith(doc)]
    assert found["sentence"] and found["cameo"] and found["goldstein"] is not None


def test_end_to_end_every_article_is_stored(examples_db):
    with Store(examples_db).connect() as con:
        langs = dict(con.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
    assert langs.get("de", 0) >= 11 and langs.get("en", 0) >= 5


def test_end_to_end_events_carry_provenance(events):
    assert events
    for event in events:
        assert event["sentence"] in _article_text(event["doc"])
        assert event["status"] in {"asserted", "alleged", "denied", "intended", "negated"}


_TEXTS: dict[str, str] = {}


def _article_text(doc: str) -> str:
    return _TEXTS.get(doc, "")


@pytest.fixture(scope="module", autouse=True)
def _load_texts(examples_db):
    with Store(examples_db).connect() as con:
        _TEXTS.update(dict(con.execute("SELECT doc, text FROM articles").fetchall()))


def test_end_to_end_events_are_located_and_filterable(examples_db):
    from lagebild.store import EventFilter

    with Store(examples_db).connect() as con:
        in_georgia = fetch_events(con, EventFilter(country="GEO"))
        near_tbilisi = fetch_events(con, EventFilter(near=(41.69, 44.83, 50)))
    assert any(e["type"] == "PROTEST" and e["doc"].startswith("07-protest") for e in in_georgia)
    assert all(e["location"]["country"] == "GEO" for e in in_georgia)
    assert {e["event_id"] for e in near_tbilisi} == {e["event_id"] for e in in_georgia}
