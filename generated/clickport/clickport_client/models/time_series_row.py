from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSeriesRow")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "visitors",
        "sessions",
        "pageviews",
        "views_per_visit",
        "bounce_rate",
        "avg_duration",
        "avg_scroll",
        "clickers",
        "source",
        "channel",
        "referrer_url",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "page",
        "entry_page",
        "exit_page",
        "country",
        "region",
        "city",
        "device",
        "browser",
        "browser_version",
        "os",
        "os_version",
        "screen",
        "hour",
        "date",
        "week",
        "month",
    }
)


@_attrs_define
class TimeSeriesRow:
    """One time bucket of a time series; it holds the time dimension it was grouped by.

    Attributes:
        visitors (int | Unset): Unique visitors (distinct sessions).
        sessions (int | Unset): Sessions.
        pageviews (int | Unset): Pageviews.
        views_per_visit (float | Unset): Pageviews per session.
        bounce_rate (float | Unset): Percentage of bouncing sessions (0-100).
        avg_duration (float | Unset): Average session duration in seconds.
        avg_scroll (float | Unset): Average scroll depth in percent (0-100).
        clickers (int | Unset): Sessions with at least one click.
        source (None | str | Unset):
        channel (None | str | Unset):
        referrer_url (None | str | Unset):
        utm_source (None | str | Unset):
        utm_medium (None | str | Unset):
        utm_campaign (None | str | Unset):
        utm_content (None | str | Unset):
        utm_term (None | str | Unset):
        page (None | str | Unset):
        entry_page (None | str | Unset):
        exit_page (None | str | Unset):
        country (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        device (None | str | Unset):
        browser (None | str | Unset):
        browser_version (None | str | Unset):
        os (None | str | Unset):
        os_version (None | str | Unset):
        screen (None | str | Unset):
        hour (str | Unset): Hour bucket, `YYYY-MM-DD HH:00` in the query's time zone.
            Not documented by the vendor: the format of `hour` values.
             Example: 2026-03-25 14:00.
        date (datetime.date | Unset): Day bucket (YYYY-MM-DD) in the query's time zone. Example: 2026-03-25.
        week (datetime.date | Unset): Week bucket: the Monday the ISO week starts on (YYYY-MM-DD).
            Not documented by the vendor: the format of `week` values.
             Example: 2026-03-23.
        month (str | Unset): Month bucket (YYYY-MM).
            Not documented by the vendor: the format of `month` values.
             Example: 2026-03.
    """

    visitors: int | Unset = UNSET
    sessions: int | Unset = UNSET
    pageviews: int | Unset = UNSET
    views_per_visit: float | Unset = UNSET
    bounce_rate: float | Unset = UNSET
    avg_duration: float | Unset = UNSET
    avg_scroll: float | Unset = UNSET
    clickers: int | Unset = UNSET
    source: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    referrer_url: None | str | Unset = UNSET
    utm_source: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    page: None | str | Unset = UNSET
    entry_page: None | str | Unset = UNSET
    exit_page: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    browser: None | str | Unset = UNSET
    browser_version: None | str | Unset = UNSET
    os: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    screen: None | str | Unset = UNSET
    hour: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    week: datetime.date | Unset = UNSET
    month: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        visitors = self.visitors

        sessions = self.sessions

        pageviews = self.pageviews

        views_per_visit = self.views_per_visit

        bounce_rate = self.bounce_rate

        avg_duration = self.avg_duration

        avg_scroll = self.avg_scroll

        clickers = self.clickers

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        referrer_url: None | str | Unset
        if isinstance(self.referrer_url, Unset):
            referrer_url = UNSET
        else:
            referrer_url = self.referrer_url

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        utm_medium: None | str | Unset
        if isinstance(self.utm_medium, Unset):
            utm_medium = UNSET
        else:
            utm_medium = self.utm_medium

        utm_campaign: None | str | Unset
        if isinstance(self.utm_campaign, Unset):
            utm_campaign = UNSET
        else:
            utm_campaign = self.utm_campaign

        utm_content: None | str | Unset
        if isinstance(self.utm_content, Unset):
            utm_content = UNSET
        else:
            utm_content = self.utm_content

        utm_term: None | str | Unset
        if isinstance(self.utm_term, Unset):
            utm_term = UNSET
        else:
            utm_term = self.utm_term

        page: None | str | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        entry_page: None | str | Unset
        if isinstance(self.entry_page, Unset):
            entry_page = UNSET
        else:
            entry_page = self.entry_page

        exit_page: None | str | Unset
        if isinstance(self.exit_page, Unset):
            exit_page = UNSET
        else:
            exit_page = self.exit_page

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        screen: None | str | Unset
        if isinstance(self.screen, Unset):
            screen = UNSET
        else:
            screen = self.screen

        hour = self.hour

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        week: str | Unset = UNSET
        if not isinstance(self.week, Unset):
            week = self.week.isoformat()

        month = self.month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visitors is not UNSET:
            field_dict["visitors"] = visitors
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if pageviews is not UNSET:
            field_dict["pageviews"] = pageviews
        if views_per_visit is not UNSET:
            field_dict["views_per_visit"] = views_per_visit
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if avg_duration is not UNSET:
            field_dict["avg_duration"] = avg_duration
        if avg_scroll is not UNSET:
            field_dict["avg_scroll"] = avg_scroll
        if clickers is not UNSET:
            field_dict["clickers"] = clickers
        if source is not UNSET:
            field_dict["source"] = source
        if channel is not UNSET:
            field_dict["channel"] = channel
        if referrer_url is not UNSET:
            field_dict["referrer_url"] = referrer_url
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if page is not UNSET:
            field_dict["page"] = page
        if entry_page is not UNSET:
            field_dict["entry_page"] = entry_page
        if exit_page is not UNSET:
            field_dict["exit_page"] = exit_page
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if device is not UNSET:
            field_dict["device"] = device
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if screen is not UNSET:
            field_dict["screen"] = screen
        if hour is not UNSET:
            field_dict["hour"] = hour
        if date is not UNSET:
            field_dict["date"] = date
        if week is not UNSET:
            field_dict["week"] = week
        if month is not UNSET:
            field_dict["month"] = month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        visitors = src_dict.get("visitors", UNSET)

        sessions = src_dict.get("sessions", UNSET)

        pageviews = src_dict.get("pageviews", UNSET)

        views_per_visit = src_dict.get("views_per_visit", UNSET)

        bounce_rate = src_dict.get("bounce_rate", UNSET)

        avg_duration = src_dict.get("avg_duration", UNSET)

        avg_scroll = src_dict.get("avg_scroll", UNSET)

        clickers = src_dict.get("clickers", UNSET)

        source: None | str | Unset = src_dict.get("source", UNSET)

        channel: None | str | Unset = src_dict.get("channel", UNSET)

        referrer_url: None | str | Unset = src_dict.get("referrer_url", UNSET)

        utm_source: None | str | Unset = src_dict.get("utm_source", UNSET)

        utm_medium: None | str | Unset = src_dict.get("utm_medium", UNSET)

        utm_campaign: None | str | Unset = src_dict.get("utm_campaign", UNSET)

        utm_content: None | str | Unset = src_dict.get("utm_content", UNSET)

        utm_term: None | str | Unset = src_dict.get("utm_term", UNSET)

        page: None | str | Unset = src_dict.get("page", UNSET)

        entry_page: None | str | Unset = src_dict.get("entry_page", UNSET)

        exit_page: None | str | Unset = src_dict.get("exit_page", UNSET)

        country: None | str | Unset = src_dict.get("country", UNSET)

        region: None | str | Unset = src_dict.get("region", UNSET)

        city: None | str | Unset = src_dict.get("city", UNSET)

        device: None | str | Unset = src_dict.get("device", UNSET)

        browser: None | str | Unset = src_dict.get("browser", UNSET)

        browser_version: None | str | Unset = src_dict.get("browser_version", UNSET)

        os: None | str | Unset = src_dict.get("os", UNSET)

        os_version: None | str | Unset = src_dict.get("os_version", UNSET)

        screen: None | str | Unset = src_dict.get("screen", UNSET)

        hour = src_dict.get("hour", UNSET)

        _date = src_dict.get("date", UNSET)
        date: datetime.date | Unset = UNSET if _date is UNSET else datetime.date.fromisoformat(_date)

        _week = src_dict.get("week", UNSET)
        week: datetime.date | Unset = UNSET if _week is UNSET else datetime.date.fromisoformat(_week)

        month = src_dict.get("month", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.visitors = visitors
        _model.sessions = sessions
        _model.pageviews = pageviews
        _model.views_per_visit = views_per_visit
        _model.bounce_rate = bounce_rate
        _model.avg_duration = avg_duration
        _model.avg_scroll = avg_scroll
        _model.clickers = clickers
        _model.source = source
        _model.channel = channel
        _model.referrer_url = referrer_url
        _model.utm_source = utm_source
        _model.utm_medium = utm_medium
        _model.utm_campaign = utm_campaign
        _model.utm_content = utm_content
        _model.utm_term = utm_term
        _model.page = page
        _model.entry_page = entry_page
        _model.exit_page = exit_page
        _model.country = country
        _model.region = region
        _model.city = city
        _model.device = device
        _model.browser = browser
        _model.browser_version = browser_version
        _model.os = os
        _model.os_version = os_version
        _model.screen = screen
        _model.hour = hour
        _model.date = date
        _model.week = week
        _model.month = month

        _model.additional_properties = (
            {} if src_dict.keys() <= _KNOWN_KEYS else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
