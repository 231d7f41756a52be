"""500 events through the Clickport client against the mock, on a fast fake clock shared by both: the client
paces them under the vendor's 60-a-minute limit, so every one is stored; without pacing most are dropped."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from clickport_client import Client
from clickport_client.api.events import send_event
from clickport_client.api.stats import query_stats
from clickport_client.models import Dimension, EventRequest, Filter, FilterOperator, Metric, Period, QueryRequest

from clickapis.catalog import APIS
from mockserver.app import create_app
from mockserver.clock import MockClock
from mockserver.config import MockConfig

from .fakes import FakeClock

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
EVENTS = 500


class SharedClock(FakeClock):
    """The client's fake clock; every sleep moves the mock's frozen clock by the same amount."""

    def __init__(self, mock_clock: MockClock) -> None:
        super().__init__()
        self.mock_clock = mock_clock

    async def async_sleep(self, seconds: float) -> None:
        self.mock_clock.advance(seconds)
        await super().async_sleep(seconds)


async def stored_burst_pageviews(paced: bool) -> int:
    app = create_app(MockConfig(api="clickport", now="2026-03-31T08:00:00Z", frozen_clock=True, seed=3))
    clock = SharedClock(app.state.mock.clock)
    client = Client(
        "http://clickport.mock",
        **APIS["clickport"].client_arguments,
        clock=clock,
        pacing={} if paced else {"events": None},
        httpx_args={"transport": httpx.ASGITransport(app=app)},
    )
    async with client:
        for index in range(EVENTS):
            event = EventRequest(url=f"https://example.test/burst/{index}")
            answer = await send_event.asyncio(client=client, body=event, user_agent=BROWSER)
            assert answer.success  # dropped or not, the vendor answers 200 and success
        burst = Filter(dimension=Dimension.PAGE, operator=FilterOperator.CONTAINS, value="/burst/")
        totals = await query_stats.asyncio(
            client=client, body=QueryRequest(metrics=[Metric.PAGEVIEWS], period=Period.TODAY, filters=[burst])
        )
    if paced:
        assert 8 * 60 <= clock.now - 1_000.0 < 9 * 61  # 500 events need 8 full minutes, and no more than 9
    return int(totals.results.pageviews)  # type: ignore[union-attr]


@pytest.mark.parametrize(("paced", "expected"), [(True, EVENTS), (False, 60)])
def test_paced_events_all_arrive_unpaced_ones_are_dropped(paced: bool, expected: int) -> None:
    assert asyncio.run(stored_burst_pageviews(paced)) == expected
