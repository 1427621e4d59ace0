"""Dashboard pages: rendered from the same queries as the API, empty state, errors as HTML."""

from __future__ import annotations

import re

import pytest


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("path", "needle"), [
    ("/", "120 events"), ("/events?type=AID", "15 events match the filter"), ("/network", "Actor network"),
    ("/dyads?a=USA&b=PRK", "Dyad USA – PRK"), ("/dyads", "Choose an actor"), ("/actors", "Nordkorea"),
    ("/actors/PRK", "Partners"), ("/articles", "40 articles"), ("/articles/synth-000001", "Meldung synth-000001"),
    ("/map", "Map"), ("/docs", "GET /api/events"), ("/clusters", "Event clusters"), ("/claims", "Claim threads"),
    ("/quotes", "Quotes"),
])
def test_pages_render(client, path, needle):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert needle in _text(response.text)


def test_pages_event_row_carries_highlighted_evidence(client):
    html = client.get("/events", params={"limit": 1}).text
    assert '<mark class="hl-source" title="source: FRA">Frankreich</mark>' in html
    assert '<mark class="hl-trigger" title="trigger">droht</mark>' in html
    assert '<mark class="hl-target" title="target: DEU">Deutschland</mark>' in html
    assert 'href="/api/export?format=csv"' in html


def test_pages_export_links_keep_the_filter(client):
    html = client.get("/events", params={"actor": "PRK", "type": "AID"}).text
    assert 'href="/api/export?actor=PRK&amp;type=AID&amp;format=jsonl"' in html


def test_pages_article_marks_actors_and_triggers(client):
    html = client.get("/articles/synth-000001").text
    assert '<mark class="hl-actor" title="actor: UKR">die Ukraine</mark>' in html
    assert '<mark class="hl-trigger" title="trigger: AGREE"' in html


def test_pages_paging_links(client):
    html = client.get("/events", params={"limit": 50, "offset": 50}).text
    assert 'href="?offset=0&limit=50"' in html and 'href="?offset=100&limit=50"' in html


def test_pages_bad_parameter_is_an_html_error(client):
    response = client.get("/events", params={"date_from": "2023-99-01"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
    assert "date_from: &#39;2023-99-01&#39; is not a valid date" in response.text


def test_pages_unknown_actor_is_404_page(client):
    response = client.get("/actors/NOPE")
    assert response.status_code == 404 and "no actor NOPE in the database" in response.text


def test_pages_empty_database_shows_how_to_fill_it(empty_client):
    for path in ("/", "/network", "/map", "/dyads?a=DEU"):
        html = empty_client.get(path).text
        assert 'id="empty-state"' in html and "lagebild ingest examples/ --db" in html


def test_pages_filters_set_by_links_survive_a_new_search(client):
    html = client.get("/events", params={"source": "USA", "target": "PRK"}).text
    assert '<input type="hidden" name="source" value="USA">' in html
    assert '<input type="hidden" name="target" value="PRK">' in html


def test_pages_event_date_falls_back_to_the_article_date_marked(client):
    html = client.get("/events", params={"limit": 1}).text
    assert '<td class="nowrap">2024-10-16</td>' in html  # synthetic events carry their own date
    assert 'href="/articles/synth-000000?event=' in html


def test_pages_article_focuses_the_event_opened_from_the_table(client, corpus_events):
    event = corpus_events[1]
    html = client.get(f"/articles/{event.doc}", params={"event": event.event_id}).text
    assert f'<mark class="hl-trigger focus" title="trigger: {event.type}" data-event-id="{event.event_id}">' in html
    assert f'<li data-event-id="{event.event_id}" class="focus">' in html


def test_pages_timeline_without_actor_suggests_dyads(client):
    html = client.get("/dyads").text
    assert '<a href="/dyads?a=PRK&b=USA">PRK – USA</a> (8)' in html


def test_pages_initialised_but_empty_database_shows_the_empty_state(tmp_path):
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app
    from lagebild.store import Store

    Store(tmp_path / "empty.duckdb").init()
    client = TestClient(create_app(tmp_path / "empty.duckdb"))
    assert 'id="empty-state"' in client.get("/events").text
    assert client.get("/api/events").json()["total"] == 0


def test_pages_foreign_duckdb_file_is_a_clear_503(tmp_path):
    import duckdb
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app

    duckdb.connect(str(tmp_path / "other.duckdb")).close()
    response = TestClient(create_app(tmp_path / "other.duckdb")).get("/api/events")
    assert response.status_code == 503
    assert response.json()["error"].endswith("is not a lagebild database (run `lagebild ingest` into it)")
