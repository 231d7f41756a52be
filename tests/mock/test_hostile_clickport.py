"""Clickport mock under hostile input: every bad request is a 4xx in Clickport's error model, quickly.

Error model (seeds/clickport, "Errors"): JSON `{"error": "<reason phrase>", "message": "..."}`.
"""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from tests.mock.conftest import BROWSER, CLICKPORT_KEY, MockFactory
from tests.mock.hostile import INTEGER_IMPOSTORS, JSON_BODY_ATTACKS, UNDEFINED_METHODS, call, module_mock

JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def cp() -> Iterator[TestClient]:
    """Shared by the module: every request here is refused or reads."""
    with module_mock("clickport", CLICKPORT_KEY) as client:
        yield client


def vendor_error(answer: httpx.Response, status: int) -> str:
    """The message of a Clickport error answer, after checking status, media type and shape."""
    assert answer.status_code == status, answer.text[:300]
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"error", "message"} and isinstance(body["error"], str) and body["error"]
    assert len(body["message"]) <= 500, "echoed input is cut short"
    return str(body["message"])


def query_body(**fields: Any) -> bytes:
    return json.dumps({"metrics": ["visitors"], "period": "30d", **fields}).encode()


@pytest.mark.parametrize("impostor", INTEGER_IMPOSTORS)
def test_integers_in_bodies_are_json_integers_in_range(cp: TestClient, impostor: str) -> None:
    # A string is never an integer in JSON; a number literal beyond int64 is refused by range.
    as_text = call(cp, "POST", "/api/query", content=query_body(limit=impostor), headers=JSON)
    assert "request body at /limit: expected an integer" in vendor_error(as_text, 400)


@pytest.mark.parametrize("literal", ["0", "-1", "1.5", "1e400", "NaN", "Infinity", "1" + "0" * 4301])
def test_integer_literals_the_schema_refuses_are_400(cp: TestClient, literal: str) -> None:
    content = b'{"metrics":["visitors"],"period":"30d","limit":' + literal.encode() + b"}"
    assert "/limit" in vendor_error(call(cp, "POST", "/api/query", content=content, headers=JSON), 400)


@pytest.mark.parametrize("field", ["limit", "offset"])
@pytest.mark.parametrize("literal", ["99999999999999999999", "69089690763583433800828509549716570112", "1" + "0" * 400])
def test_huge_integers_without_a_format_are_accepted(cp: TestClient, field: str, literal: str) -> None:
    """The spec gives `limit` and `offset` no format, so any size is valid (Schemathesis, seed 77031, sent
    offset 6.9e37); the frame saturates them at int64 for the store: everything, or nothing left."""
    content = b'{"metrics":["visitors"],"period":"30d","dimensions":["page"],"' + field.encode() + b'":'
    answer = call(cp, "POST", "/api/query", content=content + literal.encode() + b"}", headers=JSON)
    assert answer.status_code == 200, answer.text[:300]
    assert (answer.json()["results"] == []) == (field == "offset")


@pytest.mark.parametrize(("body", "named"), JSON_BODY_ATTACKS)
@pytest.mark.parametrize("path", ["/api/query", "/api/event"])
def test_json_bodies_that_cannot_be_held_are_400(cp: TestClient, path: str, body: bytes, named: str) -> None:
    headers = {**JSON, "User-Agent": BROWSER}
    assert named in vendor_error(call(cp, "POST", path, content=body, headers=headers), 400)


def test_a_surrogate_deep_in_a_query_is_named(cp: TestClient) -> None:
    content = b'{"metrics":["visitors"],"period":"30d","filters":[{"dimension":"page","value":"\\udc00"}]}'
    message = vendor_error(call(cp, "POST", "/api/query", content=content, headers=JSON), 400)
    assert message.startswith("request body at /filters/0/value: text holds a lone UTF-16 surrogate")


