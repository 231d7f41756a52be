"""Totals computed from the stored hits: aggregated results, per-period lists, per-entity rows, top reports.

All of them read the same hits through the same `Scope`, so the numbers agree across endpoints: clicks and
views count every hit (spiders included; `spiderHitsCount` says how many were spiders), conversions count
converted clicks. Not documented by the vendor, chosen here: hourly keys are `"00"`..`"23"`; a list over
`today` or `yesterday` without `groupBy` has one entry per hour; empty periods are listed with zeros;
weeks start on Monday; report entries are ordered by total hits, most first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from mockserver.apis.clickmeter.hits import Scope, with_filter
from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.timeframes import HOURLY_FRAMES, DayRange
from mockserver.apis.clickmeter.wire import day_text, timestamp

_TOTALS = """
COUNT(CASE WHEN h.type = 'click' THEN 1 END) AS totalClicks,
COUNT(CASE WHEN h.type = 'click' AND h.is_unique THEN 1 END) AS uniqueClicks,
COUNT(CASE WHEN h.type = 'view' THEN 1 END) AS totalViews,
COUNT(CASE WHEN h.type = 'view' AND h.is_unique THEN 1 END) AS uniqueViews,
COUNT(CASE WHEN h.is_spider THEN 1 END) AS spiderHitsCount,
COUNT(CASE WHEN h.is_spider AND h.type = 'click' THEN 1 END) AS spiderClicks,
COUNT(CASE WHEN h.is_spider AND h.type = 'view' THEN 1 END) AS spiderViews,
COUNT(h.conversion_id) AS convertedClicks,
COUNT(CASE WHEN h.conversion_id IS NOT NULL AND h.is_unique THEN 1 END) AS uniqueConversions,
COALESCE(SUM(h.conversion_value), 0) AS conversionsValue,
COALESCE(SUM(h.conversion_cost), 0) AS conversionsCost,
COALESCE(SUM(h.conversion_commission), 0) AS commissionsCost,
MAX(h.at) AS lastHit
"""
COUNTS = (
    "totalClicks",
    "uniqueClicks",
    "totalViews",
    "uniqueViews",
    "spiderHitsCount",
    "convertedClicks",
    "uniqueConversions",
)
AMOUNTS = ("conversionsValue", "conversionsCost", "commissionsCost")
_BUCKETS = {
    "hour": "strftime('%Y%m%d%H', h.at, 'unixepoch')",
    "day": "strftime('%Y%m%d', h.at, 'unixepoch')",
    "week": "strftime('%Y%m%d', h.at, 'unixepoch', 'weekday 0', '-6 days')",
    "month": "strftime('%Y%m01', h.at, 'unixepoch')",
}
_FROM = "FROM hits h JOIN datapoints d ON d.id = h.datapoint_id"


def grouped(store: ClickmeterStore, scope: Scope, start: int, end: int, key: str) -> dict[Any, sqlite3.Row]:
    """Totals of the scope's hits in [start, end) per value of the SQL expression `key`."""
    rows = store.db.execute(
        f"SELECT {key} AS k, {_TOTALS} {_FROM} WHERE {scope.condition} AND h.at >= ? AND h.at < ? GROUP BY k",
        (*scope.parameters, start, end),
    ).fetchall()
    return {row["k"]: row for row in rows}


def result(row: sqlite3.Row | None, first: date, last: date) -> dict[str, Any]:
    """An AggregatedResult for the days `first`..`last` (zeros when there were no hits)."""
    answer: dict[str, Any] = {"fromDay": f"{day_text(first)}000000", "toDay": f"{day_text(last)}235959"}
    for name in COUNTS:
        answer[name] = int(row[name]) if row is not None else 0
    for name in AMOUNTS:
        answer[name] = round(float(row[name]), 2) if row is not None else 0.0
    if row is not None and row["lastHit"] is not None:
        answer["lastHitDate"] = timestamp(row["lastHit"])
    return answer


def aggregated(store: ClickmeterStore, scope: Scope, days: DayRange, hourly: bool) -> dict[str, Any]:
    answer = result(grouped(store, scope, days.start, days.end, "1").get(1), days.first, days.last)
    if hourly:
        per_hour = grouped(store, scope, days.start, days.end, "strftime('%H', h.at, 'unixepoch')")
        answer["hourlyBreakDown"] = {
            f"{hour:02d}": result(per_hour.get(f"{hour:02d}"), days.first, days.last) for hour in range(24)
        }
    return answer


