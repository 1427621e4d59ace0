"""End-to-end: the dashboard in headless Chromium (Playwright) over a database built from examples/.

Needs Debian's `chromium` (/usr/bin/chromium) and the `playwright` Python package; no
browser download (`playwright install` is never run). Screenshots go to test-artifacts/;
with LAGEBILD_README_SHOT=1 the event table is also saved as docs/img/dashboard.png.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the e2e extra)")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("LAGEBILD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="headless Chromium not installed: apt-get install chromium")


class Served:
    """The app over a database in a uvicorn thread on a free port."""

    def __init__(self, db: Path, token: str | None = None) -> None:
        import uvicorn

        from lagebild.api.app import create_app

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def api(self, path: str, **params) -> dict:
        """The JSON API's answer, to compare with what the page shows."""
        response = httpx.get(self.url + path, params=params, timeout=30)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="module")
def served(examples_db):
    with Served(examples_db) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"browser errors: {errors}"


def shot(page, name: str) -> None:
    """Save a screenshot as a test artefact."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_e2e_event_table_lists_the_stored_events(served, page):
    expected = served.api("/api/events", limit=50)
    assert expected["total"] > 0, "examples/ should give events"
    page.goto(served.url + "/events")
    assert page.locator("#total").inner_text() == str(expected["total"])
    assert page.locator("tr.event").count() == len(expected["events"])
    first = page.locator("tr.event").first
    assert first.get_attribute("data-event-id") == expected["events"][0]["event_id"]
    shot(page, "events")


def test_e2e_filter_the_table_by_type(served, page):
    event_type = served.api("/api/events", limit=1)["events"][0]["type"]
    expected = served.api("/api/events", type=event_type, limit=50)
    page.goto(served.url + "/events")
    page.select_option("#filters select[name=type]", event_type)
    page.click("#filters button[type=submit]")
    page.wait_for_url(f"**/events?*type={event_type}*")
    assert page.locator("#total").inner_text() == str(expected["total"])
    badges = page.locator("tr.event .badge").all_inner_texts()
    assert badges and set(badges) == {event_type}
    shot(page, "events-filtered")


def test_e2e_row_opens_its_evidence(served, page):
    event = served.api("/api/events", limit=1)["events"][0]
    page.goto(served.url + "/events")
    evidence = page.locator(f"#ev-{event['event_id']}")
    assert evidence.is_hidden()
    page.locator("tr.event").first.click()
    assert evidence.is_visible()
    sentence = evidence.locator("blockquote.sentence")
    assert sentence.inner_text().strip() == event["sentence"].strip()
    for span in event["highlights"]:
        marked = sentence.locator(f"mark.hl-{span['role']}").all_inner_texts()
        assert event["sentence"][span["start"]:span["end"]] in marked
    if event["trigger"]:
        assert sentence.locator("mark.hl-trigger").count() == 1
    assert evidence.locator(".ev-status").inner_text() == event["status"]
    attribution = ", ".join(event["reported_by"]) or "unattributed"
    assert evidence.locator(".ev-attribution").inner_text() == attribution
    shot(page, "evidence")
    if os.environ.get("LAGEBILD_README_SHOT"):
        page.screenshot(path=str(ROOT / "docs" / "img" / "dashboard.png"))


def test_e2e_graph_node_click_opens_the_actor(served, page):
    graph = served.api("/api/graph")
    assert graph["nodes"], "examples/ should give at least one dyad"
    top = graph["nodes"][0]["id"]
    page.goto(served.url + "/network")
    page.wait_for_selector("#graph .node")
    assert page.locator("#graph .node").count() == len(graph["nodes"])
    assert page.locator("#graph line.edge").count() == len(graph["edges"])
    shot(page, "network")
    page.locator(f'#graph .node[data-code="{top}"] circle').click()
    page.wait_for_url(f"**/actors/{top}")
    assert page.locator("#actor-code").inner_text().split()[0] == top
    assert page.locator("#actor-events").inner_text() == str(served.api(f"/api/actors/{top}")["events"])
    shot(page, "actor")


def test_e2e_graph_edge_click_opens_the_dyad_timeline(served, page):
    edge = served.api("/api/graph")["edges"][0]
    page.goto(served.url + "/network")
    page.wait_for_selector("#graph line.edge")
    page.locator(f'#graph line.edge[data-a="{edge["source"]}"][data-b="{edge["target"]}"]').dispatch_event("click")
    page.wait_for_url("**/dyads?*")
    assert page.locator("h1").inner_text() == f"Dyad {edge['source']} – {edge['target']}"
    series = served.api("/api/dyads", a=edge["source"], b=edge["target"])
    assert page.locator("#dyad-summary").inner_text().startswith(f"{series['events']} event")
    if series["series"]:
        page.wait_for_selector("#timeline rect", state="attached")
        bars = page.locator("#timeline rect.bar-coop").count()
        assert bars == len(series["series"])
    shot(page, "dyad")


def test_e2e_article_view_marks_actors_and_triggers(served, page):
    event = served.api("/api/events", limit=1)["events"][0]
    article = served.api(f"/api/articles/{event['doc']}")
    page.goto(f"{served.url}/articles/{event['doc']}")
    text = page.locator("#article-text")
    assert text.locator("mark").count() == len(article["marks"])
    assert text.locator("mark.hl-trigger").count() == sum(m["role"] == "trigger" for m in article["marks"])
    assert page.locator("#article-events li").count() == len(article["events"])
    shot(page, "article")


def _check_map(server: Served, page, name: str) -> None:
    """The map page shows the API's located events; a click on a place opens its evidence."""
    data = server.api("/api/map")
    page.goto(server.url + "/map")
    # locators, not wait_for_function: the pages' Content-Security-Policy forbids eval
    page.locator("#map path.country").nth(100).wait_for(state="attached")
    sync_api.expect(page.locator("#map-status")).not_to_have_text("Loading…")
    status = page.locator("#map-status").inner_text()
    if not data["points"]:
        assert status == "No event with a location for this filter."
        shot(page, name)
        return
    assert status.startswith(f"{data['located_events']} located events")
    drawn = sum(int(n) for n in page.locator("#map circle.point").evaluate_all(
        "els => els.map(e => e.dataset.events)"))
    assert drawn == data["located_events"]
    for _ in range(8):  # a cluster of several places zooms in; a single place opens its evidence
        page.locator("#map circle.point").first.click()
        if page.locator("#map-panel h2").count():
            break
    first = page.locator("#map-panel .map-event").first
    first.wait_for()
    assert first.locator("blockquote.sentence mark.hl-trigger").count() == 1
    shot(page, name)


