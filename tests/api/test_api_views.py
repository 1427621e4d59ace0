"""Aggregate endpoints: actors, dyads, graph, articles, map, overview."""

from __future__ import annotations

from collections import Counter

import pytest

from lagebild.store.views import COOPERATIVE_TYPES


def _involves(event, code):
    return code in [a.code for a in event.source + event.target]


def test_api_overview_counts(client):
    assert client.get("/api/overview").json() == {
        "events": 120, "articles": 40, "actors": 8, "located_events": 100,
        "first_date": "2023-01-26", "last_date": "2024-12-25"}


def test_api_meta_lists_vocabularies(client):
    body = client.get("/api/meta").json()
    assert body["types"][0] == "AGREE" and "asserted" in body["statuses"]
    assert body["cooperative_types"] == list(COOPERATIVE_TYPES)


@pytest.mark.parametrize(("q", "codes"), [("deu", ["DEU"]), ("Nordkorea", ["PRK"]), ("ukraine", ["UKR"]),
                                           ("zzz", [])])
def test_api_actors_search_by_code_or_name(client, q, codes):
    assert [a["code"] for a in client.get("/api/actors", params={"q": q}).json()["actors"]] == codes


def test_api_actors_lists_all_by_events(client, corpus_events):
    found = client.get("/api/actors").json()["actors"]
    counts = Counter(c for e in corpus_events for c in {a.code for a in e.source + e.target})
    assert [(a["code"], a["events"]) for a in found] == sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def test_api_actor_profile_counts_by_type_and_partner(client, corpus_events):
    body = client.get("/api/actors/prk").json()
    mine = [e for e in corpus_events if _involves(e, "PRK")]
    assert body["code"] == "PRK" and body["events"] == len(mine)
    assert body["names"] == [{"text": "Nordkorea", "count": len(mine)}]
    as_source = Counter(e.type for e in mine if e.source[0].code == "PRK")
    assert {t["type"]: t["as_source"] for t in body["by_type"] if t["as_source"]} == dict(as_source)
    partners = Counter(next(a.code for a in e.source + e.target if a.code != "PRK") for e in mine)
    assert {p["code"]: p["events"] for p in body["partners"]} == dict(partners)
    usa = next(p for p in body["partners"] if p["code"] == "USA")
    coop = sum(1 for e in mine if _involves(e, "USA") and e.type in COOPERATIVE_TYPES)
    assert (usa["cooperation"], usa["conflict"]) == (coop, partners["USA"] - coop)


def test_api_actor_unknown_is_404(client):
    response = client.get("/api/actors/XYZ")
    assert response.status_code == 404 and response.json()["error"] == "no actor XYZ in the database"


@pytest.mark.parametrize("interval", ["week", "month", "year"])
def test_api_dyads_series_sums_to_the_dyad(client, corpus_events, interval):
    body = client.get("/api/dyads", params={"a": "PRK", "b": "USA", "interval": interval}).json()
    dyad = [e for e in corpus_events if _involves(e, "PRK") and _involves(e, "USA")]
    assert body["events"] == len(dyad) == sum(p["events"] for p in body["series"])
    assert sum(p["cooperation"] for p in body["series"]) == sum(e.type in COOPERATIVE_TYPES for e in dyad)
    assert [p["period"] for p in body["series"]] == sorted(p["period"] for p in body["series"])


def test_api_dyads_month_means_goldstein(client, corpus_events):
    body = client.get("/api/dyads", params={"a": "USA", "b": "PRK", "interval": "month"}).json()
    for point in body["series"]:
        scores = [e.goldstein for e in corpus_events if _involves(e, "PRK") and _involves(e, "USA")
                  and e.date.iso().startswith(point["period"])]
        assert point["goldstein_mean"] == round(sum(scores) / len(scores), 2)


def test_api_dyads_directed_and_single_actor(client, corpus_events):
    directed = client.get("/api/dyads", params={"a": "USA", "b": "PRK", "directed": True}).json()
    assert directed["events"] == sum(e.source[0].code == "USA" and e.target[0].code == "PRK" for e in corpus_events)
    alone = client.get("/api/dyads", params={"a": "DEU"}).json()
    assert alone["b"] is None and alone["events"] == sum(_involves(e, "DEU") for e in corpus_events)


@pytest.mark.parametrize(("params", "message"), [
    ({}, "a: Field required"), ({"a": "USA", "interval": "day"}, "interval: Input should be 'week'"),
    ({"a": "US A"}, "a: String should match pattern")])
