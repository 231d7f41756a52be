"""Retries: backoff with jitter, Retry-After (seconds and HTTP date, capped), max_retries, which methods
and failures are retried, sync and async (runtime `_base_client`), in every client.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable

import httpx
import pytest

from ..fakes import FakeClock, ScriptedServer, answer, fail_connect, time_out
from .support import (
    APIS,
    CLIENTS,
    OK_BODIES,
    async_call,
    make,
    parsed_ok_body,
)


def test_a_post_answered_429_is_retried() -> None:
    from clickmeter_client.api.data_points import create_datapoint
    from clickmeter_client.models import DataPoint
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    clickport = ScriptedServer(answer(429), answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    accepted = send_event.sync(
        client=make("clickport", clickport)[1], body=EventRequest(url="https://x.test/"), user_agent="UA/1"
    )
    assert len(clickport.requests) == 2 and accepted.success  # type: ignore[union-attr]
    clickmeter = ScriptedServer(
        answer(429, headers={"retry-after": "1"}), answer(200, {"id": 7, "uri": "/datapoints/7"})
    )
    _, client = make("clickmeter", clickmeter)
    assert create_datapoint.sync(client=client, body=DataPoint()).id == 7  # type: ignore[union-attr]
    assert len(clickmeter.requests) == 2 and client.clock.sleeps == [1.0]


@pytest.mark.parametrize("failure", [answer(503), answer(408)])
def test_a_post_is_still_not_retried_on_other_failures(failure: Callable[[httpx.Request], httpx.Response]) -> None:
    import clickport_client
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    server = ScriptedServer(failure, answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    with pytest.raises(clickport_client.APIStatusError):
        send_event.sync(
            client=make("clickport", server)[1], body=EventRequest(url="https://x.test/"), user_agent="UA/1"
        )
    assert len(server.requests) == 1


def test_clickys_in_band_429_is_retried() -> None:
    busy = [{"error": "Too many simultaneous requests for this site."}]
    server = ScriptedServer(answer(200, busy), answer(200, OK_BODIES["clicky"]))
    CLIENTS["clicky"][1](make("clicky", server)[1])
    assert len(server.requests) == 2


@pytest.mark.parametrize("api", APIS)
def test_get_is_retried_with_backoff_then_succeeds(api: str) -> None:
    server = ScriptedServer(answer(503), answer(502), answer(200, OK_BODIES[api]))
    _, client = make(api, server)
    assert parsed_ok_body(api, CLIENTS[api][1](client))
    assert len(server.requests) == 3
    assert len(client.clock.sleeps) == 2
    first, second = client.clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s doubling, 25 % jitter


@pytest.mark.parametrize("api", APIS)
def test_5xx_is_retried_in_every_client(api: str) -> None:
    server = ScriptedServer(answer(503), answer(503), answer(503))
    package, client = make(api, server, max_retries=2)
    with pytest.raises(package.InternalServerError):
        CLIENTS[api][1](client)
    assert len(server.requests) == 3


@pytest.mark.parametrize("api", APIS)
def test_retries_stop_after_max_retries(api: str) -> None:
    server = ScriptedServer(answer(500, {"error": "x", "message": "boom"}))
    package, client = make(api, server, max_retries=3)
    with pytest.raises(package.InternalServerError):
        CLIENTS[api][1](client)
    assert len(server.requests) == 4


@pytest.mark.parametrize("api", APIS)
def test_per_call_override_of_retries(api: str) -> None:
    server = ScriptedServer(answer(500, {"error": "x", "message": "boom"}))
    package, client = make(api, server)
    with pytest.raises(package.InternalServerError):
        CLIENTS[api][1](client.with_options(max_retries=0))
    assert len(server.requests) == 1


def test_unsafe_post_is_not_retried_after_a_server_error() -> None:
    import clickport_client
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    server = ScriptedServer(answer(503), answer(200, {"success": True, "session_id": 1, "page_visit_id": "a"}))
    with pytest.raises(clickport_client.InternalServerError):
        send_event.sync(client=make("clickport", server)[1], body=EventRequest(url="https://x.test/"), user_agent="UA")
    assert len(server.requests) == 1


def test_post_marked_idempotent_is_retried() -> None:
    from clickport_client.api.stats import query_stats
    from clickport_client.models import Metric, QueryRequest

    server = ScriptedServer(answer(429, headers={"retry-after": "0"}), answer(200, {"results": {"visitors": 3}}))
    result = query_stats.sync(client=make("clickport", server)[1], body=QueryRequest(metrics=[Metric.VISITORS]))
    assert len(server.requests) == 2
    assert result.results.visitors == 3  # type: ignore[union-attr]


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("3600", 60.0)])
def test_retry_after_seconds_is_honoured_and_capped(api: str, header: str, expected: float) -> None:
    server = ScriptedServer(answer(429, headers={"retry-after": header}), answer(200, OK_BODIES[api]))
    _, client = make(api, server)
    CLIENTS[api][1](client)
    assert client.clock.sleeps == [expected]


@pytest.mark.parametrize("api", APIS)
def test_retry_after_http_date_is_honoured(api: str) -> None:
    clock = FakeClock()
    in_twelve_seconds = email.utils.formatdate(clock.wall() + 12, usegmt=True)
    server = ScriptedServer(answer(503, headers={"retry-after": in_twelve_seconds}), answer(200, OK_BODIES[api]))
    CLIENTS[api][1](make(api, server, clock=clock)[1])
    assert clock.sleeps and 11.0 <= clock.sleeps[0] <= 12.0


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    ("failure", "error_name"), [(fail_connect, "APIConnectionError"), (time_out, "APITimeoutError")]
)
def test_connection_failures_are_retried_then_raise_typed_errors(
    api: str, failure: Callable[[httpx.Request], httpx.Response], error_name: str
) -> None:
    server = ScriptedServer(failure)
    package, client = make(api, server, max_retries=2)
    with pytest.raises(getattr(package, error_name)):
        CLIENTS[api][1](client)
    assert len(server.requests) == 3


@pytest.mark.parametrize("api", APIS)
def test_connection_failure_then_success(api: str) -> None:
    server = ScriptedServer(fail_connect, answer(200, OK_BODIES[api]))
    assert parsed_ok_body(api, CLIENTS[api][1](make(api, server)[1]))
    assert len(server.requests) == 2


@pytest.mark.parametrize("api", APIS)
async def test_async_calls_retry_the_same_way(api: str) -> None:
    server = ScriptedServer(answer(503), answer(200, OK_BODIES[api]))
    _, client = make(api, server)
    assert parsed_ok_body(api, await async_call(api, client))
    assert len(server.requests) == 2 and len(client.clock.sleeps) == 1
