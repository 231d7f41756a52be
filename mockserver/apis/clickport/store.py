"""ClickportStore: sessions, pageviews, events, goals and the event quota in SQLite.

A session belongs to a visitor identity (IP + User-Agent + UTC day, hashed, like privacy-first analytics
without cookies) and ends after 30 minutes without a hit. Timestamps are UTC seconds since the epoch.
Reads are cached (`ReadCache`) until the next write, and every write goes through this class, which clears it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mockserver.apis.clickport import grouping, report, traffic
from mockserver.apis.clickport.read_cache import ReadCache
from mockserver.apis.clickport.schema import SCHEMA, SESSION_COLUMNS
from mockserver.clock import MockClock

SESSION_TIMEOUT = 30 * 60
VENDOR_EVENT_LIMIT = 60
# Rows and groups kept between writes over all cached reads: a few dozen megabytes at most.
READ_CACHE_BUDGET = 100_000


@dataclass(frozen=True, slots=True)
class EventOutcome:
    session_id: int
    page_visit_id: str
    recorded: bool


@dataclass(frozen=True, slots=True)
class GoalTotals:
    id: int
    name: str
    type: str
    visitors: int
    conversions: int
    revenue: float | None


class ClickportStore:
    def __init__(self, connection: sqlite3.Connection, clock: MockClock, seed: int, event_limit: int) -> None:
        self.connection = connection
        self.clock = clock
        self.seed = seed
        self.event_limit = event_limit
        self._reads = ReadCache(READ_CACHE_BUDGET)

    @staticmethod
    def create_schema(connection: sqlite3.Connection) -> None:
        connection.executescript(SCHEMA)

    def page_visit_id(self, kind: str, row_id: int) -> str:
        """Stable under --seed: derived from the seed and the row, not from a random source."""
        return hashlib.sha256(f"{self.seed}:{kind}:{row_id}".encode()).hexdigest()[:8]

    def table(self, part: grouping.Slice) -> report.Table:
        """The groups of one `/api/query` result with their metrics (see `grouping.measure_groups`)."""
        return self._reads.get(("table", part), lambda: report.tabulate(grouping.measure_groups(self.connection, part)))

    def active_sessions(self, since: float, until: float) -> tuple[sqlite3.Row, ...]:
        return self._reads.get(("active_sessions", since, until), lambda: self._active_sessions(since, until))

    def _active_sessions(self, since: float, until: float) -> tuple[sqlite3.Row, ...]:
        return tuple(
            self.connection.execute(
                "SELECT *, last_seen - started_at AS duration FROM sessions"
                " WHERE last_seen >= ? AND started_at <= ? ORDER BY last_seen DESC, id DESC",
                (since, until),
            )
        )

    def goal_totals(self, start: float, end: float) -> tuple[GoalTotals, ...]:
        return self._reads.get(("goal_totals", start, end), lambda: self._goal_totals(start, end))

    def _goal_totals(self, start: float, end: float) -> tuple[GoalTotals, ...]:
        rows = self.connection.execute(
            """
            SELECT g.id, g.name, g.type,
                   COUNT(DISTINCT e.session_id) AS visitors, COUNT(e.id) AS conversions,
                   SUM(e.revenue_amount) AS revenue
            FROM goals g LEFT JOIN events e
              ON e.type = g.event_type AND (g.event_name IS NULL OR e.name = g.event_name)
             AND e.at >= ? AND e.at < ?
            GROUP BY g.id ORDER BY g.id
            """,
            (start, end),
        ).fetchall()
        return tuple(
            GoalTotals(r["id"], r["name"], r["type"], r["visitors"], r["conversions"], r["revenue"]) for r in rows
        )

    def insert_goals(self, goals: Iterable[tuple[int, str, str, str, str | None]]) -> None:
        self._reads.clear()
        self.connection.executemany("INSERT INTO goals VALUES (?, ?, ?, ?, ?)", goals)

    def record_event(self, event: Mapping[str, Any], ip: str, user_agent: str) -> EventOutcome:
        """Store one hit of `POST /api/event`, or drop it silently when the IP used up this minute's quota."""
        self._reads.clear()
        now = self.clock.timestamp()
        visitor = self._visitor(ip, user_agent, now)
        session = self.connection.execute(
            "SELECT id FROM sessions WHERE visitor = ? AND last_seen >= ? ORDER BY last_seen DESC LIMIT 1",
            (visitor, now - SESSION_TIMEOUT),
        ).fetchone()
        if not self._take_quota(ip, now):
            # Indistinguishable from a recorded hit, as the vendor answers; nothing is written.
            session_id = session["id"] if session else self._next_id("sessions")
            return EventOutcome(session_id, self.page_visit_id("dropped", self._next_id("pageviews")), False)
        page = traffic.page_path(event["url"])
        session_id = session["id"] if session else self._open_session(event, visitor, ip, user_agent, now, page)
        kind = event.get("type", "pageview")
        if kind == "pageview":
            row_id = self._next_id("pageviews")
            visit_id = self.page_visit_id("pageview", row_id)
            self.connection.execute(
                "INSERT INTO pageviews (id, session_id, page_visit_id, at, page, scroll) VALUES (?, ?, ?, ?, ?, 0)",
                (row_id, session_id, visit_id, now, page),
            )
            self.connection.execute(
                "UPDATE sessions SET pageviews = pageviews + 1, exit_page = ?, last_seen = ? WHERE id = ?",
                (page, now, session_id),
            )
            return EventOutcome(session_id, visit_id, True)
        visit_id = self._current_visit(session_id) or self.page_visit_id("event", self._next_id("events"))
        meta = dict(zip(event.get("meta_keys", []), event.get("meta_values", []), strict=True))
        self.connection.execute(
            "INSERT INTO events (session_id, page_visit_id, at, type, name, page, revenue_amount, revenue_currency,"
            " meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id, visit_id, now, kind, event.get("name"), page, event.get("revenue_amount"),
                event.get("revenue_currency"), json.dumps(meta) if meta else None,
            ),
        )  # fmt: skip
        clicked = 1 if kind == "click" else 0
        self.connection.execute(
            "UPDATE sessions SET last_seen = ?, clicked = MAX(clicked, ?), outbound = MAX(outbound, ?) WHERE id = ?",
            (now, clicked, clicked, session_id),
        )
        return EventOutcome(session_id, visit_id, True)

    def insert_sessions(self, sessions: Sequence[Mapping[str, Any]]) -> None:
        columns = (
            "id",
            "visitor",
            "started_at",
            "last_seen",
            *SESSION_COLUMNS,
            "pageviews",
            "max_scroll",
            "clicked",
            "outbound",
        )
        self._reads.clear()
        self.connection.executemany(
            f"INSERT INTO sessions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(session[column] for column in columns) for session in sessions],
        )

    def insert_pageviews(self, rows: Iterable[tuple[int, int, str, float, str, int]]) -> None:
        self._reads.clear()
        self.connection.executemany("INSERT INTO pageviews VALUES (?, ?, ?, ?, ?, ?)", rows)

    def insert_events(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self._reads.clear()
        self.connection.executemany(
            "INSERT INTO events (session_id, page_visit_id, at, type, name, page, revenue_amount, revenue_currency,"
            " meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _visitor(self, ip: str, user_agent: str, now: float) -> str:
        day = datetime.fromtimestamp(now, UTC).date().isoformat()
        return hashlib.sha256(f"{day}|{ip}|{user_agent}".encode()).hexdigest()[:16]

    def _take_quota(self, ip: str, now: float) -> bool:
        used = self.connection.execute(
            "INSERT INTO event_quota (ip, minute, used) VALUES (?, ?, 1)"
            " ON CONFLICT (ip, minute) DO UPDATE SET used = used + 1 RETURNING used",
            (ip, int(now // 60)),
        ).fetchone()[0]
        return int(used) <= self.event_limit

    def _next_id(self, table: str) -> int:
        return int(self.connection.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])

    def _current_visit(self, session_id: int) -> str | None:
        row = self.connection.execute(
            "SELECT page_visit_id FROM pageviews WHERE session_id = ? ORDER BY at DESC, id DESC LIMIT 1", (session_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def _open_session(
        self, event: Mapping[str, Any], visitor: str, ip: str, user_agent: str, now: float, page: str
    ) -> int:
        agent = traffic.parse_user_agent(user_agent)
        origin = traffic.acquisition(event.get("referrer"), event.get("utm_source"), event.get("utm_medium"))
        country, region, city = traffic.locate(ip)
        width = event.get("screen_width")
        session_id = self._next_id("sessions")
        self.insert_sessions(
            [
                {
                    "id": session_id, "visitor": visitor, "started_at": now, "last_seen": now,
                    "source": origin.source, "channel": origin.channel, "referrer_url": origin.referrer_url,
                    "utm_source": event.get("utm_source"), "utm_medium": event.get("utm_medium"),
                    "utm_campaign": event.get("utm_campaign"), "utm_content": None, "utm_term": None,
                    "entry_page": page, "exit_page": page, "country": country, "region": region, "city": city,
                    "device": traffic.device_class(width, agent), "browser": agent.browser,
                    "browser_version": agent.browser_version, "os": agent.os, "os_version": agent.os_version,
                    "screen": str(width) if width is not None else None,
                    "pageviews": 0, "max_scroll": 0, "clicked": 0, "outbound": 0,
                }
            ]
        )  # fmt: skip
        return session_id
