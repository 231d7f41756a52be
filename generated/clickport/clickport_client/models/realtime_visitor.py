from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeVisitor")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "session_id",
        "entry_page",
        "exit_page",
        "pageviews",
        "duration",
        "source",
        "country",
        "city",
        "device",
        "browser",
        "os",
        "scroll",
    }
)


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
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        session_id = src_dict["session_id"]

        entry_page = src_dict.get("entry_page", UNSET)

        exit_page = src_dict.get("exit_page", UNSET)

        pageviews = src_dict.get("pageviews", UNSET)

        duration = src_dict.get("duration", UNSET)

        source: None | str | Unset = src_dict.get("source", UNSET)

        country: None | str | Unset = src_dict.get("country", UNSET)

        city: None | str | Unset = src_dict.get("city", UNSET)

        device = src_dict.get("device", UNSET)

        browser = src_dict.get("browser", UNSET)

        os = src_dict.get("os", UNSET)

        scroll = src_dict.get("scroll", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.session_id = session_id
        _model.entry_page = entry_page
        _model.exit_page = exit_page
        _model.pageviews = pageviews
        _model.duration = duration
        _model.source = source
        _model.country = country
        _model.city = city
        _model.device = device
        _model.browser = browser
        _model.os = os
        _model.scroll = scroll

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
