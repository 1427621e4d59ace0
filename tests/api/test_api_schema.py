"""Property tests against the OpenAPI schema (schemathesis + hypothesis): no input gives a server error."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from lagebild.api.app import create_app  # noqa: E402

OPERATIONS = ["/api/meta", "/api/overview", "/api/events", "/api/events/{event_id}", "/api/export", "/api/actors",
              "/api/actors/{code}", "/api/dyads", "/api/graph", "/api/articles", "/api/articles/{doc}", "/api/map",
              "/api/clusters", "/api/clusters/{cluster_id}", "/api/claims", "/api/claims/{claim_id}", "/api/quotes",
              "/api/story"]

# every input of these is valid: no parameters, or a free-text document id
ANY_INPUT_VALID = {"/api/meta", "/api/overview", "/api/articles/{doc}"}


@pytest.fixture(scope="module")
def api_schema(api_db):
    """The app's own OpenAPI schema, its operations called in-process (ASGI)."""
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(api_db))


def test_api_schema_lists_every_endpoint(api_schema):
    assert sorted(op.ok().path for op in api_schema.get_all_operations()) == sorted(OPERATIONS)


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize("path", OPERATIONS)
def test_api_schema_no_server_errors(api_schema, path, mode):
    if mode == "negative" and path in ANY_INPUT_VALID:
        pytest.skip(f"{path} accepts every input: there is no invalid input to generate")
    generation = schemathesis.GenerationMode.POSITIVE if mode == "positive" else schemathesis.GenerationMode.NEGATIVE
    strategy = api_schema[path]["GET"].as_strategy(generation_mode=generation)

    @given(st.data())
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(data):
        case = data.draw(strategy)
        response = case.call()
        assert response.status_code < 500, f"{case.path_parameters} {case.query}: {response.text[:300]}"
        assert response.status_code in (200, 404, 405, 422), response.text[:300]
        if response.status_code >= 400:
            assert response.json()["ok"] is False
        if mode == "positive" and response.status_code == 422:
            # schema-valid input is only refused for a semantic reason the schema cannot state
            assert any(k in response.json()["error"] for k in ("date", "near")), response.text[:300]

    check()
