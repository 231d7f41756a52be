"""Which hits a request is about (`Scope`), event pages by cursor, the clickstream, and the Hit model.

Every query over hits leaves out blacklisted IPs. Pages run newest first; `lastKey` encodes the last hit
answered (time and id), so a page is stable while new hits arrive. Not documented by the vendor, chosen
here: `limit` is 50 when omitted and has no upper bound; the last page carries no `lastKey`.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.apis.clickmeter.listing import Selection
from mockserver.apis.clickmeter.store import NOT_BLACKLISTED, ClickmeterStore
from mockserver.apis.clickmeter.wire import timestamp
from mockserver.responses import ApiError

DEFAULT_HITS_LIMIT = 50
CLICKSTREAM_SIZE = 100
HIT_FILTERS = {
    "spiders": "h.is_spider = 1",
    "uniques": "h.is_unique = 1",
    "nonuniques": "h.is_unique = 0",
    "conversions": "h.conversion_id IS NOT NULL",
}


@dataclass(frozen=True, slots=True)
class Scope:
    """A condition on hits `h` (joined with their datapoint `d`)."""

    condition: str
    parameters: tuple[Any, ...] = ()

    def narrowed(self, condition: str, *parameters: Any) -> Scope:
        return Scope(f"{self.condition} AND {condition}", (*self.parameters, *parameters))


ACCOUNT = Scope(NOT_BLACKLISTED)


def of_datapoint(datapoint_id: int) -> Scope:
    return ACCOUNT.narrowed("h.datapoint_id = ?", datapoint_id)


def of_group(group_id: int) -> Scope:
    return ACCOUNT.narrowed("d.group_id = ?", group_id)


def of_conversion(conversion_id: int) -> Scope:
    return ACCOUNT.narrowed("h.conversion_id = ?", conversion_id)


def of_datapoints(selection: Selection) -> Scope:
    return ACCOUNT.narrowed(f"({selection.where})", *selection.parameters)


def with_filter(scope: Scope, hit_filter: str | None) -> Scope:
    return scope.narrowed(HIT_FILTERS[hit_filter]) if hit_filter else scope


_HIT_SELECT = """
SELECT h.*, d.name AS dp_name, d.title AS dp_title, d.type AS dp_type, d.status AS dp_status,
       d.preferred AS dp_preferred, d.created AS dp_created, d.group_id AS dp_group, d.notes AS dp_notes,
       json_extract(d.doc, '$.trackingCode') AS dp_tracking_code, json_extract(d.doc, '$.typeTL.url') AS dp_url,
       g.name AS group_name, c.name AS conversion_name, c.deleted AS conversion_deleted
FROM hits h JOIN datapoints d ON d.id = h.datapoint_id
LEFT JOIN groups g ON g.id = d.group_id LEFT JOIN conversions c ON c.id = h.conversion_id
"""


def hit_page(store: ClickmeterStore, scope: Scope, start: int, end: int, query: Mapping[str, Any]) -> dict[str, Any]:
    limit = query.get("limit", DEFAULT_HITS_LIMIT)
    scope = with_filter(scope, query.get("filter")).narrowed("h.at >= ? AND h.at < ?", start, end)
    if query.get("offset"):
        at, hit_id = _decode_cursor(query["offset"])
        scope = scope.narrowed("(h.at < ? OR (h.at = ? AND h.id < ?))", at, at, hit_id)
    rows = store.db.execute(
        f"{_HIT_SELECT} WHERE {scope.condition} ORDER BY h.at DESC, h.id DESC LIMIT ?", (*scope.parameters, limit + 1)
    ).fetchall()
    page: dict[str, Any] = {"hits": [render_hit(row) for row in rows[:limit]]}
    if len(rows) > limit:
        last = rows[limit - 1]
        page["lastKey"] = base64.urlsafe_b64encode(f"{last['at']}:{last['id']}".encode()).decode()
    return page


def clickstream(store: ClickmeterStore, scope: Scope, page_size: int) -> dict[str, Any]:
    """The latest `page_size` hits (the spec's `minimum: 1` is checked before a handler runs)."""
    rows = store.db.execute(
        f"{_HIT_SELECT} WHERE {scope.condition} ORDER BY h.at DESC, h.id DESC LIMIT ?",
        (*scope.parameters, min(page_size, CLICKSTREAM_SIZE)),
    ).fetchall()
    return {"entities": [render_hit(row) for row in rows]}


def count(store: ClickmeterStore, scope: Scope, start: int, end: int) -> int:
    """How many hits a scope holds in [start, end): what a hits list walks through."""
    return int(
        store.scalar(
            f"SELECT COUNT(*) FROM hits h JOIN datapoints d ON d.id = h.datapoint_id WHERE {scope.condition}"
            " AND h.at >= ? AND h.at < ?",
            (*scope.parameters, start, end),
        )
    )


def _decode_cursor(text: str) -> tuple[int, int]:
    try:
        at, _, hit_id = base64.urlsafe_b64decode(text.encode()).decode().partition(":")
        return int(at), int(hit_id)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise ApiError(400, f"query parameter 'offset': {text!r} is not a lastKey this server answered") from exc


def _flag(value: int) -> str:
    return "true" if value else "false"


def render_hit(row: sqlite3.Row) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "datapointId": row["datapoint_id"],
        "datapointName": row["dp_name"],
        "datapointType": row["dp_type"],
        "datapointFavourite": bool(row["dp_preferred"]),
        "status": row["dp_status"],
        "creationDate": timestamp(row["dp_created"]),
        "isABTest": False,
        "isPublic": False,
        "isPrivateShared": False,
    }
    optional = (
        ("datapointTitle", "dp_title"),
        ("groupId", "dp_group"),
        ("groupName", "group_name"),
        ("notes", "dp_notes"),
        ("trackingCode", "dp_tracking_code"),
        ("destinationUrl", "dp_url"),
    )
    entity.update({key: row[column] for key, column in optional if row[column] is not None})
    hit: dict[str, Any] = {
        "accessTime": timestamp(row["at"]),
        "type": row["type"],
        "ip": row["ip"],
        "org": row["isp"],
        "isUnique": _flag(row["is_unique"]),
        "isSpider": _flag(row["is_spider"]),
        "isProxy": "false",
        "browser": {"name": row["browser"], "familyName": row["browser_family"], "browserType": row["platform"]},
        "os": {"name": row["os"], "familyName": row["os_family"]},
        "location": {"country": row["country"], "city": row["city"], "organization": row["isp"]},
        "clientLanguage": row["language"],
        "referer": row["referrer"],
        "queryParams": row["params"],
        "realDestinationUrl": row["destination"],
        "entity": entity,
        "source": {"id": 0, "name": row["referrer"] or "direct", "param": row["keyword"]},
        "conversions": [],
    }
    if row["conversion_id"] is not None:
        conversion = {
            "id": row["conversion_id"],
            "name": row["conversion_name"],
            "deleted": bool(row["conversion_deleted"]),
            "value": row["conversion_value"],
            "cost": row["conversion_cost"],
            "comcost": row["conversion_commission"],
            "parameter": row["conversion_param"],
            "accessTime": timestamp(row["at"]),
            "date": timestamp(row["at"]),
        }
        hit["conversions"] = [conversion]
        hit["conversion1"] = conversion
    return hit
