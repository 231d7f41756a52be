"""Seeded hit traffic: ~13 months of clicks (tracking links) and views (tracking pixels) up to the clock.

One `random.Random` seeded with `--seed` draws every hit, so seed + `--now` give the same hits row for
row. Hits get ids in time order. A hit is unique when its visitor has no earlier hit on the same datapoint
that UTC day; spiders are a small share of visitors; some clicks convert to one of the datapoint's
conversions, worth the conversion's value (cost 20 %, commission 10 % of it).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from mockserver.apis.clickmeter.store import ClickmeterStore
from mockserver.apis.clickmeter.wire import day_of, day_start

SEEDED_DAYS = 395
SPIDER_SHARE = 0.04
CONVERSION_RATE = 0.07
OFFICE_IP = "192.0.2.10"
"""A busy visitor (the account's own office); the seeded IP blacklist holds it."""

_BROWSERS = (
    ("Chrome 124", "Chrome"),
    ("Safari 17", "Safari"),
    ("Firefox 125", "Firefox"),
    ("Edge 124", "Edge"),
    ("Samsung Internet 24", "Samsung Internet"),
)
_SYSTEMS = (
    ("Windows 10", "Windows", "Desktop"),
    ("macOS 14", "macOS", "Desktop"),
    ("iOS 17", "iOS", "Mobile"),
    ("Android 14", "Android", "Mobile"),
    ("iPadOS 17", "iOS", "Tablet"),
    ("Ubuntu 24.04", "Linux", "Desktop"),
)
_PLACES = (
    ("US", "New York", "en-US", "Comcast"),
    ("US", "San Francisco", "en-US", "AT&T"),
    ("GB", "London", "en-GB", "BT"),
    ("DE", "Berlin", "de-DE", "Deutsche Telekom"),
    ("IT", "Milan", "it-IT", "TIM"),
    ("FR", "Paris", "fr-FR", "Orange"),
    ("ES", "Madrid", "es-ES", "Movistar"),
    ("BR", "Sao Paulo", "pt-BR", "Vivo"),
    ("JP", "Tokyo", "ja-JP", "NTT"),
    ("IN", "Mumbai", "en-IN", "Jio"),
)
_REFERRERS = (
    ("", "", 30),
    ("https://www.google.com/", "spring sale", 20),
    ("https://www.google.com/", "running shoes", 8),
    ("https://duckduckgo.com/", "discount code", 4),
    ("https://t.co/", "", 10),
    ("https://www.facebook.com/", "", 10),
    ("https://mail.example.com/", "", 12),
    ("https://news.ycombinator.com/", "", 6),
)
_PARAMS = (("", 70), ("utm_source=newsletter", 15), ("utm_source=twitter&utm_medium=social", 10), ("ref=partner", 5))


@dataclass(frozen=True, slots=True)
class Visitor:
    number: int
    ip: str
    browser: tuple[str, str]
    system: tuple[str, str, str]
    place: tuple[str, str, str, str]
    spider: bool


def _visitors(generator: random.Random) -> list[Visitor]:
    networks = ("198.51.100", "203.0.113", "192.0.2")
    people = [
        Visitor(
            number,
            f"{networks[number % 3]}.{number // 3 + 20}",
            generator.choice(_BROWSERS),
            generator.choice(_SYSTEMS),
            generator.choice(_PLACES),
            False,
        )
        for number in range(300)
    ]
    office = Visitor(300, OFFICE_IP, _BROWSERS[0], _SYSTEMS[0], _PLACES[4], False)
    spiders = [
        Visitor(
            301 + index,
            f"66.249.66.{index + 1}",
            ("Googlebot 2.1", "Googlebot"),
            ("Unknown", "Unknown", "Robot"),
            _PLACES[0],
            True,
        )
        for index in range(5)
    ]
    return [*people, office, *spiders]


def seed_hits(store: ClickmeterStore, popularity: Mapping[int, int]) -> None:
    """Hits for every datapoint from its creation (at most SEEDED_DAYS back); `popularity` is hits per day."""
    generator = random.Random(f"clickmeter:{store.seed}")
    visitors = _visitors(generator)
    people, office, spiders = visitors[:300], visitors[300], visitors[301:]
    now = store.now()
    today = day_of(now)
    sources = store.db.execute(
        "SELECT d.id, d.type, d.created, json_extract(d.doc, '$.typeTL.url') AS url,"
        " json_extract(d.doc, '$.typeTP.parameterNote') AS note FROM datapoints d ORDER BY d.id"
    ).fetchall()
    by_id = {source["id"]: source for source in sources}
    conversions: dict[int, list[int]] = {
        row["datapoint_id"]: [] for row in store.db.execute("SELECT datapoint_id FROM datapoint_conversions")
    }
    values = {row["id"]: row["value"] for row in store.db.execute("SELECT id, value FROM conversions")}
    for row in store.db.execute("SELECT datapoint_id, conversion_id FROM datapoint_conversions ORDER BY slot"):
        conversions[row["datapoint_id"]].append(row["conversion_id"])
    rows: list[tuple[object, ...]] = []
    first_day = today - timedelta(days=SEEDED_DAYS)
    day = first_day
    while day <= today:
        midnight = day_start(day)
        span = min(86_400, now - midnight)
        weekend = day.weekday() >= 5
        day_hits: list[tuple[int, int]] = []
        for source in sources:
            if source["created"] > midnight:
                continue
            mean = popularity.get(source["id"], 2) * (0.6 if weekend else 1.0)
            for _ in range(generator.randint(0, round(2 * mean))):
                day_hits.append((midnight + generator.randrange(max(span, 1)), source["id"]))
        day_hits.sort()
        seen: set[tuple[int, int]] = set()
        for at, datapoint_id in day_hits:
            source = by_id[datapoint_id]
            roll = generator.random()
            visitor = (
                generator.choice(spiders)
                if roll < SPIDER_SHARE
                else office
                if roll < SPIDER_SHARE + 0.03
                else generator.choice(people)
            )
            unique = (datapoint_id, visitor.number) not in seen
            seen.add((datapoint_id, visitor.number))
            referrer, keyword, _ = generator.choices(_REFERRERS, weights=[entry[2] for entry in _REFERRERS])[0]
            params = generator.choices([entry[0] for entry in _PARAMS], weights=[entry[1] for entry in _PARAMS])[0]
            is_click = source["type"] == "TrackingLink"
            destination = source["url"] if is_click else str(source["note"]).removeprefix("placed on ")
            if is_click and params:
                destination = f"{destination}?{params}"
            conversion: tuple[int | None, float | None, float | None, float | None, str | None] = (
                None,
                None,
                None,
                None,
                None,
            )
            targets = conversions.get(datapoint_id, [])
            if is_click and targets and not visitor.spider and generator.random() < CONVERSION_RATE:
                target = generator.choice(targets)
                value = values[target]
                conversion = (target, value, round(value * 0.2, 2), round(value * 0.1, 2), f"order={len(rows) + 1}")
            rows.append(
                (
                    len(rows) + 1,
                    at,
                    datapoint_id,
                    "click" if is_click else "view",
                    int(unique),
                    int(visitor.spider),
                    visitor.ip,
                    *visitor.browser,
                    visitor.system[0],
                    visitor.system[1],
                    visitor.system[2],
                    *visitor.place,
                    referrer,
                    keyword,
                    destination,
                    params,
                    *conversion,
                )
            )
        day += timedelta(days=1)
    store.db.executemany(f"INSERT INTO hits VALUES ({', '.join('?' * 25)})", rows)
