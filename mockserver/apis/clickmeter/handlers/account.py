"""Account, plan, guests and their permissions, domain whitelist, IP blacklist.

Not documented by the vendor, chosen here: a guest's `password` is accepted and never answered; permission
patches (`Action` add/remove, `Verb` read/write, read when omitted; the spec's enums) answer a reference to the
guest; the plan's usage counts live datapoints and this calendar month's hits; a domain or IP address that is
listed already is a conflict (409).
"""

from __future__ import annotations

import ipaddress
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from mockserver.apis.clickmeter import listing
from mockserver.apis.clickmeter.handlers.shared import Context, counted, listed, ok, reference
from mockserver.apis.clickmeter.store import NOT_BLACKLISTED, ClickmeterStore, document
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.messages import echo
from mockserver.registry import HandlerTable
from mockserver.responses import ApiError, MockResponse
from mockserver.validation import wire_integer

ACCOUNT_READ_ONLY = ("registrationDate", "timeframeMinDate", "bonusClicks")  # readOnly in the spec
GUEST_DERIVED = (
    "id",
    "creationDate",
    "password",
    "tlGrants",
    "tpGrants",
    "groupGrants",
    "currentGrant",
    "apiKey",
    "key",
    "loginCount",
)
LEVELS = {"read": "r", "write": "w"}


def _account(store: ClickmeterStore) -> dict[str, Any]:
    return document(store.db.execute("SELECT doc FROM account").fetchone())


def get_account(ctx: Context) -> MockResponse:
    return ok(_account(ctx.store))


def get_me(ctx: Context) -> MockResponse:
    return get_account(ctx)


def update_account(ctx: Context) -> MockResponse:
    current = _account(ctx.store)
    changed = [name for name in ACCOUNT_READ_ONLY if name in ctx.body and ctx.body[name] != current.get(name)]
    if changed:
        raise ApiError(400, f"request body: {', '.join(changed)} cannot be changed")
    updated = {**current, **ctx.body}
    ctx.store.db.execute("UPDATE account SET doc = ?", (json.dumps(updated),))
    return ok(updated)


def _plan(store: ClickmeterStore) -> dict[str, Any]:
    now = datetime.fromtimestamp(store.now(), UTC)
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    used_events = store.scalar(
        f"SELECT COUNT(*) FROM hits h WHERE {NOT_BLACKLISTED} AND h.at >= ?", (int(start.timestamp()),)
    )
    return {
        "name": "Medium",
        "profileId": 1,
        "price": 29.0,
        "recurring": True,
        "recurringPeriod": 1,
        "maximumDatapoints": 1000,
        "maximumGuests": 10,
        "monthlyEvents": 100_000,
        "bonusMonthlyEvents": 0,
        "allowedPersonalDomains": 2,
        "allowedPersonalUrls": 100,
        "usedDatapoints": store.scalar("SELECT COUNT(*) FROM datapoints WHERE status != 'Deleted'"),
        "usedMonthlyEvents": used_events,
        "billingPeriodStart": timestamp(start.timestamp()),
        "billingPeriodEnd": timestamp(following.timestamp() - 1),
    }


def get_account_plan(ctx: Context) -> MockResponse:
    return ok(_plan(ctx.store))


def get_me_plan(ctx: Context) -> MockResponse:
    return ok(_plan(ctx.store))


# Guests


def _render_guest(store: ClickmeterStore, row: sqlite3.Row) -> dict[str, Any]:
    grants = {
        kind: store.scalar(sql, (row["id"],))
        for kind, sql in (
            ("groupGrants", "SELECT COUNT(*) FROM guest_permissions WHERE guest_id = ? AND entity_type = 'group'"),
            (
                "tlGrants",
                "SELECT COUNT(*) FROM guest_permissions p JOIN datapoints d ON d.id = p.entity_id"
                " WHERE p.guest_id = ? AND p.entity_type = 'datapoint' AND d.type = 'TrackingLink'",
            ),
            (
                "tpGrants",
                "SELECT COUNT(*) FROM guest_permissions p JOIN datapoints d ON d.id = p.entity_id"
                " WHERE p.guest_id = ? AND p.entity_type = 'datapoint' AND d.type = 'TrackingPixel'",
            ),
        )
    }
    answer = {**document(row), **grants, "id": row["id"], "creationDate": timestamp(row["created"])}
    for key, column in (("name", "name"), ("email", "email"), ("userName", "user_name")):
        if row[column] is not None:
            answer[key] = row[column]
    return answer


def _guest_state(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in GUEST_DERIVED}


def list_guests(ctx: Context) -> MockResponse:
    selection = listing.guests(ctx.query)
    order = listing.order_by(ctx.query, listing.GUEST_SORT)
    sql = f"SELECT u.id, u.name FROM guests u WHERE {selection.where} ORDER BY {order}"
    return listed(ctx, "account/guests", sql, selection.parameters)


