"""Popular types: items ranked most to least popular, computed from a `Sample`.

Visit-based types count visits (a visit with no value for the attribute is not counted); action-based
types count actions. `value_percent` is each value's share of all values of the type in the period
(before `filter`, `item` and paging), so the shares of a full list add up to 100 (give or take rounding).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from mockserver.apis.clicky.sample import Sample
from mockserver.apis.clicky.seed import GOALS, PAGES, SITE
from mockserver.apis.clicky.store import Visit

PAGE_TITLES = dict(PAGES)


@dataclass(frozen=True, slots=True)
class Row:
    title: str
    value: float
    url: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


Computation = Callable[[Sample], list[Row]]


def _rows(counts: Counter[tuple[str, str]]) -> list[Row]:
    return [Row(title, float(value), url) for (title, url), value in counts.items() if title]


def _by_visit(label: Callable[[Visit], Iterable[str]]) -> Computation:
    return lambda s: _rows(Counter((title, "") for v in s.visits for title in label(v)))


def _visit_page(path_of: Callable[[Visit], str]) -> Computation:
    return lambda s: _rows(Counter((PAGE_TITLES.get(path_of(v), path_of(v)), SITE + path_of(v)) for v in s.visits))


def _by_action(kind: str, with_url: bool) -> Computation:
    return lambda s: _rows(Counter((a.title, a.url if with_url else "") for a in s.actions if a.action_type == kind))


def _pages(s: Sample) -> list[Row]:
    return _rows(Counter((a.title, SITE + urlsplit(a.url).path) for a in s.actions if a.action_type == "pageview"))


def _site_domains(s: Sample) -> list[Row]:
    return _rows(Counter((urlsplit(a.url).hostname or "", "") for a in s.actions if a.action_type == "pageview"))


def _one(value: str) -> list[str]:
    return [value] if value else []


def _linked(v: Visit) -> bool:
    return v.referrer_type not in ("", "search")


def _engagement_actions(v: Visit) -> list[str]:
    for low, high, label in ((1, 1, "1 action"), (2, 2, "2 actions"), (3, 5, "3-5 actions"), (6, 10, "6-10 actions")):
        if low <= v.actions <= high:
            return [label]
    return ["11+ actions"]


def _engagement_times(v: Visit) -> list[str]:
    for limit, label in ((30, "0-30s"), (60, "30s-1m"), (300, "1m-5m"), (900, "5m-15m")):
        if v.duration < limit:
            return [label]
    return ["15m+"]


def _goals(s: Sample) -> list[Row]:
    rows = []
    for name, revenue_each, cost_each in GOALS:
        reached = [v for v in s.visits if name in v.goals_completed]
        if not reached and not any(name in v.goals_incompleted for v in s.visits):
            continue
        revenue, cost = len(reached) * revenue_each, len(reached) * cost_each
        incompleted = sum(1 for v in s.visits if name in v.goals_incompleted)
        conversion = 100.0 * len(reached) / len(s.visits) if s.visits else 0.0
        extra = {
            "incompleted": str(incompleted),
            "conversion": f"{conversion:.1f}",
            "revenue": f"{revenue:.2f}",
            "cost": f"{cost:.2f}",
        }
        rows.append(Row(name, float(len(reached)), "", extra))
    return rows


def _last_value(v: Visit) -> list[str]:
    return [f"{key}: {values[-1]}" for key, values in v.custom.items() if values]


POPULAR: Mapping[str, Computation] = {
    "custom": _by_visit(_last_value),
    "pages": _pages,
    "pages-entrance": _visit_page(lambda v: v.landing_page),
    "pages-exit": _visit_page(lambda v: v.exit_page),
    "downloads": _by_action("download", with_url=True),
    "events": _by_action("click", with_url=False),
    "video": _by_action("video_play", with_url=False),
    "links": lambda s: _rows(Counter((v.referrer_url, v.referrer_url) for v in s.visits if _linked(v))),
    "links-domains": _by_visit(lambda v: _one(v.referrer_domain) if _linked(v) else []),
    "links-outbound": _by_action("outbound", with_url=True),
    "searches": _by_visit(lambda v: _one(v.referrer_search)),
    "searches-keywords": _by_visit(lambda v: sorted(set(v.referrer_search.split()))),
    "searches-engines": _by_visit(lambda v: _one(v.referrer_domain) if v.referrer_type == "search" else []),
    "searches-rankings": _by_visit(lambda v: [f"{v.referrer_search}: #{v.search_rank}"] if v.search_rank else []),
    "searches-local": _by_action("search", with_url=False),
    "goals": _goals,
    "split-tests": _by_visit(lambda v: _one(v.split_test)),
    "campaigns": _by_visit(lambda v: _one(v.campaign)),
    "countries": _by_visit(lambda v: [v.country]),
    "cities": _by_visit(lambda v: [v.geolocation]),
    "regions": _by_visit(lambda v: [f"{v.region}, {v.country}"]),
    "languages": _by_visit(lambda v: [v.language]),
    "web-browsers": _by_visit(lambda v: [v.web_browser]),
    "operating-systems": _by_visit(lambda v: [v.operating_system]),
    "screen-resolutions": _by_visit(lambda v: [v.screen_resolution]),
    "hardware": _by_visit(lambda v: [v.hardware]),
    "hostnames": _by_visit(lambda v: _one(v.hostname)),
    "organizations": _by_visit(lambda v: _one(v.organization)),
    "traffic-sources": _by_visit(lambda v: [v.referrer_type or "direct"]),
    "visitors-most-active": _by_visit(lambda v: [v.custom["username"][-1] if "username" in v.custom else v.ip_address]),
    "engagement-actions": _by_visit(_engagement_actions),
    "engagement-times": _by_visit(_engagement_times),
    "shorturls": _by_visit(lambda v: _one(v.shorturl)),
    "site-domains": _site_domains,
}


def ranked(rows: Iterable[Row]) -> list[Row]:
    """Most popular first; equal values by title, so the order is stable."""
    return sorted(rows, key=lambda row: (-row.value, row.title))


def percent(value: float, total: float) -> str:
    return f"{100.0 * value / total:.1f}" if total else "0"
