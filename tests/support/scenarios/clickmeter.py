"""ClickMeter: every one of the 108 operations, each with arguments a user would pass.

`CASES` maps each operationId to a function that prepares its arguments (creating throw-away entities
where the call changes or deletes one); the demo runs them all, the client tests run each sync and async.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import httpx
from clickmeter_client import Client
from clickmeter_client import models as m

from clickapis.catalog import api
from generator.naming import snake_case
from tests.support.calls import CallRecorder, endpoint_modules

CLICKMETER = api("clickmeter")


class Fresh:
    """Creates throw-away entities over raw HTTP, so every case owns what it changes or deletes."""

    _serial = count(1)

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers=CLICKMETER.headers)

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


def run(base_url: str) -> CallRecorder:
    recorder = CallRecorder("clickmeter", Client(base_url, **CLICKMETER.client_arguments))
    modules = endpoint_modules(CLICKMETER.package)
    fresh = Fresh(base_url)
    try:
        for operation, prepare in CASES.items():
            arguments, keywords = prepare(fresh)
            recorder.call(modules[snake_case(operation)], *arguments, **keywords)
    finally:
        fresh.http.close()
    return recorder
