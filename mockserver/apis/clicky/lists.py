"""Chronological types, newest first: visitors-list, actions-list, searches/links recent and unique, uptime.

Items may hold "" for an empty field; `answers.finish_item` drops those unless `null_values=1`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote_plus

from mockserver.apis.clicky.periods import Period, time_pretty
from mockserver.apis.clicky.seed import SITE
from mockserver.apis.clicky.store import SITE_ID, Action, ClickyStore, Outage, UptimeCheck, Visit

Item = dict[str, Any]
STATS = "https://clicky.com/stats"


def _custom(custom: Mapping[str, tuple[str, ...]], multi_values: bool) -> dict[str, Any]:
    return {key: list(values) if multi_values else values[-1] for key, values in custom.items() if values}


def session_url(session_id: int) -> str:
    return f"{STATS}/visitors?site_id={SITE_ID}&session_id={session_id}"


def visitor_item(v: Visit, multi_values: bool) -> Item:
    item: Item = {
        "time": str(v.started_at),
        "time_pretty": time_pretty(v.started_at),
        "time_total": str(v.duration),
        "ip_address": v.ip_address,
        "uid": v.uid,
        "session_id": str(v.session_id),
        "actions": str(v.actions),
        "total_visits": str(v.visit_number),
        "first_visit": {"time": str(v.first_time), "session_id": str(v.first_session)},
        "landing_page": SITE + v.landing_page,
        "web_browser": v.web_browser,
        "operating_system": v.operating_system,
        "screen_resolution": v.screen_resolution,
        "javascript": v.javascript,
        "language": v.language,
        "referrer_url": v.referrer_url,
        "referrer_domain": v.referrer_domain,
        "referrer_search": v.referrer_search,
        "referrer_type": v.referrer_type,
        "geolocation": v.geolocation,
        "country_code": v.country_code,
        "latitude": v.latitude,
        "longitude": v.longitude,
        "hostname": v.hostname,
        "organization": v.organization,
        "campaign": v.campaign,
    }
    if v.goals_completed or v.goals_incompleted:
        # The vendor's key names (seed 002, lines 373-381); the spec's VisitorGoals x-decision explains why.
        goals: Item = {"goals_completed": list(v.goals_completed), "goals_incompleted": list(v.goals_incompleted)}
        if v.goals_completed:
            goals |= {"revenue": f"{v.revenue:.2f}", "cost": f"{v.cost:.2f}"}
        item["goals"] = {key: value for key, value in goals.items() if value}
    if v.custom:
        item["custom"] = _custom(v.custom, multi_values)
    item["stats_url"] = session_url(v.session_id)
    return item


def only_details(item: Item, details: Sequence[str] | None) -> Item:
    """`visitor-details`: just the named fields (names that are no field are ignored)."""
    if details is None:
        return item
    return {key: value for key, value in item.items() if key in details}


def action_item(a: Action, multi_values: bool) -> Item:
    item: Item = {
        "time": str(a.at),
        "time_pretty": time_pretty(a.at),
        "ip_address": a.ip_address,
        "uid": a.uid,
        "session_id": str(a.session_id),
        "action_type": a.action_type,
        "action_title": a.title,
        "action_url": a.url,
        "referrer_url": a.referrer_url,
        "referrer_domain": a.referrer_domain,
        "referrer_search": a.referrer_search,
    }
    if a.custom:
        item["custom"] = _custom(a.custom, multi_values)
    item["stats_url"] = session_url(a.session_id)
    return item


def _referrals(
    visits: Iterable[Visit],
    value_of: Callable[[Visit], str],
    store: ClickyStore,
    column: str,
    unique: bool,
    filter_key: str,
) -> list[Item]:
    chosen = [v for v in visits if value_of(v)]
    if unique:
        first = store.first_seen(column, (value_of(v) for v in chosen))
        chosen = [v for v in chosen if first.get(value_of(v)) == v.started_at]
    return [
        {
            "time": str(v.started_at),
            "time_pretty": time_pretty(v.started_at),
            "item": value_of(v),
            "stats_url": f"{STATS}/visitors?site_id={SITE_ID}&{filter_key}={quote_plus(value_of(v))}",
        }
        for v in sorted(chosen, key=lambda v: (-v.started_at, -v.session_id))
    ]


def searches(visits: Iterable[Visit], store: ClickyStore, unique: bool) -> list[Item]:
    return _referrals(visits, lambda v: v.referrer_search, store, "referrer_search", unique, "search")


def links(visits: Iterable[Visit], store: ClickyStore, unique: bool) -> list[Item]:
    def linked_url(v: Visit) -> str:
        return v.referrer_url if v.referrer_type not in ("", "search") else ""

    return _referrals(visits, linked_url, store, "referrer_url", unique, "link")


def _check_fields(check: UptimeCheck) -> Item:
    return {"name": check.name, "endpoint": check.endpoint, "interval": check.interval, "type": check.type}


def _seconds_down(outage: Outage, period: Period, now: int) -> int:
    up = outage.up_at if outage.up_at is not None else now
    return max(0, min(up, period.end, now) - max(outage.down_at, period.start))


def uptime(store: ClickyStore, period: Period, now: int) -> list[Item]:
    outages = store.outages_overlapping(period.start, min(period.end, now + 1))
    observed = max(1, min(period.end, now) - period.start)
    items = []
    for check in store.uptime_checks():
        own = [o for o in outages if o.check_id == check.id]
        down = sum(_seconds_down(o, period, now) for o in own)
        items.append(
            _check_fields(check)
            | {
                "is_down": "1" if any(o.up_at is None and o.down_at <= now for o in own) else "0",
                "event_count": str(len(own)),
                "total_seconds_down": str(down),
                "uptime_percentage": f"{max(0.0, 100.0 * (observed - down) / observed):.2f}",
            }
        )
    return items


def uptime_events(store: ClickyStore, period: Period, now: int) -> list[Item]:
    checks = {check.id: check for check in store.uptime_checks()}
    items = []
    for outage in store.outages_overlapping(period.start, min(period.end, now + 1)):
        up = outage.up_at if outage.up_at is not None else now
        items.append(
            _check_fields(checks[outage.check_id])
            | {
                "down_at": str(outage.down_at),
                "up_at": str(outage.up_at) if outage.up_at is not None else "",
                "seconds_down": str(up - outage.down_at),
            }
        )
    return items
