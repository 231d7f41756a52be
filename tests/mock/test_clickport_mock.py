"""Clickport's mock behaviour: the vendor's examples, consistent metrics, filters, comparison, the event limit."""

import functools
import hashlib
import json
import math
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from mockserver.apis import clickport
from mockserver.apis.clickport import local_time, report
from mockserver.apis.clickport.read_cache import ReadCache
from tests.mock.conftest import BROWSER, CLICKPORT_KEY, MockFactory

PURCHASE = {
    "type": "custom",
    "name": "Purchase",
    "url": "https://yoursite.com/checkout/complete",
    "revenue_amount": 49.99,
    "revenue_currency": "USD",
    "meta_keys": ["plan", "interval"],
    "meta_values": ["pro", "annual"],
}


def query(client: TestClient, **body: Any) -> Any:
    answer = client.post("/api/query", json=body, headers=CLICKPORT_KEY)
    assert answer.status_code == 200, answer.text
    return answer.json()


def send(client: TestClient, event: dict[str, Any], ip: str = "203.0.113.9", agent: str = BROWSER) -> Any:
    headers = {**CLICKPORT_KEY, "User-Agent": agent, "X-Forwarded-For": ip}
    return client.post("/api/event", json=event, headers=headers)


def pageview(path: str) -> dict[str, Any]:
    return {"type": "pageview", "url": f"https://yoursite.com{path}", "referrer": "https://google.com/"}


def test_the_vendor_examples_are_answered_in_their_documented_shapes(clickport: TestClient) -> None:
    aggregate = query(clickport, metrics=["visitors", "pageviews", "bounce_rate"], period="30d")["results"]
    assert set(aggregate) == {"visitors", "pageviews", "bounce_rate"}
    assert aggregate["pageviews"] >= aggregate["visitors"] > 0
    breakdown = query(
        clickport,
        metrics=["visitors", "pageviews", "avg_scroll"],
        dimensions=["page"],
        date_range={"start": "2026-03-01", "end": "2026-03-31"},
        filters=[{"dimension": "country", "operator": "is", "value": "DE"}],
        limit=10,
        timezone="Europe/Berlin",
    )["results"]
    assert 0 < len(breakdown) <= 10
    assert set(breakdown[0]) == {"page", "visitors", "pageviews", "avg_scroll"}
    assert [row["visitors"] for row in breakdown] == sorted((row["visitors"] for row in breakdown), reverse=True)
    series = query(clickport, metrics=["visitors", "pageviews"], dimensions=["date"], period="7d")["results"]
    assert [row["date"] for row in series] == [(date(2026, 3, 25) + timedelta(days=n)).isoformat() for n in range(7)]
    recorded = send(clickport, pageview("/pricing"))
    assert recorded.status_code == 200
    assert set(recorded.json()) == {"success", "session_id", "page_visit_id"}
    assert send(clickport, PURCHASE).json()["success"] is True


def test_breakdowns_add_up_to_the_aggregate(clickport: TestClient) -> None:
    total = query(clickport, metrics=["pageviews", "visitors"], period="30d")["results"]
    pages = query(clickport, metrics=["pageviews", "visitors"], dimensions=["page"], period="30d", limit=1000)[
        "results"
    ]
    assert sum(row["pageviews"] for row in pages) == total["pageviews"]
    days = query(clickport, metrics=["pageviews"], dimensions=["date"], period="30d", limit=1000)["results"]
    assert len(days) == 30 and sum(row["pageviews"] for row in days) == total["pageviews"]
    countries = query(clickport, metrics=["visitors"], dimensions=["country"], period="30d")["results"]
    # A session has one country, so visitors split exactly across countries.
    assert sum(row["visitors"] for row in countries) == total["visitors"]


