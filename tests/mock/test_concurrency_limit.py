"""A `ConcurrencyLimit` an API declares to the frame: one request in flight per key, the API's own "busy" answer.

The frame applies it after validation (so the key is read from the validated request, never re-parsed) and
before the handler; requests without a key (the limit does not apply to them) never wait for it.
"""

import asyncio
import dataclasses
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.__main__ import api_settings, parse_arguments
from mockserver.apis import clicky
from mockserver.app import create_app, load_behaviour
from mockserver.behaviour import ConcurrencyLimit
from mockserver.config import MockConfig
from mockserver.context import RequestContext
from mockserver.responses import MockResponse
from tests.mock.conftest import FROZEN_NOW, MockFactory
from tests.mock.frame_api import DEMO_KEY, NoteStore, build_behaviour, write_spec
from tests.mock.test_clickport_mock import pageview, query, send

AUTH = {"X-Key": DEMO_KEY}
WAIT_SECONDS = 10.0
BUSY = {"count": -1}


def _limited_frame(
    tmp_path: Path, hold_seconds: float = 0.0
) -> tuple[Any, threading.Event, threading.Event, list[str]]:
    """The frame test API; `/broken` is limited per client IP and blocks in its handler until released."""
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow(ctx: RequestContext[NoteStore]) -> MockResponse:
        calls.append(ctx.client_ip)
        started.set()
        release.wait(WAIT_SECONDS)
        return MockResponse({"count": ctx.store.count()})

    behaviour = build_behaviour(replace={"brokenAnswer": slow})
    limit = ConcurrencyLimit(
        key=lambda ctx: ctx.client_ip if ctx.operation_id == "brokenAnswer" else None,
        busy=lambda query: MockResponse(BUSY),
        hold_seconds=hold_seconds,
    )
    config = MockConfig(api="frame", spec_path=write_spec(tmp_path), now=FROZEN_NOW, validate_responses=True)
    app = create_app(config, dataclasses.replace(behaviour, concurrency=limit))
    return app, started, release, calls


def test_a_second_request_with_the_same_key_gets_the_busy_answer_at_once(tmp_path: Path) -> None:
    app, started, release, calls = _limited_frame(tmp_path)

    async def scenario() -> tuple[dict[str, Any], bool, list[dict[str, Any]], dict[str, Any]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", timeout=30) as client:
            ip_a, ip_b = {**AUTH, "X-Forwarded-For": "198.51.100.7"}, {**AUTH, "X-Forwarded-For": "203.0.113.20"}
            first = asyncio.create_task(client.get("/broken", headers=ip_a))
            assert await asyncio.to_thread(started.wait, WAIT_SECONDS), "the first request never started"
            second = (await client.get("/broken", headers=ip_a)).json()
            still_in_flight = not first.done()
            others = [
                asyncio.create_task(client.get("/broken", headers=ip_b)),  # another key: admitted
                asyncio.create_task(client.get("/notes", headers=ip_a)),  # no key: not limited
            ]
            release.set()
            results = [(await task).json() for task in [first, *others]]
            after = (await client.get("/broken", headers=ip_a)).json()  # the key was given back
            return second, still_in_flight, results, after

    second, still_in_flight, results, after = asyncio.run(scenario())
    assert second == BUSY and still_in_flight
    assert results == [{"count": 0}, {"count": 0}, {"count": 0}]
    assert after == {"count": 0}
    assert calls == ["198.51.100.7", "203.0.113.20", "198.51.100.7"], "the refused request reached the handler"


def test_a_limited_request_is_held_and_others_are_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[float] = []
    monkeypatch.setattr("mockserver.app.time.sleep", held.append)
    app, _, release, _ = _limited_frame(tmp_path, hold_seconds=30.0)
    release.set()
    with TestClient(app) as client:
        assert client.get("/notes", headers=AUTH).json() == {"count": 0}
        assert held == []
        assert client.get("/broken", headers=AUTH).json() == {"count": 0}
    assert len(held) == 1 and 29.0 < held[0] <= 30.0


def test_hold_seconds_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="hold_seconds must not be negative"):
        ConcurrencyLimit(key=lambda ctx: None, busy=lambda query: MockResponse(), hold_seconds=-0.1)


CLICKY = {**APIS["clicky"].query, "output": "json"}


@pytest.mark.parametrize(
    ("query", "restricted"),
    [
        ({"type": "visitors"}, False),
        ({"type": "pages,countries"}, False),
        ({"type": "visitors-list"}, True),
        ({"type": "visitors,actions-list"}, True),
        ({"type": "segmentation"}, True),
        ({"alert_id": "1"}, True),  # seed 002 line 54: an alert is answered as a visitors-list request
    ],
)
def test_clicky_holds_only_its_restricted_types(
    make_mock: MockFactory, monkeypatch: pytest.MonkeyPatch, query: dict[str, str], restricted: bool
) -> None:
    """Seed 002, the IMPORTANT box: only visitors-list, actions-list and segmentation are limited, so only they
    spend the processing time; a tally or popular request never waits."""
    held: list[float] = []
    monkeypatch.setattr("mockserver.app.time.sleep", held.append)
    client = make_mock(api="clicky", behaviour=clicky.behaviour(processing_seconds=5.0))
    answer = client.get("/api/stats/4", params={**CLICKY, **query})
    assert answer.status_code == 200 and "error" not in answer.json()[0]
    assert (len(held) == 1 and 4.0 < held[0] <= 5.0) if restricted else held == []


def test_the_cli_settings_reach_their_api_and_the_others_ignore_them(make_mock: MockFactory) -> None:
    arguments = parse_arguments(["--api", "clicky", "--port", "1", "--event-limit", "2", "--processing-seconds", "0"])
    settings = api_settings(arguments)
    assert settings == {"event_limit": 2, "processing_seconds": 0.0}
    clicky_behaviour = load_behaviour("clicky", settings)
    assert clicky_behaviour.concurrency is not None and clicky_behaviour.concurrency.hold_seconds == 0.0
    assert load_behaviour("clickmeter", settings).concurrency is None
    clickport = make_mock(behaviour=load_behaviour("clickport", settings))
    assert _events_kept(clickport, 3) == 2
    assert _events_kept(make_mock(behaviour=load_behaviour("clickport", {})), 3) == 3  # the vendor's 60


def _events_kept(client: TestClient, events: int) -> int:
    """How many of `events` pageviews from one IP the store kept (over the limit they are dropped silently)."""
    before = query(client, metrics=["pageviews"], period="today")["results"]["pageviews"]
    for number in range(events):
        assert send(client, pageview(f"/limited/{number}")).status_code == 200
    return int(query(client, metrics=["pageviews"], period="today")["results"]["pageviews"] - before)


def test_a_clickport_event_limit_below_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="event_limit must not be negative"):
        load_behaviour("clickport", {"event_limit": -1})
