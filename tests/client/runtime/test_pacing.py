"""Pacing for vendor limits the API does not report: Clickport's 60 events a minute, Clicky's one request
at a time per site, shared by sync and async calls (runtime `_pacing`).
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from ..fakes import FakeClock, ScriptedServer, answer
from .support import (
    CLICKY_SITEKEY,
    make,
)


def test_sync_and_async_calls_on_one_clicky_client_are_serialised(clicky_url: str) -> None:
    """visitors-list is limited to one at a time per site (seed: Clicky's API docs); without retries, any
    overlap between the thread's calls and the loop's would come back as RateLimitError."""
    from clicky_client import Client
    from clicky_client.api.stats import get_stats

    client = Client(clicky_url, site_id="101", sitekey=CLICKY_SITEKEY, max_retries=0)
    failures: list[BaseException] = []

    def sync_calls() -> None:
        for _ in range(4):
            try:
                get_stats.sync(client=client, type_=["visitors-list"], limit=5)
            except Exception as error:
                failures.append(error)

    async def async_calls() -> list[Any]:
        async with client:
            return await asyncio.gather(
                *(get_stats.asyncio(client=client, type_=["visitors-list"], limit=5) for _ in range(6)),
                return_exceptions=True,
            )

    thread = threading.Thread(target=sync_calls)
    thread.start()
    outcomes = asyncio.run(async_calls())
    thread.join()
    assert failures == [] and not [outcome for outcome in outcomes if isinstance(outcome, BaseException)]


def test_the_shared_semaphore_admits_one_thread_or_task_at_a_time() -> None:
    """Direct check on the runtime's semaphore: threads and tasks of two event loops never overlap."""
    from clicky_client._pacing import SharedSemaphore

    semaphore = SharedSemaphore(1)
    in_flight, peak, lock = [0], [0], threading.Lock()

    def enter() -> None:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])

    def leave() -> None:
        with lock:
            in_flight[0] -= 1

    def thread_work() -> None:
        for _ in range(20):
            semaphore.acquire()
            enter()
            time.sleep(0.001)
            leave()
            semaphore.release()

    async def task_work() -> None:
        for _ in range(20):
            await semaphore.acquire_async()
            enter()
            await asyncio.sleep(0.001)
            leave()
            semaphore.release(asyncio.get_running_loop())

    async def loop_work() -> None:
        await asyncio.gather(*(task_work() for _ in range(3)))

    threads = [threading.Thread(target=thread_work) for _ in range(2)]
    threads += [threading.Thread(target=asyncio.run, args=(loop_work(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == [1] and in_flight == [0]


async def test_a_cancelled_waiter_passes_the_permit_on() -> None:
    from clicky_client._pacing import SharedSemaphore

    semaphore = SharedSemaphore(1)
    await semaphore.acquire_async()
    waiter = asyncio.create_task(semaphore.acquire_async())
    await asyncio.sleep(0)
    waiter.cancel()
    semaphore.release(asyncio.get_running_loop())
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await asyncio.wait_for(semaphore.acquire_async(), timeout=1)  # the permit was not lost


async def test_a_sync_call_that_would_deadlock_its_own_event_loop_raises() -> None:
    from clicky_client.api.stats import get_stats

    server = ScriptedServer(answer(200, [{"type": "visitors-list", "dates": []}]))
    client = make("clicky", server)[1]
    async with client.pacer("site").asyncio():  # a task of this loop holds Clicky's one permit
        with pytest.raises(RuntimeError, match="use the asyncio"):
            get_stats.sync(client=client, type_=["visitors-list"])  # a type the limit applies to
    get_stats.sync(client=client, type_=["visitors-list"])  # free again: the sync call goes through
    assert len(server.requests) == 1


# The vendor branch's overlay narrows Clicky's site limit to some request types (x-sdk.pacing.site.applies_to).
CLICKY_TYPES_LIMITED = {
    "site": {
        "parameter": "type",
        "any_of": ["visitors-list", "actions-list", "segmentation"],
        "or_without_it_when_present": ["alert_id"],
    }
}


@pytest.mark.parametrize(
    ("params", "limit"),
    [
        ({"type": "visitors-list"}, "site"),
        ({"type": "visitors,actions-list"}, "site"),
        ({"type": "visitors"}, None),
        ({"alert_id": "9"}, "site"),
        ({}, None),
    ],
)
def test_a_limit_can_apply_to_some_request_types_only(params: dict[str, str], limit: str | None) -> None:
    from clicky_client._pacing import limit_for

    assert limit_for("site", {"params": params}, CLICKY_TYPES_LIMITED) == limit
    assert limit_for("site", {"params": params}, {}) == "site"  # without applies_to: every request
    assert limit_for(None, {"params": params}, CLICKY_TYPES_LIMITED) is None


def _accepted(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "session_id": 1, "page_visit_id": "a"})


def send_events(client: Any, count: int, url: str = "https://x.test/") -> None:
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

    for _ in range(count):
        send_event.sync(client=client, body=EventRequest(url=url), user_agent="UA/1.0")


def event_recording_client(clock: FakeClock) -> tuple[Any, list[float]]:
    """A Clickport client whose server accepts every event and notes the (fake) time it arrived."""
    sent_at: list[float] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.monotonic())
        return _accepted(request)

    return make("clickport", ScriptedServer(record), clock=clock)[1], sent_at


def test_event_sends_are_paced_to_60_in_any_minute() -> None:
    clock = FakeClock()
    client, sent_at = event_recording_client(clock)
    send_events(client, 500)
    assert len(sent_at) == 500
    for start in range(len(sent_at) - 60):
        assert sent_at[start + 60] - sent_at[start] >= 60.0  # never 61 sends within one minute
    assert sent_at[-1] - sent_at[0] < 9 * 60.5  # and no slower than needed: 500 events in 8 windows


async def test_concurrent_async_event_sends_are_paced_without_busy_waiting() -> None:
    from clickport_client.api.events import send_event
    from clickport_client.models import EventRequest

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
    from clickport_client import RateLimit

    clock = FakeClock()
    client = make("clickport", ScriptedServer(_accepted), clock=clock, pacing={"events": RateLimit(per_minute=10)})[1]
    send_events(client, 11)
    assert len(clock.sleeps) == 1
    unpaced = make("clickport", ScriptedServer(_accepted), clock=clock, pacing={"events": None})[1]
    send_events(unpaced, 100)
    assert len(clock.sleeps) == 1
