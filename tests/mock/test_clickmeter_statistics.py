"""ClickMeter mock: seeded traffic, and the same numbers across aggregated, lists, summaries, reports and hits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from mockserver.app import create_app
from mockserver.config import MockConfig

from .conftest import FROZEN_NOW, MockFactory
from .test_clickmeter_crud import KEY

TOTALS = (
    "totalClicks",
    "uniqueClicks",
    "totalViews",
    "uniqueViews",
    "spiderHitsCount",
    "convertedClicks",
    "uniqueConversions",
)
FRAMES = (
    "today",
    "yesterday",
    "last7",
    "last30",
    "lastmonth",
    "currentmonth",
    "previousmonth",
    "last90",
    "last120",
    "last180",
    "last12months",
    "lastyear",
    "currentyear",
    "beginning",
)
HIT_FRAMES = ("yesterday", "last7", "last30", "lastmonth", "currentmonth", "previousmonth")


def _mock(**settings: Any) -> TestClient:
    client = TestClient(
        create_app(MockConfig(api="clickmeter", now=FROZEN_NOW, frozen_clock=True, validate_responses=True, **settings))
    )
    client.headers.update(KEY)
    return client


@pytest.fixture(scope="module")
def seeded() -> Iterator[TestClient]:
    """A mock the tests of this module only read from."""
    with _mock() as client:  # entered: one event-loop thread for every request
        yield client


def _get(cm: TestClient, path: str, **params: Any) -> Any:
    answer = cm.get(path, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _all_hits(cm: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    hits: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        page = _get(cm, path, limit=100, **params, **({"offset": cursor} if cursor else {}))
        hits.extend(page["hits"])
        cursor = page.get("lastKey")
        if not cursor:
            return hits


def test_seeded_traffic_spans_thirteen_months(seeded: TestClient) -> None:
    everything = _get(seeded, "/aggregated", timeFrame="beginning")
    assert everything["totalClicks"] + everything["totalViews"] > 10_000
    monthly = _get(
        seeded, "/aggregated/list", timeFrame="custom", fromDay="20250301", toDay="20260331", groupBy="month"
    )
    assert len(monthly["entities"]) == 13 and all(month["totalClicks"] > 0 for month in monthly["entities"])
    assert everything["spiderHitsCount"] > 0 and everything["convertedClicks"] > 0


@pytest.mark.parametrize("frame", HIT_FRAMES)
def test_datapoint_clicks_equal_its_hits(seeded: TestClient, frame: str) -> None:
    aggregated = _get(seeded, "/datapoints/1/aggregated", timeFrame=frame)
    hits = _all_hits(seeded, "/datapoints/1/hits", timeframe=frame)
    assert aggregated["totalClicks"] == len([hit for hit in hits if hit["type"] == "click"])
    assert aggregated["uniqueClicks"] == len(_all_hits(seeded, "/datapoints/1/hits", timeframe=frame, filter="uniques"))
    assert aggregated["spiderHitsCount"] == len(
        _all_hits(seeded, "/datapoints/1/hits", timeframe=frame, filter="spiders")
    )
    assert aggregated["convertedClicks"] == len(
        _all_hits(seeded, "/datapoints/1/hits", timeframe=frame, filter="conversions")
    )


def test_hit_cursor_walks_every_hit_once(seeded: TestClient) -> None:
    hits = _all_hits(seeded, "/hits", timeframe="last30")
    keys = [(hit["accessTime"], hit["entity"]["datapointId"], hit["ip"]) for hit in hits]
    account = _get(seeded, "/aggregated", timeFrame="last30")
    assert len(hits) == account["totalClicks"] + account["totalViews"]
    assert [hit["accessTime"] for hit in hits] == sorted((hit["accessTime"] for hit in hits), reverse=True)
    small = _get(seeded, "/hits", timeframe="last30", limit=7)
    assert len(small["hits"]) == 7 and small["lastKey"]
    following = _get(seeded, "/hits", timeframe="last30", limit=7, offset=small["lastKey"])
    assert [(h["accessTime"], h["entity"]["datapointId"], h["ip"]) for h in small["hits"] + following["hits"]] == keys[
        :14
    ]
    assert seeded.get("/hits", params={"timeframe": "last30", "offset": "garbage!"}).status_code == 400
    assert seeded.get("/hits", params={"timeframe": "last30", "limit": 0}).status_code == 400
    assert len(_get(seeded, "/hits", timeframe="last30", limit=2**31 - 1)["hits"]) == len(hits)


@pytest.mark.parametrize("frame", FRAMES)
def test_aggregated_list_sums_to_aggregated(seeded: TestClient, frame: str) -> None:
    total = _get(seeded, "/aggregated", timeFrame=frame)
    for group_by in (None, "week", "month"):
        params = {"groupBy": group_by} if group_by else {}
        rows = _get(seeded, "/aggregated/list", timeFrame=frame, **params)["entities"]
        for name in TOTALS:
            assert sum(row[name] for row in rows) == total[name], (frame, group_by, name)
    if frame in ("today", "yesterday"):
        assert len(_get(seeded, "/aggregated/list", timeFrame=frame)["entities"]) == 24
        hourly = _get(seeded, "/aggregated", timeFrame=frame, hourly="true")["hourlyBreakDown"]
        assert sum(hour["totalClicks"] for hour in hourly.values()) == total["totalClicks"]


def test_time_frames_follow_the_clock(seeded: TestClient) -> None:
    expected = {
        "today": ("20260331", "20260331"),
        "yesterday": ("20260330", "20260330"),
        "last7": ("20260325", "20260331"),
        "previousmonth": ("20260201", "20260228"),
        "currentmonth": ("20260301", "20260331"),
        "lastyear": ("20250101", "20251231"),
        "currentyear": ("20260101", "20260331"),
        "beginning": ("20250224", "20260331"),
    }
    for frame, (first, last) in expected.items():
        answer = _get(seeded, "/aggregated", timeFrame=frame)
        assert (answer["fromDay"][:8], answer["toDay"][:8]) == (first, last), frame
    custom = _get(seeded, "/aggregated", timeFrame="custom", fromDay="20260310", toDay="20260312")
    days = _get(seeded, "/aggregated/list", timeFrame="custom", fromDay="20260310", toDay="20260312")["entities"]
    assert [day["activityDay"] for day in days] == ["20260310000000", "20260311000000", "20260312000000"]
    assert sum(day["totalViews"] for day in days) == custom["totalViews"]
    assert seeded.get("/aggregated", params={"timeFrame": "custom"}).status_code == 400
    assert (
        seeded.get(
            "/aggregated", params={"timeFrame": "custom", "fromDay": "20260312", "toDay": "20260310"}
        ).status_code
        == 400
    )
    assert seeded.get("/aggregated", params={"timeFrame": "last7", "hourly": "true"}).status_code == 400


def test_summaries_agree_with_aggregated(seeded: TestClient) -> None:
    for kind in ("tl", "tp"):
        summary = _get(seeded, "/aggregated/summary/datapoints", timeFrame="last90", type=kind, limit=100)
        assert summary["count"] == len(summary["result"]) == _get(seeded, "/datapoints/count", type=kind)["count"]
        for row in summary["result"]:
            single = _get(seeded, f"/datapoints/{row['entityId']}/aggregated", timeFrame="last90")
            assert {name: row[name] for name in TOTALS} == {name: single[name] for name in TOTALS}
    for row in _get(seeded, "/aggregated/summary/groups", timeFrame="last90")["result"]:
        single = _get(seeded, f"/groups/{row['entityId']}/aggregated", timeFrame="last90")
        assert row["totalClicks"] == single["totalClicks"] and row["totalViews"] == single["totalViews"]
        group = _get(seeded, f"/groups/{row['entityId']}/aggregated/summary", timeFrame="last90")["result"]
        assert sum(item["totalClicks"] for item in group) == single["totalClicks"]
    for row in _get(seeded, "/aggregated/summary/conversions", timeFrame="last90")["result"]:
        single = _get(seeded, f"/conversions/{row['entityId']}/aggregated", timeFrame="last90")
        assert row["convertedClicks"] == single["convertedClicks"] == single["totalClicks"]
        assert row["conversionsValue"] == single["conversionsValue"]
    by_clicks = _get(
        seeded,
        "/aggregated/summary/datapoints",
        timeFrame="last90",
        type="tl",
        sortBy="totalClicks",
        sortDirection="desc",
    )["result"]
    assert [row["totalClicks"] for row in by_clicks] == sorted((row["totalClicks"] for row in by_clicks), reverse=True)


REPORTS = (
    "browsers",
    "browsersfamilies",
    "platforms",
    "cities",
    "countries",
    "isps",
    "ips",
    "oss",
    "ossfamilies",
    "keywords",
    "referrers",
    "destinations",
    "languages",
    "params",
)


@pytest.mark.parametrize("report", REPORTS)
def test_report_values_sum_to_the_aggregated_totals(seeded: TestClient, report: str) -> None:
    totals = _get(seeded, "/aggregated", timeFrame="last30")
    data = _get(seeded, "/reports", type=report, timeframe="last30")["data"]
    assert sum(item["totalClicks"] for item in data) == totals["totalClicks"]
    assert sum(item["totalHits"] for item in data) == totals["totalClicks"] + totals["totalViews"]
    assert [item["totalHits"] for item in data] == sorted((item["totalHits"] for item in data), reverse=True)
    clicks = _get(seeded, "/groups/1/reports", type=report, timeframe="last30", hittype="clicks")["data"]
    assert (
        sum(item["totalHits"] for item in clicks)
        == _get(seeded, "/groups/1/aggregated", timeFrame="last30")["totalClicks"]
    )


def test_conversion_reports(seeded: TestClient) -> None:
    conversion = _get(seeded, "/conversions/1/aggregated", timeFrame="last120")
    for report in ("datapoints", "groups", "convparameters", "countries"):
        data = _get(seeded, "/conversions/1/reports", type=report, timeframe="last120")["data"]
        assert sum(item["totalConversions"] for item in data) == conversion["convertedClicks"], report
    names = {
        item["entityData"]["name"]
        for item in _get(seeded, "/conversions/1/reports", type="datapoints", timeframe="last120")["data"]
    }
    assert names <= {"spring-sale", "spring-banner", "pricing-page"}


def test_clickstream_is_the_latest_hits(seeded: TestClient) -> None:
    latest = _get(seeded, "/hits", timeframe="last7", limit=100)["hits"]
    stream = _get(seeded, "/clickstream")["entities"]
    assert len(stream) == 50 and stream == latest[:50]
    assert len(_get(seeded, "/clickstream", pageSize=500)["entities"]) == 100
    only_group = _get(seeded, "/clickstream", group=2, pageSize=20)["entities"]
    assert only_group and all(hit["entity"]["groupId"] == 2 for hit in only_group)
    spiders = _get(seeded, "/clickstream", filter="spiders")["entities"]
    assert spiders and all(hit["isSpider"] == "true" for hit in spiders)
    assert seeded.get("/clickstream", params={"group": 1, "datapoint": 1}).status_code == 400
    assert seeded.get("/reports", params={"type": "ips", "timeframe": "last7", "datapoint": 999}).status_code == 404
    # getClickstream declares no 404: an entity that does not exist has no events.
    assert _get(seeded, "/clickstream", datapoint=999)["entities"] == []


def test_custom_range_lists_only_the_days_of_the_account(seeded: TestClient) -> None:
    account = _get(seeded, "/account")
    whole = _get(seeded, "/aggregated", timeFrame="custom", fromDay="00010101", toDay="99991231")
    assert (whole["fromDay"], whole["toDay"]) == ("00010101000000", "99991231235959")
    assert whole["totalClicks"] == _get(seeded, "/aggregated", timeFrame="beginning")["totalClicks"]
    days = _get(seeded, "/aggregated/list", timeFrame="custom", fromDay="00010101", toDay="99991231")["entities"]
    assert days[0]["activityDay"] == account["timeframeMinDate"][:8] + "000000"
    assert days[-1]["activityDay"] == "20260331000000"  # today, on the frozen clock


def test_blacklisted_ip_is_excluded_everywhere(make_mock: MockFactory) -> None:
    cm = make_mock("clickmeter")
    cm.headers.update(KEY)
    office = "192.0.2.10"
    assert office not in {item["id"] for item in _get(cm, "/reports", type="ips", timeframe="last90")["data"]}
    before = _get(cm, "/aggregated", timeFrame="last90")
    entry = next(e for e in _get(cm, "/account/ipblacklist")["entities"] if e["ip"] == office)
    cm.delete(f"/account/ipblacklist/{entry['id']}")
    unblocked = _get(cm, "/aggregated", timeFrame="last90")
    office_hits = next(
        item for item in _get(cm, "/reports", type="ips", timeframe="last90")["data"] if item["id"] == office
    )
    assert office_hits["totalHits"] > 0
    assert (
        unblocked["totalClicks"] + unblocked["totalViews"]
        == before["totalClicks"] + before["totalViews"] + office_hits["totalHits"]
    )
    other = next(item for item in _get(cm, "/reports", type="ips", timeframe="last90")["data"] if item["id"] != office)
    cm.post("/account/ipblacklist", json={"ip": other["id"]})
    after = _get(cm, "/aggregated", timeFrame="last90")
    assert (
        after["totalClicks"] + after["totalViews"]
        == unblocked["totalClicks"] + unblocked["totalViews"] - other["totalHits"]
    )
    assert other["id"] not in {hit["ip"] for hit in _all_hits(cm, "/hits", timeframe="last90")}


def test_same_seed_and_clock_give_the_same_answers(seeded: TestClient) -> None:
    twin = _mock()
    other_seed = _mock(seed=2)
    for path, params in (
        ("/hits", {"timeframe": "last7", "limit": 100}),
        ("/aggregated", {"timeFrame": "beginning"}),
        ("/reports", {"type": "countries", "timeframe": "last180"}),
    ):
        mine, again = _get(seeded, path, **params), _get(twin, path, **params)
        assert mine == again, path
        assert _get(other_seed, path, **params) != mine, path
    twin.close()
    other_seed.close()
