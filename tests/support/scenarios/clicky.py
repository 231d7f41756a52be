"""Clicky: its one operation, the way users call it — several types at once, each type family, paging."""

from __future__ import annotations

from clicky_client import Client
from clicky_client.api.stats import get_stats
from clicky_client.models import Flag

from tests.support.calls import CallRecorder

SITE_ID = "101"
SITEKEY = "5a7e0c1d9b3f4e21"


def run(base_url: str) -> CallRecorder:
    recorder = CallRecorder("clicky", Client(base_url, site_id=SITE_ID, sitekey=SITEKEY))
    recorder.call(get_stats, type_=["visitors", "actions", "actions-average", "time-average", "bounce-rate"])
    recorder.call(get_stats, type_=["visitors", "actions"], date="last-7-days", hourly=Flag.ON)
    recorder.call(get_stats, type_=["visitors-list"], search="1", limit=30)
    recorder.call(get_stats, type_=["segmentation"], segments=["summary", "countries", "web-browsers"])
    recorder.call(get_stats, type_=["pages", "links", "searches"], date="last-week", daily=Flag.ON)
    recorder.call(get_stats, type_=["actions-list", "uptime", "uptime-list", "searches-recent", "links-unique"])
    return recorder
