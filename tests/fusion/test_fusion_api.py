"""Fusion endpoints and pages over a real database (TestClient)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_fuse import _store

from lagebild.api import routes_fusion
from lagebild.api.app import create_app
from lagebild.fusion import fuse


@pytest.fixture
def client(tmp_path):
    store = _store(tmp_path)
    fuse(store)
    app = create_app(store.path)
    app.include_router(routes_fusion.router)
    return TestClient(app)


def test_api_clusters_and_cluster(client):
    found = client.get("/api/clusters", params={"actor": "PRK", "other": "RUS"}).json()
    assert found["total"] == 1
    (row,) = found["clusters"]
    detail = client.get(f"/api/clusters/{row['cluster_id']}").json()
    assert [m["doc"] for m in detail["members"]] == ["a", "b"]
    assert detail["claims"][0]["content_type"] == "AID"


def test_api_claims_quotes_story(client):
    claims = client.get("/api/claims", params={"accused": "PRK", "target": "RUS"}).json()["claims"]
    assert [link["role"] for link in claims[0]["links"]].count("claim") == 2
    assert client.get(f"/api/claims/{claims[0]['claim_id']}").json()["claimants"] == ["USA"]
    assert client.get("/api/quotes").json()["total"] == 0
    story = client.get("/api/story", params={"a": "USA", "b": "PRK"}).json()["clusters"]
    assert [(c["type"], c["report_docs"]) for c in story] == [("ACCUSE", ["a", "b"])]


def test_api_fusion_errors(client):
    assert client.get("/api/clusters/c000000000000000").status_code == 404
    assert client.get("/api/claims/bad").status_code == 422
    assert client.get("/api/clusters", params={"actor": "P R K"}).status_code == 422


@pytest.mark.parametrize("path, marker", [("/clusters", 'id="clusters"'), ("/claims", 'class="panel claim"'),
                                          ("/quotes", 'id="quotes"'), ("/story?a=USA&b=PRK", 'id="story"'),
                                          ("/story", "Choose an actor")])
def test_pages_render(client, path, marker):
    page = client.get(path)
    assert page.status_code == 200 and marker in page.text


def test_cluster_page_shows_reports_over_time(client):
    cluster_id = client.get("/api/clusters", params={"type": "AID"}).json()["clusters"][0]["cluster_id"]
    page = client.get(f"/clusters/{cluster_id}")
    assert page.status_code == 200 and "2 reports" in page.text and page.text.count("data-event-id") == 2
