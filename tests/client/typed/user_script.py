"""A user's script over the three generated clients, checked with `mypy --strict` (never run).

tests/client/test_typed_usage.py fails when a generated signature stops being precise: `assert_type`
fails on `Any` as well as on a wrong type.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import assert_type

import clickmeter_client
import clickport_client
import clicky_client
from clickmeter_client.api.data_points import get_datapoint, list_datapoint_hits, list_datapoints
from clickmeter_client.models import DataPoint, EntityUri, Hit, HitsTimeframe
from clickport_client.api.convenience import list_top_pages
from clickport_client.api.stats import query_stats
from clickport_client.models import BreakdownRow, Metric, MetricValues, QueryRequest, TimeSeriesRow
from clicky_client.api.stats import get_stats
from clicky_client.models import GetStatsOutput, TallyItem, TallyResult


def clickmeter_usage() -> None:
    client = clickmeter_client.Client(api_key="key", proxy="http://proxy.internal:3128")
    with client.with_options(max_retries=0, timeout=5.0) as quick:
        for reference in list_datapoints.iterate(client=quick, limit=50, max_pages=3):
            assert_type(reference, EntityUri)
            datapoint = get_datapoint.sync(client=quick, id=reference.id)
            assert_type(datapoint, DataPoint)
            for hit in list_datapoint_hits.iterate(client=quick, id=reference.id, timeframe=HitsTimeframe.LAST7):
                assert_type(hit, Hit)
    try:
        get_datapoint.sync(client=client, id=1)
    except clickmeter_client.NotFoundError as error:
        status: int = error.status_code
        print(status, error.response.status_code)
    except clickmeter_client.APIConnectionError as error:
        print(error.message, error.__cause__)
    client.close()


async def clickport_usage() -> None:
    async with clickport_client.Client(api_key="key") as client:
        query = QueryRequest(metrics=[Metric.VISITORS])
        async for row in query_stats.aiterate(client=client, body=query, max_pages=2):
            assert_type(row, BreakdownRow | MetricValues | TimeSeriesRow)
        pages = await list_top_pages.asyncio(
            client=client, start_date=datetime.date(2026, 3, 1), end_date=datetime.date(2026, 3, 8)
        )
        print(pages)


def clicky_usage() -> None:
    client = clicky_client.Client(site_id="101", sitekey="secret")
    answer = get_stats.sync(client=client, type_=["visitors"], output=GetStatsOutput.XML)
    if isinstance(answer, str):
        print(answer)  # the XML text
    else:
        for result in answer:
            if isinstance(result, TallyResult):
                print(result.dates[0].items[0].value_number)
    for item in get_stats.iterate(client=client, type_=["visitors"], max_pages=1):
        if isinstance(item, TallyItem):
            print(item.value_number)
    try:
        get_stats.sync(client=client, type_=["visitors"])
    except clicky_client.AuthenticationError as error:
        print(error.status_code, error.response.status_code)  # 401, 200


asyncio.run(clickport_usage())
