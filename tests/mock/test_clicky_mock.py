"""Clicky's mock: every date expression, every type family, consistency, filters, paging, formats, errors."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from typing import Any

import phpserialize
import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.apis.clicky import render_error
from mockserver.apis.clicky.report import KNOWN_TYPES
from mockserver.app import create_app
from mockserver.config import MockConfig
from mockserver.responses import AuthFailure
from mockserver.schema_check import SchemaCheck, compile_schema
from mockserver.spec import WireSpec, default_spec_path
from tests.mock.conftest import FROZEN_NOW

CREDENTIALS = APIS["clicky"].query
SPEC = WireSpec.load(default_spec_path("clicky"))
FAMILY_SCHEMAS = {
    "tally": "TallyResult",
    "popular": "PopularResult",
    "visitors-list": "VisitorsListResult",
    "actions-list": "ActionsListResult",
    "searches-links": "SearchesLinksResult",
    "uptime": "UptimeResult",
    "uptime-list": "UptimeListResult",
    "segmentation": "SegmentationResult",
}
_CHECKS: dict[str, SchemaCheck] = {
    family: compile_schema({"$ref": f"#/components/schemas/{name}"}, SPEC.document)
    for family, name in FAMILY_SCHEMAS.items()
}


def family_of(type_name: str) -> str:
    enums = {
        name: SPEC.document["components"]["schemas"][schema]["enum"]
        for name, schema in (
            ("tally", "TallyType"),
            ("popular", "PopularType"),
            ("searches-links", "SearchesLinksType"),
        )
    }
    for family, members in enums.items():
        if type_name in members:
            return family
    return type_name


def check_family(result: Mapping[str, Any]) -> None:
    """The result matches its own family's schema (the spec's anyOf alone would accept it as TypeResult)."""
    problem = _CHECKS[family_of(result["type"])].first_error(result)
    assert problem is None, f"{result['type']}: {problem}"


@pytest.fixture(scope="module")
def clicky() -> Iterator[TestClient]:
    app = create_app(MockConfig(api="clicky", now=FROZEN_NOW, frozen_clock=True, validate_responses=True, seed=7))
    with TestClient(app) as client:  # entered: one event-loop thread for every request
        yield client


def raw(client: TestClient, **params: Any) -> Any:
    answer = client.get("/api/stats/4", params={**CREDENTIALS, **params})
    assert answer.status_code == 200, answer.text
    return answer


def stats(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """A JSON answer; every result is checked against its family's schema."""
    body = raw(client, output="json", **params).json()
    assert isinstance(body, list)
    for result in body:
        assert "error" not in result, result
        check_family(result)
    return body


def groups(client: TestClient, type_name: str, **params: Any) -> list[dict[str, Any]]:
    (result,) = stats(client, type=type_name, **params)
    assert result["type"] == type_name
    return list(result["dates"])


def items(client: TestClient, type_name: str, **params: Any) -> list[dict[str, Any]]:
    (group,) = groups(client, type_name, **params)
    return list(group["items"])


def every_item(client: TestClient, type_name: str, **params: Any) -> list[dict[str, Any]]:
    """All items of a list type, page after page of 1000 (the vendor's cap per request)."""
    found: list[dict[str, Any]] = []
    for page in range(1, 100):
        batch = items(client, type_name, limit=1000, page=page, **params)
        found += batch
        if len(batch) < 1000:
            return found
    raise AssertionError("paging never ended")


def tally(client: TestClient, type_name: str, **params: Any) -> float:
    (item,) = items(client, type_name, **params)
    return float(item["value"])


# --- dates: the resolved range is the answer's `date` (frozen clock: Tuesday 2026-03-31) ---

DATE_EXPRESSIONS = [
    ("2026-03-15", "2026-03-15"),
    ("2026-03-01,2026-03-10", "2026-03-01,2026-03-10"),
    ("2026-02", "2026-02-01,2026-02-28"),
    ("2025", "2025-01-01,2025-12-31"),
    ("today", "2026-03-31"),
    ("yesterday", "2026-03-30"),
    ("3-days-ago", "2026-03-28"),
    ("last-3-days", "2026-03-29,2026-03-31"),
    ("previous-3-days", "2026-03-28,2026-03-30"),
    ("this-month", "2026-03-01,2026-03-31"),
    ("last-month", "2026-02-01,2026-02-28"),
    ("3-months-ago", "2025-12-01,2025-12-31"),
    ("this-week", "2026-03-29,2026-04-04"),
    ("last-week", "2026-03-22,2026-03-28"),
    ("3-weeks-ago", "2026-03-08,2026-03-14"),
    # allowed by the spec's pattern, invalid for Clicky: today instead
    ("2026-02-30", "2026-03-31"),
    ("2026-03-10,2026-03-01", "2026-03-31"),
    ("last-400-days", "2026-03-31"),
]