def test_filters_combine_values_with_or_and_negations_with_and(clickport: TestClient) -> None:
    def visitors(*filters: dict[str, Any]) -> int:
        return int(query(clickport, metrics=["visitors"], period="90d", filters=list(filters))["results"]["visitors"])

    everyone = visitors()
    german, american = (visitors({"dimension": "country", "operator": "is", "value": code}) for code in ("DE", "US"))
    either = visitors({"dimension": "country", "operator": "is", "value": ["DE", "US"]})
    neither = visitors({"dimension": "country", "operator": "is_not", "value": ["DE", "US"]})
    assert 0 < german < everyone and 0 < american < everyone
    assert either == german + american
    assert neither == everyone - either
    blog = visitors({"dimension": "page", "operator": "contains", "value": "BLOG"})
    assert (
        0
        < blog
        == visitors({"dimension": "page", "operator": "is", "value": ["/blog/privacy", "/blog/cookieless-analytics"]})
    )
    no_blog = query(
        clickport,
        metrics=["pageviews"],
        dimensions=["page"],
        period="90d",
        filters=[{"dimension": "page", "operator": "not_contains", "value": ["blog", "docs"]}],
    )["results"]
    assert no_blog and all("blog" not in row["page"] and "docs" not in row["page"] for row in no_blog)


def test_comparison_is_the_previous_period_of_equal_length(clickport: TestClient) -> None:
    answer = query(clickport, metrics=["visitors", "pageviews"], period="7d", include_comparison=True)
    assert answer["comparison"]["date_range"] == {"start": "2026-03-18", "end": "2026-03-25"}
    direct = query(
        clickport, metrics=["visitors", "pageviews"], date_range={"start": "2026-03-18", "end": "2026-03-25"}
    )
    assert answer["comparison"]["results"] == direct["results"]
    assert answer["results"] == query(clickport, metrics=["visitors", "pageviews"], period="7d")["results"]


def test_date_range_end_is_exclusive_and_time_zones_shift_days(clickport: TestClient) -> None:
    day = query(clickport, metrics=["pageviews"], date_range={"start": "2026-03-10", "end": "2026-03-11"})["results"]
    series = query(
        clickport, metrics=["pageviews"], dimensions=["date"], date_range={"start": "2026-03-10", "end": "2026-03-12"}
    )
    assert series["results"][0] == {"date": "2026-03-10", **day}
    tokyo = query(
        clickport, metrics=["pageviews"], date_range={"start": "2026-03-10", "end": "2026-03-11"}, timezone="Asia/Tokyo"
    )
    assert tokyo["results"] != day
    for body in ({"date_range": {"start": "2026-03-11", "end": "2026-03-11"}}, {"timezone": "Mars/Olympus"}):
        refused = clickport.post("/api/query", json=body, headers=CLICKPORT_KEY)
        assert refused.status_code == 400 and set(refused.json()) == {"error", "message"}


def test_ordering_and_paging(clickport: TestClient) -> None:
    every = query(
        clickport,
        metrics=["pageviews", "visitors"],
        dimensions=["page"],
        period="30d",
        order_by="visitors",
        order_dir="asc",
    )["results"]
    assert [row["visitors"] for row in every] == sorted(row["visitors"] for row in every)
    second_page = query(
        clickport,
        metrics=["pageviews", "visitors"],
        dimensions=["page"],
        period="30d",
        order_by="visitors",
        order_dir="asc",
        limit=3,
        offset=3,
    )["results"]
    assert second_page == every[3:6]


def test_every_dimension_and_metric_is_answered(clickport: TestClient) -> None:
    metrics = [
        "visitors",
        "sessions",
        "pageviews",
        "views_per_visit",
        "bounce_rate",
        "avg_duration",
        "avg_scroll",
        "clickers",
    ]
    totals = query(clickport, metrics=metrics, period="12m")["results"]
    assert 0 < totals["bounce_rate"] < 100 and 0 < totals["clickers"] < totals["visitors"]
    assert totals["views_per_visit"] == round(totals["pageviews"] / totals["sessions"], 2)
    for dimension in [
        "source",
        "channel",
        "referrer_url",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "entry_page",
        "exit_page",
        "region",
        "city",
        "device",
        "browser",
        "browser_version",
        "os",
        "os_version",
        "screen",
        "hour",
        "week",
        "month",
    ]:
        rows = query(clickport, metrics=["visitors"], dimensions=[dimension], period="12m", limit=500)["results"]
        assert sum(row["visitors"] for row in rows) >= totals["visitors"] or dimension in ("hour", "week", "month"), (
            dimension
        )
    months = query(clickport, metrics=["visitors"], dimensions=["month"], period="12m")["results"]
    assert [row["month"] for row in months][-1] == "2026-03"


