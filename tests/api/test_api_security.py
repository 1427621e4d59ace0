"""Access control: token on every request when set; serving beyond loopback needs a token."""

from __future__ import annotations

import re

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from lagebild.api.app import create_app
from lagebild.api.cli import check_binding, serve
from lagebild.api.security import is_loopback


@pytest.fixture
def locked(api_db):
    return TestClient(create_app(api_db, token="s3cret"))


def test_security_token_required_on_api_and_pages(locked):
    for path in ("/api/events", "/events", "/openapi.json", "/docs", "/api/export"):
        response = locked.get(path)
        assert response.status_code == 401, path
    refused = locked.get("/api/events")
    assert refused.json()["error"].startswith("a token is required")
    assert refused.headers["content-security-policy"].startswith("default-src 'self'")
    assert locked.get("/static/app.css").status_code == 200  # public assets, so the 401 page is styled


def test_security_bearer_header_or_query_token(locked):
    assert locked.get("/api/overview", headers={"Authorization": "Bearer s3cret"}).json()["events"] == 120
    assert locked.get("/api/overview", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert locked.get("/api/overview", params={"token": "wrong"}).status_code == 401


def test_security_query_token_sets_a_cookie_for_the_dashboard(api_db):
    browser = TestClient(create_app(api_db, token="s3cret"))
    first = browser.get("/events", params={"token": "s3cret"})
    assert first.status_code == 200 and "lagebild_token" in first.headers["set-cookie"]
    assert "HttpOnly" in first.headers["set-cookie"]
    # later requests (links, the pages' own API calls) carry the cookie
    assert browser.get("/api/graph").status_code == 200


def test_security_token_is_not_passed_on_as_a_filter(locked):
    body = locked.get("/api/events", params={"token": "s3cret", "limit": 1}).json()
    assert body["total"] == 120


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True),
                                                ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False),
                                                ("example.org", False)])
def test_security_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_security_non_loopback_needs_a_token():
    with pytest.raises(typer.BadParameter, match="set --token or LAGEBILD_TOKEN"):
        check_binding("0.0.0.0", None)
    check_binding("0.0.0.0", "s3cret")
    check_binding("127.0.0.1", None)


def test_security_serve_refuses_to_start_open_on_all_interfaces(tmp_path, monkeypatch):
    monkeypatch.delenv("LAGEBILD_TOKEN", raising=False)
    app = typer.Typer()
    app.command()(serve)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.duckdb"), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    text = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())  # unwrap Rich's error box
    assert "--host 0.0.0.0 exposes the server beyond this machine: set --token or LAGEBILD_TOKEN" in text