@pytest.mark.parametrize(("expression", "label"), DATE_EXPRESSIONS)
def test_every_date_expression_resolves_against_the_mock_clock(clicky: TestClient, expression: str, label: str) -> None:
    answer = stats(clicky, type="visitors,pages", date=expression)
    assert [result["dates"][0]["date"] for result in answer] == [label, label]


def test_list_types_fall_back_to_today_beyond_31_days_while_tallies_take_366(clicky: TestClient) -> None:
    assert groups(clicky, "visitors", date="last-40-days")[0]["date"] == "2026-02-20,2026-03-31"
    assert groups(clicky, "visitors-list", date="last-40-days", limit=1)[0]["date"] == "2026-03-31"
    assert groups(clicky, "segmentation", date="last-31-days")[0]["date"] == "2026-03-01,2026-03-31"
    assert groups(clicky, "actions-list", date="last-32-days", limit=1)[0]["date"] == "2026-03-31"


def test_strict_mode_answers_a_date_the_spec_rejects_with_an_error_naming_the_parameter(clicky: TestClient) -> None:
    params = {**CREDENTIALS, "type": "visitors", "date": "next-tuesday", "output": "json"}
    (error,) = clicky.get("/api/stats/4", params=params, headers={"X-Mock-Strict": "1"}).json()
    assert "date" in error["error"]  # by default it means today: tests/mock/test_clicky_lenient.py


# --- every family, in request order ---

EVERY_FAMILY = [
    "visitors", "actions", "bounce-rate", "time-average-pretty", "pages", "goals", "countries", "searches",
    "visitors-list", "actions-list", "searches-recent", "links-unique", "uptime", "uptime-list", "segmentation",
]  # fmt: skip


def test_a_multi_type_request_answers_each_type_in_order_with_string_scalars(clicky: TestClient) -> None:
    answer = stats(clicky, type=",".join(EVERY_FAMILY), date="last-7-days", limit=3)
    assert [result["type"] for result in answer] == EVERY_FAMILY

    def scalars(node: Any) -> list[Any]:
        if isinstance(node, dict):
            return [leaf for value in node.values() for leaf in scalars(value)]
        if isinstance(node, list):
            return [leaf for value in node for leaf in scalars(value)]
        return [node]

    leaves = scalars(answer)
    assert leaves and all(isinstance(leaf, str) for leaf in leaves)


@pytest.mark.parametrize("type_name", sorted(KNOWN_TYPES))
def test_every_known_type_answers_its_family_shape(clicky: TestClient, type_name: str) -> None:
    (group,) = groups(clicky, type_name, date="last-30-days", limit=5)
    assert group["date"] == "2026-03-02,2026-03-31"
    if type_name not in ("visitors-online", "split-tests", "shorturls", "campaigns", "searches-unique", "links-unique"):
        assert group["items"], f"{type_name} has no items over 30 days of seeded traffic"


def test_an_unknown_type_answers_an_empty_group(clicky: TestClient) -> None:
    answer = raw(clicky, type="feedburner-stats,visitors", output="json").json()
    assert answer[0] == {"type": "feedburner-stats", "dates": [{"date": "2026-03-31", "items": []}]}
    assert answer[1]["type"] == "visitors"


# --- consistency ---


@pytest.mark.parametrize("expression", ["today", "yesterday", "last-7-days", "2026-03-01,2026-03-31"])
def test_tallies_agree_with_the_lists(clicky: TestClient, expression: str) -> None:
    visits = every_item(clicky, "visitors-list", date=expression)
    actions = every_item(clicky, "actions-list", date=expression)
    assert tally(clicky, "visitors", date=expression) == len(visits) > 0
    assert tally(clicky, "actions", date=expression) == len(actions) == sum(int(v["actions"]) for v in visits)
    pageviews = [a for a in actions if a["action_type"] == "pageview"]
    assert tally(clicky, "actions-pageviews", date=expression) == len(pageviews)
    assert tally(clicky, "visitors-unique", date=expression) == len({v["uid"] for v in visits})
    assert sum(float(p["value"]) for p in items(clicky, "pages", date=expression, limit="all")) == len(pageviews)
    assert tally(clicky, "time-total", date=expression) == sum(int(v["time_total"]) for v in visits)
    bounces = sum(1 for v in visits if v["actions"] == "1")
    assert tally(clicky, "bounce-rate", date=expression) == round(100 * bounces / len(visits))


