"""The handler registry every `handlers_*` module fills, and the steps many handlers share."""

from __future__ import annotations

from typing import Any

from mockserver.apis.clickmeter import listing
from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.timeframes import DayRange, resolve
from mockserver.apis.clickmeter.wire import day_of, entity_uri, parse_timestamp
from mockserver.context import RequestContext
from mockserver.registry import HandlerRegistry
from mockserver.responses import ApiError, MockResponse

handlers: HandlerRegistry[ClickmeterStore] = HandlerRegistry()
handler = handlers.handler
Context = RequestContext[ClickmeterStore]


def ok(body: Any) -> MockResponse:
    return MockResponse(body)


def reference(collection: str, entity_id: int, name: str | None = None) -> MockResponse:
    return MockResponse(entity_uri(collection, entity_id, name))


def counted(ctx: Context, sql: str, parameters: list[Any] | tuple[Any, ...]) -> MockResponse:
    """`{"count": n}` for a `SELECT ... FROM ... WHERE ...` that selects the rows the twin list answers."""
    return MockResponse({"count": int(ctx.store.scalar(f"SELECT COUNT(*) FROM ({sql})", tuple(parameters)))})


def listed(ctx: Context, collection: str, sql: str, parameters: list[Any] | tuple[Any, ...]) -> MockResponse:
    """A page of `{id, uri, name}` of the rows `sql` selects (columns `id`, `name`), after offset/limit."""
    offset, limit = listing.page(ctx.query)
    rows = ctx.store.db.execute(f"{sql} LIMIT ? OFFSET ?", (*parameters, limit, offset)).fetchall()
    return MockResponse({"entities": [entity_uri(collection, row["id"], row["name"]) for row in rows]})


def time_frame(ctx: Context) -> DayRange:
    """The day range of the request's `timeFrame` (aggregated) or `timeframe` (hits, reports)."""
    frame = ctx.query.get("timeFrame", ctx.query.get("timeframe"))
    if frame is None:
        raise ApiError(400, "query parameter 'timeFrame' is required")
    account = document(ctx.store.db.execute("SELECT doc FROM account").fetchone())
    beginning = parse_timestamp(account.get("timeframeMinDate", ""))
    today = day_of(ctx.clock.timestamp())
    return resolve(frame, ctx.query, today, day_of(beginning) if beginning is not None else today)


def single_filter(ctx: Context, names: tuple[str, ...]) -> tuple[str, int] | None:
    """The one entity filter among `names` (they exclude each other), if any."""
    given = [(name, ctx.query[name]) for name in names if name in ctx.query]
    if len(given) > 1:
        raise ApiError(400, f"query parameters {', '.join(repr(name) for name, _ in given)} exclude each other")
    return given[0] if given else None