def aggregated_list(store: ClickmeterStore, scope: Scope, days: DayRange, group_by: str | None) -> dict[str, Any]:
    unit = group_by or ("hour" if days.frame in HOURLY_FRAMES else "day")
    rows = grouped(store, scope, days.start, days.end, _BUCKETS[unit])
    entities = []
    for key, first, last in _periods(days, unit):
        entry = result(rows.get(key), first, last)
        entry["activityDay"] = f"{key}0000" if unit == "hour" else f"{key}000000"
        entities.append(entry)
    return {"entities": entities}


def _periods(days: DayRange, unit: str) -> Iterable[tuple[str, date, date]]:
    """(bucket key, first day, last day) of every period the range touches, clipped to the range."""
    if unit == "hour":
        return [(f"{day_text(day)}{hour:02d}", day, day) for day in days.days() for hour in range(24)]
    spans: dict[str, list[date]] = {}
    for day in days.days():
        if unit == "day":
            key = day_text(day)
        elif unit == "week":
            key = day_text(day - timedelta(days=day.weekday()))
        else:
            key = day_text(day.replace(day=1))
        spans.setdefault(key, []).append(day)
    return [(key, members[0], members[-1]) for key, members in spans.items()]


def entity_rows(
    store: ClickmeterStore, scope: Scope, days: DayRange, key: str, entities: Iterable[tuple[int, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """One AggregatedResult per entity (id, entityData), totals grouped by the SQL expression `key`."""
    totals = grouped(store, scope, days.start, days.end, key)
    rows = []
    for entity_id, data in entities:
        row = result(totals.get(entity_id), days.first, days.last)
        row["entityId"] = str(entity_id)
        row["entityData"] = data
        rows.append(row)
    return rows


# Report type -> SQL expression of the entry it counts under
REPORT_KEYS: Mapping[str, str] = {
    "browsers": "h.browser",
    "browsersfamilies": "h.browser_family",
    "platforms": "h.platform",
    "cities": "h.city",
    "countries": "h.country",
    "isps": "h.isp",
    "ips": "h.ip",
    "oss": "h.os",
    "ossfamilies": "h.os_family",
    "keywords": "h.keyword",
    "referrers": "h.referrer",
    "destinations": "h.destination",
    "languages": "h.language",
    "params": "h.params",
    "datapoints": "h.datapoint_id",
    "groups": "COALESCE(d.group_id, 0)",
    "convparameters": "h.conversion_param",
}
EMPTY_LABEL = "(none)"


def top_report(
    store: ClickmeterStore, scope: Scope, days: DayRange, report: str, hit_type: str | None
) -> dict[str, Any]:
    if hit_type is not None:
        scope = scope.narrowed("h.type = ?", "click" if hit_type == "clicks" else "view")
    if report == "convparameters":
        scope = with_filter(scope, "conversions")
    rows = grouped(store, scope, days.start, days.end, REPORT_KEYS[report])
    names = _entity_names(store, report)
    data = []
    for key, row in rows.items():
        label = names.get(key, str(key)) if names else (str(key) if key not in ("", None) else EMPTY_LABEL)
        hits, uniques = row["totalClicks"] + row["totalViews"], row["uniqueClicks"] + row["uniqueViews"]
        item = {
            "id": str(key) if key not in ("", None) else EMPTY_LABEL,
            "entityData": {"name": label},
            "totalHits": hits,
            "uniqueHits": uniques,
            "totalClicks": row["totalClicks"],
            "uniqueClicks": row["uniqueClicks"],
            "totalViews": row["totalViews"],
            "uniqueViews": row["uniqueViews"],
            "spiderHits": row["spiderHitsCount"],
            "spiderClicks": row["spiderClicks"],
            "spiderViews": row["spiderViews"],
            "totalConversions": row["convertedClicks"],
            "totalConversionsValue": round(row["conversionsValue"], 2),
            "totalConversionsCost": round(row["conversionsCost"], 2),
            "totalCommissionsCost": round(row["commissionsCost"], 2),
        }
        if row["lastHit"] is not None:
            item["lastHitDate"] = timestamp(row["lastHit"])
        data.append(item)
    data.sort(key=lambda item: (-item["totalHits"], item["id"]))
    return {"key": report, "createdAt": timestamp(store.now()), "data": data}


def _entity_names(store: ClickmeterStore, report: str) -> dict[Any, str]:
    if report == "datapoints":
        return {row["id"]: row["name"] for row in store.db.execute("SELECT id, name FROM datapoints")}
    if report == "groups":
        return {0: "(no group)", **{row["id"]: row["name"] for row in store.db.execute("SELECT id, name FROM groups")}}
    return {}
