"""Account-wide statistics: aggregated, summaries per datapoint/group/conversion, reports, hits, clickstream."""

from __future__ import annotations

from mockserver.apis.clickmeter import aggregation, hits, listing, statistics
from mockserver.apis.clickmeter.handlers.shared import Context, datapoint_rows, ok, single_filter, time_frame
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse


def _account_scope(ctx: Context) -> hits.Scope:
    return hits.ACCOUNT.narrowed("d.preferred = 1") if ctx.query.get("onlyFavorites") else hits.ACCOUNT


def get_account_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, _account_scope(ctx))


def list_account_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, hits.ACCOUNT)


def get_datapoints_summary(ctx: Context) -> MockResponse:
    selection = listing.Selection()
    if "groupId" in ctx.query:
        selection.add("d.group_id = ?", ctx.query["groupId"])
    rows = datapoint_rows(ctx, selection, hits.ACCOUNT)
    return statistics.summary(ctx, rows, ("title", "type", "status", "creationDate"))


def get_groups_summary(ctx: Context) -> MockResponse:
    selection = listing.groups(ctx.query)
    entities = [
        (row["id"], {"id": row["id"], "name": row["name"], "creationDate": timestamp(row["created"])})
        for row in ctx.store.db.execute(
            f"SELECT g.* FROM groups g WHERE {selection.where} ORDER BY g.id", selection.parameters
        )
    ]
    rows = aggregation.entity_rows(ctx.store, hits.ACCOUNT, time_frame(ctx), "d.group_id", entities)
    return statistics.summary(ctx, rows, ("creationDate",))


def get_conversions_summary(ctx: Context) -> MockResponse:
    selection = listing.conversions(ctx.query)
    entities = [
        (
            row["id"],
            {"id": row["id"], "name": row["name"], "value": row["value"], "creationDate": timestamp(row["created"])},
        )
        for row in ctx.store.db.execute(
            f"SELECT c.* FROM conversions c WHERE {selection.where} ORDER BY c.id", selection.parameters
        )
    ]
    rows = aggregation.entity_rows(ctx.store, hits.ACCOUNT, time_frame(ctx), "h.conversion_id", entities)
    return statistics.summary(ctx, rows, ("creationDate", "value"))


_FILTERS = (
    ("group", "groups", "Group"),
    ("datapoint", "datapoints", "Datapoint"),
    ("conversion", "conversions", "Conversion"),
)


def _filtered_scope(ctx: Context, missing_entity_is_error: bool) -> hits.Scope:
    """The account's hits, or those of the one group/datapoint/conversion the query names; an entity that does
    not exist is a 404, or (`missing_entity_is_error` False) a filter nothing passes."""
    chosen = single_filter(ctx, tuple(name for name, _, _ in _FILTERS))
    if chosen is None:
        return hits.ACCOUNT
    name, entity_id = chosen
    table, what = next((table, what) for key, table, what in _FILTERS if key == name)
    missing = ctx.store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (entity_id,)).fetchone() is None
    if missing and missing_entity_is_error:
        raise ApiError(404, f"query parameter {name!r}: {what.lower()} {entity_id} not found")
    return {"group": hits.of_group, "datapoint": hits.of_datapoint, "conversion": hits.of_conversion}[name](entity_id)


def get_report(ctx: Context) -> MockResponse:
    return statistics.report(ctx, _filtered_scope(ctx, missing_entity_is_error=True))


def list_hits(ctx: Context) -> MockResponse:
    return statistics.hit_page(ctx, hits.ACCOUNT)


def get_clickstream(ctx: Context) -> MockResponse:
    # getClickstream declares no 404 (the vendor lists none): an unknown entity has no events to answer.
    scope = hits.with_filter(_filtered_scope(ctx, missing_entity_is_error=False), ctx.query.get("filter") or None)
    return ok(hits.clickstream(ctx.store, scope, ctx.query.get("pageSize", 50)))


HANDLERS: HandlerTable[ClickmeterStore] = {
    "getAccountAggregated": get_account_aggregated,
    "listAccountAggregated": list_account_aggregated,
    "getDatapointsSummary": get_datapoints_summary,
    "getGroupsSummary": get_groups_summary,
    "getConversionsSummary": get_conversions_summary,
    "getReport": get_report,
    "listHits": list_hits,
    "getClickstream": get_clickstream,
}
