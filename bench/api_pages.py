"""Benchmark: every dashboard page and API endpoint over 100,000 events must answer within 1 s.

Builds (or reuses) a seeded synthetic database with Store.save, serves it with
`python -m lagebild.api` in a separate process and times real HTTP requests.
Run: .venv/bin/python bench/api_pages.py [--events 100000] [--db bench-100k.duckdb]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "api"))

from serving import running_server  # noqa: E402
from synth import build_db  # noqa: E402

LIMIT_SECONDS = 1.0
URLS = [
    "/events", "/events?offset=90000", "/events?actor=PRK&type=ASSAULT", "/events?q=Nordkorea&status=alleged",
    "/events?date_from=2024-03&date_to=2024-04", "/events?near=50.45,30.52,100", "/network", "/actors",
    "/actors/PRK", "/dyads?a=USA&b=PRK&interval=week", "/articles", "/articles/synth-000123", "/map",
    "/api/events?limit=500&offset=50000", "/api/events?actor=DEU&country=UKR", "/api/graph", "/api/actors?q=nord",
    "/api/actors/USA", "/api/dyads?a=USA&b=PRK", "/api/dyads?a=DEU&interval=week", "/api/map",
    "/api/map?country=UKR", "/api/overview", "/api/export?format=csv&actor=PRK&type=AID",
]


def main() -> int:
    """Build the database if needed, time each URL (best and median of 5), report the slowest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench-100k.duckdb")
    args = parser.parse_args()
    if not args.db.exists():
        started = time.perf_counter()
        build_db(args.db, n_articles=-(-args.events // 3), events_per_article=3)
        print(f"built {args.db} in {time.perf_counter() - started:.1f} s")
    slow = 0
    with running_server(args.db) as base, httpx.Client(base_url=base, timeout=60) as client:
        print(f"{client.get('/api/overview').json()['events']} events")
        print(f"{'url':<52} {'best':>7} {'median':>7}")
        for url in URLS:
            times = []
            for _ in range(5):
                started = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - started)
                assert response.status_code == 200, (url, response.status_code, response.text[:200])
            median = statistics.median(times)
            slow += median > LIMIT_SECONDS
            print(f"{url:<52} {min(times):7.3f} {median:7.3f}{'  SLOW' if median > LIMIT_SECONDS else ''}")
    print(f"{slow} of {len(URLS)} over {LIMIT_SECONDS} s (median)")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