def test_events_build_sessions_per_visitor(clickport: TestClient) -> None:
    first = send(clickport, pageview("/")).json()
    again = send(clickport, pageview("/pricing")).json()
    other_device = send(clickport, pageview("/"), agent=BROWSER.replace("14_4", "13_1")).json()
    assert first["session_id"] == again["session_id"] != other_device["session_id"]
    assert first["page_visit_id"] != again["page_visit_id"]
    realtime = query(
        clickport,
        metrics=["pageviews"],
        dimensions=["page"],
        period="realtime",
        filters=[{"dimension": "source", "operator": "is", "value": "google"}],
        limit=100,
    )["results"]
    assert {"page": "/pricing", "pageviews": 1} in realtime


def test_the_event_limit_drops_silently(make_mock: MockFactory) -> None:
    client = make_mock()

    def today_pageviews() -> int:
        return int(query(client, metrics=["pageviews"], period="today")["results"]["pageviews"])

    before = today_pageviews()
    answers = [send(client, pageview(f"/p{n}"), ip="198.51.100.7") for n in range(61)]
    assert all(answer.status_code == 200 and answer.json()["success"] is True for answer in answers)
    assert today_pageviews() == before + 60
    assert send(client, pageview("/other-ip"), ip="198.51.100.8").status_code == 200
    assert today_pageviews() == before + 61


def test_the_event_limit_is_configurable(make_mock: MockFactory) -> None:
    client = make_mock(behaviour=clickport.behaviour(event_limit=2))
    before = query(client, metrics=["pageviews"], period="today")["results"]["pageviews"]
    for n in range(5):
        send(client, pageview(f"/{n}"))
    assert query(client, metrics=["pageviews"], period="today")["results"]["pageviews"] == before + 2


def test_events_are_validated(clickport: TestClient) -> None:
    assert send(clickport, pageview("/"), agent="Googlebot/2.1 (+http://www.google.com/bot.html)").status_code == 400
    # What an HTTP library sends when the caller forgot the visitor's User-Agent.
    assert send(clickport, pageview("/"), agent="python-httpx/0.28.1").status_code == 400
    mismatched = send(clickport, {**PURCHASE, "meta_values": ["pro"]})
    assert mismatched.status_code == 400 and "meta_keys" in mismatched.json()["message"]
    no_agent = clickport.post("/api/event", json=pageview("/"), headers={**CLICKPORT_KEY, "User-Agent": ""})
    assert no_agent.status_code == 400 and "User-Agent" in no_agent.json()["message"]
    too_many = send(clickport, {**PURCHASE, "meta_keys": [str(n) for n in range(31)]})
    assert too_many.status_code == 400 and "/meta_keys" in too_many.json()["message"]


def test_goals_count_conversions_and_revenue(clickport: TestClient) -> None:
    def purchase() -> dict[str, Any]:
        goals = clickport.get("/api/goals?start_date=2026-03-31&end_date=2026-04-01", headers=CLICKPORT_KEY).json()[
            "goals"
        ]
        return next(goal for goal in goals if goal["name"] == "Purchase")

    before = purchase()
    assert send(clickport, PURCHASE).status_code == 200
    after = purchase()
    assert after["events"] == before["events"] + 1
    assert after["total_revenue"] == pytest.approx(before.get("total_revenue", 0) + 49.99)
    month = clickport.get("/api/goals?start_date=2026-03-01&end_date=2026-03-31", headers=CLICKPORT_KEY).json()["goals"]
    assert {goal["type"] for goal in month} >= {"form", "custom"}
    assert all(("submissions" in goal) == (goal["type"] == "form") for goal in month)


def test_realtime_lists_at_most_twenty_active_visitors(make_mock: MockFactory) -> None:
    client = make_mock()
    for n in range(25):
        send(client, pageview("/live"), ip=f"192.0.2.{n}")
    answer = client.get("/api/realtime", headers=CLICKPORT_KEY).json()
    assert answer["count"] >= 25 and len(answer["visitors"]) == 20


def test_top_pages_match_the_page_breakdown(clickport: TestClient) -> None:
    pages = clickport.get("/api/pages?start_date=2026-03-01&end_date=2026-03-31", headers=CLICKPORT_KEY).json()[
        "results"
    ]
    breakdown = query(
        clickport,
        metrics=["visitors", "pageviews"],
        dimensions=["page"],
        date_range={"start": "2026-03-01", "end": "2026-03-31"},
    )["results"]
    assert [(row["page"], row["visitors"], row["pageviews"]) for row in pages] == [
        (row["page"], row["visitors"], row["pageviews"]) for row in breakdown
    ]


