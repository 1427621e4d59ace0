"""docs/fusion.md documents every fusion setting, CLI option and endpoint."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import typer

from lagebild.api import routes_fusion
from lagebild.cli import app
from lagebild.fusion import FusionSettings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "fusion.md").read_text("utf-8")


def test_fusion_docs_list_every_setting():
    assert [f.name for f in dataclasses.fields(FusionSettings) if f"`{f.name}`" not in DOC] == []


@pytest.mark.parametrize("command", ["clusters", "claims", "quotes"])
def test_fusion_docs_list_every_cli_option(command):
    group = typer.main.get_command(app)
    click_command = group.get_command(None, command)
    assert f"lagebild {command}" in DOC
    options = [param.opts[0] for param in click_command.params if param.opts[0] != "--db"]
    assert [o for o in options if f"{o}" not in DOC] == []


def test_fusion_docs_list_every_route():
    assert [r.path for r in routes_fusion.router.routes if f"`{r.path}`" not in DOC] == []
