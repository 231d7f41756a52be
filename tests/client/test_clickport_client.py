"""The generated Clickport client against the running mock: every operation, sync and async, and the seed's
documented example requests parsing into the generated models."""

from __future__ import annotations

import datetime

import pytest
from clickport_client import AuthenticationError, BadRequestError, Client
from clickport_client.api.convenience import list_top_pages
from clickport_client.api.events import send_event
from clickport_client.api.goals import list_goal_conversions
from clickport_client.api.realtime import get_realtime_visitors
from clickport_client.api.stats import query_stats
from clickport_client.models import (
    AggregateResult,
    BreakdownResult,
    DateRange,
    Dimension,
    EventRequest,
    EventType,
    Filter,
    FilterOperator,
    Metric,
    Period,
    QueryRequest,
)

from clickapis.catalog import APIS
from tests.support.calls import uncalled_operations
from tests.support.scenarios import clickport as scenario

BROWSER = scenario.BROWSER
MARCH = DateRange(start=datetime.date(2026, 3, 1), end=datetime.date(2026, 3, 31))


@pytest.fixture
def client(clickport_url: str) -> Client:
    return Client(clickport_url, **APIS["clickport"].client_arguments)


def test_the_scenario_calls_every_operation_successfully(clickport_url: str) -> None:
    recorder = scenario.run(clickport_url)
    assert [record for record in recorder.records if not record.ok] == []
    assert uncalled_operations("clickport", recorder.records) == []


def test_seed_example_aggregate_query(client: Client) -> None:
    answer = query_stats.sync(
        client=client,
        body=QueryRequest(metrics=[Metric.VISITORS, Metric.PAGEVIEWS, Metric.BOUNCE_RATE], period=Period.LAST_30_DAYS),
    )
    assert isinstance(answer, AggregateResult)
    assert answer.results.visitors > 0 and answer.results.pageviews >= answer.results.visitors
    assert 0 <= answer.results.bounce_rate <= 100


def test_seed_example_breakdown_query_filtered_to_germany(client: Client) -> None:
    body = QueryRequest(
        metrics=[Metric.VISITORS, Metric.PAGEVIEWS, Metric.AVG_SCROLL],
        dimensions=[Dimension.PAGE],
        date_range=MARCH,
        filters=[Filter(dimension=Dimension.COUNTRY, operator=FilterOperator.IS, value="DE")],
        limit=10,
        timezone="Europe/Berlin",
    )
    answer = query_stats.sync(client=client, body=body)
    assert isinstance(answer, BreakdownResult)
    assert 0 < len(answer.results) <= 10
    visitors = [row.visitors for row in answer.results]
    assert visitors == sorted(visitors, reverse=True)  # ordered by the first metric, descending


def test_seed_example_time_series_has_one_row_per_day(client: Client) -> None:
    body = QueryRequest(
        metrics=[Metric.VISITORS, Metric.PAGEVIEWS], dimensions=[Dimension.DATE], period=Period.LAST_7_DAYS
    )
    answer = query_stats.sync(client=client, body=body)
    assert isinstance(answer, BreakdownResult)
    days = [row.date for row in answer.results]
    assert len(days) == 7 and len(set(days)) == 7


def test_iterate_pages_through_every_row_once(client: Client) -> None:
    whole = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], date_range=MARCH, limit=1000)
    everything = query_stats.sync(client=client, body=whole)
    assert isinstance(everything, BreakdownResult)
    small_pages = QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.PAGE], date_range=MARCH, limit=3)
    paged = list(query_stats.iterate(client=client, body=small_pages))
    pages = [row.page for row in paged]  # type: ignore[union-attr]
    assert len(pages) == len(set(pages)) == len(everything.results)


async def test_every_operation_async(client: Client) -> None:
    event = await send_event.asyncio(
        client=client, body=EventRequest(url="https://x.test/a", type_=EventType.PAGEVIEW), user_agent=BROWSER
    )
    assert event.success
    assert isinstance(await query_stats.asyncio(client=client, body=QueryRequest(period=Period.TODAY)), AggregateResult)
    realtime = await get_realtime_visitors.asyncio(client=client)
    # The pageview just sent is stamped at the frozen clock's instant: its session is among the active ones.
    assert event.session_id in {visitor.session_id for visitor in realtime.visitors} or realtime.count > 20
    assert realtime.count >= len(realtime.visitors) >= 1
    goals = await list_goal_conversions.asyncio(client=client, start_date=MARCH.start, end_date=MARCH.end)
    assert goals.goals
    pages = await list_top_pages.asyncio(client=client, start_date=MARCH.start, end_date=MARCH.end)
    assert pages.results


def test_a_wrong_key_raises_authentication_error_without_the_key(clickport_url: str) -> None:
    client = Client(clickport_url, api_key="ck_wrong_secret")
    with pytest.raises(AuthenticationError) as caught:
        get_realtime_visitors.sync(client=client)
    assert caught.value.status_code == 401 and "ck_wrong_secret" not in str(caught.value)


def test_rejected_input_raises_bad_request(client: Client) -> None:
    with pytest.raises(BadRequestError):
        list_goal_conversions.sync(client=client, start_date=MARCH.end, end_date=MARCH.start)
