"""Clicky: its one operation, the way users call it — several types at once, each type family, paging."""

from __future__ import annotations

from clicky_client import Client
from clicky_client.api.stats import get_stats
from clicky_client.models import Flag

from clickapis.catalog import api
from tests.support.calls import CallRecorder


def run(base_url: str) -> CallRecorder:
    recorder = CallRecorder("clicky", Client(base_url, **api("clicky").client_arguments))
    recorder.call(get_stats, type_=["visitors", "actions", "actions-average", "time-average", "bounce-rate"])
    recorder.call(get_stats, type_=["visitors", "actions"], date="last-7-days", hourly=Flag.ON)
    recorder.call(get_stats, type_=["visitors-list"], search="1", limit=30)
    recorder.call(get_stats, type_=["segmentation"], segments=["summary", "countries", "web-browsers"])
    recorder.call(get_stats, type_=["pages", "links", "searches"], date="last-week", daily=Flag.ON)
    recorder.call(get_stats, type_=["actions-list", "uptime", "uptime-list", "searches-recent", "links-unique"])
    return recorder
