"""Conversions: CRUD, their datapoints (up to five conversions per datapoint), notes, statistics.

A conversion's statistics count the clicks that converted to it. Not documented by the vendor, chosen here:
patches (`Action` add/remove, and replace with `ReplaceId` for the single patch: the spec's enums) answer a
reference to the conversion; a sixth conversion on a datapoint is a conflict (409), so are replacing a
conversion the datapoint does not have and naming a datapoint that does not exist; a conversion without a
name has the empty name; the stored `notes` are answered although the vendor's model lacks the field.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from mockserver.apis.clickmeter import hits, listing, statistics
from mockserver.apis.clickmeter.datapoints import SLOTS
from mockserver.apis.clickmeter.handlers.shared import (
    Context,
    count_datapoints_where,
    counted,
    list_datapoints_where,
    listed,
    ok,
    reference,
)
from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse

DERIVED = ("id", "creationDate", "deleted", "name", "value", "notes")
IN_CONVERSION = "d.id IN (SELECT datapoint_id FROM datapoint_conversions WHERE conversion_id = ?)"


def render(row: sqlite3.Row) -> dict[str, Any]:
    answer = {
        **document(row),
        "id": row["id"],
        "name": row["name"],
        "value": row["value"],
        "creationDate": timestamp(row["created"]),
        "deleted": bool(row["deleted"]),
    }
    if row["notes"] is not None:
        answer["notes"] = row["notes"]
    return answer


def _save(ctx: Context, state: dict[str, Any], conversion_id: int | None) -> int:
    name, value = state.get("name", ""), state.get("value", 0.0)
    doc = json.dumps({key: item for key, item in state.items() if key not in DERIVED})
    if conversion_id is None:
        conversion_id = ctx.store.next_id("conversions")
        ctx.store.db.execute(
            "INSERT INTO conversions (id, name, value, doc, created) VALUES (?, ?, ?, ?, ?)",
            (conversion_id, name, value, doc, ctx.store.now()),
        )
    else:
        ctx.store.db.execute(
            "UPDATE conversions SET name = ?, value = ?, doc = ? WHERE id = ?", (name, value, doc, conversion_id)
        )
    return conversion_id


def _conversion(ctx: Context) -> sqlite3.Row:
    return ctx.store.row("conversions", ctx.path_params["conversionId"], "Conversion")


def list_conversions(ctx: Context) -> MockResponse:
    selection = listing.conversions(ctx.query)
    order = listing.order_by(ctx.query, listing.CONVERSION_SORT)
    sql = f"SELECT c.id, c.name FROM conversions c WHERE {selection.where} ORDER BY {order}"
    return listed(ctx, "conversions", sql, selection.parameters)


def count_conversions(ctx: Context) -> MockResponse:
    selection = listing.conversions(ctx.query)
    return counted(ctx, f"SELECT c.id FROM conversions c WHERE {selection.where}", selection.parameters)


def create_conversion(ctx: Context) -> MockResponse:
    return reference("conversions", _save(ctx, dict(ctx.body), None), ctx.body.get("name", ""))


def get_conversion(ctx: Context) -> MockResponse:
    return ok(render(_conversion(ctx)))


def update_conversion(ctx: Context) -> MockResponse:
    current = render(_conversion(ctx))
    state = {**current, **{key: value for key, value in ctx.body.items() if key != "id"}}
    return reference("conversions", _save(ctx, state, current["id"]), state["name"])


def delete_conversion(ctx: Context) -> MockResponse:
    row = _conversion(ctx)
    ctx.store.db.execute("UPDATE conversions SET deleted = 1 WHERE id = ?", (row["id"],))
    ctx.store.db.execute("DELETE FROM datapoint_conversions WHERE conversion_id = ?", (row["id"],))
    return reference("conversions", row["id"], row["name"])


def update_conversion_notes(ctx: Context) -> MockResponse:
    row = _conversion(ctx)
    ctx.store.db.execute("UPDATE conversions SET notes = ? WHERE id = ?", (ctx.body["Text"], row["id"]))
    return reference("conversions", row["id"], row["name"])


def list_conversion_datapoints(ctx: Context) -> MockResponse:
    return list_datapoints_where(ctx, listing.Selection().add(IN_CONVERSION, _conversion(ctx)["id"]))


def count_conversion_datapoints(ctx: Context) -> MockResponse:
    return count_datapoints_where(ctx, listing.Selection().add(IN_CONVERSION, _conversion(ctx)["id"]))


def _link(store: ClickmeterStore, conversion_id: int, datapoint_id: int, where: str) -> None:
    store.referenced("datapoints", datapoint_id, "Datapoint", f"{where}/Id")
    taken = [
        row["slot"]
        for row in store.db.execute(
            "SELECT slot, conversion_id FROM datapoint_conversions WHERE datapoint_id = ?", (datapoint_id,)
        )
        if row["conversion_id"] != conversion_id
    ]
    if store.db.execute(
        "SELECT 1 FROM datapoint_conversions WHERE datapoint_id = ? AND conversion_id = ?",
        (datapoint_id, conversion_id),
    ).fetchone():
        return
    free = [slot for slot in range(len(SLOTS)) if slot not in taken]
    if not free:
        raise ApiError(409, f"{where}: datapoint {datapoint_id} already has {len(SLOTS)} conversions")
    store.db.execute("INSERT INTO datapoint_conversions VALUES (?, ?, ?)", (datapoint_id, conversion_id, free[0]))


def _unlink(store: ClickmeterStore, conversion_id: int, datapoint_id: int, where: str) -> None:
    store.referenced("datapoints", datapoint_id, "Datapoint", f"{where}/Id")
    store.db.execute(
        "DELETE FROM datapoint_conversions WHERE datapoint_id = ? AND conversion_id = ?", (datapoint_id, conversion_id)
    )


def _apply(store: ClickmeterStore, conversion_id: int, patch: dict[str, Any], where: str) -> None:
    if patch["Action"] == "add":
        _link(store, conversion_id, patch["Id"], where)
    else:
        _unlink(store, conversion_id, patch["Id"], where)


def patch_conversion_datapoint(ctx: Context) -> MockResponse:
    row = _conversion(ctx)
    patch = ctx.body
    if patch["Action"] == "replace":
        replaced = patch.get("ReplaceId")
        if replaced is None:
            raise ApiError(400, "request body at /ReplaceId: replace needs the id of the conversion to replace")
        slot = ctx.store.db.execute(
            "SELECT slot FROM datapoint_conversions WHERE datapoint_id = ? AND conversion_id = ?",
            (patch["Id"], replaced),
        ).fetchone()
        if slot is None:
            raise ApiError(409, f"request body at /ReplaceId: datapoint {patch['Id']} has no conversion {replaced}")
        _unlink(ctx.store, replaced, patch["Id"], "request body at ")
        _unlink(ctx.store, row["id"], patch["Id"], "request body at ")
        ctx.store.db.execute(
            "INSERT INTO datapoint_conversions VALUES (?, ?, ?)", (patch["Id"], row["id"], slot["slot"])
        )
    else:
        _apply(ctx.store, row["id"], patch, "request body at ")
    return reference("conversions", row["id"], row["name"])


def patch_conversion_datapoints_batch(ctx: Context) -> MockResponse:
    row = _conversion(ctx)
    for index, patch in enumerate(ctx.body["PatchRequests"]):
        _apply(ctx.store, row["id"], patch, f"request body at /PatchRequests/{index}")
    return reference("conversions", row["id"], row["name"])


# Statistics


def _scope(ctx: Context) -> hits.Scope:
    scope = hits.of_conversion(_conversion(ctx)["id"])
    if ctx.operation_id == "getConversionAggregated" and ("tag" in ctx.query or "favourite" in ctx.query):
        selection = listing.datapoints({key: ctx.query[key] for key in ("tag", "favourite") if key in ctx.query})
        scope = scope.narrowed(f"({selection.where})", *selection.parameters)
    return scope


def get_conversion_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, _scope(ctx))


def list_conversion_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, _scope(ctx))


def list_conversions_aggregated(ctx: Context) -> MockResponse:
    selection = listing.conversions(ctx.query)
    scope = hits.ACCOUNT.narrowed(
        f"h.conversion_id IN (SELECT c.id FROM conversions c WHERE {selection.where})", *selection.parameters
    )
    return statistics.aggregated_list(ctx, scope)


def list_conversion_hits(ctx: Context) -> MockResponse:
    return statistics.hit_page(ctx, _scope(ctx))


def get_conversion_report(ctx: Context) -> MockResponse:
    return statistics.report(ctx, _scope(ctx))


HANDLERS: HandlerTable[ClickmeterStore] = {
    "listConversions": list_conversions,
    "countConversions": count_conversions,
    "createConversion": create_conversion,
    "getConversion": get_conversion,
    "updateConversion": update_conversion,
    "deleteConversion": delete_conversion,
    "updateConversionNotes": update_conversion_notes,
    "listConversionDatapoints": list_conversion_datapoints,
    "countConversionDatapoints": count_conversion_datapoints,
    "patchConversionDatapoint": patch_conversion_datapoint,
    "patchConversionDatapointsBatch": patch_conversion_datapoints_batch,
    "getConversionAggregated": get_conversion_aggregated,
    "listConversionAggregated": list_conversion_aggregated,
    "listConversionsAggregated": list_conversions_aggregated,
    "listConversionHits": list_conversion_hits,
    "getConversionReport": get_conversion_report,
}
