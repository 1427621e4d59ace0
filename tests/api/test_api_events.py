"""The events endpoints: filters, paging, evidence, export and bad parameters."""

from __future__ import annotations

import csv
import io
import json

import pytest


def _codes(event, role):
    return [a.code for a in getattr(event, role)]


def test_api_events_pages_in_document_order(client, corpus_events):
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == len(corpus_events) == 120
    assert [e["event_id"] for e in first["events"] + second["events"]] == \
        [e["event_id"] for e in client.get("/api/events", params={"limit": 10}).json()["events"]]
    assert first["events"][0]["doc"] == "synth-000000"


@pytest.mark.parametrize(("params", "keep"), [
    ({"actor": "PRK"}, lambda e: "PRK" in _codes(e, "source") + _codes(e, "target")),
    ({"actor": "prk"}, lambda e: "PRK" in _codes(e, "source") + _codes(e, "target")),
    ({"source": "USA", "target": "PRK"}, lambda e: _codes(e, "source") == ["USA"] and _codes(e, "target") == ["PRK"]),
    ({"type": "AID"}, lambda e: e.type == "AID"),
    ({"status": "alleged"}, lambda e: e.status == "alleged"),
    ({"date_from": "2023-03", "date_to": "2023-06"}, lambda e: "2023-03" <= e.date.iso() <= "2023-06-31"),
    ({"q": "kritisiert"}, lambda e: "kritisiert" in e.sentence),
    ({"country": "ukr"}, lambda e: e.location is not None and e.location.country == "UKR"),
    ({"near": "50.45,30.52,50"}, lambda e: e.location is not None and e.location.name == "Kiew"),
    ({"min_confidence": "0.5"}, lambda e: e.confidence >= 0.5),
    ({"type": "", "actor": " "}, lambda e: True),
])
def test_api_events_filter(client, corpus_events, params, keep):
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    expected = sorted(e.event_id for e in corpus_events if keep(e))
    assert expected, "the filter should select something in the corpus"
    assert body["total"] == len(expected)
    assert sorted(e["event_id"] for e in body["events"]) == expected


def test_api_event_evidence_marks_source_trigger_target(client, corpus_events):
    event = corpus_events[0]
    body = client.get(f"/api/events/{event.event_id}").json()
    assert body["sentence"] == "Frankreich droht Deutschland."
    spans = [(h["role"], body["sentence"][h["start"]:h["end"]], h["code"]) for h in body["highlights"]]
    assert spans == [("source", "Frankreich", "FRA"), ("trigger", "droht", None), ("target", "Deutschland", "DEU")]
    assert body["article"]["title"] == "Meldung synth-000000"
    assert body["status"] == event.status and body["cooperative"] is False


def test_api_event_unknown_is_404(client):
    response = client.get("/api/events/0123456789abcdef")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "status": 404, "error": "no event 0123456789abcdef"}


@pytest.mark.parametrize(("params", "message"), [
    ({"type": "agree"}, "type: Input should be 'AGREE'"),
    ({"status": "maybe"}, "status: Input should be 'asserted'"),
    ({"limit": 0}, "limit: Input should be greater than or equal to 1"),
    ({"limit": 501}, "limit: Input should be less than or equal to 500"),
    ({"offset": -1}, "offset: Input should be greater than or equal to 0"),
    ({"limit": "ten"}, "limit: Input should be a valid integer"),
    ({"date_from": "2023-13"}, "date_from: '2023-13' is not a valid date"),
    ({"date_to": "yesterday"}, "date_to: String should match pattern"),
    ({"date_from": "2024", "date_to": "2023"}, "date_from 2024 is after date_to 2023"),
    ({"near": "kiew"}, "near: want LAT,LON,KM"),
    ({"near": "91,0,10"}, "near: lat within -90..90"),
    ({"country": "DE"}, "country: String should match pattern"),
    ({"actor": "PRK; DROP TABLE events"}, "actor: String should match pattern"),
])
def test_api_events_bad_parameters_are_422(client, params, message):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False and body["status"] == 422
    assert body["error"].startswith(message)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_api_is_get_only(client, method):
    assert getattr(client, method)("/api/events").status_code == 405


def test_api_export_csv_follows_the_filter(client, corpus_events):
    response = client.get("/api/export", params={"format": "csv", "actor": "PRK"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="lagebild-events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    expected = sorted(e.event_id for e in corpus_events if "PRK" in _codes(e, "source") + _codes(e, "target"))
    assert sorted(r["event_id"] for r in rows) == expected
    assert all("PRK" in r["source_codes"].split(";") + r["target_codes"].split(";") for r in rows)


def test_api_export_jsonl_is_the_contract(client, corpus_events):
    response = client.get("/api/export", params={"format": "jsonl", "type": "AID"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == sum(e.type == "AID" for e in corpus_events)
    assert {k for line in lines for k in line} >= {"doc", "sentence", "type", "mode", "cameo", "source", "target",
                                                   "status", "date", "reported_by"}
    assert {line["type"] for line in lines} == {"AID"}


def test_api_export_bad_format_is_422(client):
    response = client.get("/api/export", params={"format": "xlsx"})
    assert response.status_code == 422 and response.json()["error"].startswith("format: Input should be 'csv'")