def test_popular_shares_add_up_to_100_and_values_to_the_visitors(clicky: TestClient) -> None:
    for type_name in ("countries", "web-browsers", "traffic-sources", "hardware", "engagement-actions"):
        rows = items(clicky, type_name, date="last-30-days", limit="all")
        assert 99.5 <= sum(float(row["value_percent"]) for row in rows) <= 100.5, type_name
        assert sum(int(row["value"]) for row in rows) == tally(clicky, "visitors", date="last-30-days")
        values = [int(row["value"]) for row in rows]
        assert values == sorted(values, reverse=True)


def test_daily_and_hourly_breakdowns_add_up_newest_first(clicky: TestClient) -> None:
    days = groups(clicky, "visitors", date="last-7-days", daily=1)
    assert [day["date"] for day in days] == [f"2026-03-{n:02d}" for n in range(31, 24, -1)]
    assert sum(int(day["items"][0]["value"]) for day in days) == tally(clicky, "visitors", date="last-7-days")
    hours = groups(clicky, "actions", date="yesterday", hourly=1)
    assert [hour["date"] for hour in hours][:2] == ["2026-03-30 23:00", "2026-03-30 22:00"] and len(hours) == 24
    assert sum(int(hour["items"][0]["value"]) for hour in hours) == tally(clicky, "actions", date="yesterday")
    daily_pages = groups(clicky, "pages", date="last-3-days", daily=1, limit=2)
    assert len(daily_pages) == 3 and all(len(day["items"]) <= 2 for day in daily_pages)


def test_hourly_is_ignored_when_a_type_has_no_hourly_data(clicky: TestClient) -> None:
    answer = stats(clicky, type="visitors,pages", date="yesterday", hourly=1)
    assert [len(result["dates"]) for result in answer] == [1, 1]


def test_segmentation_uses_the_visitors_list_filters(clicky: TestClient) -> None:
    chosen = items(clicky, "visitors-list", date="last-7-days", domain="google.com", limit="all")
    (summary, countries, visitors) = items(
        clicky, "segmentation", date="last-7-days", domain="google.com", segments="summary,countries,visitors"
    )
    assert summary["segment"] == "summary" and int(summary["visitors"]) == len(chosen) > 0
    assert visitors == {"segment": "visitors", "value": str(len(chosen))}
    assert sum(int(row["value"]) for row in countries["items"]) == len(chosen)


def test_trends_compare_with_the_previous_period(clicky: TestClient) -> None:
    (item,) = items(clicky, "visitors", date="yesterday", trends=1)
    before = tally(clicky, "visitors", date="2-days-ago")
    assert int(item["trend"]) == max(-999, min(999, round((float(item["value"]) - before) * 100 / before)))
    assert all("trend" in row for row in items(clicky, "countries", date="last-7-days", trends=1))


# --- filters, item, paging, null_values, time_offset ---


def test_visitor_filters(clicky: TestClient) -> None:
    week = {"date": "last-7-days", "limit": "all"}
    everyone = items(clicky, "visitors-list", **week)
    assert {v["country_code"] for v in items(clicky, "visitors-list", country="us", **week)} == {"us"}
    busy = items(clicky, "visitors-list", actions=">5", **week)
    assert busy and len(busy) == sum(1 for v in everyone if int(v["actions"]) > 5)
    new = items(clicky, "visitors-list", new_visitors=1, **week)
    assert new and all(v["total_visits"] == "1" for v in new)
    billy = items(clicky, "visitors-list", **{"custom[username]": "billy"}, date="last-30-days", limit="all")
    assert billy and all(v["custom"]["username"] == "billy" for v in billy)
    some_ip = everyone[0]["ip_address"]
    assert {v["ip_address"] for v in items(clicky, "visitors-list", ip_address=some_ip, **week)} == {some_ip}
    low, high = "24.0.0.0", "100.255.255.255"
    ranged = items(clicky, "visitors-list", ip_address=f"{low},{high}|{some_ip}", **week)
    expected = [v for v in everyone if 24 <= int(v["ip_address"].split(".")[0]) <= 100 or v["ip_address"] == some_ip]
    assert ranged == expected
    # ip_address overrides every other filter
    assert items(clicky, "visitors-list", ip_address=some_ip, country="zz", **week)


def test_visitors_list_by_session_ignores_the_date_and_alerts_answer_like_it(clicky: TestClient) -> None:
    old = items(clicky, "visitors-list", date="2026-01-10", limit=1)[0]
    (found,) = items(clicky, "visitors-list", session_id=old["session_id"])
    assert found == old
    alert = raw(clicky, alert_id="5001", output="json").json()
    assert alert[0]["type"] == "visitors-list" and len(alert[0]["dates"][0]["items"]) == 1