def test_answers_are_reproducible_under_seed_and_clock(make_mock: MockFactory) -> None:
    body = {"metrics": ["visitors", "bounce_rate"], "dimensions": ["source"], "period": "90d"}
    same = [make_mock(seed=5).post("/api/query", json=body, headers=CLICKPORT_KEY).json() for _ in range(2)]
    other = make_mock(seed=6).post("/api/query", json=body, headers=CLICKPORT_KEY).json()
    assert same[0] == same[1] != other


def test_wrong_api_key_is_refused_in_the_vendor_model(clickport: TestClient) -> None:
    refused = clickport.get("/api/realtime", headers={"x-api-key": "ck_wrong"})
    assert (refused.status_code, refused.json()) == (401, {"error": "Unauthorized", "message": "Invalid API key"})


GOLDEN_ANSWERS = Path(__file__).resolve().parents[1] / "data" / "clickport_answers.json"


def replay(client: TestClient, step: dict[str, Any]) -> list[Any] | None:
    """One recorded step: a query, a GET, an event, or moving the frozen clock (which answers nothing)."""
    if step["kind"] == "advance":
        client.app.state.mock.clock.advance(step["seconds"])  # type: ignore[attr-defined]
        return None
    if step["kind"] == "query":
        answer = client.post("/api/query", json=step["body"], headers=CLICKPORT_KEY)
    elif step["kind"] == "get":
        answer = client.get(step["path"], params=step["params"], headers=CLICKPORT_KEY)
    else:
        answer = send(client, step["body"], ip=step["ip"], agent=step["agent"])
    return [answer.status_code, hashlib.sha256(answer.content).hexdigest()[:16]]


@pytest.mark.parametrize("run", [0, 1])
def test_answers_are_byte_identical_to_the_python_aggregation(make_mock: MockFactory, run: int) -> None:
    """Every metric, dimension, filter operator, period, zone, comparison, ordering and paging, with events and
    clock steps in between (so stale cached answers would show), against answers the mock gave before its
    aggregation moved into SQLite."""
    golden = json.loads(GOLDEN_ANSWERS.read_text(encoding="utf-8"))
    settings = golden["runs"][run]
    limit = {"event_limit": settings["event_limit"]} if settings["event_limit"] is not None else {}
    client = make_mock(now=golden["now"], seed=settings["seed"], behaviour=clickport.behaviour(**limit))
    for index, entry in enumerate(golden["steps"]):
        assert replay(client, entry["step"]) == entry["expect"][run], f"step {index}: {json.dumps(entry['step'])}"


LABEL_ZONES = (
    "UTC", "Europe/Berlin", "Europe/Dublin", "America/New_York", "America/St_Johns", "Asia/Kolkata",
    "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca", "Pacific/Apia",
)  # fmt: skip


def python_label(dimension: str, at: float, tz: tzinfo) -> str:
    moment = datetime.fromtimestamp(at, tz)
    if dimension == "hour":
        return moment.strftime("%Y-%m-%d %H:00")
    if dimension == "date":
        return moment.date().isoformat()
    if dimension == "week":
        return (moment.date() - timedelta(days=moment.weekday())).isoformat()
    return moment.strftime("%Y-%m")


