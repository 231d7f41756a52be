"""The steps handlers of several kinds share (a handlers module imports this one, never another handlers module)."""

from __future__ import annotations

from typing import Any

from mockserver.apis.clickmeter import aggregation, datapoints, hits, listing
from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.timeframes import DayRange, resolve
from mockserver.apis.clickmeter.wire import day_of, entity_uri, parse_timestamp, timestamp
from mockserver.context import RequestContext
from mockserver.responses import ApiError, MockResponse

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


LIST_SQL = "SELECT d.id, d.name FROM datapoints d WHERE {where} ORDER BY {order}"


def list_datapoints_where(ctx: Context, selection: listing.Selection) -> MockResponse:
    """The datapoints a selection keeps, as a page of references (shared by every datapoint list)."""
    selection = listing.datapoints(ctx.query, selection)
    order = listing.order_by(ctx.query, listing.DATAPOINT_SORT)
    return listed(ctx, "datapoints", LIST_SQL.format(where=selection.where, order=order), selection.parameters)


def count_datapoints_where(ctx: Context, selection: listing.Selection) -> MockResponse:
    selection = listing.datapoints(ctx.query, selection)
    return counted(ctx, f"SELECT d.id FROM datapoints d WHERE {selection.where}", selection.parameters)


def create(ctx: Context, item: dict[str, Any]) -> MockResponse:
    state = datapoints.merged(ctx.store, None, item)
    problems = datapoints.failures(ctx.store, state, "", None, None)
    if problems:
        raise ApiError(datapoints.refusal_status(problems), refusal_message(problems))
    datapoint_id = datapoints.save(ctx.store, state, None)
    return reference("datapoints", datapoint_id, state.get("name", ""))


def refusal_message(problems: list[dict[str, Any]]) -> str:
    return "; ".join(f"request body at /{problem['property']}: {problem['errorMessage']}" for problem in problems)


def datapoint_rows(ctx: Context, selection: listing.Selection, scope: hits.Scope) -> list[dict[str, Any]]:
    """Per-datapoint totals rows of the datapoints a selection keeps (the datapoint summaries)."""
    selection = listing.datapoints(ctx.query, selection)
    entities = [
        (
            row["id"],
            {
                "id": row["id"],
                "name": row["name"],
                "title": row["title"] or "",
                "type": row["type"],
                "status": row["status"],
                "creationDate": timestamp(row["created"]),
            },
        )
        for row in ctx.store.db.execute(
            f"SELECT d.* FROM datapoints d WHERE {selection.where} ORDER BY d.id", selection.parameters
        )
    ]
    return aggregation.entity_rows(ctx.store, scope, time_frame(ctx), "h.datapoint_id", entities)