def test_oversized_events_are_413_and_realtime_stays_small(make_mock: MockFactory) -> None:
    clickport = make_mock()
    headers = {**CLICKPORT_KEY, **JSON, "User-Agent": BROWSER, "X-Forwarded-For": "203.0.113.9"}
    event = {"type": "pageview", "url": "https://yoursite.com/" + "a" * (2 * 1024 * 1024)}
    answer = call(clickport, "POST", "/api/event", content=json.dumps(event).encode(), headers=headers)
    assert "larger than 1048576 bytes" in vendor_error(answer, 413)
    realtime = call(clickport, "GET", "/api/realtime", headers=CLICKPORT_KEY)
    assert realtime.status_code == 200 and len(realtime.content) < 100_000


def test_url_limit_is_414(cp: TestClient) -> None:
    answer = call(cp, "GET", "/api/goals", params={"start_date": "2026-03-01", "end_date": "2026-03-31" + "x" * 9000})
    assert "at most 8192" in vendor_error(answer, 414)


@pytest.mark.parametrize("method", [*UNDEFINED_METHODS, "PUT", "DELETE", "GET"])
def test_undefined_methods_are_405_with_allow(cp: TestClient, method: str) -> None:
    answer = call(cp, method, "/api/query")
    assert method in vendor_error(answer, 405)
    assert answer.headers["allow"] == "POST"


@pytest.mark.parametrize(
    "url", ["/api/realtime", "/api/goals?start_date=2026-03-01&end_date=2026-03-31", "/api/goals", "/api/pages"]
)
def test_head_is_served_wherever_get_is(cp: TestClient, url: str) -> None:
    get = call(cp, "GET", url)
    head = call(cp, "HEAD", url)
    assert (head.status_code, head.content) == (get.status_code, b"")
    assert head.headers["content-length"] == str(len(get.content))


@pytest.mark.parametrize("status", [500, 501, 503, 429])
def test_injected_faults_use_the_error_model(cp: TestClient, status: int) -> None:
    fault = f"status={status};retry-after=2" if status == 429 else f"status={status}"
    answer = call(cp, "GET", "/api/realtime", headers={"X-Mock-Fault": fault})
    assert "injected fault" in vendor_error(answer, status)


def test_a_malformed_fault_header_is_a_400_in_the_model(cp: TestClient) -> None:
    answer = call(cp, "GET", "/api/realtime", headers={"X-Mock-Fault": "status=abc"})
    assert "X-Mock-Fault" in vendor_error(answer, 400)


@pytest.mark.parametrize(
    ("start", "end"), [("0001-01-01", "9999-12-31"), ("0135-04-30", "2026-03-31"), ("2026-03-01", "9999-12-31")]
)
@pytest.mark.parametrize("dimension", [None, "date", "hour", "week", "month", "page"])
def test_absurd_ranges_are_bounded_work(cp: TestClient, start: str, end: str, dimension: str | None) -> None:
    """Work in proportion to the rows, not the days: ten thousand years answer as fast as a month. A filter
    on a time dimension once computed the zone's offsets over the whole window (12 s, Schemathesis 77031)."""
    extra: dict[str, Any] = {"dimensions": [dimension]} if dimension else {}
    time_filters = [{"dimension": name, "operator": "not_contains", "value": ""} for name in ("hour", "date", "week")]
    content = query_body(
        date_range={"start": start, "end": end},
        include_comparison=True,
        timezone="America/St_Johns",
        filters=time_filters,
        **extra,
    )
    answer = call(cp, "POST", "/api/query", content=content, headers=JSON)
    assert answer.status_code == 200, answer.text[:300]
    goals = call(cp, "GET", "/api/goals", params={"start_date": start, "end_date": end})
    assert goals.status_code == 200


def test_messages_are_plain_words(cp: TestClient) -> None:
    answer = call(cp, "POST", "/api/query", content=query_body(period="\x01" * 1000), headers=JSON)
    message = vendor_error(answer, 400)
    assert message.startswith("request body at /period: expected one of ")
    assert "\x01" not in message and "characters)" in message
    bad_date = vendor_error(call(cp, "GET", "/api/goals?start_date=2026-02-30&end_date=x"), 400)
    assert "a date (YYYY-MM-DD)" in bad_date
