"""Datapoints: checking an item (the batch's per-item failures), storing it, answering it.

An update carries the datapoint's new state; fields it leaves out keep their stored value. Not documented
by the vendor, chosen here: names are unique among the live datapoints of one type; `status` may be set
to Active or Paused only (Abuse is the vendor's verdict, Deleted comes from DELETE); tags given by name
only are created when new.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.wire import timestamp

SLOTS = ("first", "second", "third", "fourth", "fifth")
SETTABLE_STATUS = ("Active", "Paused")
# Fields the server owns: the stored document never keeps them, the answer computes them.
DERIVED = (
    "id",
    "creationDate",
    "writePermited",
    "groupId",
    "groupName",
    "status",
    "preferred",
    "notes",
    "tags",
    "name",
    "title",
    "type",
    *(f"{slot}Conversion{part}" for slot in SLOTS for part in ("Id", "Name")),
)


def failure(property_path: str, code: str, message: str, value: Any) -> dict[str, Any]:
    return {"property": property_path, "code": code, "errorMessage": message, "errorValue": value}


def merged(store: ClickmeterStore, datapoint_id: int | None, item: dict[str, Any]) -> dict[str, Any]:
    """The new state: the item over the stored datapoint (an update) or alone (a create)."""
    if datapoint_id is None:
        return dict(item)
    current = render(store, store.row("datapoints", datapoint_id, "Datapoint"))
    return {**current, **{key: value for key, value in item.items() if key != "id"}}


def failures(
    store: ClickmeterStore, state: dict[str, Any], where: str, datapoint_id: int | None, was_type: str | None
) -> list[dict[str, Any]]:
    """Everything wrong with a datapoint's new state; `where` prefixes the property paths (`List[2].`)."""
    found: list[dict[str, Any]] = []
    kind = state.get("type")
    if kind is None:
        found.append(failure(f"{where}type", "required", "type is required (TrackingLink or TrackingPixel)", None))
    elif was_type is not None and kind != was_type:
        found.append(failure(f"{where}type", "immutable", f"a {was_type} cannot become a {kind}", kind))
    name = state.get("name")
    if not isinstance(name, str) or not name.strip():
        found.append(failure(f"{where}name", "required", "name is required and must not be blank", name))
    elif kind is not None:
        clash = store.db.execute(
            "SELECT id FROM datapoints WHERE name = ? AND type = ? AND status != 'Deleted' AND id != ?",
            (name, kind, datapoint_id or 0),
        ).fetchone()
        if clash:
            found.append(failure(f"{where}name", "duplicate", f"datapoint {clash['id']} already has this name", name))
    status = state.get("status", "Active")
    if status not in SETTABLE_STATUS:
        found.append(failure(f"{where}status", "read_only", "status may only be set to Active or Paused", status))
    group_id = state.get("groupId")
    if group_id is not None and not _live(store, "groups", "deleted = 0", group_id):
        found.append(failure(f"{where}groupId", "not_found", f"group {group_id} not found", group_id))
    if kind == "TrackingLink":
        found.extend(_link_failures(store, state.get("typeTL") or {}, f"{where}typeTL."))
    for slot in SLOTS:
        conversion_id = state.get(f"{slot}ConversionId")
        if conversion_id is not None and not _live(store, "conversions", "deleted = 0", conversion_id):
            found.append(
                failure(
                    f"{where}{slot}ConversionId", "not_found", f"conversion {conversion_id} not found", conversion_id
                )
            )
    for index, tag in enumerate(state.get("tags") or []):
        if "id" in tag and not _live(store, "tags", "1", tag["id"]):
            found.append(failure(f"{where}tags[{index}].id", "not_found", f"tag {tag['id']} not found", tag["id"]))
        elif "id" not in tag and not str(tag.get("name", "")).strip():
            found.append(failure(f"{where}tags[{index}]", "required", "a tag needs an id or a name", tag))
    return found


