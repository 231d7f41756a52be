"""Domains and retargeting scripts.

Not documented by the vendor, chosen here (the spec states it): only Personal and Dedicated domains can be
created, changed or deleted (System and Go domains belong to ClickMeter: 403); a name another domain has is a
conflict (409). A script in use by a datapoint can still be deleted and leaves the datapoint; a script's name
and text may be empty (the vendor requires neither).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from mockserver.apis.clickmeter import listing
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
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse

OWN_TYPES = ("Personal", "Dedicated")
USES_SCRIPT = "d.id IN (SELECT datapoint_id FROM datapoint_scripts WHERE script_id = ?)"


def _render_domain(row: sqlite3.Row) -> dict[str, Any]:
    return {**document(row), "id": row["id"], "name": row["name"], "type": row["type"]}


def _domain_selection(ctx: Context) -> listing.Selection:
    selection = listing.Selection().add("type = ? COLLATE NOCASE", ctx.query.get("type", "system"))
    if ctx.query.get("name"):
        selection.add("name = ? COLLATE NOCASE", ctx.query["name"])
    return selection


def _own_domain(ctx: Context) -> sqlite3.Row:
    row = ctx.store.row("domains", ctx.path_params["id"], "Domain")
    if row["type"] not in OWN_TYPES:
        raise ApiError(403, f"domain {row['id']} is a {row['type']} domain of ClickMeter and cannot be changed")
    return row


def _save_domain(ctx: Context, state: dict[str, Any], domain_id: int | None) -> int:
    name, kind = state.get("name"), state.get("type", "Personal")
    if name is None:
        raise ApiError(400, "request body at /name: a new domain needs its name")
    name = name.lower()  # a host name: the spec's format, checked before a handler runs
    if kind not in OWN_TYPES:
        raise ApiError(400, f"request body at /type: only {' or '.join(OWN_TYPES)} domains can be created")
    clash = ctx.store.db.execute("SELECT id FROM domains WHERE name = ? AND id != ?", (name, domain_id or 0)).fetchone()
    if clash:
        raise ApiError(409, f"request body at /name: domain {clash['id']} already has this name")
    doc = json.dumps({key: value for key, value in state.items() if key not in ("id", "name", "type")})
    if domain_id is None:
        domain_id = ctx.store.next_id("domains")
        ctx.store.db.execute("INSERT INTO domains VALUES (?, ?, ?, ?)", (domain_id, name, kind, doc))
    else:
        ctx.store.db.execute(
            "UPDATE domains SET name = ?, type = ?, doc = ? WHERE id = ?", (name, kind, doc, domain_id)
        )
    return domain_id


def list_domains(ctx: Context) -> MockResponse:
    selection = _domain_selection(ctx)
    return listed(
        ctx, "domains", f"SELECT id, name FROM domains WHERE {selection.where} ORDER BY id", selection.parameters
    )


def count_domains(ctx: Context) -> MockResponse:
    selection = _domain_selection(ctx)
    return counted(ctx, f"SELECT id FROM domains WHERE {selection.where}", selection.parameters)


def create_domain(ctx: Context) -> MockResponse:
    domain_id = _save_domain(ctx, dict(ctx.body), None)
    return reference("domains", domain_id, ctx.body["name"].lower())  # _save_domain checked it is there


def get_domain(ctx: Context) -> MockResponse:
    return ok(_render_domain(ctx.store.row("domains", ctx.path_params["id"], "Domain")))


def update_domain(ctx: Context) -> MockResponse:
    current = _render_domain(_own_domain(ctx))
    state = {**current, **ctx.body}
    return reference("domains", _save_domain(ctx, state, current["id"]), state["name"].lower())


def delete_domain(ctx: Context) -> MockResponse:
    row = _own_domain(ctx)
    ctx.store.db.execute("DELETE FROM domains WHERE id = ?", (row["id"],))
    return reference("domains", row["id"], row["name"])


# Retargeting scripts


def _script(ctx: Context) -> sqlite3.Row:
    return ctx.store.row("retargeting_scripts", ctx.path_params["id"], "Retargeting script")


def _script_state(body: dict[str, Any]) -> tuple[str, str]:
    return body.get("name", ""), body.get("script", "")


def list_retargeting_scripts(ctx: Context) -> MockResponse:
    return listed(ctx, "retargeting", "SELECT id, name FROM retargeting_scripts ORDER BY id", ())


def count_retargeting_scripts(ctx: Context) -> MockResponse:
    return counted(ctx, "SELECT id FROM retargeting_scripts", ())


def create_retargeting_script(ctx: Context) -> MockResponse:
    name, script = _script_state(ctx.body)
    script_id = ctx.store.next_id("retargeting_scripts")
    ctx.store.db.execute(
        "INSERT INTO retargeting_scripts VALUES (?, ?, ?)", (script_id, name, json.dumps({"script": script}))
    )
    return reference("retargeting", script_id, name)


def get_retargeting_script(ctx: Context) -> MockResponse:
    row = _script(ctx)
    return ok({**document(row), "id": row["id"], "name": row["name"]})


def update_retargeting_script(ctx: Context) -> MockResponse:
    row = _script(ctx)
    name, script = _script_state({**document(row), "name": row["name"], **ctx.body})
    ctx.store.db.execute(
        "UPDATE retargeting_scripts SET name = ?, doc = ? WHERE id = ?",
        (name, json.dumps({"script": script}), row["id"]),
    )
    return reference("retargeting", row["id"], name)


def delete_retargeting_script(ctx: Context) -> MockResponse:
    row = _script(ctx)
    ctx.store.db.execute("DELETE FROM retargeting_scripts WHERE id = ?", (row["id"],))
    return reference("retargeting", row["id"], row["name"])


def list_retargeting_script_datapoints(ctx: Context) -> MockResponse:
    return list_datapoints_where(ctx, listing.Selection().add(USES_SCRIPT, _script(ctx)["id"]))


def count_retargeting_script_datapoints(ctx: Context) -> MockResponse:
    return count_datapoints_where(ctx, listing.Selection().add(USES_SCRIPT, _script(ctx)["id"]))


HANDLERS: HandlerTable[ClickmeterStore] = {
    "listDomains": list_domains,
    "countDomains": count_domains,
    "createDomain": create_domain,
    "getDomain": get_domain,
    "updateDomain": update_domain,
    "deleteDomain": delete_domain,
    "listRetargetingScripts": list_retargeting_scripts,
    "countRetargetingScripts": count_retargeting_scripts,
    "createRetargetingScript": create_retargeting_script,
    "getRetargetingScript": get_retargeting_script,
    "updateRetargetingScript": update_retargeting_script,
    "deleteRetargetingScript": delete_retargeting_script,
    "listRetargetingScriptDatapoints": list_retargeting_script_datapoints,
    "countRetargetingScriptDatapoints": count_retargeting_script_datapoints,
}