def test_e2e_map_draws_countries_and_points(served, page):
    # the sample corpus names places ("in Tiflis", "in Warschau"): its map is never empty
    assert served.api("/api/map")["located_events"] > 0
    _check_map(served, page, "map")


def test_e2e_map_clusters_and_opens_evidence_of_located_events(page, tmp_path):
    # a larger synthetic database with events in five cities, dense enough to cluster
    sys.path.insert(0, str(ROOT / "tests" / "api"))
    from synth import build_db

    with Served(build_db(tmp_path / "located.duckdb", n_articles=40)) as server:
        _check_map(server, page, "map-located")
        assert page.locator("#map g.cluster, #map g.place").count() >= 1


def test_e2e_empty_database_shows_how_to_start(browser, tmp_path):
    with Served(tmp_path / "none.duckdb") as server:
        page = browser.new_page()
        page.goto(server.url + "/events")
        assert page.locator("#empty-state h2").inner_text() == "No events yet"
        shot(page, "empty")
        page.close()


def test_e2e_token_in_the_link_opens_the_whole_dashboard(page, examples_db):
    with Served(examples_db, token="s3cret") as server:
        assert httpx.get(server.url + "/network").status_code == 401
        page.goto(server.url + "/network?token=s3cret")
        # the page's own API call and the next page go through on the cookie the link set
        page.wait_for_selector("#graph .node")
        page.click("nav a[href='/events']")
        assert int(page.locator("#total").inner_text()) > 0
