"""Deterministic seeded traffic: ~120 days of sessions before the clock, plus visitors active right now.

Everything comes from one `random.Random` seeded with `--seed` and from the clock, so the same seed and
`--now` give the same database, row for row.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from typing import Any

from mockserver.apis.clickport.store import ClickportStore
from mockserver.apis.clickport.traffic import LOCATIONS

SEEDED_DAYS = 120
GOALS = (
    (1, "Contact Form", "form", "form", None),
    (2, "Purchase", "custom", "custom", "Purchase"),
    (3, "Signup", "custom", "custom", "Signup"),
    (4, "Outbound Link", "click", "click", None),
)
_PAGES = (
    ("/", 30), ("/pricing", 14), ("/features", 10), ("/blog/privacy", 9), ("/blog/cookieless-analytics", 7),
    ("/docs", 8), ("/docs/api", 6), ("/signup", 6), ("/contact", 5), ("/checkout/complete", 3),
)  # fmt: skip
# (source, channel, referrer_url, utm_source, utm_medium, utm_campaign, utm_content, utm_term), weight
_ORIGINS: tuple[tuple[tuple[str | None, ...], int], ...] = (
    ((None, "Direct", None, None, None, None, None, None), 30),
    (("google", "Organic Search", "https://www.google.com/", None, None, None, None, None), 28),
    (("duckduckgo", "Organic Search", "https://duckduckgo.com/", None, None, None, None, None), 6),
    (("bing", "Organic Search", "https://www.bing.com/", None, None, None, None, None), 4),
    (("twitter", "Social", "https://t.co/", None, None, None, None, None), 6),
    (("linkedin", "Social", "https://www.linkedin.com/", None, None, None, None, None), 4),
    (("ycombinator", "Referral", "https://news.ycombinator.com/", None, None, None, None, None), 5),
    (("newsletter", "Email", None, "newsletter", "email", "spring-launch", "header-link", None), 7),
    (("google", "Paid Search", "https://www.google.com/", "google", "cpc", "brand", "ad-1", "privacy analytics"), 10),
)
# (browser, browser_version, os, os_version, device, screen), weight
_AGENTS = (
    (("Chrome", "124.0", "Windows", "10.0", "Desktop", "1920"), 26),
    (("Chrome", "124.0", "macOS", "14.4", "Desktop", "1440"), 14),
    (("Safari", "17.4", "macOS", "14.4", "Desktop", "1512"), 10),
    (("Safari", "17.4", "iOS", "17.4", "Mobile", "390"), 18),
    (("Chrome", "124.0", "Android", "14", "Mobile", "412"), 14),
    (("Firefox", "125.0", "Windows", "10.0", "Desktop", "1920"), 8),
    (("Firefox", "125.0", "Linux", None, "Desktop", "2560"), 4),
    (("Edge", "124.0", "Windows", "10.0", "Desktop", "1366"), 6),
    (("Safari", "17.4", "iOS", "17.4", "Tablet", "820"), 4),
)
_LOCATION_WEIGHTS = (20, 8, 14, 8, 12, 7, 6, 5, 4, 6)
_REVENUE = (19.0, 49.99, 99.0, 249.0)


def _pick(generator: random.Random, options: tuple[tuple[Any, int], ...]) -> Any:
    return generator.choices([option for option, _ in options], weights=[weight for _, weight in options])[0]


def seed_traffic(store: ClickportStore) -> None:
    generator = random.Random(f"clickport:{store.seed}")
    now = store.clock.now()
    store.insert_goals(GOALS)
    sessions: list[dict[str, Any]] = []
    pageviews: list[tuple[int, int, str, float, str, int]] = []
    events: list[tuple[Any, ...]] = []
    today = now.astimezone(UTC).date()
    for days_back in range(SEEDED_DAYS, -1, -1):
        day = today - timedelta(days=days_back)
        midnight = datetime.combine(day, time(), tzinfo=UTC).timestamp()
        count = generator.randint(35, 70) * (7 if day.weekday() < 5 else 5) // 7
        for _ in range(count):
            _seed_session(
                generator, store, midnight + generator.uniform(0, 86_400), now.timestamp(), sessions, pageviews, events
            )
    # Visitors active within the last five minutes, so realtime is never empty.
    for _ in range(generator.randint(6, 14)):
        started = now.timestamp() - generator.uniform(20, 900)
        _seed_session(generator, store, started, now.timestamp(), sessions, pageviews, events, live=True)
    store.insert_sessions(sessions)
    store.insert_pageviews(pageviews)
    store.insert_events(events)


def _seed_session(
    generator: random.Random,
    store: ClickportStore,
    started: float,
    now: float,
    sessions: list[dict[str, Any]],
    pageviews: list[tuple[int, int, str, float, str, int]],
    events: list[tuple[Any, ...]],
    live: bool = False,
) -> None:
    views = generator.choices((1, 2, 3, 4, 5, 6), weights=(45, 22, 14, 9, 6, 4))[0]
    moments = [started]
    for _ in range(views - 1):
        moments.append(moments[-1] + generator.uniform(8, 180))
    # Most one-page visits are quick glances: the raw material of the bounce rate.
    glance = views == 1 and generator.random() < 0.7
    last_seen = moments[-1] + (generator.uniform(0, 14) if glance else generator.uniform(5, 120))
    if live:
        # Squeeze the session so its last hit falls into the last four minutes.
        last_seen = now - generator.uniform(0, min(240.0, now - started))
        span = last_seen - started
        moments = [started + span * index / max(views, 1) for index in range(views)]
    if last_seen > now:
        return
    session_id = len(sessions) + 1
    paths = [_pick(generator, _PAGES) if index else _entry(generator) for index in range(views)]
    scrolls = [generator.randint(0, 24) if glance else generator.randint(0, 100) for _ in range(views)]
    clicked = generator.random() < 0.2
    origin = _pick(generator, _ORIGINS)
    agent = _pick(generator, _AGENTS)
    country, region, city = generator.choices(LOCATIONS, weights=_LOCATION_WEIGHTS)[0]
    sessions.append(
        {
            "id": session_id, "visitor": f"seed-{session_id}", "started_at": started, "last_seen": last_seen,
            "source": origin[0], "channel": origin[1], "referrer_url": origin[2], "utm_source": origin[3],
            "utm_medium": origin[4], "utm_campaign": origin[5], "utm_content": origin[6], "utm_term": origin[7],
            "entry_page": paths[0], "exit_page": paths[-1], "country": country, "region": region, "city": city,
            "browser": agent[0], "browser_version": agent[1], "os": agent[2], "os_version": agent[3],
            "device": agent[4], "screen": agent[5], "pageviews": views, "max_scroll": max(scrolls),
            "clicked": int(clicked), "outbound": int(clicked and generator.random() < 0.6),
        }
    )  # fmt: skip
    for moment, path, scroll in zip(moments, paths, scrolls, strict=True):
        row_id = len(pageviews) + 1
        visit_id = store.page_visit_id("pageview", row_id)
        pageviews.append((row_id, session_id, visit_id, moment, path, scroll))
        conversion = _conversion(generator, path)
        if conversion is not None:
            kind, name, revenue = conversion
            events.append(
                (session_id, visit_id, moment + 1, kind, name, path, revenue, "USD" if revenue else None, None)
            )
    if clicked:
        events.append((session_id, pageviews[-1][2], last_seen, "click", "Outbound Link", paths[-1], None, None, None))


def _entry(generator: random.Random) -> str:
    return str(_pick(generator, _PAGES[:7]))


def _conversion(generator: random.Random, path: str) -> tuple[str, str, float | None] | None:
    roll = generator.random()
    if path == "/contact" and roll < 0.4:
        return "form", "Contact Form", None
    if path == "/signup" and roll < 0.35:
        return "custom", "Signup", None
    if path == "/checkout/complete" and roll < 0.8:
        return "custom", "Purchase", generator.choice(_REVENUE)
    return None
