"""ClickMeter mock: datapoint batches with per-item failures, favourites, notes, tag/conversion/guest associations."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from .conftest import MockFactory
from .test_clickmeter_crud import KEY, link


@pytest.fixture
def cm(make_mock: MockFactory) -> TestClient:
    client = make_mock("clickmeter")
    client.headers.update(KEY)
    return client


def _count(cm: TestClient, path: str, **params: Any) -> int:
    return int(cm.get(path, params=params).json()["count"])


def test_batch_create_applies_valid_items_and_reports_each_failure(cm: TestClient) -> None:
    before = _count(cm, "/datapoints/count")
    batch = {
        "List": [
            link("batch-a"),
            {"name": "", "type": "TrackingLink", "typeTL": {"url": "nope"}},
            link("batch-b", groupId=99),
        ]
    }
    answer = cm.put("/datapoints/batch", json=batch).json()
    assert answer["status"] == "PartialSuccess"
    failures = {(failure["property"], failure["code"]) for failure in answer["errors"]}
    assert failures == {("List[1].typeTL.url", "invalid"), ("List[2].groupId", "not_found")}
    assert answer["entityData"]["name"] == "batch-a"
    assert _count(cm, "/datapoints/count") == before + 1
    assert cm.put("/datapoints/batch", json={"List": [link("batch-c")]}).json()["status"] == "Success"


def test_batch_update_and_delete(cm: TestClient) -> None:
    answer = cm.post(
        "/datapoints/batch", json={"List": [{"id": 2, "title": "Banner!"}, {"id": 404, "title": "x"}]}
    ).json()
    assert answer["status"] == "PartialSuccess"
    assert answer["errors"][0]["property"] == "List[1].id" and answer["errors"][0]["errorValue"] == 404
    assert cm.get("/datapoints/2").json()["title"] == "Banner!"
    before = _count(cm, "/datapoints/count")
    deleted = cm.request(
        "DELETE",
        "/datapoints/batch",
        json={"Entities": [{"id": 2, "uri": "/datapoints/2"}, {"id": 777, "uri": "/datapoints/777"}]},
    ).json()
    assert deleted["status"] == "PartialSuccess" and deleted["result"]["id"] == 2
    assert deleted["errors"][0]["property"] == "Entities[1].id"
    assert cm.get("/datapoints/2").status_code == 404
    assert _count(cm, "/datapoints/count") == before - 1
    assert cm.put("/datapoints/batch", json={"List": [{"name": "x"}]}).json()["status"] == "Failure"


def test_favourite_toggle_and_notes(cm: TestClient) -> None:
    favourites = _count(cm, "/datapoints/count", onlyFavorites="true")
    assert cm.put("/datapoints/2/favourite").json()["id"] == 2
    assert cm.get("/datapoints/2").json()["preferred"] is True
    assert _count(cm, "/datapoints/count", onlyFavorites="true") == favourites + 1
    cm.put("/datapoints/2/favourite")
    assert cm.get("/datapoints/2").json()["preferred"] is False
    cm.put("/datapoints/2/notes", json={"Text": "check copy"})
    cm.put("/groups/2/notes", json={"Text": "monthly"})
    cm.put("/conversions/1/notes", json={"Text": "main goal"})
    cm.put("/groups/2/favourite")
    assert cm.get("/datapoints/2").json()["notes"] == "check copy"
    assert cm.get("/groups/2").json()["notes"] == "monthly" and cm.get("/groups/2").json()["preferred"] is True
    assert cm.get("/conversions/1").json()["notes"] == "main goal"
    assert cm.put("/datapoints/999/favourite").status_code == 404


def test_tag_patches_and_remove_from_all(cm: TestClient) -> None:
    cm.put("/tags/5/datapoints/patch", json={"Action": "add", "Id": 1})
    cm.put("/tags/5/groups/patch", json={"Action": "add", "Id": 2})
    assert cm.get("/tags/5").json()["datapoints"] == [1, 8, 9] and cm.get("/tags/5").json()["groups"] == [2]
    assert _count(cm, "/tags/5/datapoints/count") == 3 and _count(cm, "/tags/5/groups/count") == 1
    assert [t["id"] for t in cm.get("/tags", params={"type": "gr"}).json()["entities"]] == [5]
    assert [t["id"] for t in cm.get("/tags", params={"datapoints": "8"}).json()["entities"]] == [5]
    cm.put("/tags/5/datapoints/patch", json={"Action": "remove", "Id": 9})
    assert cm.get("/tags/5").json()["datapoints"] == [1, 8]
    assert cm.put("/tags/5/datapoints/patch", json={"Action": "toggle", "Id": 9}).status_code == 400
    # Naming an entity that does not exist is a conflict: a 404 would say the tag itself is gone.
    assert cm.put("/tags/5/datapoints/patch", json={"Action": "add", "Id": 999}).status_code == 409
    cm.delete("/tags/5/datapoints")
    cm.delete("/tags/5/groups")
    assert cm.get("/tags/5").json() == {"id": 5, "name": "evergreen", "datapoints": [], "groups": []}
    assert _count(cm, "/datapoints/count", tags="evergreen") == 0


def test_conversion_patches(cm: TestClient) -> None:
    cm.put("/conversions/2/datapoints/patch", json={"Action": "add", "Id": 6})
    assert cm.get("/datapoints/6").json()["secondConversionId"] == 2
    cm.put("/conversions/1/datapoints/patch", json={"Action": "replace", "Id": 6, "ReplaceId": 3})
    datapoint = cm.get("/datapoints/6").json()
    assert (datapoint["firstConversionId"], datapoint["firstConversionName"]) == (1, "Purchase")
    cm.put(
        "/conversions/3/datapoints/batch/patch",
        json={"PatchRequests": [{"Action": "add", "Id": 7}, {"Action": "remove", "Id": 4}]},
    )
    assert [e["id"] for e in cm.get("/conversions/3/datapoints").json()["entities"]] == [7, 9]
    assert _count(cm, "/conversions/3/datapoints/count") == 2
    missing = cm.put("/conversions/3/datapoints/batch/patch", json={"PatchRequests": [{"Action": "add", "Id": 999}]})
    assert missing.status_code == 409 and "/PatchRequests/0/Id" in missing.json()["Message"]


def test_guest_permissions(cm: TestClient) -> None:
    guest_id = cm.post(
        "/account/guests", json={"name": "Dee", "email": "dee@example.test", "password": "s3cret"}
    ).json()["id"]
    assert "password" not in cm.get(f"/account/guests/{guest_id}").json()
    cm.post(f"/account/guests/{guest_id}/datapoint/permissions/patch", json={"Action": "add", "Id": 3, "Verb": "write"})
    cm.put(f"/account/guests/{guest_id}/group/permissions/patch", json={"Action": "add", "Id": 2})
    permissions = cm.get(f"/account/guests/{guest_id}/permissions").json()["entities"]
    assert [(p["EntityType"], p["Entity"]["id"], p["Type"]) for p in permissions] == [
        ("datapoint", 3, "w"),
        ("group", 2, "r"),
    ]
    assert _count(cm, f"/account/guests/{guest_id}/permissions/count", type="w") == 1
    guest = cm.get(f"/account/guests/{guest_id}").json()
    assert (guest["tpGrants"], guest["tlGrants"], guest["groupGrants"]) == (1, 0, 1)
    cm.put(f"/account/guests/{guest_id}/group/permissions/patch", json={"Action": "remove", "Id": 2})
    assert _count(cm, f"/account/guests/{guest_id}/permissions/count") == 1
    missing = cm.put(f"/account/guests/{guest_id}/group/permissions/patch", json={"Action": "add", "Id": 99})
    assert missing.status_code == 409
    assert (
        cm.put(f"/account/guests/{guest_id}/group/permissions/patch", json={"Action": "drop", "Id": 2}).status_code
        == 400
    )


def test_plan_usage_reflects_the_store(cm: TestClient) -> None:
    plan = cm.get("/account/plan").json()
    assert plan == cm.get("/me/plan").json()
    assert plan["usedDatapoints"] == _count(cm, "/datapoints/count")
    current = cm.get("/aggregated", params={"timeFrame": "currentmonth"}).json()
    assert plan["usedMonthlyEvents"] == current["totalClicks"] + current["totalViews"]
    cm.post("/datapoints", json=link("one-more"))
    assert cm.get("/account/plan").json()["usedDatapoints"] == plan["usedDatapoints"] + 1
    assert cm.post("/account", json={"companyName": "New Co"}).json()["companyName"] == "New Co"
    assert cm.get("/me").json()["companyName"] == "New Co"
    assert cm.post("/account", json={"registrationDate": "20000101000000"}).status_code == 400
