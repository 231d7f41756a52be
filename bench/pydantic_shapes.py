"""Pydantic v2 models of the same shapes as the generated ones, for the parsing baseline.

What a user would otherwise write (or datamodel-code-generator would emit) for the two large answers: every
property of the effective spec, the same optional/required split, unknown fields kept (`extra="allow"`, as our
models keep them in `additional_properties`), the enum as an enum. Field names are the wire names, so no
alias lookups are added to pydantic's side.
"""

from __future__ import annotations

import enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# Clicky: GET /api/stats/4?type=visitors-list


class FirstVisit(Open):
    time: str | None = None
    session_id: str | None = None


class VisitorGoals(Open):
    completed: list[str] | None = None
    incompleted: list[str] | None = None
    goals_completed: list[str] | None = None
    goals_incompleted: list[str] | None = None
    revenue: str | None = None
    cost: str | None = None


class VisitorsListItem(Open):
    time: str | None = None
    time_pretty: str | None = None
    time_total: str | None = None
    ip_address: str | None = None
    uid: str | None = None
    session_id: str | None = None
    actions: str | None = None
    total_visits: str | None = None
    first_visit: FirstVisit | None = None
    landing_page: str | None = None
    web_browser: str | None = None
    operating_system: str | None = None
    screen_resolution: str | None = None
    javascript: str | None = None
    language: str | None = None
    referrer_url: str | None = None
    referrer_domain: str | None = None
    referrer_search: str | None = None
    referrer_type: str | None = None
    geolocation: str | None = None
    country_code: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    hostname: str | None = None
    organization: str | None = None
    campaign: str | None = None
    goals: VisitorGoals | None = None
    custom: dict[str, str | list[str]] | None = None
    stats_url: str | None = None


class VisitorsListDateGroup(Open):
    date: str
    items: list[VisitorsListItem]


class VisitorsListResult(Open):
    type: Literal["visitors-list"]
    dates: list[VisitorsListDateGroup]


# ClickMeter: GET /hits


class DataPointStatus(enum.Enum):
    ACTIVE = "Active"
    PAUSED = "Paused"
    ABUSE = "Abuse"
    DELETED = "Deleted"


class Tag(Open):
    datapoints: list[int] | None = None
    groups: list[int] | None = None
    id: int | None = None
    name: str | None = None


class HitBrowserInfo(Open):
    browserType: str | None = None
    familyId: int | None = None
    familyName: str | None = None
    id: int | None = None
    name: str | None = None


class HitConversionInfo(Open):
    accessTime: str | None = None
    comcost: float | None = None
    cost: float | None = None
    date: str | None = None
    deleted: bool | None = None
    id: int | None = None
    name: str | None = None
    parameter: str | None = None
    value: float | None = None


class HitDataPointInfo(Open):
    creationDate: str | None = None
    datapointFavourite: bool | None = None
    datapointId: int | None = None
    datapointName: str | None = None
    datapointTitle: str | None = None
    datapointType: str | None = None
    destinationUrl: str | None = None
    groupId: int | None = None
    groupName: str | None = None
    isABTest: bool | None = None
    isPrivateShared: bool | None = None
    isPublic: bool | None = None
    notes: str | None = None
    status: DataPointStatus | None = None
    tags: list[Tag] | None = None
    trackingCode: str | None = None


class HitLocationInfo(Open):
    areacode: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    metrocode: str | None = None
    organization: str | None = None
    postalcode: str | None = None
    region: str | None = None
    regionName: str | None = None


class HitOsInfo(Open):
    familyId: int | None = None
    familyName: str | None = None
    id: int | None = None
    name: str | None = None


class HitSource(Open):
    id: int | None = None
    name: str | None = None
    param: str | None = None


class Hit(Open):
    accessTime: str | None = None
    browser: HitBrowserInfo | None = None
    clientLanguage: str | None = None
    conversion1: HitConversionInfo | None = None
    conversion2: HitConversionInfo | None = None
    conversion3: HitConversionInfo | None = None
    conversion4: HitConversionInfo | None = None
    conversion5: HitConversionInfo | None = None
    conversions: list[HitConversionInfo] | None = None
    entity: HitDataPointInfo | None = None
    ip: str | None = None
    isProxy: str | None = None
    isSpider: str | None = None
    isUnique: str | None = None
    location: HitLocationInfo | None = None
    org: str | None = None
    os: HitOsInfo | None = None
    queryParams: str | None = None
    realDestinationUrl: str | None = None
    referer: str | None = None
    source: HitSource | None = None
    type: str | None = None


class HitList(Open):
    hits: list[Hit]
    lastKey: str | None = None


CLICKY_VISITORS_LIST: TypeAdapter[Any] = TypeAdapter(list[VisitorsListResult])
CLICKMETER_HIT_LIST: TypeAdapter[Any] = TypeAdapter(HitList)