def test_actions_list_filters(clicky: TestClient) -> None:
    downloads = items(clicky, "actions-list", action_type="download", date="last-7-days", limit="all")
    assert downloads and {a["action_type"] for a in downloads} == {"download"}
    session = downloads[0]["session_id"]
    own = items(clicky, "actions-list", session_id=session, date="last-7-days")
    assert own and {a["session_id"] for a in own} == {session}
    contact = items(clicky, "actions-list", href="/contact.php", date="last-7-days", limit="all")
    assert contact and all("/contact.php" in a["action_url"] for a in contact)
    times = [int(a["time"]) for a in items(clicky, "actions-list", date="last-7-days", limit="all")]
    assert times == sorted(times, reverse=True)


def test_filter_substring_negation_and_exact_item(clicky: TestClient) -> None:
    week = {"date": "last-30-days", "limit": "all"}
    every = [row["title"] for row in items(clicky, "searches", **week)]
    portland = [row["title"] for row in items(clicky, "searches", filter="portland", **week)]
    others = [row["title"] for row in items(clicky, "searches", filter="!Portland", **week)]
    assert portland == [title for title in every if "portland" in title]
    assert others == [title for title in every if "portland" not in title]
    assert portland and others
    (exact,) = items(clicky, "searches", item="portland homes", **week)
    assert exact["title"] == "portland homes"


def test_list_types_cap_limit_all_at_1000_and_page_through_the_rest(clicky: TestClient) -> None:
    month = every_item(clicky, "actions-list", date="last-30-days")
    assert len(month) > 1000
    assert len(items(clicky, "actions-list", date="last-30-days", limit="all")) == 1000
    assert len({(a["session_id"], a["time"], a["action_title"]) for a in month}) == len(month)


def test_limit_and_page(clicky: TestClient) -> None:
    ten = items(clicky, "visitors-list", date="last-7-days", limit=10)
    first = items(clicky, "visitors-list", date="last-7-days", limit=5, page=1)
    second = items(clicky, "visitors-list", date="last-7-days", limit=5, page=2)
    assert first + second == ten and len(ten) == 10
    assert len(items(clicky, "visitors-list", date="last-7-days")) == 50  # the default limit
    assert items(clicky, "countries", date="today", limit=2, page=500) == []


def test_null_values_keeps_empty_fields(clicky: TestClient) -> None:
    plain = items(clicky, "visitors-list", date="last-7-days", limit=100)
    full = items(clicky, "visitors-list", date="last-7-days", limit=100, null_values=1)
    direct = [n for n, v in enumerate(plain) if "referrer_url" not in v]
    assert direct and all(full[n]["referrer_url"] == "" for n in direct)
    assert all(set(full[n]) >= set(plain[n]) for n in range(len(plain)))


def test_time_offset_and_visitor_details(clicky: TestClient) -> None:
    now = 1774958400  # 2026-03-31T12:00:00Z
    recent = items(clicky, "visitors-list", time_offset=3600, limit="all", date="2025-01-01")
    assert recent and all(now - 3600 <= int(v["time"]) <= now for v in recent)
    slim = items(clicky, "visitors-list", limit=3, **{"visitor-details": "ip_address,web_browser"})
    assert all(set(v) <= {"ip_address", "web_browser"} for v in slim) and slim


def test_custom_keys_multi_values_turns_custom_into_lists(clicky: TestClient) -> None:
    many = items(clicky, "visitors-list", date="last-30-days", limit="all", custom_keys_multi_values=1)
    customs = [v["custom"] for v in many if "custom" in v]
    assert customs and all(isinstance(values, list) for custom in customs for values in custom.values())


# --- output formats ---


def test_xml_output(clicky: TestClient) -> None:
    answer = raw(clicky, type="visitors,countries", date="yesterday", output="xml")
    assert answer.headers["content-type"].startswith("text/xml")
    root = ET.fromstring(answer.content)
    assert root.get("status") == "ok" and [t.get("type") for t in root] == ["visitors", "countries"]
    assert root.findtext("type/date/item/value") == str(int(tally(clicky, "visitors", date="yesterday")))


def test_default_output_is_xml(clicky: TestClient) -> None:
    assert raw(clicky, type="visitors").headers["content-type"].startswith("text/xml")


