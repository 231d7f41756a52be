"""The generated runtime (errors, retries, Retry-After, paging, pacing, secrets) on the Clickport client,
driven through a scripted httpx transport and a fake clock. The same template renders every client's runtime;
tests/client/test_runtime_all_clients.py checks the parts every client shares."""

from __future__ import annotations

import asyncio
import email.utils
import logging

import httpx
import pytest
from clickport_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    MissingCredentialError,
    NotFoundError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    UnprocessableEntityError,
)
from clickport_client.api.events import send_event
from clickport_client.api.realtime import get_realtime_visitors
from clickport_client.api.stats import query_stats
from clickport_client.models import Dimension, EventRequest, Metric, QueryRequest

from .fakes import FakeClock, ScriptedServer, answer, fail_connect, time_out

API_KEY = "ck_secret_value_123"
REALTIME = {"count": 0, "visitors": []}


def make_client(server: ScriptedServer, clock: FakeClock | None = None, **options: object) -> Client:
    return Client(
        "https://clickport.test",
        api_key=API_KEY,
        clock=clock or FakeClock(),
        httpx_args={"transport": server.transport()},
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (418, APIStatusError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
    ],
)
def test_every_status_raises_its_error_class(status: int, error_class: type[APIStatusError]) -> None:
    server = ScriptedServer(answer(status, {"error": "Nope", "message": "It failed"}))
    client = make_client(server, max_retries=0)
    with pytest.raises(error_class) as caught:
        get_realtime_visitors.sync(client=client)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.body == {"error": "Nope", "message": "It failed"}
    assert error.method == "GET" and error.url == "https://clickport.test/api/realtime"
    assert "It failed" in str(error)


def test_vendor_error_model_is_parsed_when_the_status_documents_it() -> None:
    client = make_client(ScriptedServer(answer(401, {"error": "Unauthorized", "message": "Invalid API key"})))
    with pytest.raises(AuthenticationError) as caught:
        get_realtime_visitors.sync(client=client)
    assert caught.value.error is not None
    assert caught.value.error.message == "Invalid API key"


def test_detailed_call_returns_any_status_without_raising() -> None:
    client = make_client(ScriptedServer(answer(520, {"error": "Origin", "message": "down"})), max_retries=0)
    response = get_realtime_visitors.sync_detailed(client=client)
    assert response.status_code == 520
    assert response.http_response.json()["message"] == "down"


def test_get_is_retried_with_backoff_then_succeeds() -> None:
    clock = FakeClock()
    server = ScriptedServer(answer(503), answer(502), answer(200, REALTIME))
    result = get_realtime_visitors.sync(client=make_client(server, clock))
    assert result.count == 0
    assert len(server.requests) == 3
    assert len(clock.sleeps) == 2
    assert 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0  # 0.5 s doubling, 25 % jitter


def test_retries_stop_after_max_retries() -> None:
    server = ScriptedServer(answer(500, {"error": "x", "message": "boom"}))
    with pytest.raises(InternalServerError):
        get_realtime_visitors.sync(client=make_client(server, max_retries=3))
    assert len(server.requests) == 4


def test_per_call_override_of_retries() -> None:
    server = ScriptedServer(answer(500, {"error": "x", "message": "boom"}))
    client = make_client(server)
    with pytest.raises(InternalServerError):
        get_realtime_visitors.sync(client=client.with_options(max_retries=0))
    assert len(server.requests) == 1


def test_unsafe_post_is_never_retried() -> None:
    server = ScriptedServer(answer(503), answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    with pytest.raises(InternalServerError):
        send_event.sync(client=make_client(server), body=EventRequest(url="https://x.test/"), user_agent="UA/1.0")
    assert len(server.requests) == 1


def test_post_marked_idempotent_is_retried() -> None:
    server = ScriptedServer(answer(429, headers={"retry-after": "0"}), answer(200, {"results": {"visitors": 3}}))
    result = query_stats.sync(client=make_client(server), body=QueryRequest(metrics=[Metric.VISITORS]))
    assert len(server.requests) == 2
    assert result.results.visitors == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("3600", 60.0)])
def test_retry_after_seconds_is_honoured_and_capped(header: str, expected: float) -> None:
    clock = FakeClock()
    server = ScriptedServer(answer(429, headers={"retry-after": header}), answer(200, REALTIME))
    get_realtime_visitors.sync(client=make_client(server, clock))
    assert clock.sleeps == [expected]


def test_retry_after_http_date_is_honoured() -> None:
    clock = FakeClock()
    in_twelve_seconds = email.utils.formatdate(clock.wall() + 12, usegmt=True)
    server = ScriptedServer(answer(503, headers={"retry-after": in_twelve_seconds}), answer(200, REALTIME))
    get_realtime_visitors.sync(client=make_client(server, clock))
    assert clock.sleeps and 11.0 <= clock.sleeps[0] <= 12.0


@pytest.mark.parametrize(("failure", "error_class"), [(fail_connect, APIConnectionError), (time_out, APITimeoutError)])
def test_connection_failures_are_retried_then_raise_typed_errors(failure, error_class) -> None:  # type: ignore[no-untyped-def]
    server = ScriptedServer(failure)
    with pytest.raises(error_class):
        get_realtime_visitors.sync(client=make_client(server, max_retries=2))
    assert len(server.requests) == 3


def test_connection_failure_then_success() -> None:
    server = ScriptedServer(fail_connect, answer(200, REALTIME))
    assert get_realtime_visitors.sync(client=make_client(server)).count == 0


