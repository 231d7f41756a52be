from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSeriesRow")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        visitors = d.pop("visitors", UNSET)

        sessions = d.pop("sessions", UNSET)

        pageviews = d.pop("pageviews", UNSET)

        views_per_visit = d.pop("views_per_visit", UNSET)

        bounce_rate = d.pop("bounce_rate", UNSET)

        avg_duration = d.pop("avg_duration", UNSET)

        avg_scroll = d.pop("avg_scroll", UNSET)

        clickers = d.pop("clickers", UNSET)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_referrer_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_url = _parse_referrer_url(d.pop("referrer_url", UNSET))

        def _parse_utm_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_source = _parse_utm_source(d.pop("utm_source", UNSET))

        def _parse_utm_medium(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_medium = _parse_utm_medium(d.pop("utm_medium", UNSET))

        def _parse_utm_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_campaign = _parse_utm_campaign(d.pop("utm_campaign", UNSET))

        def _parse_utm_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_content = _parse_utm_content(d.pop("utm_content", UNSET))

        def _parse_utm_term(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_term = _parse_utm_term(d.pop("utm_term", UNSET))

        def _parse_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_entry_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry_page = _parse_entry_page(d.pop("entry_page", UNSET))

        def _parse_exit_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exit_page = _parse_exit_page(d.pop("exit_page", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_browser_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_version = _parse_browser_version(d.pop("browser_version", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_screen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screen = _parse_screen(d.pop("screen", UNSET))

        hour = d.pop("hour", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _week = d.pop("week", UNSET)
        week: datetime.date | Unset
        if isinstance(_week, Unset):
            week = UNSET
        else:
            week = datetime.date.fromisoformat(_week)

        month = d.pop("month", UNSET)

        time_series_row = cls(
            visitors=visitors,
            sessions=sessions,
            pageviews=pageviews,
            views_per_visit=views_per_visit,
            bounce_rate=bounce_rate,
            avg_duration=avg_duration,
            avg_scroll=avg_scroll,
            clickers=clickers,
            source=source,
            channel=channel,
            referrer_url=referrer_url,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_content=utm_content,
            utm_term=utm_term,
            page=page,
            entry_page=entry_page,
            exit_page=exit_page,
            country=country,
            region=region,
            city=city,
            device=device,
            browser=browser,
            browser_version=browser_version,
            os=os,
            os_version=os_version,
            screen=screen,
            hour=hour,
            date=date,
            week=week,
            month=month,
        )

        time_series_row.additional_properties = d
        return time_series_row

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
