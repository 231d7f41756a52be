"""Filters, sorting and offset/limit paging of entity lists, shared by lists, counts and summaries.

Not documented by the vendor, chosen here: without a `status` filter, lists leave out deleted entities;
`textSearch` and tag names match case-insensitively (text as a substring, tags exactly); `limit` has no upper
bound (the vendor states none, and a client stops at the first short page, so a cap would silently cut lists);
`sortBy` names a field of the entity, and any other value (the vendor lists none) means the default order, by
id, ascending.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mockserver.apis.clickmeter.wire import day_start, parse_day
from mockserver.store import LIKE_ESCAPE, contains_pattern

DEFAULT_LIMIT = 20
DATAPOINT_STATUS = {"active": "Active", "paused": "Paused", "spam": "Abuse", "deleted": "Deleted"}
DATAPOINT_TYPE = {"tl": "TrackingLink", "tp": "TrackingPixel"}
DATAPOINT_SORT = {
    "id": "d.id",
    "name": "d.name",
    "title": "d.title",
    "creationDate": "d.created",
    "status": "d.status",
    "type": "d.type",
}
GROUP_SORT = {"id": "g.id", "name": "g.name", "creationDate": "g.created"}
CONVERSION_SORT = {"id": "c.id", "name": "c.name", "creationDate": "c.created", "value": "c.value"}
GUEST_SORT = {
    "id": "u.id",
    "name": "u.name",
    "email": "u.email",
    "userName": "u.user_name",
    "creationDate": "u.created",
}


@dataclass
class Selection:
    """A WHERE clause built up condition by condition, with its parameters."""

    conditions: list[str] = field(default_factory=list)
    parameters: list[Any] = field(default_factory=list)

    def add(self, condition: str, *parameters: Any) -> Selection:
        self.conditions.append(condition)
        self.parameters.extend(parameters)
        return self

    @property
    def where(self) -> str:
        return " AND ".join(self.conditions) if self.conditions else "1"


def tag_names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def _created(selection: Selection, alias: str, query: Mapping[str, Any]) -> None:
    if "createdAfter" in query:
        selection.add(f"{alias}.created >= ?", day_start(parse_day(query["createdAfter"], "createdAfter")))
    if "createdBefore" in query:
        after = parse_day(query["createdBefore"], "createdBefore")
        selection.add(f"{alias}.created < ?", day_start(after) + 86_400)


def _text(selection: Selection, columns: tuple[str, ...], query: Mapping[str, Any]) -> None:
    if query.get("textSearch"):
        pattern = contains_pattern(query["textSearch"], "textSearch")
        matches = " OR ".join(f"{column} LIKE ? ESCAPE '{LIKE_ESCAPE}'" for column in columns)
        selection.add(f"({matches})", *([pattern] * len(columns)))


def datapoints(query: Mapping[str, Any], selection: Selection | None = None) -> Selection:
    """Datapoint filters (alias `d`): type, status, tags/tag, textSearch, favourites, creation days."""
    selection = selection or Selection()
    if "type" in query:
        selection.add("d.type = ?", DATAPOINT_TYPE[query["type"]])
    if "status" in query:
        selection.add("d.status = ?", DATAPOINT_STATUS[query["status"]])
    else:
        selection.add("d.status != 'Deleted'")
    names = tag_names(query.get("tags") or query.get("tag") or "")
    if names:
        marks = ", ".join("?" * len(names))
        selection.add(
            "d.id IN (SELECT dt.datapoint_id FROM datapoint_tags dt JOIN tags t ON t.id = dt.tag_id"
            f" WHERE t.name COLLATE NOCASE IN ({marks}))",
            *names,
        )
    _text(selection, ("d.name", "d.title"), query)
    if query.get("onlyFavorites"):
        selection.add("d.preferred = 1")
    if "favourite" in query:
        selection.add("d.preferred = ?", int(query["favourite"]))
    _created(selection, "d", query)
    return selection


def groups(query: Mapping[str, Any], selection: Selection | None = None) -> Selection:
    """Group filters (alias `g`): status, tags/tag, textSearch, favourite, write, creation days."""
    selection = selection or Selection()
    selection.add("g.deleted = ?", int(query.get("status", "active") == "deleted"))
    names = tag_names(query.get("tags") or query.get("tag") or "")
    if names:
        marks = ", ".join("?" * len(names))
        selection.add(
            "g.id IN (SELECT gt.group_id FROM group_tags gt JOIN tags t ON t.id = gt.tag_id"
            f" WHERE t.name COLLATE NOCASE IN ({marks}))",
            *names,
        )
    _text(selection, ("g.name",), query)
    if "favourite" in query:
        selection.add("g.preferred = ?", int(query["favourite"]))
    if query.get("write") is False:
        selection.add("0")  # the API key's owner may write to every group
    _created(selection, "g", query)
    return selection


def conversions(query: Mapping[str, Any], selection: Selection | None = None) -> Selection:
    """Conversion filters (alias `c`): status, textSearch, creation days."""
    selection = selection or Selection()
    selection.add("c.deleted = ?", int(query.get("status", "active") == "deleted"))
    _text(selection, ("c.name", "json_extract(c.doc, '$.description')"), query)
    _created(selection, "c", query)
    return selection


def guests(query: Mapping[str, Any]) -> Selection:
    selection = Selection()
    _text(selection, ("u.name", "u.email", "u.user_name"), query)
    return selection


def order_by(query: Mapping[str, Any], fields: Mapping[str, str]) -> str:
    column = sort_field(query, fields)
    direction = "DESC" if query.get("sortDirection") == "desc" else "ASC"
    tiebreak = next(iter(fields.values()))
    return f"{column} {direction}, {tiebreak} {direction}"


def sort_field(query: Mapping[str, Any], fields: Mapping[str, str]) -> str:
    """The column of the requested sort field; the default (the first field, the id) for any other name."""
    default = next(iter(fields.values()))
    return fields.get(query.get("sortBy", ""), default)


def page(query: Mapping[str, Any]) -> tuple[int, int]:
    """(offset, limit); the spec's bounds (offset >= 0, limit >= 1) are checked before a handler runs."""
    return query.get("offset", 0), query.get("limit", DEFAULT_LIMIT)
