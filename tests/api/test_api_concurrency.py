"""Ingest while serving: a writer process and the server share one database file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
from serving import running_server
from synth import build_db

ROOT = Path(__file__).resolve().parents[2]

SYNTH_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from synth import make_corpus
    from lagebild.store import Store
    store = Store({db!r})
    corpus = make_corpus(60, seed=7, prefix="late")
    for i in range(0, 60, 6):  # ten write transactions while the server reads
        store.save(corpus[i:i + 6])
        time.sleep(0.05)
""")

PIPELINE_WRITER = textwrap.dedent("""
    from lagebild.config import Settings
    from lagebild.pipeline import ingest
    summary = ingest([{examples!r}], Settings(db={db!r}))
    assert not summary.failed, summary.failed
""")


def _poll(base: str, until: float, pause: float = 0.02) -> list[int]:
    """Event totals seen while polling every `pause` seconds; fails on any server error."""
    seen = []
    while time.monotonic() < until:
        response = httpx.get(f"{base}/api/overview", timeout=30)
        assert response.status_code == 200, response.text
        seen.append(response.json()["events"])
        events = httpx.get(f"{base}/api/events", params={"limit": 5}, timeout=30)
        assert events.status_code == 200, events.text
        time.sleep(pause)  # a busy dashboard, not a reader that never lets go of the file
    return seen


def test_concurrency_writes_appear_without_restart(tmp_path):
    db = build_db(tmp_path / "live.duckdb", n_articles=10)
    with running_server(db) as base:
        assert httpx.get(f"{base}/api/overview").json()["events"] == 30
        writer = subprocess.Popen([sys.executable, "-c", SYNTH_WRITER.format(tests=str(ROOT / "tests" / "api"),
                                                                             db=str(db))])
        seen = _poll(base, time.monotonic() + 1.0)
        assert writer.wait(timeout=120) == 0
        final = httpx.get(f"{base}/api/overview").json()
        assert final["events"] == 30 + 60 * 3 and final["articles"] == 70
        assert seen == sorted(seen), "a reader saw a half-written batch"
        page = httpx.get(f"{base}/events", params={"q": "Nordkorea", "limit": 500}).text
        assert "late-000059" in page


def test_concurrency_pipeline_ingest_into_served_database(tmp_path):
    db = tmp_path / "fresh.duckdb"  # does not exist yet: the server starts on an empty state
    with running_server(db) as base:
        assert httpx.get(f"{base}/api/overview").json()["events"] == 0
        assert 'id="empty-state"' in httpx.get(f"{base}/events").text
        writer = subprocess.Popen([sys.executable, "-c", PIPELINE_WRITER.format(examples=str(ROOT / "examples"),
                                                                               db=str(db))])
        while writer.poll() is None:
            _poll(base, time.monotonic() + 0.5, pause=0.25)
        assert writer.returncode == 0
        overview = httpx.get(f"{base}/api/overview").json()
        assert overview["events"] > 0 and overview["articles"] > 0
        assert 'id="empty-state"' not in httpx.get(f"{base}/events").text