def _link_failures(store: ClickmeterStore, link: dict[str, Any], where: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    url = link.get("url")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        found.append(failure(f"{where}url", "invalid", "url must be an absolute http(s) URL", url))
    domain_id = link.get("domainId")
    if domain_id is not None and not _live(store, "domains", "1", domain_id):
        found.append(failure(f"{where}domainId", "not_found", f"domain {domain_id} not found", domain_id))
    for index, script in enumerate(link.get("scripts") or []):
        if not _live(store, "retargeting_scripts", "1", script.get("id")):
            found.append(
                failure(
                    f"{where}scripts[{index}].id",
                    "not_found",
                    f"retargeting script {script.get('id')} not found",
                    script.get("id"),
                )
            )
    return found


def _live(store: ClickmeterStore, table: str, condition: str, entity_id: Any) -> bool:
    if not isinstance(entity_id, int):
        return False
    return store.db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND {condition}", (entity_id,)).fetchone() is not None


def save(store: ClickmeterStore, state: dict[str, Any], datapoint_id: int | None) -> int:
    """Write a checked state; answers the datapoint's id (a new one for a create)."""
    created = datapoint_id is None
    if datapoint_id is None:
        datapoint_id = store.next_id("datapoints")
    doc = {key: value for key, value in state.items() if key not in DERIVED}
    if state["type"] == "TrackingLink":
        doc["typeTL"] = {key: value for key, value in (state.get("typeTL") or {}).items() if key != "scripts"}
    columns = (
        state["name"],
        state.get("title"),
        state["type"],
        state.get("status", "Active"),
        int(bool(state.get("preferred", False))),
        state.get("groupId"),
        state.get("notes"),
        json.dumps(doc),
    )
    if created:
        store.db.execute(
            "INSERT INTO datapoints (name, title, type, status, preferred, group_id, notes, doc, id, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*columns, datapoint_id, store.now()),
        )
    else:
        store.db.execute(
            "UPDATE datapoints SET name = ?, title = ?, type = ?, status = ?, preferred = ?, group_id = ?, notes = ?,"
            " doc = ? WHERE id = ?",
            (*columns, datapoint_id),
        )
    _save_associations(store, datapoint_id, state)
    return datapoint_id


def _save_associations(store: ClickmeterStore, datapoint_id: int, state: dict[str, Any]) -> None:
    store.db.execute("DELETE FROM datapoint_tags WHERE datapoint_id = ?", (datapoint_id,))
    for tag in state.get("tags") or []:
        tag_id = tag["id"] if "id" in tag else tag_by_name(store, tag["name"].strip())
        store.db.execute("INSERT OR IGNORE INTO datapoint_tags VALUES (?, ?)", (datapoint_id, tag_id))
    store.db.execute("DELETE FROM datapoint_conversions WHERE datapoint_id = ?", (datapoint_id,))
    for slot_index, slot in enumerate(SLOTS):
        conversion_id = state.get(f"{slot}ConversionId")
        if conversion_id is not None:
            store.db.execute(
                "INSERT OR IGNORE INTO datapoint_conversions VALUES (?, ?, ?)",
                (datapoint_id, conversion_id, slot_index),
            )
    store.db.execute("DELETE FROM datapoint_scripts WHERE datapoint_id = ?", (datapoint_id,))
    for script in (state.get("typeTL") or {}).get("scripts") or []:
        store.db.execute("INSERT OR IGNORE INTO datapoint_scripts VALUES (?, ?)", (datapoint_id, script["id"]))


def tag_by_name(store: ClickmeterStore, name: str) -> int:
    row = store.db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
    if row:
        return int(row["id"])
    tag_id = store.next_id("tags")
    store.db.execute("INSERT INTO tags (id, name) VALUES (?, ?)", (tag_id, name))
    return tag_id


def render(store: ClickmeterStore, row: sqlite3.Row) -> dict[str, Any]:
    answer = document(row)
    answer.update(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        status=row["status"],
        preferred=bool(row["preferred"]),
        creationDate=timestamp(row["created"]),
        writePermited=True,
    )
    for key, column in (("title", "title"), ("notes", "notes"), ("groupId", "group_id")):
        if row[column] is not None:
            answer[key] = row[column]
    if row["group_id"] is not None:
        answer["groupName"] = store.scalar("SELECT name FROM groups WHERE id = ?", (row["group_id"],))
    answer["tags"] = [
        {"id": tag["id"], "name": tag["name"]}
        for tag in store.db.execute(
            "SELECT t.id, t.name FROM tags t JOIN datapoint_tags dt ON dt.tag_id = t.id WHERE dt.datapoint_id = ?"
            " ORDER BY t.id",
            (row["id"],),
        )
    ]
    for link in store.db.execute(
        "SELECT dc.slot, c.id, c.name FROM datapoint_conversions dc JOIN conversions c ON c.id = dc.conversion_id"
        " WHERE dc.datapoint_id = ?",
        (row["id"],),
    ):
        answer[f"{SLOTS[link['slot']]}ConversionId"] = link["id"]
        answer[f"{SLOTS[link['slot']]}ConversionName"] = link["name"]
    if row["type"] == "TrackingLink":
        scripts = [
            {"id": script["id"], "name": script["name"]}
            for script in store.db.execute(
                "SELECT s.id, s.name FROM retargeting_scripts s JOIN datapoint_scripts ds ON ds.script_id = s.id"
                " WHERE ds.datapoint_id = ? ORDER BY s.id",
                (row["id"],),
            )
        ]
        if scripts:
            answer.setdefault("typeTL", {})["scripts"] = scripts
    return answer
