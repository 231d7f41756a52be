"""ClickyStore: one site's visits, actions, uptime checks and alerts in SQLite.

A visit (Clicky's "visitor" session) never crosses midnight UTC, so counting visits by start time and
actions by their own time agree for every date range: `actions` of a day equals the day's `actions-list`.
Times are Unix seconds (UTC); the site's time zone is UTC.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from clickapis.catalog import api
from mockserver.apis.clicky.answer_cache import AnswerCache
from mockserver.clock import MockClock

SITE_ID = api("clicky").credential("site_id").demo_value  # the seeded site: its stats URLs name it


@dataclass(frozen=True, slots=True)
class Visit:
    session_id: int
    uid: str
    ip_address: str
    started_at: int
    duration: int
    actions: int
    visit_number: int
    first_time: int
    first_session: int
    landing_page: str
    exit_page: str
    web_browser: str
    browser_version: str
    operating_system: str
    screen_resolution: str
    hardware: str
    javascript: str
    language: str
    referrer_url: str
    referrer_domain: str
    referrer_search: str
    referrer_type: str
    search_rank: str
    country_code: str
    country: str
    region: str
    city: str
    latitude: str
    longitude: str
    hostname: str
    organization: str
    campaign: str
    split_test: str
    shorturl: str
    goals_completed: tuple[str, ...]
    goals_incompleted: tuple[str, ...]
    revenue: float
    cost: float
    custom: Mapping[str, tuple[str, ...]]
    heatmap: int

    @property
    def ended_at(self) -> int:
        return self.started_at + self.duration

    @property
    def geolocation(self) -> str:
        if self.country_code == "us":
            return f"{self.city}, {self.region}, USA"
        return f"{self.city}, {self.country}"


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    session_id: int
    at: int
    action_type: str
    """pageview, download, outbound, click, search, video_play (the vendor's `action_type` values)."""
    title: str
    url: str
    referrer_url: str
    referrer_domain: str
    referrer_search: str
    custom: Mapping[str, tuple[str, ...]]
    uid: str = ""
    ip_address: str = ""


@dataclass(frozen=True, slots=True)
class UptimeCheck:
    id: int
    name: str
    endpoint: str
    interval: str
    type: str


@dataclass(frozen=True, slots=True)
class Outage:
    check_id: int
    down_at: int
    up_at: int | None
    """None while the check is still down."""


_JSON_FIELDS = {"goals_completed", "goals_incompleted", "custom"}
_VISIT_COLUMNS = tuple(field.name for field in fields(Visit))
_VISIT_TYPES = {field.name: "INTEGER" if field.type == "int" else "TEXT" for field in fields(Visit)}
_ACTION_COLUMNS = tuple(field.name for field in fields(Action) if field.name not in ("uid", "ip_address"))


SCHEMA = f"""
CREATE TABLE visits ({", ".join(f"{name} {_VISIT_TYPES[name]}" for name in _VISIT_COLUMNS)},
    PRIMARY KEY (session_id));
CREATE INDEX visits_by_start ON visits (started_at);
CREATE TABLE actions (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES visits (session_id),
    at INTEGER NOT NULL, action_type TEXT, title TEXT, url TEXT, referrer_url TEXT, referrer_domain TEXT,
    referrer_search TEXT, custom TEXT);
CREATE INDEX actions_by_time ON actions (at);
CREATE TABLE uptime_checks (id INTEGER PRIMARY KEY, name TEXT, endpoint TEXT, interval TEXT, type TEXT);
CREATE TABLE outages (check_id INTEGER REFERENCES uptime_checks (id), down_at INTEGER, up_at INTEGER);
CREATE TABLE alerts (alert_id TEXT PRIMARY KEY, session_id INTEGER REFERENCES visits (session_id));
"""


def _to_column(name: str, value: Any) -> Any:
    if name in _JSON_FIELDS:
        return json.dumps(value if name != "custom" else {key: list(values) for key, values in value.items()})
    return value


def _visit(row: sqlite3.Row) -> Visit:
    values = dict(zip(_VISIT_COLUMNS, row, strict=True))
    values["goals_completed"] = tuple(json.loads(values["goals_completed"]))
    values["goals_incompleted"] = tuple(json.loads(values["goals_incompleted"]))
    values["custom"] = {key: tuple(items) for key, items in json.loads(values["custom"]).items()}
    values["revenue"] = float(values["revenue"])
    values["cost"] = float(values["cost"])
    return Visit(**values)


class ClickyStore:
    """Reads for the report computations; writes only while seeding."""

    def __init__(self, connection: sqlite3.Connection, clock: MockClock) -> None:
        self.connection = connection
        self.clock = clock
        self.answers = AnswerCache()  # safe: nothing writes after seeding, and a reset opens a new store

    @staticmethod
    def create_schema(connection: sqlite3.Connection) -> None:
        connection.executescript(SCHEMA)

    def insert_visits(self, visits: Iterable[Visit]) -> None:
        placeholders = ", ".join("?" * len(_VISIT_COLUMNS))
        self.connection.executemany(
            f"INSERT INTO visits ({', '.join(_VISIT_COLUMNS)}) VALUES ({placeholders})",
            # getattr, not dataclasses.astuple: astuple deep-copies every nested value (8 s of a 10 s seeding).
            ([_to_column(name, getattr(visit, name)) for name in _VISIT_COLUMNS] for visit in visits),
        )

    def insert_actions(self, actions: Iterable[Action]) -> None:
        placeholders = ", ".join("?" * len(_ACTION_COLUMNS))
        self.connection.executemany(
            f"INSERT INTO actions ({', '.join(_ACTION_COLUMNS)}) VALUES ({placeholders})",
            ([_to_column(name, getattr(action, name)) for name in _ACTION_COLUMNS] for action in actions),
        )

    def insert_uptime(self, checks: Sequence[UptimeCheck], outages: Sequence[Outage]) -> None:
        self.connection.executemany("INSERT INTO uptime_checks VALUES (?, ?, ?, ?, ?)", map(astuple, checks))
        self.connection.executemany("INSERT INTO outages VALUES (?, ?, ?)", map(astuple, outages))

    def insert_alerts(self, alerts: Iterable[tuple[str, int]]) -> None:
        self.connection.executemany("INSERT INTO alerts VALUES (?, ?)", alerts)

    def visits_between(self, start: int, end: int) -> list[Visit]:
        """Visits that started in [start, end), oldest first."""
        rows = self.connection.execute(
            f"SELECT {', '.join(_VISIT_COLUMNS)} FROM visits WHERE started_at >= ? AND started_at < ?"
            " ORDER BY started_at, session_id",
            (start, end),
        )
        return [_visit(row) for row in rows]

    def visit(self, session_id: int) -> Visit | None:
        row = self.connection.execute(
            f"SELECT {', '.join(_VISIT_COLUMNS)} FROM visits WHERE session_id = ?", (session_id,)
        ).fetchone()
        return _visit(row) if row else None

    def actions_between(self, start: int, end: int) -> list[Action]:
        """Actions in [start, end), oldest first, with their visit's uid and IP address."""
        rows = self.connection.execute(
            f"SELECT {', '.join('a.' + name for name in _ACTION_COLUMNS)}, v.uid, v.ip_address"
            " FROM actions a JOIN visits v ON v.session_id = a.session_id"
            " WHERE a.at >= ? AND a.at < ? ORDER BY a.at, a.id",
            (start, end),
        )
        return [
            Action(
                **dict(zip(_ACTION_COLUMNS[:-1], row[:9], strict=True)),
                custom={key: tuple(items) for key, items in json.loads(row[9]).items()},
                uid=row[10],
                ip_address=row[11],
            )
            for row in rows
        ]

    def first_seen(self, column: str, values: Iterable[str]) -> dict[str, int]:
        """When each referrer search or URL (`column`) first brought someone to the site."""
        if column not in ("referrer_search", "referrer_url"):
            raise ValueError(f"no first-seen index for {column!r}")
        wanted = sorted(set(values))
        if not wanted:
            return {}
        rows = self.connection.execute(
            f"SELECT {column}, MIN(started_at) FROM visits WHERE {column} IN ({', '.join('?' * len(wanted))})"
            f" GROUP BY {column}",
            wanted,
        )
        return {row[0]: int(row[1]) for row in rows}

    def uptime_checks(self) -> list[UptimeCheck]:
        return [UptimeCheck(*row) for row in self.connection.execute("SELECT * FROM uptime_checks ORDER BY id")]

    def outages_overlapping(self, start: int, end: int) -> list[Outage]:
        """Outages that were down at some point in [start, end), newest first."""
        rows = self.connection.execute(
            "SELECT * FROM outages WHERE down_at < ? AND (up_at IS NULL OR up_at > ?) ORDER BY down_at DESC",
            (end, start),
        )
        return [Outage(*row) for row in rows]

    def alert_session(self, alert_id: str) -> int | None:
        row = self.connection.execute("SELECT session_id FROM alerts WHERE alert_id = ?", (alert_id,)).fetchone()
        return int(row[0]) if row else None
