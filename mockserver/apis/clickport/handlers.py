"""Clickport's operations, one handler each; the frame has already checked auth and validated the request."""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Any

from mockserver.apis.clickport import grouping, periods, report, traffic
from mockserver.apis.clickport.store import ClickportStore
from mockserver.context import RequestContext
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse

REALTIME_ACTIVE_SECONDS = 5 * 60
REALTIME_MAX_VISITORS = 20
TOP_PAGES_LIMIT = 100
TOP_PAGES_METRICS = ("visitors", "pageviews", "bounce_rate", "avg_duration", "avg_scroll")

Context = RequestContext[ClickportStore]


def query_stats(ctx: Context) -> MockResponse:
    query: dict[str, Any] = ctx.body or {}
    tz = periods.zone(query.get("timezone", "UTC"))
    window = periods.resolve_window(query.get("period", "today"), query.get("date_range"), tz, ctx.clock.now())
    conditions = tuple(
        report.Condition(item["dimension"], item["operator"], _values(item["value"]))
        for item in query.get("filters", [])
    )
    dimensions = tuple(query.get("dimensions", ()))
    metrics = tuple(query.get("metrics", ("visitors",)))
    plan = report.Breakdown(
        dimensions=dimensions,
        metrics=metrics,
        order_by=query.get("order_by"),
        descending=query.get("order_dir", "desc") == "desc",
        # JSON Schema counts 5.0 as an integer, so the validated body may carry a float here.
        limit=int(query.get("limit", 100)),
        offset=int(query.get("offset", 0)),
    )

    def results(span: periods.Window) -> Any:
        table = ctx.store.table(grouping.Slice(span.start, span.end, tz, dimensions, conditions))
        return report.breakdown(table, plan) if dimensions else report.aggregate(table, metrics)

    answer: dict[str, Any] = {"results": results(window)}
    if query.get("include_comparison", False):
        previous = periods.previous_window(window, tz)
        answer["comparison"] = {"date_range": previous.date_range(), "results": results(previous)}
    return MockResponse(answer)


def _values(value: str | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def send_event(ctx: Context) -> MockResponse:
    event: dict[str, Any] = ctx.body
    user_agent = ctx.header_params["User-Agent"]
    if traffic.is_bot(user_agent):
        raise ApiError(
            400, "User-Agent looks like a bot or an HTTP library, not a browser; send the visitor's User-Agent"
        )
    if len(event.get("meta_keys", [])) != len(event.get("meta_values", [])):
        raise ApiError(400, "meta_keys and meta_values must have the same number of entries")
    outcome = ctx.store.record_event(event, ctx.client_ip, user_agent)
    return MockResponse({"success": True, "session_id": outcome.session_id, "page_visit_id": outcome.page_visit_id})


def get_realtime_visitors(ctx: Context) -> MockResponse:
    now = ctx.clock.timestamp()
    active = ctx.store.active_sessions(now - REALTIME_ACTIVE_SECONDS, now)
    visitors = [
        {
            "session_id": row["id"],
            "entry_page": row["entry_page"],
            "exit_page": row["exit_page"],
            "pageviews": row["pageviews"],
            "duration": round(row["duration"]),
            "source": row["source"],
            "country": row["country"],
            "city": row["city"],
            "device": row["device"],
            "browser": row["browser"],
            "os": row["os"],
            "scroll": row["max_scroll"],
        }
        for row in active[:REALTIME_MAX_VISITORS]
    ]
    return MockResponse({"count": len(active), "visitors": visitors})


def _day_window(ctx: Context, tz: tzinfo) -> periods.Window:
    return periods.day_window(
        date.fromisoformat(ctx.query["start_date"]), date.fromisoformat(ctx.query["end_date"]), tz
    )


def list_goal_conversions(ctx: Context) -> MockResponse:
    window = _day_window(ctx, periods.zone(ctx.query.get("timezone", "UTC")))
    goals = []
    for totals in ctx.store.goal_totals(window.start, window.end):
        goal: dict[str, Any] = {"id": totals.id, "name": totals.name, "type": totals.type, "visitors": totals.visitors}
        goal["submissions" if totals.type == "form" else "events"] = totals.conversions
        if totals.revenue is not None:
            goal["total_revenue"] = round(totals.revenue, 2)
        goals.append(goal)
    return MockResponse({"goals": goals})


def list_top_pages(ctx: Context) -> MockResponse:
    utc = periods.zone("UTC")
    window = _day_window(ctx, utc)
    plan = report.Breakdown(("page",), TOP_PAGES_METRICS, "visitors", True, TOP_PAGES_LIMIT, 0)
    table = ctx.store.table(grouping.Slice(window.start, window.end, utc, ("page",), ()))
    return MockResponse({"results": report.breakdown(table, plan)})


HANDLERS: HandlerTable[ClickportStore] = {
    "queryStats": query_stats,
    "sendEvent": send_event,
    "getRealtimeVisitors": get_realtime_visitors,
    "listGoalConversions": list_goal_conversions,
    "listTopPages": list_top_pages,
}