def test_api_dyads_bad_parameters(client, params, message):
    response = client.get("/api/dyads", params=params)
    assert response.status_code == 422 and response.json()["error"].startswith(message)


def test_api_graph_edges_are_undirected_dyads(client, corpus_events):
    body = client.get("/api/graph").json()
    pairs = Counter(tuple(sorted((e.source[0].code, e.target[0].code))) for e in corpus_events)
    assert {(e["source"], e["target"]): e["events"] for e in body["edges"]} == dict(pairs)
    assert body["nodes"][0] == {"id": "FRA", "events": 39}
    top = client.get("/api/graph", params={"max_nodes": 2}).json()
    assert [n["id"] for n in top["nodes"]] == ["FRA", "PRK"] and len(top["edges"]) <= 1


def test_api_graph_follows_the_filter(client, corpus_events):
    body = client.get("/api/graph", params={"type": "AID"}).json()
    assert sum(e["events"] for e in body["edges"]) == sum(e.type == "AID" for e in corpus_events)
    assert all(e["conflict"] == 0 for e in body["edges"])


def test_api_articles_list_and_annotated_article(client):
    listing = client.get("/api/articles", params={"limit": 3}).json()
    assert listing["total"] == 40 and len(listing["articles"]) == 3
    doc = "synth-000001"
    body = client.get(f"/api/articles/{doc}").json()
    marked = [(m["role"], body["text"][m["start"]:m["end"]]) for m in body["marks"]]
    assert marked[:3] == [("actor", "die Ukraine"), ("trigger", "vereinbart"), ("actor", "Frankreich")]
    assert len(body["events"]) == 3 and body["title"] == "Meldung synth-000001"


def test_api_article_unknown_is_404(client):
    assert client.get("/api/articles/nope").status_code == 404


def test_api_map_groups_events_by_place(client, corpus_events):
    body = client.get("/api/map").json()
    located = [e for e in corpus_events if e.location]
    assert body["located_events"] == len(located)
    by_place = Counter(e.location.name for e in located)
    assert {p["name"]: p["events"] for p in body["points"]} == dict(by_place)
    kiew = next(p for p in body["points"] if p["name"] == "Kiew")
    assert (kiew["lat"], kiew["lon"], kiew["country"]) == (50.45, 30.52, "UKR")
    assert kiew["cooperation"] + kiew["conflict"] == kiew["events"]


def test_api_map_filters_by_country_and_near(client):
    assert [p["name"] for p in client.get("/api/map", params={"country": "PRK"}).json()["points"]] == ["Pjöngjang"]
    near_berlin = client.get("/api/map", params={"near": "52.5,13.4,100"}).json()["points"]
    assert [p["name"] for p in near_berlin] == ["Berlin"]


def test_api_empty_database_answers_empty(empty_client):
    assert empty_client.get("/api/events").json() == {"total": 0, "limit": 50, "offset": 0, "events": []}
    assert empty_client.get("/api/graph").json() == {"nodes": [], "edges": []}
    assert empty_client.get("/api/map").json() == {"located_events": 0, "points": []}
    assert empty_client.get("/api/overview").json()["events"] == 0


def test_api_dyads_undated_event_counts_at_its_article_date(tmp_path):
    import random
    from datetime import date

    from fastapi.testclient import TestClient
    from synth import make_article

    from lagebild.api.app import create_app
    from lagebild.model import PartialDate
    from lagebild.store import Store

    article = make_article("undated", random.Random(1), 2, date(2024, 5, 17))
    article.events[0].date = None                     # no date of its own: the article's (2024-05-17)
    article.events[1].date = PartialDate(2024, 3)     # month only: undated for weeks
    store = Store(tmp_path / "u.duckdb")
    store.init()
    store.save([article])
    a = article.events[0].source[0].code
    client = TestClient(create_app(store.path))
    weeks = client.get("/api/dyads", params={"a": a, "interval": "week"}).json()
    assert [p["period"] for p in weeks["series"]] == ["2024-05-13"]
    assert weeks["by_article_date"] == 1
    assert weeks["undated"] == weeks["events"] - 1
    months = client.get("/api/dyads", params={"a": a, "interval": "month"}).json()
    assert months["undated"] == 0
    # the event table shows the article's date, marked, where the event has none
    assert client.get("/api/events").json()["events"][0]["article_date"] == "2024-05-17"
    assert 'the article\'s publication date">2024-05-17*</span>' in client.get("/events").text