def count_guests(ctx: Context) -> MockResponse:
    selection = listing.guests(ctx.query)
    return counted(ctx, f"SELECT u.id FROM guests u WHERE {selection.where}", selection.parameters)


def create_guest(ctx: Context) -> MockResponse:
    state = _guest_state(ctx.body)
    guest_id = ctx.store.next_id("guests")
    doc = {**state, "apiKey": f"guest-key-{ctx.store.seed}-{guest_id}", "loginCount": 0}
    ctx.store.db.execute(
        "INSERT INTO guests VALUES (?, ?, ?, ?, ?, ?)",
        (guest_id, state.get("name"), state.get("email"), state.get("userName"), ctx.store.now(), json.dumps(doc)),
    )
    return ok(_render_guest(ctx.store, ctx.store.row("guests", guest_id, "Guest")))


def get_guest(ctx: Context) -> MockResponse:
    return ok(_render_guest(ctx.store, ctx.store.row("guests", ctx.path_params["guestId"], "Guest")))


def update_guest(ctx: Context) -> MockResponse:
    guest_id = ctx.path_params["guestId"]
    current = _render_guest(ctx.store, ctx.store.row("guests", guest_id, "Guest"))
    state = _guest_state({**current, **ctx.body})
    kept = {key: current[key] for key in ("apiKey", "loginCount") if key in current}
    ctx.store.db.execute(
        "UPDATE guests SET name = ?, email = ?, user_name = ?, doc = ? WHERE id = ?",
        (state.get("name"), state.get("email"), state.get("userName"), json.dumps({**state, **kept}), guest_id),
    )
    return ok(_render_guest(ctx.store, ctx.store.row("guests", guest_id, "Guest")))


def delete_guest(ctx: Context) -> MockResponse:
    row = ctx.store.row("guests", ctx.path_params["guestId"], "Guest")
    ctx.store.db.execute("DELETE FROM guests WHERE id = ?", (row["id"],))
    return reference("account/guests", row["id"], row["name"])


def _permission_selection(ctx: Context) -> listing.Selection:
    guest = ctx.store.row("guests", ctx.path_params["guestId"], "Guest")
    selection = listing.Selection().add("p.guest_id = ?", guest["id"])
    for parameter, column in (("entityType", "p.entity_type"), ("type", "p.level"), ("entityId", "p.entity_id")):
        if parameter in ctx.query:
            selection.add(f"{column} = ?", ctx.query[parameter])
    return selection


_PERMISSIONS = """
SELECT p.*, COALESCE(d.name, g.name) AS entity_name, d.type AS datapoint_type FROM guest_permissions p
LEFT JOIN datapoints d ON p.entity_type = 'datapoint' AND d.id = p.entity_id
LEFT JOIN groups g ON p.entity_type = 'group' AND g.id = p.entity_id
"""


def list_guest_permissions(ctx: Context) -> MockResponse:
    selection = _permission_selection(ctx)
    offset, limit = listing.page(ctx.query)
    rows = ctx.store.db.execute(
        f"{_PERMISSIONS} WHERE {selection.where} ORDER BY p.entity_type, p.entity_id LIMIT ? OFFSET ?",
        (*selection.parameters, limit, offset),
    ).fetchall()
    entities = []
    for row in rows:
        collection = "datapoints" if row["entity_type"] == "datapoint" else "groups"
        permission = {
            "Entity": {"id": row["entity_id"], "uri": f"/{collection}/{row['entity_id']}"},
            "EntityType": row["entity_type"],
            "Type": row["level"],
            "EntityName": row["entity_name"] or "",
        }
        if row["datapoint_type"] is not None:
            permission["DatapointType"] = row["datapoint_type"]
        entities.append(permission)
    return ok({"entities": entities})


def count_guest_permissions(ctx: Context) -> MockResponse:
    selection = _permission_selection(ctx)
    return counted(ctx, f"SELECT p.entity_id FROM guest_permissions p WHERE {selection.where}", selection.parameters)


def _patch_permission(ctx: Context) -> MockResponse:
    guest = ctx.store.row("guests", ctx.path_params["guestId"], "Guest")
    kind, patch = ctx.path_params["type"], ctx.body
    entity_id = patch["Id"]
    ctx.store.referenced(
        "datapoints" if kind == "datapoint" else "groups", entity_id, kind.capitalize(), "request body at /Id"
    )
    if patch["Action"] == "add":
        ctx.store.db.execute(
            "INSERT INTO guest_permissions VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET level = excluded.level",
            (guest["id"], kind, entity_id, LEVELS[patch.get("Verb", "read")]),
        )
    else:
        ctx.store.db.execute(
            "DELETE FROM guest_permissions WHERE guest_id = ? AND entity_type = ? AND entity_id = ?",
            (guest["id"], kind, entity_id),
        )
    return reference("account/guests", guest["id"], guest["name"])


