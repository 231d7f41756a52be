"""Tags and their associations with datapoints and groups.

Not documented by the vendor, chosen here: `name` filters by substring (case-insensitive); tag names are
unique (case-insensitively), a name another tag has is a conflict (409), as is naming a datapoint or group
that does not exist; patches (`Action` add/remove, the
spec's enum) answer a reference to the tag.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from mockserver.apis.clickmeter import listing
from mockserver.apis.clickmeter.datapoints import tag_by_name
from mockserver.apis.clickmeter.handlers.shared import (
    Context,
    count_datapoints_where,
    counted,
    list_datapoints_where,
    listed,
    ok,
    reference,
)
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse
from mockserver.store import LIKE_ESCAPE, contains_pattern
from mockserver.validation import wire_integer

_ON_TYPE = {
    "tl": "t.id IN (SELECT dt.tag_id FROM datapoint_tags dt JOIN datapoints d ON d.id = dt.datapoint_id"
    " WHERE d.type = 'TrackingLink')",
    "tp": "t.id IN (SELECT dt.tag_id FROM datapoint_tags dt JOIN datapoints d ON d.id = dt.datapoint_id"
    " WHERE d.type = 'TrackingPixel')",
    "dp": "t.id IN (SELECT tag_id FROM datapoint_tags)",
    "gr": "t.id IN (SELECT tag_id FROM group_tags)",
}


def _ids(text: str) -> list[int]:
    """The ids of a comma separated list (the spec's pattern is checked before a handler runs); an id beyond
    int64 names nothing."""
    return [value for part in text.split(",") if (value := wire_integer(part)) is not None and value >= 0]


def _selection(ctx: Context) -> listing.Selection:
    selection = listing.Selection()
    if ctx.query.get("name"):
        selection.add(f"t.name LIKE ? ESCAPE '{LIKE_ESCAPE}'", contains_pattern(ctx.query["name"], "name"))
    for parameter, table, column in (
        ("datapoints", "datapoint_tags", "datapoint_id"),
        ("groups", "group_tags", "group_id"),
    ):
        if parameter in ctx.query:
            ids = _ids(ctx.query[parameter])
            marks = ", ".join("?" * len(ids)) or "NULL"
            selection.add(f"t.id IN (SELECT tag_id FROM {table} WHERE {column} IN ({marks}))", *ids)
    if "type" in ctx.query:
        selection.add(_ON_TYPE[ctx.query["type"]])
    return selection


def _render(ctx: Context, row: sqlite3.Row) -> dict[str, Any]:
    datapoints = [
        r[0]
        for r in ctx.store.db.execute(
            "SELECT datapoint_id FROM datapoint_tags WHERE tag_id = ? ORDER BY datapoint_id", (row["id"],)
        )
    ]
    groups = [
        r[0]
        for r in ctx.store.db.execute(
            "SELECT group_id FROM group_tags WHERE tag_id = ? ORDER BY group_id", (row["id"],)
        )
    ]
    return {"id": row["id"], "name": row["name"], "datapoints": datapoints, "groups": groups}


def _tag(ctx: Context) -> sqlite3.Row:
    return ctx.store.row("tags", ctx.path_params["tagId"], "Tag")


def list_tags(ctx: Context) -> MockResponse:
    selection = _selection(ctx)
    return listed(
        ctx, "tags", f"SELECT t.id, t.name FROM tags t WHERE {selection.where} ORDER BY t.id", selection.parameters
    )


def count_tags(ctx: Context) -> MockResponse:
    selection = _selection(ctx)
    return counted(ctx, f"SELECT t.id FROM tags t WHERE {selection.where}", selection.parameters)


def create_tag(ctx: Context) -> MockResponse:
    name = str(ctx.body.get("name", "")).strip()
    if ctx.store.db.execute("SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
        raise ApiError(409, f"request body at /name: a tag named {name!r} exists already")
    tag_id = tag_by_name(ctx.store, name)
    for key, table, what in (("datapoints", "datapoints", "Datapoint"), ("groups", "groups", "Group")):
        for index, entity_id in enumerate(ctx.body.get(key) or []):
            ctx.store.referenced(table, entity_id, what, f"request body at /{key}/{index}")
            link = "datapoint_tags (datapoint_id, tag_id)" if key == "datapoints" else "group_tags (group_id, tag_id)"
            ctx.store.db.execute(f"INSERT OR IGNORE INTO {link} VALUES (?, ?)", (entity_id, tag_id))
    return reference("tags", tag_id, name)


def get_tag(ctx: Context) -> MockResponse:
    return ok(_render(ctx, _tag(ctx)))


def delete_tag(ctx: Context) -> MockResponse:
    row = _tag(ctx)
    ctx.store.db.execute("DELETE FROM tags WHERE id = ?", (row["id"],))
    return reference("tags", row["id"], row["name"])


def rename_tag(ctx: Context) -> MockResponse:
    row = _tag(ctx)
    name = ctx.body["Text"].strip()
    clash = ctx.store.db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE AND id != ?", (name, row["id"]))
    if clash.fetchone():
        raise ApiError(409, f"request body at /Text: a tag named {name!r} exists already")
    ctx.store.db.execute("UPDATE tags SET name = ? WHERE id = ?", (name, row["id"]))
    return reference("tags", row["id"], name)


def list_tag_datapoints(ctx: Context) -> MockResponse:
    tag_id = _tag(ctx)["id"]
    return list_datapoints_where(
        ctx, listing.Selection().add("d.id IN (SELECT datapoint_id FROM datapoint_tags WHERE tag_id = ?)", tag_id)
    )


def count_tag_datapoints(ctx: Context) -> MockResponse:
    tag_id = _tag(ctx)["id"]
    return count_datapoints_where(
        ctx, listing.Selection().add("d.id IN (SELECT datapoint_id FROM datapoint_tags WHERE tag_id = ?)", tag_id)
    )


def list_tag_groups(ctx: Context) -> MockResponse:
    tag_id = _tag(ctx)["id"]
    selection = listing.groups(ctx.query).add("g.id IN (SELECT group_id FROM group_tags WHERE tag_id = ?)", tag_id)
    return listed(
        ctx, "groups", f"SELECT g.id, g.name FROM groups g WHERE {selection.where} ORDER BY g.id", selection.parameters
    )


def count_tag_groups(ctx: Context) -> MockResponse:
    tag_id = _tag(ctx)["id"]
    selection = listing.groups(ctx.query).add("g.id IN (SELECT group_id FROM group_tags WHERE tag_id = ?)", tag_id)
    return counted(ctx, f"SELECT g.id FROM groups g WHERE {selection.where}", selection.parameters)


def _patch(ctx: Context, table: str, column: str, entity_table: str, what: str) -> MockResponse:
    row = _tag(ctx)
    entity_id = ctx.body["Id"]
    ctx.store.referenced(entity_table, entity_id, what, "request body at /Id")
    if ctx.body["Action"] == "add":
        ctx.store.db.execute(f"INSERT OR IGNORE INTO {table} ({column}, tag_id) VALUES (?, ?)", (entity_id, row["id"]))
    else:
        ctx.store.db.execute(f"DELETE FROM {table} WHERE {column} = ? AND tag_id = ?", (entity_id, row["id"]))
    return reference("tags", row["id"], row["name"])


def patch_tag_datapoint(ctx: Context) -> MockResponse:
    return _patch(ctx, "datapoint_tags", "datapoint_id", "datapoints", "Datapoint")


def patch_tag_group(ctx: Context) -> MockResponse:
    return _patch(ctx, "group_tags", "group_id", "groups", "Group")


def remove_tag_from_all_datapoints(ctx: Context) -> MockResponse:
    row = _tag(ctx)
    ctx.store.db.execute("DELETE FROM datapoint_tags WHERE tag_id = ?", (row["id"],))
    return reference("tags", row["id"], row["name"])


def remove_tag_from_all_groups(ctx: Context) -> MockResponse:
    row = _tag(ctx)
    ctx.store.db.execute("DELETE FROM group_tags WHERE tag_id = ?", (row["id"],))
    return reference("tags", row["id"], row["name"])


HANDLERS: HandlerTable[ClickmeterStore] = {
    "listTags": list_tags,
    "countTags": count_tags,
    "createTag": create_tag,
    "getTag": get_tag,
    "deleteTag": delete_tag,
    "renameTag": rename_tag,
    "listTagDatapoints": list_tag_datapoints,
    "countTagDatapoints": count_tag_datapoints,
    "listTagGroups": list_tag_groups,
    "countTagGroups": count_tag_groups,
    "patchTagDatapoint": patch_tag_datapoint,
    "patchTagGroup": patch_tag_group,
    "removeTagFromAllDatapoints": remove_tag_from_all_datapoints,
    "removeTagFromAllGroups": remove_tag_from_all_groups,
}
