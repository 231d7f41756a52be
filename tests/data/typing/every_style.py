"""A user script calling the clients in every style; tests/client/test_resources.py runs `mypy --strict` on it."""

from __future__ import annotations

from clickmeter_client import AsyncClient as ClickMeterAsyncClient
from clickmeter_client import Client as ClickMeterClient
from clickmeter_client.models import Count, DataPoint
from clickport_client import AsyncClient, Client
from clickport_client.api.stats import query_stats
from clickport_client.models import (
    AggregateResult,
    BreakdownResult,
    Error,
    EventAccepted,
    EventRequest,
    QueryRequest,
    TimeSeriesResult,
)
from clickport_client.types import Response
from clicky_client import Client as ClickyClient
from clicky_client.models import GetStatsOutput

QueryResult = AggregateResult | BreakdownResult | TimeSeriesResult


def sync_styles(client: Client, query: QueryRequest) -> None:
    answer: QueryResult = client.stats.query_stats(body=query)
    raw: Response[QueryResult | Error] = client.stats.with_raw_response.query_stats(body=query)
    rows = list(client.stats.iterate_query_stats(body=query))
    same: QueryResult = query_stats.sync(client=client, body=query)
    detailed: Response[QueryResult | Error] = query_stats.sync_detailed(client=client, body=query)
    print(answer, raw.status_code, raw.parsed, rows, same, detailed.content)
    with client.with_options(max_retries=0) as quick:
        accepted: EventAccepted = quick.events.send_event(body=EventRequest(url="https://x.test/"), user_agent="UA")
        print(accepted, quick.realtime.get_realtime_visitors())


async def async_styles(query: QueryRequest) -> None:
    async with AsyncClient(api_key="ck_demo_key", max_retries=0) as client:
        answer: QueryResult = await client.stats.query_stats(body=query)
        raw: Response[QueryResult | Error] = await client.stats.with_raw_response.query_stats(body=query)
        rows = [row async for row in client.stats.iterate_query_stats(body=query)]
        same: QueryResult = await query_stats.asyncio(client=client, body=query)
        print(answer, raw.headers, rows, same)


def path_parameters(client: ClickMeterClient) -> DataPoint:
    by_position: DataPoint = client.data_points.get_datapoint(1)
    by_short_name: Count = client.data_points.count()  # the overlay's x-sdk-name alias of count_datapoints
    print(by_short_name.count, [reference.id for reference in client.data_points.iterate_list(limit=50)])
    return client.data_points.get_datapoint(id=by_position.id or 1)


async def path_parameters_async(client: ClickMeterAsyncClient) -> DataPoint:
    return await client.data_points.get_datapoint(1)


def raw_formats(client: ClickyClient) -> bytes:
    return client.stats.with_raw_response.get_stats(type_=["visitors"], output=GetStatsOutput.XML).content
