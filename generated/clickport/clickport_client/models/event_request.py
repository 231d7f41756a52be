from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRequest")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "url",
        "type",
        "referrer",
        "name",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "screen_width",
        "timezone",
        "revenue_amount",
        "revenue_currency",
        "meta_keys",
        "meta_values",
    }
)


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
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        url = src_dict["url"]

        _type_ = src_dict.get("type", UNSET)
        type_: EventType | Unset = UNSET if _type_ is UNSET else EventType(_type_)

        referrer = src_dict.get("referrer", UNSET)

        name = src_dict.get("name", UNSET)

        utm_source = src_dict.get("utm_source", UNSET)

        utm_medium = src_dict.get("utm_medium", UNSET)

        utm_campaign = src_dict.get("utm_campaign", UNSET)

        screen_width = src_dict.get("screen_width", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        revenue_amount = src_dict.get("revenue_amount", UNSET)

        revenue_currency = src_dict.get("revenue_currency", UNSET)

        meta_keys: list[str] | Unset = src_dict.get("meta_keys", UNSET)

        meta_values: list[str] | Unset = src_dict.get("meta_values", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.url = url
        _model.type_ = type_
        _model.referrer = referrer
        _model.name = name
        _model.utm_source = utm_source
        _model.utm_medium = utm_medium
        _model.utm_campaign = utm_campaign
        _model.screen_width = screen_width
        _model.timezone = timezone
        _model.revenue_amount = revenue_amount
        _model.revenue_currency = revenue_currency
        _model.meta_keys = meta_keys
        _model.meta_values = meta_values

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