def interesting_instants(tz: ZoneInfo, start: float, end: float) -> list[float]:
    """Random instants, plus quarter-hour boundaries (where local hours start in every zone) around the days the
    zone changes its offset, each approached from just below: the float seconds Python rounds up to them."""
    generator = random.Random(f"labels:{tz.key}")
    instants = [generator.uniform(start, end) for _ in range(1500)]
    boundaries = [900 * generator.randrange(int(start) // 900, int(end) // 900) for _ in range(300)]
    day = 86_400
    for midnight in range(int(start) // day * day, int(end), day):
        if datetime.fromtimestamp(midnight, tz).utcoffset() != datetime.fromtimestamp(midnight + day, tz).utcoffset():
            boundaries += range(midnight - day, midnight + 2 * day, 900)
    for boundary in boundaries:
        below = float(boundary)
        for _ in range(4):
            instants.append(below)
            below = math.nextafter(below, 0.0)
        instants += [boundary - 5e-7, boundary - 1e-6, boundary + 0.5]
    return [at for at in instants if start <= at < end]


def label_mismatches(tz: tzinfo, start: float, end: float, instants: list[float]) -> list[tuple[str, float, str, str]]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE instants (at REAL NOT NULL)")
    connection.executemany("INSERT INTO instants VALUES (?)", [(at,) for at in instants])
    mismatches = []
    for dimension in report.TIME_DIMENSIONS:
        label = local_time.label_sql(dimension, tz, start, end, "at")
        in_sql = [row[0] for row in connection.execute(f"SELECT {label} FROM instants ORDER BY rowid")]
        for at, ours in zip(instants, in_sql, strict=True):
            theirs = python_label(dimension, at, tz)
            if ours != theirs:
                mismatches.append((dimension, at, ours, theirs))
    return mismatches


@pytest.mark.parametrize("zone_name", LABEL_ZONES)
def test_time_labels_in_sql_equal_pythons_local_time(zone_name: str) -> None:
    tz = ZoneInfo(zone_name)
    start = datetime(2025, 1, 1, tzinfo=UTC).timestamp()
    end = datetime(2026, 7, 1, tzinfo=UTC).timestamp()
    mismatches = label_mismatches(tz, start, end, interesting_instants(tz, start, end))
    assert not mismatches, mismatches[:5]


def test_time_labels_round_half_a_microsecond_to_even_as_python_does() -> None:
    # 0.9999995 * 1e6 is exactly 999999.5, which Python rounds up to the next second; one second west of UTC
    # that second starts a new hour, day, week and month. Before 1970 the fraction is negative and borrows.
    tz = timezone(timedelta(seconds=-1))
    instants = [0.9999995, math.nextafter(0.9999995, 0.0), 1.0, 0.5, -0.5, -0.4999995, -0.5000005, -3599.9999995]
    instants += [-3599.0 - fraction for fraction in (0.0000004, 0.0000005, 0.0000006, 0.5, 0.9999995, 0.9999996)]
    assert not label_mismatches(tz, -4000.0, 2.0, instants)


def test_offset_spans_find_each_change_to_the_second() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = int(datetime(2026, 3, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2026, 11, 1, tzinfo=UTC).timestamp())
    spring = int(datetime(2026, 3, 29, 1, tzinfo=UTC).timestamp())
    autumn = int(datetime(2026, 10, 25, 1, tzinfo=UTC).timestamp())
    assert local_time.offset_spans(berlin, start, end) == [(start, 3600), (spring, 7200), (autumn, 3600)]


def test_the_read_cache_keeps_a_budget_of_items_and_forgets_the_least_recently_used() -> None:
    cache = ReadCache(budget=4)
    computed: list[str] = []

    def compute(key: str) -> str:
        computed.append(key)
        return key * 2

    keys = ("a", "b", "a", "c", "a", "b", "toolong", "toolong", "")
    assert [cache.get(key, functools.partial(compute, key)) for key in keys] == [key * 2 for key in keys]
    # "c" pushed out "b" (the least recently used); an answer over the budget is never kept; "" counts as one.
    assert computed == ["a", "b", "c", "b", "toolong", "toolong", ""] and len(cache) == 2
    cache.clear()
    assert cache.get("a", lambda: compute("a")) == "aa" and computed[-1] == "a"


def test_reads_see_every_recorded_event_at_once(clickport: TestClient) -> None:
    """Also when the event only extends a session (no new session row), the next read answers afresh."""
    body = {"metrics": ["pageviews", "visitors"], "dimensions": ["page"], "period": "today", "limit": 1000}

    def fresh_page() -> Any:
        return next((row for row in query(clickport, **body)["results"] if row["page"] == "/fresh"), None)

    assert fresh_page() is None
    assert send(clickport, pageview("/fresh"), ip="192.0.2.200").status_code == 200
    assert fresh_page() == {"page": "/fresh", "pageviews": 1, "visitors": 1}
    active = clickport.get("/api/realtime", headers=CLICKPORT_KEY).json()["visitors"][0]
    assert send(clickport, pageview("/fresh"), ip="192.0.2.200").status_code == 200
    assert fresh_page() == {"page": "/fresh", "pageviews": 2, "visitors": 1}
    again = clickport.get("/api/realtime", headers=CLICKPORT_KEY).json()["visitors"][0]
    assert again["session_id"] == active["session_id"] and again["pageviews"] == active["pageviews"] + 1
