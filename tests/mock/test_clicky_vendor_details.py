"""Clicky details the vendor documents: heatmap_url, the visitors-details spelling, the goals object.

Vendor, seed 002_c5a5c4d2aea5df3c.txt:
- line 178: "Appending &heatmap_url=1 to the request will append the heatmap viewing authentication to the end of
  the URL, so these links can be clicked on directly to view a heatmap for that page."
- line 54: "Other parameters you could normally send in alongside a visitors-list request can be used here too,
  such as output=json, visitors-details=referrer_domain, etc."
- lines 373-381: goals "with the following hierarchy": goals_completed, goals_incompleted, revenue, cost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS
from mockserver.app import create_app
from mockserver.config import MockConfig
from tests.mock.conftest import FROZEN_NOW

CREDENTIALS = {**APIS["clicky"].query, "output": "json"}


@pytest.fixture(scope="module")
def clicky() -> Iterator[TestClient]:
    config = MockConfig(api="clicky", now=FROZEN_NOW, frozen_clock=True, validate_responses=True, seed=7)
    with TestClient(create_app(config)) as client:
        yield client


def items(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    (result,) = client.get("/api/stats/4", params={**CREDENTIALS, **params}).json()
    return [item for date in result["dates"] for item in date["items"]]


def test_heatmap_url_appends_the_viewing_authentication_to_each_page_url(clicky: TestClient) -> None:
    plain = items(clicky, type="pages", date="last-7-days")
    with_heatmap = items(clicky, type="pages", date="last-7-days", heatmap_url="1")
    assert plain and len(with_heatmap) == len(plain)
    for before, after in zip(plain, with_heatmap, strict=True):
        assert after["url"].startswith(before["url"] + "#_heatmap=") and len(after["url"]) > len(before["url"]) + 10
        assert {key: value for key, value in after.items() if key != "url"} == {
            key: value for key, value in before.items() if key != "url"
        }
    assert APIS["clicky"].query["sitekey"] not in str(with_heatmap)  # the sitekey is never in a shareable link


def test_heatmap_url_only_concerns_pages(clicky: TestClient) -> None:
    assert items(clicky, type="downloads", date="last-7-days", heatmap_url="1") == items(
        clicky, type="downloads", date="last-7-days"
    )


@pytest.mark.parametrize("spelling", ["visitor-details", "visitors-details"])
def test_both_spellings_of_visitor_details_choose_the_fields(clicky: TestClient, spelling: str) -> None:
    chosen = items(clicky, type="visitors-list", **{spelling: "referrer_domain,ip_address"})
    assert chosen and all(set(item) <= {"referrer_domain", "ip_address"} for item in chosen)
    assert any("ip_address" in item for item in chosen)


def test_an_alert_request_takes_the_alias_as_the_vendor_example_does(clicky: TestClient) -> None:
    listed = items(clicky, type="visitors-list")
    session = listed[0]["session_id"]
    # No alert ids are known here; session_id plus the alias is what an alert request turns into (line 54).
    (only,) = items(clicky, type="visitors-list", session_id=session, **{"visitors-details": "ip_address"})
    assert only == {"ip_address": listed[0]["ip_address"]}


def test_goals_use_the_vendors_key_names(clicky: TestClient) -> None:
    visitors = items(clicky, type="visitors-list", date="last-month", limit="1000")
    goals = [item["goals"] for item in visitors if "goals" in item]
    assert goals, "the seeded data should hold visitors with goals"
    for entry in goals:
        assert set(entry) <= {"goals_completed", "goals_incompleted", "revenue", "cost"}
        assert "goals_completed" in entry or "goals_incompleted" in entry
