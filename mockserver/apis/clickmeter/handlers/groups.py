"""Groups: CRUD, their datapoints, favourite and notes, and their statistics (the hits of their datapoints).

Not documented by the vendor, chosen here: a group without a name has the empty name; a tag named by an id
that does not exist is a conflict (409); a tag entry naming neither an id nor a name is skipped.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from mockserver.apis.clickmeter import hits, listing, statistics
from mockserver.apis.clickmeter.datapoints import tag_references
from mockserver.apis.clickmeter.handlers.shared import (
    Context,
    count_datapoints_where,
    counted,
    create,
    datapoint_rows,
    list_datapoints_where,
    listed,
    ok,
    reference,
)
from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.registry import HandlerTable
from mockserver.responses import MockResponse

DERIVED = ("id", "creationDate", "deleted", "preferred", "notes", "tags", "name", "writePermited")


def render(store: ClickmeterStore, row: sqlite3.Row) -> dict[str, Any]:
    answer = {
        **document(row),
        "id": row["id"],
        "name": row["name"],
        "creationDate": timestamp(row["created"]),
        "deleted": bool(row["deleted"]),
        "preferred": bool(row["preferred"]),
        "writePermited": True,
    }
    if row["notes"] is not None:
        answer["notes"] = row["notes"]
    answer["tags"] = [
        {"id": tag["id"], "name": tag["name"]}
        for tag in store.db.execute(
            "SELECT t.id, t.name FROM tags t JOIN group_tags gt ON gt.tag_id = t.id"
            " WHERE gt.group_id = ? ORDER BY t.id",
            (row["id"],),
        )
    ]
    return answer


def _save(ctx: Context, state: dict[str, Any], group_id: int | None) -> int:
    name = state.get("name", "")
    tag_ids = tag_references(ctx.store, state.get("tags") or [], "request body at /tags")
    doc = json.dumps({key: value for key, value in state.items() if key not in DERIVED})
    columns = (name, int(bool(state.get("preferred", False))), state.get("notes"), doc)
    if group_id is None:
        group_id = ctx.store.next_id("groups")
        ctx.store.db.execute(
            "INSERT INTO groups (name, preferred, notes, doc, id, created) VALUES (?, ?, ?, ?, ?, ?)",
            (*columns, group_id, ctx.store.now()),
        )
    else:
        ctx.store.db.execute(
            "UPDATE groups SET name = ?, preferred = ?, notes = ?, doc = ? WHERE id = ?", (*columns, group_id)
        )
    ctx.store.db.execute("DELETE FROM group_tags WHERE group_id = ?", (group_id,))
    for tag_id in tag_ids:
        ctx.store.db.execute("INSERT OR IGNORE INTO group_tags VALUES (?, ?)", (group_id, tag_id))
    return group_id


def _group(ctx: Context) -> sqlite3.Row:
    return ctx.store.row("groups", ctx.path_params["id"], "Group")


def list_groups(ctx: Context) -> MockResponse:
    selection = listing.groups(ctx.query)
    order = listing.order_by(ctx.query, listing.GROUP_SORT)
    sql = f"SELECT g.id, g.name FROM groups g WHERE {selection.where} ORDER BY {order}"
    return listed(ctx, "groups", sql, selection.parameters)


def count_groups(ctx: Context) -> MockResponse:
    selection = listing.groups(ctx.query)
    return counted(ctx, f"SELECT g.id FROM groups g WHERE {selection.where}", selection.parameters)


def create_group(ctx: Context) -> MockResponse:
    group_id = _save(ctx, dict(ctx.body), None)
    return reference("groups", group_id, ctx.body.get("name", ""))


def get_group(ctx: Context) -> MockResponse:
    return ok(render(ctx.store, _group(ctx)))


def update_group(ctx: Context) -> MockResponse:
    current = render(ctx.store, _group(ctx))
    state = {**current, **{key: value for key, value in ctx.body.items() if key != "id"}}
    _save(ctx, state, current["id"])
    return reference("groups", current["id"], state["name"])


def delete_group(ctx: Context) -> MockResponse:
    row = _group(ctx)
    ctx.store.db.execute("UPDATE groups SET deleted = 1 WHERE id = ?", (row["id"],))
    return reference("groups", row["id"], row["name"])


def toggle_group_favourite(ctx: Context) -> MockResponse:
    row = _group(ctx)
    ctx.store.db.execute("UPDATE groups SET preferred = 1 - preferred WHERE id = ?", (row["id"],))
    return reference("groups", row["id"], row["name"])


def update_group_notes(ctx: Context) -> MockResponse:
    row = _group(ctx)
    ctx.store.db.execute("UPDATE groups SET notes = ? WHERE id = ?", (ctx.body["Text"], row["id"]))
    return reference("groups", row["id"], row["name"])


def list_group_datapoints(ctx: Context) -> MockResponse:
    return list_datapoints_where(ctx, listing.Selection().add("d.group_id = ?", _group(ctx)["id"]))


def count_group_datapoints(ctx: Context) -> MockResponse:
    return count_datapoints_where(ctx, listing.Selection().add("d.group_id = ?", _group(ctx)["id"]))


def create_group_datapoint(ctx: Context) -> MockResponse:
    return create(ctx, {**ctx.body, "groupId": _group(ctx)["id"]})


# Statistics


def _groups_scope(ctx: Context) -> hits.Scope:
    selection = listing.groups(ctx.query)
    return hits.ACCOUNT.narrowed(
        f"d.group_id IN (SELECT g.id FROM groups g WHERE {selection.where})", *selection.parameters
    )


def get_groups_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, _groups_scope(ctx))


def list_groups_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, _groups_scope(ctx))


def get_group_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated(ctx, hits.of_group(_group(ctx)["id"]))


def list_group_aggregated(ctx: Context) -> MockResponse:
    return statistics.aggregated_list(ctx, hits.of_group(_group(ctx)["id"]))


def list_group_hits(ctx: Context) -> MockResponse:
    return statistics.hit_page(ctx, hits.of_group(_group(ctx)["id"]))


def get_group_report(ctx: Context) -> MockResponse:
    return statistics.report(ctx, hits.of_group(_group(ctx)["id"]))


def get_group_datapoints_summary(ctx: Context) -> MockResponse:
    group_id = _group(ctx)["id"]
    rows = datapoint_rows(ctx, listing.Selection().add("d.group_id = ?", group_id), hits.of_group(group_id))
    return statistics.summary(ctx, rows, ("title", "type", "status", "creationDate"))


HANDLERS: HandlerTable[ClickmeterStore] = {
    "listGroups": list_groups,
    "countGroups": count_groups,
    "createGroup": create_group,
    "getGroup": get_group,
    "updateGroup": update_group,
    "deleteGroup": delete_group,
    "toggleGroupFavourite": toggle_group_favourite,
    "updateGroupNotes": update_group_notes,
    "listGroupDatapoints": list_group_datapoints,
    "countGroupDatapoints": count_group_datapoints,
    "createGroupDatapoint": create_group_datapoint,
    "getGroupsAggregated": get_groups_aggregated,
    "listGroupsAggregated": list_groups_aggregated,
    "getGroupAggregated": get_group_aggregated,
    "listGroupAggregated": list_group_aggregated,
    "listGroupHits": list_group_hits,
    "getGroupReport": get_group_report,
    "getGroupDatapointsSummary": get_group_datapoints_summary,
}
