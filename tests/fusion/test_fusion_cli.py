"""`lagebild clusters`, `claims`, `quotes` through the real CLI app."""

from __future__ import annotations

import json

from test_fuse import _store
from typer.testing import CliRunner

from lagebild.cli import app


def test_cli_clusters_claims_quotes(tmp_path):
    store = _store(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["clusters", "--db", str(store.path), "--fuse", "--json", "--min-reports", "2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert sorted(r["type"] for r in rows) == ["ACCUSE", "AID"] and {r["reports"] for r in rows} == {2}
    shown = runner.invoke(app, ["clusters", "--db", str(store.path), "--show", rows[0]["cluster_id"]])
    assert shown.exit_code == 0 and "2 reports" in shown.stdout
    claims = runner.invoke(app, ["claims", "--db", str(store.path), "--accused", "PRK"])
    assert claims.exit_code == 0 and "USA allege: PRK AID -> RUS" in claims.stdout
    quotes = runner.invoke(app, ["quotes", "--db", str(store.path), "--json"])
    assert quotes.exit_code == 0 and quotes.stdout.strip() == ""


def test_cli_clusters_missing_database_is_one_error_line(tmp_path):
    result = CliRunner().invoke(app, ["clusters", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
