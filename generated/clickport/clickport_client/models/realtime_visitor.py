from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeVisitor")


@_attrs_define
class RealtimeVisitor:
    """A visitor active within the last 5 minutes.

    Attributes:
        session_id (int): The visitor's session.
        entry_page (str | Unset): First page of the session.
        exit_page (str | Unset): The page the visitor is on now.
        pageviews (int | Unset): Pageviews in the session.
        duration (int | Unset): Session duration so far, in seconds.
        source (None | str | Unset): Traffic source; `null` for direct traffic (not documented by the vendor).
        country (None | str | Unset): ISO 3166-1 alpha-2 country code.
        city (None | str | Unset): City name.
        device (str | Unset): Device class, e.g. `Desktop`, `Mobile`, `Tablet`.
        browser (str | Unset): Browser name.
        os (str | Unset): Operating system.
        scroll (int | Unset): Maximum scroll depth in percent (0-100).
    """

    session_id: int
    entry_page: str | Unset = UNSET
    exit_page: str | Unset = UNSET
    pageviews: int | Unset = UNSET
    duration: int | Unset = UNSET
    source: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    device: str | Unset = UNSET
    browser: str | Unset = UNSET
    os: str | Unset = UNSET
    scroll: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        entry_page = self.entry_page

        exit_page = self.exit_page

        pageviews = self.pageviews

        duration = self.duration

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        device = self.device

        browser = self.browser

        os = self.os

        scroll = self.scroll

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if entry_page is not UNSET:
            field_dict["entry_page"] = entry_page
        if exit_page is not UNSET:
            field_dict["exit_page"] = exit_page
        if pageviews is not UNSET:
            field_dict["pageviews"] = pageviews
        if duration is not UNSET:
            field_dict["duration"] = duration
        if source is not UNSET:
            field_dict["source"] = source
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if device is not UNSET:
            field_dict["device"] = device
        if browser is not UNSET:
            field_dict["browser"] = browser
        if os is not UNSET:
            field_dict["os"] = os
        if scroll is not UNSET:
            field_dict["scroll"] = scroll

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        session_id = d.pop("session_id")

        entry_page = d.pop("entry_page", UNSET)

        exit_page = d.pop("exit_page", UNSET)

        pageviews = d.pop("pageviews", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        device = d.pop("device", UNSET)

        browser = d.pop("browser", UNSET)

        os = d.pop("os", UNSET)

        scroll = d.pop("scroll", UNSET)

        realtime_visitor = cls(
            session_id=session_id,
            entry_page=entry_page,
            exit_page=exit_page,
            pageviews=pageviews,
            duration=duration,
            source=source,
            country=country,
            city=city,
            device=device,
            browser=browser,
            os=os,
            scroll=scroll,
        )

        realtime_visitor.additional_properties = d
        return realtime_visitor

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
