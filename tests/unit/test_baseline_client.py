"""Functional tests of template features on the golden baseline client: query styles, cursor paging,
numeric accessors, errors reported in a 200 body, concurrency pacing, forward-compatible enums."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.client.fakes import FakeClock, ScriptedServer, answer

EXPECTED = Path(__file__).resolve().parents[1] / "golden" / "baseline" / "expected"


@pytest.fixture(scope="module")
def baseline() -> Iterator[ModuleType]:
    sys.path.insert(0, str(EXPECTED))
    try:
        import baseline_client

        yield baseline_client
    finally:
        sys.path.remove(str(EXPECTED))


def make_client(baseline: ModuleType, server: ScriptedServer, **options: Any) -> Any:
    return baseline.Client(
        "https://widgets.test",
        api_key="wk_secret",
        clock=FakeClock(),
        httpx_args={"transport": server.transport()},
        **options,
    )


def test_query_styles_follow_the_spec(baseline: ModuleType) -> None:
    from baseline_client.api.widgets import list_widgets
    from baseline_client.models import ListWidgetsFilter

    server = ScriptedServer(answer(200, {"items": []}))
    widget_filter = ListWidgetsFilter.from_dict({"colour": "red", "size": "L"})
    list_widgets.sync(client=make_client(baseline, server), tags=["a", "b"], filter_=widget_filter)
    params = server.requests[0].url.params
    assert params["tags"] == "a,b"  # style: form, explode: false
    assert params["filter[colour]"] == "red" and params["filter[size]"] == "L"  # style: deepObject
    assert server.requests[0].headers["X-Widget-Key"] == "wk_secret"


def test_cursor_paging_follows_next_until_it_stops(baseline: ModuleType) -> None:
    from baseline_client.api.events import list_events

    pages = {None: {"events": ["e1", "e2"], "next": "c1"}, "c1": {"events": ["e3"], "next": "c2"}, "c2": {"events": []}}
    server = ScriptedServer(lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")]))
    assert list(list_events.iterate(client=make_client(baseline, server))) == ["e1", "e2", "e3"]
    assert len(server.requests) == 3


def test_cursor_paging_stops_on_a_repeated_cursor(baseline: ModuleType) -> None:
    from baseline_client.api.events import list_events

    server = ScriptedServer(answer(200, {"events": ["same"], "next": "loop"}))
    # The second page repeats the first: it ends the walk without yielding its items again.
    assert list(list_events.iterate(client=make_client(baseline, server))) == ["same"]
    assert len(server.requests) == 2


def test_numeric_accessor_reads_the_string_as_a_number(baseline: ModuleType) -> None:
    widget = baseline.models.Widget.from_dict({"name": "w", "weight": "42"})
    assert widget.weight == "42" and widget.weight_number == 42
    assert baseline.models.Widget.from_dict({"name": "w", "weight": "n/a"}).weight_number is None


def test_unknown_enum_values_and_fields_do_not_break_parsing(baseline: ModuleType) -> None:
    widget = baseline.models.Widget.from_dict({"name": "w", "colour": "ultraviolet", "shiny": True})
    assert widget.colour == "ultraviolet"
    assert widget.additional_properties == {"shiny": True}
    assert widget.to_dict()["colour"] == "ultraviolet"


def test_error_in_a_200_body_raises_the_mapped_error(baseline: ModuleType) -> None:
    from baseline_client.api.events import list_events

    server = ScriptedServer(answer(200, [{"error": "Bad key."}]))
    with pytest.raises(baseline.AuthenticationError, match="Bad key"):
        list_events.sync(client=make_client(baseline, server))
    assert list_events.sync_detailed(client=make_client(baseline, server)).status_code == 200


def test_reads_are_serialised_per_credential(baseline: ModuleType) -> None:
    from baseline_client.api.widgets import list_widgets

    in_flight, peak = 0, 0
    lock = threading.Lock()

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={"items": []})

    async def run(client: Any) -> None:
        await asyncio.gather(*(list_widgets.asyncio(client=client) for _ in range(5)))

    transport = httpx.MockTransport(slow)
    client = baseline.Client("https://w.test", api_key="k", httpx_args={"transport": transport})
    asyncio.run(run(client))
    assert peak == 1
    unpaced = baseline.Client(
        "https://w.test", api_key="k", httpx_args={"transport": transport}, pacing={"reads": None}
    )
    asyncio.run(run(unpaced))
    assert peak > 1  # the same calls overlap without the pacer: the check above can fail


def test_a_limit_applies_only_to_the_requests_its_policy_names(baseline: ModuleType) -> None:
    """The overlay's `applies_to`: reads tagged slow (or without tags, sending an offset) are serialised."""
    from baseline_client.api.widgets import list_widgets

    in_flight, peak = 0, 0
    lock = threading.Lock()

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={"items": []})

    def peak_of(**arguments: Any) -> int:
        nonlocal peak
        peak = 0
        client = baseline.Client("https://w.test", api_key="k", httpx_args={"transport": httpx.MockTransport(slow)})

        async def run() -> None:
            await asyncio.gather(*(list_widgets.asyncio(client=client, **arguments) for _ in range(5)))

        asyncio.run(run())
        return peak

    assert peak_of(tags=["fast", "slow"]) == 1
    assert peak_of(tags=["fast"]) > 1
    assert peak_of(offset=20) == 1


def test_idempotent_post_is_retried_but_create_is_not(baseline: ModuleType) -> None:
    from baseline_client.api.widgets import create_widget, update_widget

    widget = baseline.models.Widget(name="w")
    server = ScriptedServer(answer(503), answer(200, {"name": "w"}))
    assert update_widget.sync(client=make_client(baseline, server), id=1, body=widget).name == "w"
    assert len(server.requests) == 2
    server = ScriptedServer(answer(503), answer(200, {"name": "w"}))
    with pytest.raises(baseline.InternalServerError):
        create_widget.sync(client=make_client(baseline, server), body=widget)
    assert len(server.requests) == 1
    assert json.loads(server.requests[0].content) == {"name": "w"}


def test_a_retryable_error_in_a_200_body_is_retried(baseline: ModuleType) -> None:
    from baseline_client.api.events import list_events

    busy = ScriptedServer(answer(200, [{"error": "Busy."}]))
    busy_then_ok = ScriptedServer(answer(200, [{"error": "Slow down."}]), answer(200, {"events": ["e"]}))
    with pytest.raises(baseline.BadRequestError):  # unmapped message: 400, not retried
        list_events.sync(client=make_client(baseline, busy))
    assert len(busy.requests) == 1
    assert list_events.sync(client=make_client(baseline, busy_then_ok)).events == ["e"]
    assert len(busy_then_ok.requests) == 2
