"""The statistics answers every section repeats for its own scope: aggregated, aggregated/list, hits, reports."""

from __future__ import annotations

from typing import Any

from mockserver.apis.clickmeter import aggregation, hits
from mockserver.apis.clickmeter.handlers.shared import Context, ok, time_frame
from mockserver.apis.clickmeter.hits import Scope
from mockserver.apis.clickmeter.listing import page
from mockserver.apis.clickmeter.timeframes import check_hourly
from mockserver.responses import MockResponse


def aggregated(ctx: Context, scope: Scope) -> MockResponse:
    days = time_frame(ctx)
    hourly = bool(ctx.query.get("hourly", False))
    if hourly:
        check_hourly(days)
    return ok(aggregation.aggregated(ctx.store, scope, days, hourly))


def aggregated_list(ctx: Context, scope: Scope) -> MockResponse:
    return ok(aggregation.aggregated_list(ctx.store, scope, time_frame(ctx), ctx.query.get("groupBy")))


def hit_page(ctx: Context, scope: Scope) -> MockResponse:
    days = time_frame(ctx)
    return ok(hits.hit_page(ctx.store, scope, days.start, days.end, ctx.query))


def report(ctx: Context, scope: Scope) -> MockResponse:
    return ok(aggregation.top_report(ctx.store, scope, time_frame(ctx), ctx.query["type"], ctx.query.get("hittype")))


def summary(ctx: Context, rows: list[dict[str, Any]], sort_fields: tuple[str, ...]) -> MockResponse:
    """A page of per-entity rows, sorted by an entity field or a total (`sortBy`, by id for any other name),
    with the total count."""
    offset, limit = page(ctx.query)
    name = ctx.query.get("sortBy", "id")
    if name not in ("name", *aggregation.COUNTS, *aggregation.AMOUNTS, *sort_fields):
        name = "id"

    def key(row: dict[str, Any]) -> Any:
        if name == "id":
            return int(row["entityId"])
        if name in row:
            return row[name]
        return row["entityData"].get(name) or ""

    rows.sort(key=lambda row: (key(row), int(row["entityId"])), reverse=ctx.query.get("sortDirection") == "desc")
    return ok({"count": len(rows), "offset": offset, "limit": limit, "result": rows[offset : offset + limit]})
