"""ClickMeter answers CORS preflights on every path and lets browsers read its answers.

Vendor (seed 000_aec003a985112fb8.txt, line 7): "The allowed HTTP verbs are: GET, PUT, POST and DELETE. The
server supports also an OPTION verb to be compliant with CORS specifics about allowed headers."
"""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from tests.mock.conftest import MockFactory

KEY = APIS["clickmeter"].headers
PREFLIGHT = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "x-clickmeter-authkey, content-type",
}


@pytest.fixture
def clickmeter(make_mock: MockFactory) -> TestClient:
    return make_mock("clickmeter")


@pytest.mark.parametrize("path", ["/datapoints", "/datapoints/123", "/aggregated/summary/groups", "/me", "/no/such"])
def test_a_preflight_is_answered_on_every_path_without_credentials(clickmeter: TestClient, path: str) -> None:
    answer = clickmeter.options(path, headers=PREFLIGHT)
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    methods = {method.strip() for method in answer.headers["access-control-allow-methods"].split(",")}
    assert {"GET", "PUT", "POST", "DELETE"} <= methods
    allowed = {name.strip().lower() for name in answer.headers["access-control-allow-headers"].split(",")}
    assert {"x-clickmeter-authkey", "content-type"} <= allowed


def test_answers_carry_the_allow_origin_header(clickmeter: TestClient) -> None:
    listed = clickmeter.get("/datapoints", headers={**KEY, "Origin": "https://app.example.com"})
    assert listed.status_code == 200 and listed.headers["access-control-allow-origin"] == "*"
    refused = clickmeter.get("/datapoints", headers={"Origin": "https://app.example.com"})  # no key
    assert refused.status_code == 401 and refused.headers["access-control-allow-origin"] == "*"


def test_the_mock_control_paths_are_not_api_paths(clickmeter: TestClient) -> None:
    assert "access-control-allow-origin" not in clickmeter.get("/_mock/health").headers


@pytest.mark.parametrize("method", ["PROPFIND", "PATCH"])
def test_a_405_lists_options_among_the_allowed_methods(clickmeter: TestClient, method: str) -> None:
    refused = clickmeter.request(method, "/datapoints", headers=KEY)
    assert refused.status_code == 405
    allowed = [name.strip() for name in refused.headers["allow"].split(",")]
    assert {"GET", "POST", "OPTIONS"} <= set(allowed) and len(allowed) == len(set(allowed))
    assert clickmeter.options("/datapoints", headers=PREFLIGHT).status_code == 200  # what Allow promises