def patch_guest_permission(ctx: Context) -> MockResponse:
    return _patch_permission(ctx)


def patch_guest_permission_with_put(ctx: Context) -> MockResponse:
    return _patch_permission(ctx)


# Domain whitelist and IP blacklist: ids are strings on the wire.


def list_domain_whitelist(ctx: Context) -> MockResponse:
    offset, limit = listing.page(ctx.query)
    rows = ctx.store.db.execute(
        "SELECT id, name FROM domain_whitelist ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return ok({"entities": [{"id": str(row["id"]), "name": row["name"]} for row in rows]})


def create_domain_whitelist_entry(ctx: Context) -> MockResponse:
    name = ctx.body["name"].lower()  # a host name: the spec's format, checked before a handler runs
    if ctx.store.db.execute("SELECT 1 FROM domain_whitelist WHERE name = ?", (name,)).fetchone():
        raise ApiError(409, f"request body at /name: {name} is already on the whitelist")
    entry_id = ctx.store.next_id("domain_whitelist")
    ctx.store.db.execute("INSERT INTO domain_whitelist VALUES (?, ?)", (entry_id, name))
    return ok({"id": str(entry_id), "name": name})


def delete_domain_whitelist_entry(ctx: Context) -> MockResponse:
    row = _string_id_row(ctx, "domain_whitelist", ctx.path_params["whitelistId"], "Whitelist entry")
    ctx.store.db.execute("DELETE FROM domain_whitelist WHERE id = ?", (row["id"],))
    return ok({"id": str(row["id"]), "name": row["name"]})


def list_ip_blacklist(ctx: Context) -> MockResponse:
    offset, limit = listing.page(ctx.query)
    rows = ctx.store.db.execute("SELECT id, ip FROM ip_blacklist ORDER BY id LIMIT ? OFFSET ?", (limit, offset))
    return ok({"entities": [{"id": str(row["id"]), "ip": row["ip"]} for row in rows]})


def create_ip_blacklist_entry(ctx: Context) -> MockResponse:
    ip = _canonical_ip(ctx.body["ip"])
    if ctx.store.db.execute("SELECT 1 FROM ip_blacklist WHERE ip = ?", (ip,)).fetchone():
        raise ApiError(409, f"request body at /ip: {ip} is already on the blacklist")
    entry_id = ctx.store.next_id("ip_blacklist")
    ctx.store.db.execute("INSERT INTO ip_blacklist VALUES (?, ?)", (entry_id, ip))
    return ok({"id": str(entry_id), "ip": ip})


def delete_ip_blacklist_entry(ctx: Context) -> MockResponse:
    row = _string_id_row(ctx, "ip_blacklist", ctx.path_params["blacklistId"], "Blacklist entry")
    ctx.store.db.execute("DELETE FROM ip_blacklist WHERE id = ?", (row["id"],))
    return ok({"id": str(row["id"]), "ip": row["ip"]})


def _canonical_ip(text: str) -> str:
    """One spelling per address (`::0:1` and `::1` are one entry); the spec's ipv4/ipv6 formats are checked already,
    and an address Python spells no shorter stays as sent."""
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return text


def _string_id_row(ctx: Context, table: str, text: str, what: str) -> sqlite3.Row:
    entry_id = wire_integer(text)
    if entry_id is None:
        raise ApiError(404, f"{what} {echo(text)} not found")
    return ctx.store.row(table, entry_id, what)


HANDLERS: HandlerTable[ClickmeterStore] = {
    "getAccount": get_account,
    "getMe": get_me,
    "updateAccount": update_account,
    "getAccountPlan": get_account_plan,
    "getMePlan": get_me_plan,
    "listGuests": list_guests,
    "countGuests": count_guests,
    "createGuest": create_guest,
    "getGuest": get_guest,
    "updateGuest": update_guest,
    "deleteGuest": delete_guest,
    "listGuestPermissions": list_guest_permissions,
    "countGuestPermissions": count_guest_permissions,
    "patchGuestPermission": patch_guest_permission,
    "patchGuestPermissionWithPut": patch_guest_permission_with_put,
    "listDomainWhitelist": list_domain_whitelist,
    "createDomainWhitelistEntry": create_domain_whitelist_entry,
    "deleteDomainWhitelistEntry": delete_domain_whitelist_entry,
    "listIpBlacklist": list_ip_blacklist,
    "createIpBlacklistEntry": create_ip_blacklist_entry,
    "deleteIpBlacklistEntry": delete_ip_blacklist_entry,
}
