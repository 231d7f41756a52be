"""A `GET /api/stats/4` request as the report computations need it, read from the validated query.

The frame has already rejected what the spec forbids (an unknown `output`, `limit=0`, a `date` that fits
none of the documented forms ...). Values the spec allows but Clicky treats as invalid fall back to the
default, as the vendor says: a `date` that resolves to no real range (`2024-02-30`, end before start, a
range over the limit) means today; `hourly=1` with a type that has no hourly data is ignored; `item` with
more than one type is ignored.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from mockserver.apis.clicky.dates import DEFAULT_MAX_DAYS, DateRange, resolve_clicky_date
from mockserver.apis.clicky.formats import OutputFormat
from mockserver.apis.clicky.tallies import HOURLY_TYPES

DEFAULT_LIMIT = 50
LIMIT_ALL = 5000
LIST_LIMIT = 1000
"""visitors-list, actions-list and segmentation: at most 1000 items per request."""
PRO_MAX_DAYS = 366
"""The mock models a Pro account: popular, tally and the other types take ranges up to 366 days."""
LIST_TYPES = frozenset({"visitors-list", "actions-list", "segmentation"})
"""The vendor's heavy types: 31-day ranges, 1000 items, one request at a time."""


@dataclass(frozen=True, slots=True)
class StatsRequest:
    types: tuple[str, ...]
    output: OutputFormat
    limit: int
    page: int
    date: str
    daily: bool
    hourly: bool
    trends: bool
    item: str | None
    filter: str | None
    null_values: bool
    multi_values: bool
    visitor_details: tuple[str, ...] | None
    heatmap_url: bool
    time_offset: int | None
    segments: tuple[str, ...]
    session_id: str | None
    query: Mapping[str, Any]

    def limit_for(self, type_name: str) -> int:
        return min(self.limit, LIST_LIMIT) if type_name in LIST_TYPES else self.limit

    def offset_for(self, type_name: str) -> int:
        return (self.page - 1) * self.limit_for(type_name)

    def range_for(self, type_name: str, today: datetime.date) -> DateRange:
        max_days = DEFAULT_MAX_DAYS if type_name in LIST_TYPES else PRO_MAX_DAYS
        return resolve_clicky_date(self.date, today, max_days=max_days)


def read_request(query: Mapping[str, Any], types: tuple[str, ...], session_id: str | None) -> StatsRequest:
    limit = query.get("limit", DEFAULT_LIMIT)
    hourly = query.get("hourly") == 1 and all(name in HOURLY_TYPES for name in types)
    # `visitors-details` is the spelling of the vendor's alert example; `visitor-details=` means all details
    details = [name for name in query.get("visitor-details") or query.get("visitors-details") or () if name]
    return StatsRequest(
        types=types,
        output=cast(OutputFormat, query.get("output", "xml")),
        limit=LIMIT_ALL if limit == "all" else int(limit),
        page=int(query.get("page", 1)),
        date=str(query.get("date", "today")),
        daily=query.get("daily") == 1 or hourly,
        hourly=hourly,
        trends=query.get("trends") == 1,
        item=query["item"] if "item" in query and len(types) == 1 else None,
        filter=query.get("filter"),
        null_values=query.get("null_values") == 1,
        multi_values=query.get("custom_keys_multi_values") == 1,
        visitor_details=tuple(details) if details else None,
        heatmap_url=query.get("heatmap_url") == 1,
        time_offset=query.get("time_offset"),
        segments=tuple(query.get("segments", ("summary",))),
        session_id=session_id,
        query=query,
    )
