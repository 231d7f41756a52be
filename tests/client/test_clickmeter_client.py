"""The generated ClickMeter client against the mock server: every operation, sync and async, plus iterate().

The mock runs in this process under uvicorn on a free port (real HTTP for the sync and the async client),
checking every answer against the spec. `.sync()` / `.asyncio()` raise typed errors on non-2xx answers, so
a wrong answer fails the test; each answer must also parse into the model the spec names for 200.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path
from typing import Any

import clickmeter_client.api
import httpx
import pytest
import uvicorn
import yaml
from clickmeter_client import Client, NotFoundError
from clickmeter_client import models as m

from mockserver.app import create_app
from mockserver.config import MockConfig

KEY = "cm-demo-key"
SPEC = Path(__file__).resolve().parents[2] / "generated" / "clickmeter" / "openapi.yaml"
DOCUMENT = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
ANSWER_MODEL = {
    operation["operationId"]: operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit(
        "/", 1
    )[1]
    for path_item in DOCUMENT["paths"].values()
    for method, operation in path_item.items()
    if method in ("get", "put", "post", "delete")
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    port = _free_port()
    app = create_app(MockConfig(api="clickmeter", now="2026-03-31T12:00:00Z", validate_responses=True))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def fresh(base_url: str) -> Iterator[Fresh]:
    maker = Fresh(base_url)
    yield maker
    maker.http.close()


@pytest.fixture
def client(base_url: str) -> Iterator[Client]:
    api = Client(base_url=base_url, api_key=KEY, max_retries=0)
    yield api
    api.close()


class Fresh:
    """Creates throw-away entities over raw HTTP, so every case owns what it changes or deletes."""

    _serial = count(1)

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers={"X-Clickmeter-AuthKey": KEY})

    def _create(self, path: str, body: dict[str, Any]) -> int:
        answer = self.http.post(path, json=body)
        answer.raise_for_status()
        return int(answer.json()["id"])

    def name(self, stem: str) -> str:
        return f"{stem}-{next(self._serial)}"

    def datapoint(self) -> int:
        name = self.name("dp")
        return self._create(
            "/datapoints", {"name": name, "type": "TrackingLink", "typeTL": {"url": f"https://x.test/{name}"}}
        )

    def group(self) -> int:
        return self._create("/groups", {"name": self.name("group")})

    def conversion(self) -> int:
        return self._create("/conversions", {"name": self.name("conversion"), "value": 2.0})

    def tag(self) -> int:
        return self._create("/tags", {"name": self.name("tag")})

    def domain(self) -> int:
        return self._create("/domains", {"name": f"{self.name('d')}.example.test", "type": "Personal"})

    def script(self) -> int:
        return self._create("/retargeting", {"name": self.name("script"), "script": "<script></script>"})

    def guest(self) -> int:
        return self._create("/account/guests", {"name": self.name("guest"), "email": "g@example.test"})

    def whitelist(self) -> str:
        answer = self.http.post("/account/domainwhitelist", json={"name": f"{self.name('w')}.example.test"})
        return str(answer.json()["id"])

    def blacklist(self) -> str:
        answer = self.http.post("/account/ipblacklist", json={"ip": f"198.18.0.{next(self._serial) % 250 + 1}"})
        return str(answer.json()["id"])


Case = Callable[[Fresh], tuple[tuple[Any, ...], dict[str, Any]]]
TF = {"time_frame": m.TimeFrame.LAST30}
HTF = {"timeframe": m.HitsTimeframe.LAST7, "limit": 5}
RTF = {"timeframe": m.ReportTimeframe.LAST30}


def link(fresh: Fresh) -> m.DataPoint:
    name = fresh.name("link")
    return m.DataPoint.from_dict({"name": name, "type": "TrackingLink", "typeTL": {"url": f"https://x.test/{name}"}})


CASES: dict[str, Case] = {
    "getAccount": lambda f: ((), {}),
    "updateAccount": lambda f: ((), {"body": m.Account.from_dict({"companyName": "Client Co"})}),
    "getAccountPlan": lambda f: ((), {}),
    "getMe": lambda f: ((), {}),
    "getMePlan": lambda f: ((), {}),
    "listGuests": lambda f: ((), {"text_search": "a"}),
    "createGuest": lambda f: ((), {"body": m.Guest.from_dict({"name": "New", "email": "new@example.test"})}),
    "countGuests": lambda f: ((), {}),
    "getGuest": lambda f: ((1,), {}),
    "updateGuest": lambda f: ((f.guest(),), {"body": m.Guest.from_dict({"notes": "updated"})}),
    "deleteGuest": lambda f: ((f.guest(),), {}),
    "listGuestPermissions": lambda f: ((1,), {"entity_type": m.PermissionEntityType.GROUP}),
    "countGuestPermissions": lambda f: ((1,), {"type_": m.PermissionLevelFilter.R}),
    "patchGuestPermissionWithPut": lambda f: (
        (f.guest(), m.PermissionEntityType.DATAPOINT),
        {"body": m.PermissionPatchRequest.from_dict({"Action": "add", "Id": 1})},
    ),
    "patchGuestPermission": lambda f: (
        (f.guest(), m.PermissionEntityType.GROUP),
        {"body": m.PermissionPatchRequest.from_dict({"Action": "add", "Id": 1, "Verb": "write"})},
    ),
    "listDomainWhitelist": lambda f: ((), {}),
    "createDomainWhitelistEntry": lambda f: (
        (),
        {"body": m.DomainWhitelistEntry.from_dict({"name": f"{f.name('c')}.test"})},
    ),
    "deleteDomainWhitelistEntry": lambda f: ((f.whitelist(),), {}),
    "listIpBlacklist": lambda f: ((), {}),
    "createIpBlacklistEntry": lambda f: (
        (),
        {"body": m.IpBlacklistEntry.from_dict({"ip": f"198.19.0.{next(Fresh._serial) % 250 + 1}"})},
    ),
    "deleteIpBlacklistEntry": lambda f: ((f.blacklist(),), {}),
    "listDatapoints": lambda f: (
        (),
        {
            "type_": m.DataPointTypeFilter.TL,
            "status": m.DataPointStatusFilter.ACTIVE,
            "sort_by": "name",
            "sort_direction": m.SortDirection.DESC,
        },
    ),
    "createDatapoint": lambda f: ((), {"body": link(f)}),
    "getDatapointsAggregated": lambda f: ((), {**TF, "type_": m.DataPointTypeFilter.TP}),
    "listDatapointsAggregated": lambda f: ((), {**TF, "type_": m.DataPointTypeFilter.TL, "group_by": m.GroupBy.WEEK}),
    "createDatapointsBatch": lambda f: ((), {"body": m.BatchRequest.from_dict({"List": [link(f).to_dict()]})}),
    "updateDatapointsBatch": lambda f: (
        (),
        {"body": m.BatchRequest.from_dict({"List": [{"id": f.datapoint(), "title": "t"}]})},
    ),
    "deleteDatapointsBatch": lambda f: (
        (),
        {
            "body": m.DeleteBatchRequest.from_dict(
                {"Entities": [{"id": (i := f.datapoint()), "uri": f"/datapoints/{i}"}]}
            )
        },
    ),
    "countDatapoints": lambda f: ((), {"only_favorites": True}),
    "getDatapoint": lambda f: ((1,), {}),
    "updateDatapoint": lambda f: ((f.datapoint(),), {"body": m.DataPoint.from_dict({"title": "renamed"})}),
    "deleteDatapoint": lambda f: ((f.datapoint(),), {}),
    "getDatapointAggregated": lambda f: ((1,), {"time_frame": m.TimeFrame.TODAY, "hourly": True}),
    "listDatapointAggregated": lambda f: ((1,), {**TF, "group_by": m.GroupBy.MONTH}),
    "toggleDatapointFavourite": lambda f: ((f.datapoint(),), {}),
    "listDatapointHits": lambda f: ((1,), {**HTF, "filter_": m.HitFilter.UNIQUES}),
    "updateDatapointNotes": lambda f: ((f.datapoint(),), {"body": m.TextPatch(text="note")}),
    "getDatapointReport": lambda f: ((1,), {**RTF, "type_": m.DataPointReportType.COUNTRIES}),
    "listGroups": lambda f: ((), {"status": m.EntityStatusFilter.ACTIVE}),
    "createGroup": lambda f: ((), {"body": m.Group.from_dict({"name": f.name("g")})}),
    "getGroupsAggregated": lambda f: ((), TF),
    "listGroupsAggregated": lambda f: ((), {**TF, "group_by": m.GroupBy.WEEK}),
    "countGroups": lambda f: ((), {}),
    "getGroup": lambda f: ((1,), {}),
    "updateGroup": lambda f: ((f.group(),), {"body": m.Group.from_dict({"isPublic": True})}),
    "deleteGroup": lambda f: ((f.group(),), {}),
    "getGroupAggregated": lambda f: ((1,), TF),
    "listGroupAggregated": lambda f: ((1,), TF),
    "getGroupDatapointsSummary": lambda f: ((1,), TF),
    "listGroupDatapoints": lambda f: ((1,), {}),
    "createGroupDatapoint": lambda f: ((f.group(),), {"body": link(f)}),
    "countGroupDatapoints": lambda f: ((1,), {}),
    "toggleGroupFavourite": lambda f: ((f.group(),), {}),
    "listGroupHits": lambda f: ((1,), HTF),
    "updateGroupNotes": lambda f: ((f.group(),), {"body": m.TextPatch(text="note")}),
    "getGroupReport": lambda f: (
        (1,),
        {**RTF, "type_": m.DataPointReportType.BROWSERS, "hittype": m.ReportHitType.VIEWS},
    ),
    "listConversions": lambda f: ((), {}),
    "createConversion": lambda f: ((), {"body": m.Conversion.from_dict({"name": f.name("c"), "value": 1.5})}),
    "listConversionsAggregated": lambda f: ((), TF),
    "countConversions": lambda f: ((), {"status": m.EntityStatusFilter.DELETED}),
    "getConversion": lambda f: ((1,), {}),
    "updateConversion": lambda f: ((f.conversion(),), {"body": m.Conversion.from_dict({"value": 9.0})}),
    "deleteConversion": lambda f: ((f.conversion(),), {}),
    "getConversionAggregated": lambda f: ((1,), TF),
    "listConversionAggregated": lambda f: ((1,), TF),
    "listConversionDatapoints": lambda f: ((1,), {}),
    "patchConversionDatapointsBatch": lambda f: (
        (f.conversion(),),
        {"body": m.PatchBodyBatch.from_dict({"PatchRequests": [{"Action": "add", "Id": f.datapoint()}]})},
    ),
    "countConversionDatapoints": lambda f: ((1,), {}),
    "patchConversionDatapoint": lambda f: (
        (f.conversion(),),
        {"body": m.ConversionPatchBody.from_dict({"Action": "add", "Id": f.datapoint()})},
    ),
    "listConversionHits": lambda f: ((1,), HTF),
    "updateConversionNotes": lambda f: ((f.conversion(),), {"body": m.TextPatch(text="note")}),
    "getConversionReport": lambda f: ((1,), {**RTF, "type_": m.ConversionReportType.DATAPOINTS}),
    "listTags": lambda f: ((), {"type_": m.TagEntityTypeFilter.DP}),
    "createTag": lambda f: ((), {"body": m.Tag.from_dict({"name": f.name("t")})}),
    "countTags": lambda f: ((), {}),
    "getTag": lambda f: ((1,), {}),
    "deleteTag": lambda f: ((f.tag(),), {}),
    "listTagDatapoints": lambda f: ((1,), {}),
    "removeTagFromAllDatapoints": lambda f: ((f.tag(),), {}),
    "countTagDatapoints": lambda f: ((1,), {}),
    "patchTagDatapoint": lambda f: ((f.tag(),), {"body": m.PatchBody.from_dict({"Action": "add", "Id": 1})}),
    "listTagGroups": lambda f: ((1,), {}),
    "removeTagFromAllGroups": lambda f: ((f.tag(),), {}),
    "countTagGroups": lambda f: ((1,), {}),
    "patchTagGroup": lambda f: ((f.tag(),), {"body": m.PatchBody.from_dict({"Action": "add", "Id": 1})}),
    "renameTag": lambda f: ((f.tag(),), {"body": m.TextPatch(text=f.name("renamed"))}),
    "listDomains": lambda f: ((), {"type_": m.DomainTypeFilter.PERSONAL}),
    "createDomain": lambda f: (
        (),
        {"body": m.Domain.from_dict({"name": f"{f.name('n')}.example.test", "type": "Personal"})},
    ),
    "countDomains": lambda f: ((), {}),
    "getDomain": lambda f: ((1,), {}),
    "updateDomain": lambda f: ((f.domain(),), {"body": m.Domain.from_dict({"custom404": "https://x.test/404"})}),
    "deleteDomain": lambda f: ((f.domain(),), {}),
    "listRetargetingScripts": lambda f: ((), {}),
    "createRetargetingScript": lambda f: ((), {"body": m.RetargetingScript.from_dict({"name": "s", "script": "<b/>"})}),
    "countRetargetingScripts": lambda f: ((), {}),
    "getRetargetingScript": lambda f: ((1,), {}),
    "updateRetargetingScript": lambda f: ((f.script(),), {"body": m.RetargetingScript.from_dict({"name": "s2"})}),
    "deleteRetargetingScript": lambda f: ((f.script(),), {}),
    "listRetargetingScriptDatapoints": lambda f: ((1,), {}),
    "countRetargetingScriptDatapoints": lambda f: ((1,), {}),
    "getAccountAggregated": lambda f: (
        (),
        {"time_frame": m.TimeFrame.CUSTOM, "from_day": "20260301", "to_day": "20260315"},
    ),
    "listAccountAggregated": lambda f: ((), {"time_frame": m.TimeFrame.YESTERDAY}),
    "getConversionsSummary": lambda f: ((), TF),
    "getDatapointsSummary": lambda f: ((), {**TF, "type_": m.DataPointTypeFilter.TL, "sort_by": "totalClicks"}),
    "getGroupsSummary": lambda f: ((), TF),
    "getReport": lambda f: ((), {**RTF, "type_": m.DataPointReportType.REFERRERS, "datapoint": 1}),
    "listHits": lambda f: ((), HTF),
    "getClickstream": lambda f: ((), {"page_size": 10, "filter_": m.ClickStreamFilter.CONVERSIONS}),
}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _modules() -> dict[str, Any]:
    found = {}
    for package in pkgutil.iter_modules(clickmeter_client.api.__path__):
        section = importlib.import_module(f"clickmeter_client.api.{package.name}")
        for module in pkgutil.iter_modules(section.__path__):
            found[module.name] = importlib.import_module(f"{section.__name__}.{module.name}")
    return found


MODULES = _modules()


def test_every_operation_has_a_case() -> None:
    assert set(CASES) == set(ANSWER_MODEL)
    assert len(CASES) == 108
    assert all(_snake(operation) in MODULES for operation in CASES)


@pytest.mark.parametrize("operation", sorted(CASES))
def test_operation_sync(operation: str, client: Client, fresh: Fresh) -> None:
    arguments, keywords = CASES[operation](fresh)
    answer = MODULES[_snake(operation)].sync(*arguments, client=client, **keywords)
    assert type(answer).__name__ == ANSWER_MODEL[operation]


@pytest.mark.parametrize("operation", sorted(CASES))
def test_operation_async(operation: str, client: Client, fresh: Fresh) -> None:
    arguments, keywords = CASES[operation](fresh)

    async def call() -> Any:
        try:
            return await MODULES[_snake(operation)].asyncio(*arguments, client=client, **keywords)
        finally:
            await client.get_async_httpx_client().aclose()

    answer = asyncio.run(call())
    assert type(answer).__name__ == ANSWER_MODEL[operation]


def test_deleted_datapoint_raises_not_found(client: Client, fresh: Fresh) -> None:
    delete, get = MODULES["delete_datapoint"], MODULES["get_datapoint"]
    datapoint_id = fresh.datapoint()
    assert delete.sync(datapoint_id, client=client).id == datapoint_id
    with pytest.raises(NotFoundError):
        get.sync(datapoint_id, client=client)


def test_iterate_walks_every_datapoint_once(client: Client, base_url: str) -> None:
    listing, counting = MODULES["list_datapoints"], MODULES["count_datapoints"]
    ids = [reference.id for reference in listing.iterate(client=client, limit=3)]
    assert len(ids) == len(set(ids)) == counting.sync(client=client).count
    raw = httpx.get(f"{base_url}/datapoints", params={"limit": 100}, headers={"X-Clickmeter-AuthKey": KEY}).json()
    assert ids == [entity["id"] for entity in raw["entities"]]


def test_iterate_follows_the_hits_cursor(client: Client) -> None:
    hits, aggregated = MODULES["list_hits"], MODULES["get_account_aggregated"]
    walked = list(hits.iterate(client=client, timeframe=m.HitsTimeframe.LAST7, limit=40))
    totals = aggregated.sync(client=client, time_frame=m.TimeFrame.LAST7)
    assert len(walked) == totals.total_clicks + totals.total_views
    raw: list[dict[str, Any]] = []
    cursor: dict[str, str] = {}
    while True:
        page = httpx.get(
            f"{client.base_url}/hits",
            params={"timeframe": "last7", "limit": 100, **cursor},
            headers={"X-Clickmeter-AuthKey": KEY},
        ).json()
        raw.extend(page["hits"])
        if not page.get("lastKey"):
            break
        cursor = {"offset": page["lastKey"]}
    assert [hit.to_dict() for hit in walked] == raw
    assert [hit.access_time for hit in walked] == sorted((hit.access_time for hit in walked), reverse=True)


def test_async_iterate_matches_sync(client: Client) -> None:
    hits = MODULES["list_datapoint_hits"]
    expected = [hit.to_dict() for hit in hits.iterate(1, client=client, timeframe=m.HitsTimeframe.LAST30, limit=25)]

    async def walk() -> list[dict[str, Any]]:
        try:
            return [
                hit.to_dict()
                async for hit in hits.aiterate(1, client=client, timeframe=m.HitsTimeframe.LAST30, limit=25)
            ]
        finally:
            await client.get_async_httpx_client().aclose()

    assert asyncio.run(walk()) == expected and len(expected) > 25
