"""The command line over real inputs: ingest, events, export, eval; exit codes and summary lines."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()

ARTICLE = """date: 2025-06-04
title: Nordkorea testet neue Rakete

Nordkorea hat am Dienstag eine ballistische Rakete getestet, berichtete die Nachrichtenagentur KCNA.
Südkorea verurteilte den Test scharf.
"""


def test_cli_ingest_export_jsonl_is_the_contract(tmp_path):
    article = tmp_path / "nk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["ingest", str(article), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output
    exported = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    lines = [json.loads(line) for line in exported.stdout.splitlines() if line.strip()]
    assert lines, exported.output
    for event in lines:
        assert {"doc", "sentence", "type", "mode", "cameo", "source", "target", "status", "date",
                "reported_by"} <= set(event)
        assert event["doc"] == "nk.txt"
    test = next(e for e in lines if e["type"] == "MOBILIZE" and "Dienstag" in e["sentence"])
    assert test["source"][0]["code"] == "PRK"
    assert test["date"] == "2025-06-03"
    assert test["reported_by"] == ["PRK"]


def test_cli_bad_file_gets_one_line_and_exit_code_1(tmp_path):
    good = tmp_path / "nk.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x00binary")
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["ingest", str(good), str(bad), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 1
    error_lines = [line for line in result.output.splitlines() if "broken.txt" in line]
    assert len(error_lines) == 1 and "binary" in error_lines[0]
    assert "1 failed" in result.output


def test_cli_events_filters_and_formats(tmp_path):
    article = tmp_path / "nk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    runner.invoke(app, ["ingest", str(article), "--db", str(db), "--workers", "1", "--quiet"])
    as_csv = runner.invoke(app, ["events", "--db", str(db), "--actor", "KOR", "--format", "csv"])
    assert as_csv.exit_code == 0
    rows = as_csv.stdout.strip().splitlines()
    assert rows[0].startswith("event_id,doc")
    assert all("KOR" in row for row in rows[1:]) and len(rows) > 1
    sure = runner.invoke(app, ["events", "--db", str(db), "--min-confidence", "0.5", "--format", "jsonl"])
    assert sure.exit_code == 0
    kept = [json.loads(line) for line in sure.stdout.splitlines() if line.strip()]
    assert kept and all(e["confidence"] >= 0.5 for e in kept)
    parquet = tmp_path / "events.parquet"
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "parquet", "-o", str(parquet)])
    assert result.exit_code == 0 and parquet.stat().st_size > 0
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "no such database" in missing.output


def test_cli_unknown_format_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "x.duckdb"), "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output
