"""Datapoints: checking an item (the batch's per-item failures), storing it, answering it.

An update carries the datapoint's new state; fields it leaves out keep their stored value. The rules (the
spec states them in the operations' descriptions): a new datapoint names its `type`, which never changes; a
TrackingLink has an absolute http(s) `typeTL.url`; `status` may be set to Active or Paused only (Abuse is the
vendor's verdict, Deleted comes from DELETE); the entities it names exist (else 409). Not documented by the vendor,
chosen here: a datapoint without a name has the empty name; tags given by name only are created when new,
tag entries naming neither an id nor a name are skipped.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from mockserver.apis.clickmeter.store import ClickmeterStore, document
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.responses import ApiError

SLOTS = ("first", "second", "third", "fourth", "fifth")
SETTABLE_STATUS = ("Active", "Paused")
# Failure codes that make a refused single datapoint a conflict (409) rather than a bad request (a batch
# reports failures in-body): what the body names does not exist, or the stored type would change.
CONFLICTS = ("not_found", "immutable")
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
    store: ClickmeterStore, state: dict[str, Any], where: str, datapoint_id: int | None, was: sqlite3.Row | None
) -> list[dict[str, Any]]:
    """Everything wrong with a datapoint's new state (`was`: the stored row of an update); `where` prefixes the
    property paths (`List[2].`)."""
    found: list[dict[str, Any]] = []
    kind = state.get("type")
    was_type = was["type"] if was is not None else None
    if kind is None:
        found.append(failure(f"{where}type", "required", "type is required (TrackingLink or TrackingPixel)", None))
    elif was_type is not None and kind != was_type:
        found.append(failure(f"{where}type", "immutable", f"a {was_type} cannot become a {kind}", kind))
    status = state.get("status", "Active")
    # Only a status the request sets must be settable: an update that leaves an `Abuse` datapoint's status alone
    # is not refused for it.
    if status not in SETTABLE_STATUS and (was is None or status != was["status"]):
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
    return found


def refusal_status(problems: list[dict[str, Any]]) -> int:
    """400 when any failure is about the request alone, else 409 (a conflict with what is stored)."""
    return 409 if all(problem["code"] in CONFLICTS for problem in problems) else 400


def _link_failures(store: ClickmeterStore, link: dict[str, Any], where: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    url = link.get("url")
    if not _is_web_url(url):
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


def _is_web_url(url: Any) -> bool:
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)


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
        state.get("name", ""),
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
    for tag_id in tag_references(store, state.get("tags") or [], "request body at /tags"):
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


def tag_references(store: ClickmeterStore, tags: list[dict[str, Any]], where: str) -> list[int]:
    """Ids of the tags a body names: by id (which must exist, else a conflict: 409) or by name (created when
    new); entries naming neither are skipped."""
    ids: list[int] = []
    for index, tag in enumerate(tags):
        if "id" in tag:
            if not _live(store, "tags", "1", tag["id"]):
                raise ApiError(409, f"{where}/{index}/id: tag {tag['id']} not found")
            ids.append(tag["id"])
        elif str(tag.get("name", "")).strip():
            ids.append(tag_by_name(store, tag["name"].strip()))
    return ids


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
