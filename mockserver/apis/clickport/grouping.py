"""Measures pageviews per group in SQLite: the filters, the GROUP BY and the per-group sums of `/api/query`.

Pageviews are grouped by the requested dimensions and, inside each group, by session, so that session
measures (visitors, bounce, duration, clickers) count each session once per group. A filter is decided in
Python (`Condition.holds`) on the distinct values its dimension takes in the window, and the accepted
values then filter the rows in SQL: the vendor's matching rules live in one place, the rows stay in SQLite.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from mockserver.apis.clickport import local_time
from mockserver.apis.clickport.report import (
    BOUNCE_MAX_SCROLL,
    BOUNCE_MAX_SECONDS,
    TIME_DIMENSIONS,
    Condition,
    GroupKey,
    Measures,
)
from mockserver.apis.clickport.schema import SESSION_COLUMNS

_COLUMNS = {"page": "p.page", **{column: f"s.{column}" for column in SESSION_COLUMNS}}
_ROWS = "FROM pageviews p JOIN sessions s ON s.id = p.session_id WHERE p.at >= :start AND p.at < :end"
# Per session, constant within the inner GROUP BY (which groups by s.id).
_SESSION_MEASURES = """
    s.pageviews <= 1 AND NOT s.outbound AND s.max_scroll < :bounce_max_scroll
        AND s.last_seen - s.started_at < :bounce_max_seconds AS bounced,
    s.last_seen - s.started_at AS duration,
    s.clicked <> 0 AS clicked
"""


@dataclass(frozen=True, slots=True)
class Slice:
    """What one `/api/query` result is computed from: a window [start, end), its zone, grouping and filters."""

    start: float
    end: float
    tz: tzinfo
    dimensions: tuple[str, ...]
    conditions: tuple[Condition, ...]


def measure_groups(connection: sqlite3.Connection, part: Slice) -> tuple[tuple[GroupKey, Measures], ...]:
    """Every non-empty group of `part` with its measures; a slice without dimensions has one group, key ()."""
    parameters: dict[str, Any] = {
        "start": part.start,
        "end": part.end,
        "bounce_max_scroll": BOUNCE_MAX_SCROLL,
        "bounce_max_seconds": BOUNCE_MAX_SECONDS,
    }
    first, last = connection.execute(
        "SELECT MIN(at), MAX(at) FROM pageviews WHERE at >= ? AND at < ?", (part.start, part.end)
    ).fetchone()
    if first is None:
        return ()
    # Time labels (in groups and in filters alike) need the zone's offsets only where rows are, not over a
    # window of centuries: the work follows the rows, not the days.
    occupied = dataclasses.replace(part, start=first, end=last + 1)
    filters = ""
    for index, condition in enumerate(part.conditions):
        name = f"accepted_{index}"
        sql, parameters[name] = _accepted(connection, occupied, condition, name)
        filters += f" AND {sql}"
    keys = [f"k{index}" for index in range(len(part.dimensions))]
    key_columns = "".join(
        f"{_dimension_sql(occupied, dimension)} AS {key}, "
        for key, dimension in zip(keys, part.dimensions, strict=True)
    )
    group_by = "".join(f"{key}, " for key in keys)
    rows = connection.execute(
        f"""
        SELECT {group_by} COUNT(*) AS sessions, SUM(pageviews) AS pageviews, SUM(scroll) AS scroll_total,
               SUM(bounced) AS bounced, SUM(duration) AS duration, SUM(clicked) AS clickers
        FROM (
            SELECT {key_columns} COUNT(*) AS pageviews, SUM(p.scroll) AS scroll, {_SESSION_MEASURES}
            {_ROWS}{filters}
            GROUP BY {group_by} s.id
        )
        {f"GROUP BY {group_by.removesuffix(', ')}" if keys else ""}
        """,
        parameters,
    ).fetchall()
    # Without dimensions the outer query always answers one row, empty (0 sessions) when nothing matched.
    return tuple(
        (
            tuple(row[key] for key in keys),
            Measures(
                row["pageviews"], row["scroll_total"], row["sessions"], row["bounced"], row["duration"], row["clickers"]
            ),
        )
        for row in rows
        if row["sessions"]
    )


def _dimension_sql(part: Slice, dimension: str) -> str:
    if dimension in TIME_DIMENSIONS:
        return local_time.label_sql(dimension, part.tz, part.start, part.end, "p.at")
    return _COLUMNS[dimension]


def _accepted(connection: sqlite3.Connection, part: Slice, condition: Condition, name: str) -> tuple[str, str]:
    """SQL that keeps the rows whose value of the condition's dimension the condition accepts, and the value
    of its parameter `name`: the accepted values as a JSON array. `part` spans the rows that exist."""
    value = _dimension_sql(part, condition.dimension)
    present = connection.execute(f"SELECT DISTINCT {value} {_ROWS}", {"start": part.start, "end": part.end}).fetchall()
    accepted = [row[0] for row in present if condition.holds(row[0])]
    missing = f" OR {value} IS NULL" if None in accepted else ""
    listed = json.dumps([text for text in accepted if text is not None])
    return f"({value} IN (SELECT value FROM json_each(:{name})){missing})", listed
