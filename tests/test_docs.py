"""The README documents every CLI command, and the two commands CI relies on exist."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

from lagebild.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_docs_readme_names_every_cli_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = set(get_command(app).commands)
    assert commands >= {"ingest", "events", "export", "eval", "serve", "actors", "clusters", "claims", "quotes"}
    missing = [c for c in commands if not re.search(rf"lagebild {c}\b", readme)]
    assert missing == []


def test_docs_readme_two_commands_are_make_targets_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in ci
