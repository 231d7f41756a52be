"""ClickMeter mock: entity life cycles, filters, sorting, paging, auth and the vendor error model."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from clickapis.catalog import APIS

from .conftest import MockFactory

KEY = APIS["clickmeter"].headers


@pytest.fixture
def cm(make_mock: MockFactory) -> TestClient:
    client = make_mock("clickmeter")
    client.headers.update(KEY)
    return client


def link(name: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "type": "TrackingLink",
        "typeTL": {"url": f"https://example.org/{name}", "domainId": 1},
        **extra,
    }


def test_demo_key_is_required_and_errors_use_the_vendor_model(make_mock: MockFactory) -> None:
    client = make_mock("clickmeter")
    missing = client.get("/account")
    wrong = client.get("/account", headers={"X-Clickmeter-AuthKey": "nope"})
    assert missing.status_code == wrong.status_code == 401
    assert set(wrong.json()) == {"errorCode", "httpErrorCode", "Message"}
    assert "nope" not in wrong.text


def test_datapoint_life_cycle(cm: TestClient) -> None:
    before = cm.get("/datapoints/count").json()["count"]
    created = cm.post("/datapoints", json=link("launch", title="Launch", groupId=2, tags=[{"name": "fresh"}]))
    assert created.status_code == 200
    datapoint_id = created.json()["id"]
    assert created.json()["uri"] == f"/datapoints/{datapoint_id}"
    read = cm.get(f"/datapoints/{datapoint_id}").json()
    assert (read["name"], read["title"], read["groupName"], read["status"]) == (
        "launch",
        "Launch",
        "Newsletter",
        "Active",
    )
    assert [tag["name"] for tag in read["tags"]] == ["fresh"]
    assert cm.post(f"/datapoints/{datapoint_id}", json={"title": "Launch v2", "status": "Paused"}).status_code == 200
    read = cm.get(f"/datapoints/{datapoint_id}").json()
    assert (read["title"], read["status"], read["name"]) == ("Launch v2", "Paused", "launch")
    assert cm.get("/datapoints/count").json()["count"] == before + 1
    assert datapoint_id in [e["id"] for e in cm.get("/datapoints", params={"status": "paused"}).json()["entities"]]
    assert cm.delete(f"/datapoints/{datapoint_id}").json()["id"] == datapoint_id
    gone = cm.get(f"/datapoints/{datapoint_id}")
    assert gone.status_code == 404
    assert gone.json() == {"errorCode": 404, "httpErrorCode": 404, "Message": f"Datapoint {datapoint_id} not found"}
    assert cm.delete(f"/datapoints/{datapoint_id}").status_code == 404
    assert cm.get("/datapoints/count").json()["count"] == before
    deleted = [e["id"] for e in cm.get("/datapoints", params={"status": "deleted", "limit": 100}).json()["entities"]]
    assert datapoint_id in deleted


def test_datapoint_validation_names_the_property(cm: TestClient) -> None:
    bad = cm.post("/datapoints", json={"name": "x", "type": "TrackingLink", "typeTL": {"url": "ftp://nowhere"}})
    assert bad.status_code == 400
    assert "typeTL.url" in bad.json()["Message"]
    status = cm.post("/datapoints", json=link("x", status="Abuse"))
    assert status.status_code == 400 and "/status" in status.json()["Message"]
    missing_group = cm.post("/datapoints", json=link("x", groupId=99))
    assert missing_group.status_code == 409 and "/groupId: group 99 not found" in missing_group.json()["Message"]
    retyped = cm.post("/datapoints/1", json={"type": "TrackingPixel"})
    assert retyped.status_code == 409 and "/type" in retyped.json()["Message"]
    unnamed = cm.post("/datapoints", json={"type": "TrackingPixel"})
    assert unnamed.status_code == 200 and cm.get(f"/datapoints/{unnamed.json()['id']}").json()["name"] == ""
    schema = cm.post("/datapoints", json={"name": 5})
    assert schema.status_code == 400 and "/name" in schema.json()["Message"]


def test_an_update_that_leaves_an_unsettable_status_alone_is_accepted(cm: TestClient) -> None:
    """Schemathesis seed 5150: `POST /datapoints/11` without `status` was refused for the `Abuse` status it keeps."""
    abuse = next(e for e in cm.get("/datapoints", params={"status": "spam"}).json()["entities"])
    updated = cm.post(f"/datapoints/{abuse['id']}", json={"title": "still flagged", "groupId": 1})
    assert updated.status_code == 200, updated.text
    read = cm.get(f"/datapoints/{abuse['id']}").json()
    assert (read["status"], read["title"]) == ("Abuse", "still flagged")
    set_again = cm.post(f"/datapoints/{abuse['id']}", json={"status": "Abuse"})
    assert set_again.status_code == 200  # the status it has is not a change
    deleted_by_status = cm.post(f"/datapoints/{abuse['id']}", json={"status": "Deleted"})
    assert deleted_by_status.status_code == 400 and "/status" in deleted_by_status.json()["Message"]


@pytest.mark.parametrize(
    ("collection", "body", "change", "field"),
    [
        ("groups", {"name": "Autumn"}, {"name": "Autumn 2"}, "name"),
        ("conversions", {"name": "Trial", "value": 3.5}, {"value": 4.0}, "value"),
        (
            "domains",
            {"name": "go.shop.test", "type": "Personal"},
            {"customHomepage": "https://shop.test/"},
            "customHomepage",
        ),
        ("retargeting", {"name": "Pixel", "script": "<script></script>"}, {"name": "Pixel 2"}, "name"),
        ("account/guests", {"name": "Cy", "email": "cy@example.test"}, {"name": "Cy D"}, "name"),
    ],
)
def test_entity_life_cycle(
    cm: TestClient, collection: str, body: dict[str, Any], change: dict[str, Any], field: str
) -> None:
    count_path = "/retargeting/count" if collection == "retargeting" else f"/{collection}/count"
    params = {"type": "personal"} if collection == "domains" else {}
    before = cm.get(count_path, params=params).json()["count"]
    entity_id = cm.post(f"/{collection}", json=body).json()["id"]
    assert cm.get(f"/{collection}/{entity_id}").json()[next(iter(body))] == body[next(iter(body))]
    assert cm.post(f"/{collection}/{entity_id}", json=change).status_code == 200
    assert cm.get(f"/{collection}/{entity_id}").json()[field] == change[field]
    assert cm.get(count_path, params=params).json()["count"] == before + 1
    listed = cm.get(f"/{collection}", params={**params, "limit": 100}).json()["entities"]
    assert entity_id in [entity["id"] for entity in listed]
    assert len(listed) == before + 1
    assert cm.delete(f"/{collection}/{entity_id}").status_code == 200
    assert cm.get(f"/{collection}/{entity_id}").status_code == 404
    assert cm.get(count_path, params=params).json()["count"] == before


def test_tag_life_cycle(cm: TestClient) -> None:
    tag_id = cm.post("/tags", json={"name": "promo", "datapoints": [1, 4]}).json()["id"]
    assert cm.get(f"/tags/{tag_id}").json() == {"id": tag_id, "name": "promo", "datapoints": [1, 4], "groups": []}
    assert cm.put(f"/tags/{tag_id}/name", json={"Text": "promo-2"}).status_code == 200
    assert cm.get("/tags", params={"name": "promo-2"}).json()["entities"][0]["id"] == tag_id
    assert cm.post("/tags", json={"name": "PROMO-2"}).status_code == 409
    assert cm.post("/tags", json={"name": "other", "datapoints": [999]}).status_code == 409
    assert cm.delete(f"/tags/{tag_id}").status_code == 200
    assert cm.get(f"/tags/{tag_id}").status_code == 404
    assert "promo-2" not in [t["name"] for t in cm.get("/datapoints/1").json()["tags"]]


def test_whitelist_and_blacklist_entries(cm: TestClient) -> None:
    entry = cm.post("/account/domainwhitelist", json={"name": "Partner.Example.com"}).json()
    assert entry == {"id": entry["id"], "name": "partner.example.com"} and isinstance(entry["id"], str)
    assert entry in cm.get("/account/domainwhitelist").json()["entities"]
    assert cm.post("/account/domainwhitelist", json={"name": "not a domain"}).status_code == 400
    assert cm.delete(f"/account/domainwhitelist/{entry['id']}").json() == entry
    assert cm.delete(f"/account/domainwhitelist/{entry['id']}").status_code == 404
    blocked = cm.post("/account/ipblacklist", json={"ip": "203.0.113.99"}).json()
    assert blocked in cm.get("/account/ipblacklist").json()["entities"]
    assert cm.post("/account/ipblacklist", json={"ip": "203.0.113.99"}).status_code == 409
    assert cm.post("/account/ipblacklist", json={"ip": "2001:db8::0:1"}).json()["ip"] == "2001:db8::1"
    assert cm.post("/account/ipblacklist", json={"ip": "999.1.1.1"}).status_code == 400
    assert cm.delete(f"/account/ipblacklist/{blocked['id']}").status_code == 200
    assert cm.delete("/account/ipblacklist/abc").status_code == 404


def _ids(cm: TestClient, path: str, **params: Any) -> list[int]:
    return [entity["id"] for entity in cm.get(path, params={"limit": 100, **params}).json()["entities"]]


def test_datapoint_filters_match_their_counts(cm: TestClient) -> None:
    filters: list[dict[str, Any]] = [
        {"type": "tp"},
        {"type": "tl"},
        {"status": "spam"},
        {"status": "paused"},
        {"tags": "spring"},
        {"tags": "email,social"},
        {"textSearch": "SPRING"},
        {"onlyFavorites": "true"},
        {"createdAfter": "20250305", "createdBefore": "20250310"},
    ]
    for params in filters:
        listed = _ids(cm, "/datapoints", **params)
        assert cm.get("/datapoints/count", params=params).json()["count"] == len(listed), params
    assert _ids(cm, "/datapoints", type="tp") == [3, 5, 10]
    assert _ids(cm, "/datapoints", status="spam") == [11]
    assert _ids(cm, "/datapoints", tags="spring") == [1, 2, 3]
    assert _ids(cm, "/datapoints", textSearch="SPRING") == [1, 2, 3]
    assert _ids(cm, "/datapoints", onlyFavorites="true") == [1, 4, 9]
    assert _ids(cm, "/datapoints", createdAfter="20250227", createdBefore="20250301") == [1, 2]
    assert _ids(cm, "/groups/1/datapoints") == [1, 2, 3]
    assert _ids(cm, "/conversions/3/datapoints") == [4, 6, 9]
    assert _ids(cm, "/tags/4/datapoints") == [6, 7]
    assert _ids(cm, "/groups", status="deleted") == [4]


def test_sorting_and_paging(cm: TestClient) -> None:
    by_name = [e["name"] for e in cm.get("/datapoints", params={"sortBy": "name", "limit": 100}).json()["entities"]]
    assert by_name == sorted(by_name)
    descending = _ids(cm, "/datapoints", sortBy="id", sortDirection="desc")
    assert descending == sorted(descending, reverse=True)
    pages = [_ids(cm, "/datapoints", offset=offset, limit=4) for offset in (0, 4, 8, 12)]
    assert [len(page) for page in pages] == [4, 4, 3, 0]
    assert [item for page in pages for item in page] == _ids(cm, "/datapoints")
    # The vendor names no sort fields: an unknown one means the default order, by id.
    assert _ids(cm, "/datapoints", sortBy="colour") == _ids(cm, "/datapoints", sortBy="") == _ids(cm, "/datapoints")
    # No upper bound on limit: a client stops at the first page shorter than its limit.
    assert _ids(cm, "/datapoints", limit=2**31 - 1) == _ids(cm, "/datapoints", limit=100)
    assert cm.get("/datapoints", params={"limit": 0}).status_code == 400
    assert cm.get("/datapoints", params={"offset": -1}).status_code == 400


def test_failed_request_leaves_the_store_unchanged(cm: TestClient) -> None:
    before = cm.get("/tags/count").json()["count"]
    bad = cm.post("/datapoints", json=link("with-tag", tags=[{"name": "brand-new"}, {"id": 999}]))
    assert bad.status_code == 409
    assert cm.get("/tags/count").json()["count"] == before


def test_rules_the_vendor_never_stated_are_not_enforced(cm: TestClient) -> None:
    guest = cm.post("/account/guests", json={"name": "No Mail"})
    assert guest.status_code == 200 and "email" not in cm.get(f"/account/guests/{guest.json()['id']}").json()
    for collection in ("groups", "conversions", "retargeting"):
        created = cm.post(f"/{collection}", json={})
        assert created.status_code == 200, collection
        assert cm.get(f"/{collection}/{created.json()['id']}").json()["name"] == ""
    assert cm.post("/conversions", json={"name": "Refund", "value": -5.0}).status_code == 200
    assert cm.post("/groups", json={"name": "Spring campaign"}).status_code == 200  # names may repeat


def test_clickmeter_owned_domains_are_forbidden(cm: TestClient) -> None:
    system = cm.get("/domains/1").json()
    assert system["type"] == "System"
    refused = cm.post("/domains/1", json={"customHomepage": "https://shop.test/"})
    assert refused.status_code == 403 and "System" in refused.json()["Message"]
    assert cm.delete("/domains/1").status_code == 403
    assert cm.post("/domains", json={"name": "own.shop.test", "type": "System"}).status_code == 400
    assert cm.post("/domains", json={"type": "Personal"}).status_code == 400
    created = cm.post("/domains", json={"name": "own.shop.test"}).json()
    assert cm.post("/domains", json={"name": "OWN.shop.test"}).status_code == 409
    assert cm.get(f"/domains/{created['id']}").json()["type"] == "Personal"
