"""docs/api.md is the contract: every endpoint, page and serve option is documented."""

from __future__ import annotations

import inspect
from pathlib import Path

from lagebild.api import cli, pages

DOCS = Path(__file__).resolve().parents[2] / "docs"
DOC = (DOCS / "api.md").read_text("utf-8")
FUSION_DOC = (DOCS / "fusion.md").read_text("utf-8")  # the fusion router's endpoints


def test_docs_list_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    missing = [p for p in paths if f"`{p}`" not in DOC + FUSION_DOC]
    assert missing == []


def test_docs_list_every_page():
    routes = {route.path.replace(":path}", "}") for route in pages.router.routes}
    missing = [p for p in routes if p != "/" and f"`{p}" not in DOC]
    assert missing == []


def test_docs_list_every_serve_option():
    options = [name for name in inspect.signature(cli.serve).parameters]
    assert [o for o in options if f"`--{o}`" not in DOC] == []
