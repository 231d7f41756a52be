"""ClickmeterStore: the account's entities, their associations and the hit traffic in SQLite.

Entities keep their wire document (JSON) in `doc` next to the columns the filters and joins need; the
columns are the truth for the fields they hold and are written into the document on the way out.
Timestamps are UTC seconds since the epoch. Datapoints, groups and conversions are deleted softly (the
vendor lists them again with `status=deleted`); every other entity is removed.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from mockserver.clock import MockClock
from mockserver.responses import ApiError

SCHEMA = """
CREATE TABLE account (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL);
CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE groups (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, created INTEGER NOT NULL, preferred INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0, notes TEXT, doc TEXT NOT NULL
);
CREATE TABLE datapoints (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, title TEXT, type TEXT NOT NULL, status TEXT NOT NULL,
    preferred INTEGER NOT NULL DEFAULT 0, group_id INTEGER REFERENCES groups (id), created INTEGER NOT NULL,
    notes TEXT, doc TEXT NOT NULL
);
CREATE INDEX datapoints_by_group ON datapoints (group_id);
CREATE TABLE conversions (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, created INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    value REAL NOT NULL DEFAULT 0, notes TEXT, doc TEXT NOT NULL
);
CREATE TABLE datapoint_conversions (
    datapoint_id INTEGER NOT NULL REFERENCES datapoints (id),
    conversion_id INTEGER NOT NULL REFERENCES conversions (id),
    slot INTEGER NOT NULL, PRIMARY KEY (datapoint_id, conversion_id), UNIQUE (datapoint_id, slot)
);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE datapoint_tags (
    datapoint_id INTEGER NOT NULL REFERENCES datapoints (id),
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (datapoint_id, tag_id)
);
CREATE TABLE group_tags (
    group_id INTEGER NOT NULL REFERENCES groups (id), tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, tag_id)
);
CREATE TABLE retargeting_scripts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE datapoint_scripts (
    datapoint_id INTEGER NOT NULL REFERENCES datapoints (id),
    script_id INTEGER NOT NULL REFERENCES retargeting_scripts (id) ON DELETE CASCADE,
    PRIMARY KEY (datapoint_id, script_id)
);
CREATE TABLE guests (
    id INTEGER PRIMARY KEY, name TEXT, email TEXT, user_name TEXT, created INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE TABLE guest_permissions (
    guest_id INTEGER NOT NULL REFERENCES guests (id) ON DELETE CASCADE, entity_type TEXT NOT NULL,
    entity_id INTEGER NOT NULL, level TEXT NOT NULL, PRIMARY KEY (guest_id, entity_type, entity_id)
);
CREATE TABLE domain_whitelist (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE ip_blacklist (id INTEGER PRIMARY KEY, ip TEXT NOT NULL UNIQUE);
CREATE TABLE hits (
    id INTEGER PRIMARY KEY, at INTEGER NOT NULL, datapoint_id INTEGER NOT NULL REFERENCES datapoints (id),
    type TEXT NOT NULL, is_unique INTEGER NOT NULL, is_spider INTEGER NOT NULL, ip TEXT NOT NULL,
    browser TEXT NOT NULL, browser_family TEXT NOT NULL, os TEXT NOT NULL, os_family TEXT NOT NULL,
    platform TEXT NOT NULL, country TEXT NOT NULL, city TEXT NOT NULL, language TEXT NOT NULL, isp TEXT NOT NULL,
    referrer TEXT NOT NULL, keyword TEXT NOT NULL, destination TEXT NOT NULL, params TEXT NOT NULL,
    conversion_id INTEGER REFERENCES conversions (id), conversion_value REAL, conversion_cost REAL,
    conversion_commission REAL, conversion_param TEXT
);
CREATE INDEX hits_by_time ON hits (at, id);
CREATE INDEX hits_by_datapoint ON hits (datapoint_id, at);
CREATE INDEX hits_by_conversion ON hits (conversion_id, at);
"""

# Hits from an IP on the blacklist count nowhere: every query over hits carries this condition.
NOT_BLACKLISTED = "h.ip NOT IN (SELECT ip FROM ip_blacklist)"


class ClickmeterStore:
    def __init__(self, connection: sqlite3.Connection, clock: MockClock, seed: int) -> None:
        self.db = connection
        self.clock = clock
        self.seed = seed

    @staticmethod
    def create_schema(connection: sqlite3.Connection) -> None:
        connection.executescript(SCHEMA)

    def now(self) -> int:
        return int(self.clock.timestamp())

    def next_id(self, table: str) -> int:
        return int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])

    def row(self, table: str, entity_id: int, what: str, live_only: bool = True) -> sqlite3.Row:
        """The row of `table` with this id, or the vendor's 404 (soft-deleted rows count as gone)."""
        row = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", (entity_id,)).fetchone()
        if row is None or (live_only and _is_deleted(row)):
            raise ApiError(404, f"{what} {entity_id} not found")
        return row  # type: ignore[no-any-return]

    def referenced(self, table: str, entity_id: int, what: str, where: str) -> sqlite3.Row:
        """The row a request body names (`where` locates it). Naming what does not exist is a conflict (409):
        a 404 would say the addressed resource itself is gone."""
        try:
            return self.row(table, entity_id, what)
        except ApiError as exc:
            raise ApiError(409, f"{where}: {exc.message}") from exc

    def scalar(self, sql: str, parameters: tuple[Any, ...] = ()) -> Any:
        return self.db.execute(sql, parameters).fetchone()[0]


def document(row: sqlite3.Row) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(row["doc"])
    return loaded


def _is_deleted(row: sqlite3.Row) -> bool:
    keys = row.keys()
    if "deleted" in keys:
        return bool(row["deleted"])
    return "status" in keys and row["status"] == "Deleted"
