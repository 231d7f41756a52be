"""Datapoints: CRUD, batch, favourite and notes, and their statistics.

Batch answers (one BatchResult per request, as the vendor defines it): items without failures are applied,
items with failures are skipped and reported in `errors` with `property` prefixed `List[i].` (or
`Entities[i].`); `status` is `Success`, `PartialSuccess` or `Failure`; `result` and `entityData` describe
the last item applied. Not documented by the vendor, chosen here.
"""

from __future__ import annotations

from typing import Any

from mockserver.apis.clickmeter import datapoints, hits, listing, statistics
from mockserver.apis.clickmeter.handlers.shared import (
    Context,
    count_datapoints_where,
    create,
    list_datapoints_where,
    ok,
    reference,
    refusal_message,
)
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.wire import entity_uri
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse


def list_datapoints(ctx: Context) -> MockResponse:
    return list_datapoints_where(ctx, listing.Selection())


def count_datapoints(ctx: Context) -> MockResponse:
    return count_datapoints_where(ctx, listing.Selection())


def create_datapoint(ctx: Context) -> MockResponse:
    return create(ctx, ctx.body)


def get_datapoint(ctx: Context) -> MockResponse:
    return ok(datapoints.render(ctx.store, ctx.store.row("datapoints", ctx.path_params["id"], "Datapoint")))


def update_datapoint(ctx: Context) -> MockResponse:
    datapoint_id = ctx.path_params["id"]
    was = ctx.store.row("datapoints", datapoint_id, "Datapoint")
    state = datapoints.merged(ctx.store, datapoint_id, ctx.body)
    problems = datapoints.failures(ctx.store, state, "", datapoint_id, was)
    if problems:
        raise ApiError(datapoints.refusal_status(problems), refusal_message(problems))
    datapoints.save(ctx.store, state, datapoint_id)
    return reference("datapoints", datapoint_id, state.get("name", ""))


def _soft_delete(ctx: Context, datapoint_id: int) -> str:
    row = ctx.store.row("datapoints", datapoint_id, "Datapoint")
    ctx.store.db.execute("UPDATE datapoints SET status = 'Deleted' WHERE id = ?", (datapoint_id,))
    return str(row["name"])


def delete_datapoint(ctx: Context) -> MockResponse:
    datapoint_id = ctx.path_params["id"]
    return reference("datapoints", datapoint_id, _soft_delete(ctx, datapoint_id))


def toggle_datapoint_favourite(ctx: Context) -> MockResponse:
    row = ctx.store.row("datapoints", ctx.path_params["id"], "Datapoint")
    ctx.store.db.execute("UPDATE datapoints SET preferred = 1 - preferred WHERE id = ?", (row["id"],))
    return reference("datapoints", row["id"], row["name"])


def update_datapoint_notes(ctx: Context) -> MockResponse:
    row = ctx.store.row("datapoints", ctx.path_params["id"], "Datapoint")
    ctx.store.db.execute("UPDATE datapoints SET notes = ? WHERE id = ?", (ctx.body["Text"], row["id"]))
    return reference("datapoints", row["id"], row["name"])


# Batch


def _batch_result(
    ctx: Context, applied: list[tuple[int, dict[str, Any]]], problems: list[dict[str, Any]]
) -> MockResponse:
    status = "Success" if not problems else ("Failure" if not applied else "PartialSuccess")
    answer: dict[str, Any] = {"status": status, "errors": problems}
    if applied:
        datapoint_id, state = applied[-1]
        answer["result"] = entity_uri("datapoints", datapoint_id, state.get("name"))
        row = ctx.store.row("datapoints", datapoint_id, "Datapoint", live_only=False)
        answer["entityData"] = datapoints.render(ctx.store, row)
    return ok(answer)


def _batch_save(ctx: Context, updating: bool) -> tuple[list[tuple[int, dict[str, Any]]], list[dict[str, Any]]]:
    applied: list[tuple[int, dict[str, Any]]] = []
    problems: list[dict[str, Any]] = []
    for index, item in enumerate(ctx.body["List"]):
        where = f"List[{index}]."
        datapoint_id = item.get("id") if updating else None
        was = None
        if updating:
            row = _batch_target(ctx, datapoint_id)
            if row is None:
                problems.append(
                    datapoints.failure(f"{where}id", "not_found", f"datapoint {datapoint_id} not found", datapoint_id)
                )
                continue
            was = row
        state = datapoints.merged(ctx.store, datapoint_id, item)
        found = datapoints.failures(ctx.store, state, where, datapoint_id, was)
        if found:
            problems.extend(found)
            continue
        applied.append((datapoints.save(ctx.store, state, datapoint_id), state))
    return applied, problems


def _batch_target(ctx: Context, datapoint_id: Any) -> Any:
    if not isinstance(datapoint_id, int):
        return None
    return ctx.store.db.execute(
        "SELECT * FROM datapoints WHERE id = ? AND status != 'Deleted'", (datapoint_id,)
    ).fetchone()


def create_datapoints_batch(ctx: Context) -> MockResponse:
    applied, problems = _batch_save(ctx, updating=False)
    return _batch_result(ctx, applied, problems)


def update_datapoints_batch(ctx: Context) -> MockResponse:
    applied, problems = _batch_save(ctx, updating=True)
    return _batch_result(ctx, applied, problems)


def delete_datapoints_batch(ctx: Context) -> MockResponse:
    applied: list[tuple[int, dict[str, Any]]] = []
    problems: list[dict[str, Any]] = []
    for index, reference_item in enumerate(ctx.body["Entities"]):
        datapoint_id = reference_item["id"]
        if _batch_target(ctx, datapoint_id) is None:
            problems.append(
                datapoints.failure(
                    f"Entities[{index}].id", "not_found", f"datapoint {datapoint_id} not found", datapoint_id
                )
            )
            continue
        applied.append((datapoint_id, {"name": _soft_delete(ctx, datapoint_id)}))
    return _batch_result(ctx, applied, problems)


# Statistics


def get_datapoints_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, hits.of_datapoints(listing.datapoints(ctx.query)))


def list_datapoints_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, hits.of_datapoints(listing.datapoints(ctx.query)))


def _scope(ctx: Context) -> hits.Scope:
    return hits.of_datapoint(ctx.store.row("datapoints", ctx.path_params["id"], "Datapoint")["id"])


def get_datapoint_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, _scope(ctx))


def list_datapoint_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, _scope(ctx))


def list_datapoint_hits(ctx: Context) -> MockResponse:
    return statistics.hit_page(ctx, _scope(ctx))


def get_datapoint_report(ctx: Context) -> MockResponse:
    return statistics.report(ctx, _scope(ctx))


HANDLERS: HandlerTable[ClickmeterStore] = {
    "listDatapoints": list_datapoints,
    "countDatapoints": count_datapoints,
    "createDatapoint": create_datapoint,
    "getDatapoint": get_datapoint,
    "updateDatapoint": update_datapoint,
    "deleteDatapoint": delete_datapoint,
    "toggleDatapointFavourite": toggle_datapoint_favourite,
    "updateDatapointNotes": update_datapoint_notes,
    "createDatapointsBatch": create_datapoints_batch,
    "updateDatapointsBatch": update_datapoints_batch,
    "deleteDatapointsBatch": delete_datapoints_batch,
    "getDatapointsAggregated": get_datapoints_aggregated,
    "listDatapointsAggregated": list_datapoints_aggregated,
    "getDatapointAggregated": get_datapoint_aggregated,
    "listDatapointAggregated": list_datapoint_aggregated,
    "listDatapointHits": list_datapoint_hits,
    "getDatapointReport": get_datapoint_report,
}
