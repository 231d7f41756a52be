"""Clicky's documented leniency (the default mode) and the strict mode contract tests use.

Vendor, seed 002_c5a5c4d2aea5df3c.txt:
- line 80: "If a parameter is not included in your request, or the value specificied is invalid, the default
  value will be used automatically."
- line 108: "If you give an invalid date or date range (range too large, end is before start, etc), we'll
  automatically use "today" instead."
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.app import create_app
from mockserver.config import MockConfig
from tests.mock.conftest import FROZEN_NOW, MockFactory

CREDENTIALS = APIS["clicky"].query
STRICT = {"X-Mock-Strict": "1"}


@pytest.fixture(scope="module")
def clicky() -> Iterator[TestClient]:
    config = MockConfig(api="clicky", now=FROZEN_NOW, frozen_clock=True, validate_responses=True, seed=7)
    with TestClient(create_app(config)) as client:
        yield client


def get(client: TestClient, headers: dict[str, str] | None = None, **params: Any) -> Any:
    answer = client.get("/api/stats/4", params={**CREDENTIALS, **params}, headers=headers or {})
    assert answer.status_code == 200, answer.text
    return answer


def json_answer(client: TestClient, headers: dict[str, str] | None = None, **params: Any) -> Any:
    return get(client, headers, output="json", **params).json()


INVALID_OPTIONAL_VALUES = [
    ("pages,visitors-list", {"date": "last-7-days"}, "limit", "5000"),
    ("pages,visitors-list", {"date": "last-7-days"}, "limit", "0"),
    ("pages,visitors-list", {"date": "last-7-days"}, "limit", "abc"),
    ("pages,visitors-list", {"date": "last-7-days", "limit": "2"}, "page", "0"),
    ("visitors", {"date": "last-7-days"}, "daily", "2"),
    ("visitors", {"date": "last-7-days"}, "hourly", "yes"),
    ("visitors-list", {}, "time_offset", "100000"),
    ("actions-list", {}, "action_type", "teleport"),
    ("visitors-list", {}, "null_values", "true"),
    ("searches", {}, "json_callback", "alert(1)"),
]
SCHEMA_VALID_BUT_EMPTY = [("visitors-list", {}, "visitor-details", "")]  # strict mode accepts it too


@pytest.mark.parametrize(("types", "context", "name", "value"), INVALID_OPTIONAL_VALUES + SCHEMA_VALID_BUT_EMPTY)
def test_an_invalid_optional_value_means_the_default(
    clicky: TestClient, types: str, context: dict[str, str], name: str, value: str
) -> None:
    expected = json_answer(clicky, type=types, **context)
    assert all("error" not in result for result in expected)
    assert json_answer(clicky, type=types, **context, **{name: value}) == expected


@pytest.mark.parametrize(("types", "context", "name", "value"), INVALID_OPTIONAL_VALUES)
def test_strict_mode_rejects_the_same_values_naming_the_parameter(
    clicky: TestClient, types: str, context: dict[str, str], name: str, value: str
) -> None:
    # Plain JSON for every value, a bad json_callback included: it never wraps the answer (test_hostile_clicky).
    (error,) = get(clicky, STRICT, output="json", type=types, **context, **{name: value}).json()
    assert f"parameter '{name}'" in error["error"]


def test_an_invalid_output_means_xml_the_default(clicky: TestClient) -> None:
    root = ET.fromstring(get(clicky, type="visitors", output="yaml").content)  # seed 002 line 86: "Default value: xml"
    assert root.get("status") == "ok" and root.find("type").get("type") == "visitors"  # type: ignore[union-attr]


@pytest.mark.parametrize("date", ["garbage", "2024-13-45", "yesterday-ish"])
def test_an_invalid_date_means_today(clicky: TestClient, date: str) -> None:
    today = json_answer(clicky, type="visitors,pages", date="today")
    assert json_answer(clicky, type="visitors,pages", date=date) == today
    assert today[0]["dates"][0]["date"] == "2026-03-31"  # the mock's --now


def test_strict_mode_rejects_an_invalid_date(clicky: TestClient) -> None:
    (error,) = json_answer(clicky, STRICT, type="visitors", date="garbage")
    assert "'date'" in error["error"]


def test_strict_server_mode_and_the_per_request_header_override(make_mock: MockFactory) -> None:
    strict = make_mock("clicky", strict=True)
    (error,) = json_answer(strict, type="visitors", limit="0")
    assert "'limit'" in error["error"]
    lenient = json_answer(strict, {"X-Mock-Strict": "0"}, type="visitors", limit="0")
    assert lenient[0]["type"] == "visitors"


def test_a_malformed_strict_header_is_an_error_naming_it(clicky: TestClient) -> None:
    (error,) = json_answer(clicky, {"X-Mock-Strict": "yes"}, type="visitors")
    assert "X-Mock-Strict" in error["error"]


def test_required_credentials_stay_required_in_the_default_mode(clicky: TestClient) -> None:
    answer = clicky.get(
        "/api/stats/4", params={"site_id": "101", "sitekey": "nope", "type": "visitors", "output": "json"}
    )
    assert answer.json() == [{"error": "Invalid sitekey."}]
