"""Clickport: every operation, as a user would call them."""

from __future__ import annotations

import datetime

from clickport_client import Client
from clickport_client.api.convenience import list_top_pages
from clickport_client.api.events import send_event
from clickport_client.api.goals import list_goal_conversions
from clickport_client.api.realtime import get_realtime_visitors
from clickport_client.api.stats import query_stats
from clickport_client.models import DateRange, Dimension, EventRequest, EventType, Metric, Period, QueryRequest

from clickapis.catalog import api
from tests.support.calls import CallRecorder

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


def run(base_url: str) -> CallRecorder:
    recorder = CallRecorder("clickport", Client(base_url, **api("clickport").client_arguments))
    recorder.call(
        send_event, body=EventRequest(url="https://example.test/pricing", type_=EventType.PAGEVIEW), user_agent=BROWSER
    )
    recorder.call(
        query_stats,
        body=QueryRequest(metrics=[Metric.VISITORS, Metric.PAGEVIEWS, Metric.BOUNCE_RATE], period=Period.LAST_30_DAYS),
    )
    recorder.call(
        query_stats,
        body=QueryRequest(
            metrics=[Metric.VISITORS, Metric.PAGEVIEWS],
            dimensions=[Dimension.PAGE],
            date_range=DateRange(start=datetime.date(2026, 3, 1), end=datetime.date(2026, 3, 31)),
            limit=10,
        ),
    )
    recorder.call(
        query_stats,
        body=QueryRequest(metrics=[Metric.VISITORS], dimensions=[Dimension.DATE], period=Period.LAST_7_DAYS),
    )
    recorder.call(get_realtime_visitors)
    recorder.call(list_goal_conversions, start_date=datetime.date(2026, 3, 1), end_date=datetime.date(2026, 3, 31))
    recorder.call(list_top_pages, start_date=datetime.date(2026, 3, 1), end_date=datetime.date(2026, 3, 31))
    return recorder
