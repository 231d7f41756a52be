from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRequest")


@_attrs_define
class EventRequest:
    """One pageview or event.

    Example:
        {'type': 'pageview', 'url': 'https://yoursite.com/pricing', 'referrer': 'https://google.com/'}

    Attributes:
        url (str): Full page URL. Example: https://yoursite.com/pricing.
        type_ (EventType | Unset): Kind of event.
        referrer (str | Unset): Referring URL. Example: https://google.com/.
        name (str | Unset): Event name, for custom events. Example: Signup.
        utm_source (str | Unset): Campaign source.
        utm_medium (str | Unset): Campaign medium.
        utm_campaign (str | Unset): Campaign name.
        screen_width (int | Unset): Viewport width in pixels, for device classification.
        timezone (str | Unset): The visitor's IANA time zone. Default: 'UTC'.
        revenue_amount (float | Unset): Revenue amount, for ecommerce tracking. Example: 49.99.
        revenue_currency (str | Unset): Currency code, e.g. `USD` or `EUR`. Example: USD.
        meta_keys (list[str] | Unset): Names of custom properties, at most 30; `meta_values` holds their values in the
            same order.
        meta_values (list[str] | Unset): Values of the custom properties named in `meta_keys`, in the same order, at
            most 2000 characters
            each. Not documented by the vendor: what happens when the two lists differ in length.
    """

    url: str
    type_: EventType | Unset = UNSET
    referrer: str | Unset = UNSET
    name: str | Unset = UNSET
    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    screen_width: int | Unset = UNSET
    timezone: str | Unset = "UTC"
    revenue_amount: float | Unset = UNSET
    revenue_currency: str | Unset = UNSET
    meta_keys: list[str] | Unset = UNSET
    meta_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        referrer = self.referrer

        name = self.name

        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_campaign = self.utm_campaign

        screen_width = self.screen_width

        timezone = self.timezone

        revenue_amount = self.revenue_amount

        revenue_currency = self.revenue_currency

        meta_keys: list[str] | Unset = UNSET
        if not isinstance(self.meta_keys, Unset):
            meta_keys = self.meta_keys

        meta_values: list[str] | Unset = UNSET
        if not isinstance(self.meta_values, Unset):
            meta_values = self.meta_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if name is not UNSET:
            field_dict["name"] = name
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if screen_width is not UNSET:
            field_dict["screen_width"] = screen_width
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if revenue_amount is not UNSET:
            field_dict["revenue_amount"] = revenue_amount
        if revenue_currency is not UNSET:
            field_dict["revenue_currency"] = revenue_currency
        if meta_keys is not UNSET:
            field_dict["meta_keys"] = meta_keys
        if meta_values is not UNSET:
            field_dict["meta_values"] = meta_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        url = d.pop("url")

        _type_ = d.pop("type", UNSET)
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventType(_type_)

        referrer = d.pop("referrer", UNSET)

        name = d.pop("name", UNSET)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        screen_width = d.pop("screen_width", UNSET)

        timezone = d.pop("timezone", UNSET)

        revenue_amount = d.pop("revenue_amount", UNSET)

        revenue_currency = d.pop("revenue_currency", UNSET)

        meta_keys = cast(list[str], d.pop("meta_keys", UNSET))

        meta_values = cast(list[str], d.pop("meta_values", UNSET))

        event_request = cls(
            url=url,
            type_=type_,
            referrer=referrer,
            name=name,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            screen_width=screen_width,
            timezone=timezone,
            revenue_amount=revenue_amount,
            revenue_currency=revenue_currency,
            meta_keys=meta_keys,
            meta_values=meta_values,
        )

        event_request.additional_properties = d
        return event_request

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
