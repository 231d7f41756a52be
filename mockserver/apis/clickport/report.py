"""Turns measured groups into `/api/query` answers: the metrics' formulas, ordering and paging.

Grouping is per pageview (so a breakdown by `page` sums to the aggregate's pageviews); session measures
(visitors, bounce, duration, clickers) count each session once per group. The grouping itself runs in
SQLite (`grouping`); this module only does what is per group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

TIME_DIMENSIONS = ("hour", "date", "week", "month")
# Bounce per the vendor: at most one pageview, no outbound click, scrolled under 25 %, under 15 seconds.
BOUNCE_MAX_SCROLL = 25
BOUNCE_MAX_SECONDS = 15

GroupKey = tuple[str | None, ...]
MetricValues = dict[str, float | int]
Table = tuple[tuple[GroupKey, MetricValues], ...]


@dataclass(frozen=True, slots=True)
class Condition:
    dimension: str
    operator: str
    values: tuple[str, ...]

    def holds(self, value: str | None) -> bool:
        text = value or ""
        if self.operator == "is":
            return text in self.values
        if self.operator == "is_not":
            return text not in self.values
        lowered = text.lower()
        found = any(candidate.lower() in lowered for candidate in self.values)
        return found if self.operator == "contains" else not found


@dataclass(frozen=True, slots=True)
class Measures:
    """One group's raw sums: its pageviews, and its distinct sessions counted once each."""

    pageviews: int = 0
    scroll_total: int = 0
    sessions: int = 0
    bounced: int = 0
    duration: float = 0
    clickers: int = 0

    def metrics(self) -> MetricValues:
        sessions = self.sessions
        return {
            "visitors": sessions,
            "sessions": sessions,
            "pageviews": self.pageviews,
            "views_per_visit": round(self.pageviews / sessions, 2) if sessions else 0,
            "bounce_rate": round(100 * self.bounced / sessions) if sessions else 0,
            "avg_duration": round(self.duration / sessions) if sessions else 0,
            "avg_scroll": round(self.scroll_total / self.pageviews) if self.pageviews else 0,
            "clickers": self.clickers,
        }


def tabulate(groups: Iterable[tuple[GroupKey, Measures]]) -> Table:
    """Every group's metrics, in key order (a missing value after all others); what queries are answered from."""
    measured = [(key, measures.metrics()) for key, measures in groups]
    measured.sort(key=lambda item: tuple((value is None, value or "") for value in item[0]))
    return tuple(measured)


def aggregate(table: Table, metrics: Sequence[str]) -> dict[str, Any]:
    """The metrics of the one group a query without dimensions has (all zero when nothing matched)."""
    values = table[0][1] if table else Measures().metrics()
    return {metric: values[metric] for metric in metrics}


@dataclass(frozen=True, slots=True)
class Breakdown:
    dimensions: tuple[str, ...]
    metrics: tuple[str, ...]
    order_by: str | None
    descending: bool
    limit: int
    offset: int


def breakdown(table: Table, query: Breakdown) -> list[dict[str, Any]]:
    measured = list(table)
    time_series = any(dimension in TIME_DIMENSIONS for dimension in query.dimensions)
    if query.order_by is not None or not time_series:
        # Time series keep time order unless told otherwise (the vendor's example is in date order).
        order_by = query.order_by or query.metrics[0]
        measured.sort(key=lambda item: item[1][order_by], reverse=query.descending)
    page = measured[query.offset : query.offset + query.limit]
    return [
        {**dict(zip(query.dimensions, key, strict=True)), **{metric: values[metric] for metric in query.metrics}}
        for key, values in page
    ]