async def test_async_calls_retry_the_same_way() -> None:
    clock = FakeClock()
    server = ScriptedServer(answer(503), answer(200, REALTIME))
    result = await get_realtime_visitors.asyncio(client=make_client(server, clock))
    assert result.count == 0 and len(server.requests) == 2 and len(clock.sleeps) == 1


def _rows_page(request: httpx.Request) -> httpx.Response:
    body = httpx.Request("POST", "/", content=request.content).read()
    import json

    query = json.loads(body)
    rows = [{"page": f"/p{i}", "visitors": 100 - i} for i in range(23)]
    page = rows[query.get("offset", 0) : query.get("offset", 0) + query["limit"]]
    return httpx.Response(200, json={"results": page})


def test_iterate_returns_every_row_exactly_once() -> None:
    server = ScriptedServer(_rows_page)
    body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=5)
    rows = list(query_stats.iterate(client=make_client(server), body=body))
    assert [row.page for row in rows] == [f"/p{i}" for i in range(23)]  # type: ignore[union-attr]
    assert len(server.requests) == 5  # 5+5+5+5+3: the short page ends it


async def test_aiterate_returns_every_row_exactly_once() -> None:
    server = ScriptedServer(_rows_page)
    body = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], limit=10)
    rows = [row async for row in query_stats.aiterate(client=make_client(server), body=body)]
    assert len(rows) == 23 and len({row.page for row in rows}) == 23  # type: ignore[union-attr]


def test_iterate_stops_when_the_server_ignores_offset() -> None:
    # A server that always answers the same short page: one request, not an endless loop.
    server = ScriptedServer(answer(200, {"results": [{"page": "/", "visitors": 1}]}))
    rows = list(query_stats.iterate(client=make_client(server), body=QueryRequest(limit=5)))
    assert len(rows) == 1 and len(server.requests) == 1


def _accepted(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "session_id": 1, "page_visit_id": "a"})


def event_recording_client(clock: FakeClock) -> tuple[Client, list[float]]:
    """A client whose server accepts every event and notes the (fake) time it arrived."""
    sent_at: list[float] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.monotonic())
        return _accepted(request)

    return make_client(ScriptedServer(record), clock), sent_at


def test_event_sends_are_paced_to_60_in_any_minute() -> None:
    clock = FakeClock()
    client, sent_at = event_recording_client(clock)
    for index in range(500):
        send_event.sync(client=client, body=EventRequest(url=f"https://x.test/{index}"), user_agent="UA/1.0")
    assert len(sent_at) == 500
    for start in range(len(sent_at) - 60):
        assert sent_at[start + 60] - sent_at[start] >= 60.0  # never 61 sends within one minute
    assert sent_at[-1] - sent_at[0] < 9 * 60.5  # and no slower than needed: 500 events in 8 windows


async def test_concurrent_async_event_sends_are_paced_without_busy_waiting() -> None:
    clock = FakeClock()
    client, sent_at = event_recording_client(clock)
    await asyncio.gather(
        *(
            send_event.asyncio(client=client, body=EventRequest(url=f"https://x.test/{i}"), user_agent="UA")
            for i in range(130)
        )
    )
    assert len(sent_at) == 130
    assert 0 < len(clock.sleeps) <= 70  # each waiting send sleeps once for its slot: no spinning
    ordered = sorted(sent_at)
    for start in range(len(ordered) - 60):
        assert ordered[start + 60] - ordered[start] >= 60.0


def test_pacing_is_configurable_and_can_be_disabled() -> None:
    clock = FakeClock()
    client = make_client(ScriptedServer(_accepted), clock, pacing={"events": RateLimit(per_minute=10)})
    for _ in range(11):
        send_event.sync(client=client, body=EventRequest(url="https://x.test/"), user_agent="UA")
    assert len(clock.sleeps) == 1
    unpaced = make_client(ScriptedServer(_accepted), clock, pacing={"events": None})
    for _ in range(100):
        send_event.sync(client=unpaced, body=EventRequest(url="https://x.test/"), user_agent="UA")
    assert len(clock.sleeps) == 1


def test_missing_key_names_the_argument_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKPORT_API_KEY", raising=False)
    with pytest.raises(MissingCredentialError, match=r"api_key.*\$CLICKPORT_API_KEY"):
        Client("https://clickport.test")


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKPORT_API_KEY", API_KEY)
    monkeypatch.setenv("CLICKPORT_BASE_URL", "https://env.clickport.test/")
    server = ScriptedServer(answer(200, REALTIME))
    client = Client(httpx_args={"transport": server.transport()})
    get_realtime_visitors.sync(client=client)
    assert str(server.requests[0].url) == "https://env.clickport.test/api/realtime"
    assert server.requests[0].headers["x-api-key"] == API_KEY


def test_the_key_never_appears_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = ScriptedServer(answer(500, {"error": "Echo", "message": f"bad key {API_KEY}"}))
    client = make_client(server, max_retries=1)
    with pytest.raises(InternalServerError) as caught:
        get_realtime_visitors.sync(client=client)
    error = caught.value
    texts = [repr(client), str(client), str(error), repr(error), error.url, caplog.text, repr(error.request.headers)]
    assert server.requests[0].headers["x-api-key"] == API_KEY  # it did travel
    assert caplog.records, "debug logging produced nothing to check"
    for text in texts:
        assert API_KEY not in text