def test_csv_output_date_value_lines_for_daily_tallies_and_blocks_otherwise(clicky: TestClient) -> None:
    answer = raw(clicky, type="visitors,actions", date="last-3-days", daily=1, output="csv")
    assert answer.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(answer.text)))
    days = groups(clicky, "visitors", date="last-3-days", daily=1)
    assert lines[:3] == [[day["date"], day["items"][0]["value"]] for day in days] and len(lines) == 6
    blocks = list(csv.reader(io.StringIO(raw(clicky, type="countries", output="csv", limit=2).text)))
    assert blocks[0] == ["countries"] and blocks[1][:3] == ["date", "title", "value"] and len(blocks) == 4


def test_php_output(clicky: TestClient) -> None:
    answer = raw(clicky, type="visitors,pages", date="yesterday", limit=2, output="php")
    assert answer.headers["content-type"].startswith("application/vnd.php.serialized")
    data = phpserialize.loads(answer.content, decode_strings=True)
    assert list(data) == ["visitors", "pages"]
    assert data["visitors"]["2026-03-30"][0]["value"] == str(int(tally(clicky, "visitors", date="yesterday")))
    assert len(data["pages"]["2026-03-30"]) == 2


def test_json_callback_and_var(clicky: TestClient) -> None:
    plain = raw(clicky, type="visitors", output="json").text
    called = raw(clicky, type="visitors", output="json", json_callback="my_callback")
    assert called.headers["content-type"].startswith("text/javascript")
    assert called.text == f"my_callback({plain})"
    assigned = raw(clicky, type="visitors", output="json", json_var="stats.today").text
    assert assigned == f"var stats.today = {plain};"


# --- errors: HTTP 200 with [{"error": ...}] ---


def test_credential_errors_are_answered_with_200(clicky: TestClient) -> None:
    def error(**params: str) -> Any:
        answer = clicky.get("/api/stats/4", params={"type": "visitors", "output": "json", **params})
        assert answer.status_code == 200
        return answer.json()

    assert error(site_id="101", sitekey="0000000000000000") == [{"error": "Invalid sitekey."}]
    assert error(site_id="101") == [{"error": "Invalid sitekey."}]
    assert error(site_id="999", sitekey=CREDENTIALS["sitekey"]) == [{"error": "Invalid site_id."}]
    assert error(sitekey=CREDENTIALS["sitekey"]) == [{"error": "Invalid site_id."}]


@pytest.mark.parametrize(("scheme", "expected"), [("siteId", "Invalid site_id."), ("sitekey", "Invalid sitekey.")])
def test_the_credential_error_follows_the_failed_scheme_not_the_frame_s_wording(scheme: str, expected: str) -> None:
    """Whatever the frame's message says (here: the other credential), Clicky's words follow the scheme it names."""
    misleading = "Missing query parameter 'sitekey'" if scheme == "siteId" else "Invalid query parameter 'site_id'"
    answer = render_error(AuthFailure(scheme, misleading), {"output": "json"})
    assert answer.status == 200 and answer.body == [{"error": expected}]


def test_credential_errors_come_in_the_requested_format(clicky: TestClient) -> None:
    wrong_key = {"type": "visitors", "site_id": "101", "sitekey": "0000000000000000"}
    root = ET.fromstring(clicky.get("/api/stats/4", params=wrong_key).content)  # xml: the vendor's default
    assert root.get("status") == "fail" and root.findtext("error") == "Invalid sitekey."
    php = clicky.get("/api/stats/4", params={**wrong_key, "output": "php"}).content
    assert phpserialize.loads(php, decode_strings=True) == {0: {"error": "Invalid sitekey."}}


def test_missing_type_is_an_error_in_the_requested_format(clicky: TestClient) -> None:
    assert raw(clicky, output="json").json() == [{"error": "You must specify a type."}]
    root = ET.fromstring(raw(clicky).content)
    assert root.get("status") == "fail" and root.findtext("error") == "You must specify a type."
    assert phpserialize.loads(raw(clicky, output="php").content, decode_strings=True) == {
        0: {"error": "You must specify a type."}
    }
    assert list(csv.reader(io.StringIO(raw(clicky, output="csv").text))) == [["error"], ["You must specify a type."]]


@pytest.mark.parametrize(("name", "value"), [("limit", "0"), ("limit", "1001"), ("page", "0"), ("daily", "2")])
def test_strict_mode_rejects_values_the_spec_rejects_naming_the_parameter(
    clicky: TestClient, name: str, value: str
) -> None:
    params = {**CREDENTIALS, "type": "visitors", "output": "json", name: value}
    (error,) = clicky.get("/api/stats/4", params=params, headers={"X-Mock-Strict": "1"}).json()
    assert name in error["error"]
