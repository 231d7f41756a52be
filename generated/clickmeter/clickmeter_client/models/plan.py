from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Plan")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "allowedPersonalDomains",
        "allowedPersonalUrls",
        "billingPeriodEnd",
        "billingPeriodStart",
        "bonusMonthlyEvents",
        "maximumDatapoints",
        "maximumGuests",
        "monthlyEvents",
        "name",
        "price",
        "profileId",
        "recurring",
        "recurringPeriod",
        "usedDatapoints",
        "usedMonthlyEvents",
    }
)


@_attrs_define
class Plan:
    """The plan of the account, with its limits and current usage.

    Attributes:
        allowed_personal_domains (int | Unset):
        allowed_personal_urls (int | Unset):
        billing_period_end (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        billing_period_start (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        bonus_monthly_events (int | Unset):
        maximum_datapoints (int | Unset):
        maximum_guests (int | Unset):
        monthly_events (int | Unset):
        name (str | Unset):
        price (float | Unset):
        profile_id (int | Unset):
        recurring (bool | Unset):
        recurring_period (int | Unset):
        used_datapoints (int | Unset):
        used_monthly_events (int | Unset):
    """

    allowed_personal_domains: int | Unset = UNSET
    allowed_personal_urls: int | Unset = UNSET
    billing_period_end: str | Unset = UNSET
    billing_period_start: str | Unset = UNSET
    bonus_monthly_events: int | Unset = UNSET
    maximum_datapoints: int | Unset = UNSET
    maximum_guests: int | Unset = UNSET
    monthly_events: int | Unset = UNSET
    name: str | Unset = UNSET
    price: float | Unset = UNSET
    profile_id: int | Unset = UNSET
    recurring: bool | Unset = UNSET
    recurring_period: int | Unset = UNSET
    used_datapoints: int | Unset = UNSET
    used_monthly_events: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        allowed_personal_domains = self.allowed_personal_domains

        allowed_personal_urls = self.allowed_personal_urls

        billing_period_end = self.billing_period_end

        billing_period_start = self.billing_period_start

        bonus_monthly_events = self.bonus_monthly_events

        maximum_datapoints = self.maximum_datapoints

        maximum_guests = self.maximum_guests

        monthly_events = self.monthly_events

        name = self.name

        price = self.price

        profile_id = self.profile_id

        recurring = self.recurring

        recurring_period = self.recurring_period

        used_datapoints = self.used_datapoints

        used_monthly_events = self.used_monthly_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_personal_domains is not UNSET:
            field_dict["allowedPersonalDomains"] = allowed_personal_domains
        if allowed_personal_urls is not UNSET:
            field_dict["allowedPersonalUrls"] = allowed_personal_urls
        if billing_period_end is not UNSET:
            field_dict["billingPeriodEnd"] = billing_period_end
        if billing_period_start is not UNSET:
            field_dict["billingPeriodStart"] = billing_period_start
        if bonus_monthly_events is not UNSET:
            field_dict["bonusMonthlyEvents"] = bonus_monthly_events
        if maximum_datapoints is not UNSET:
            field_dict["maximumDatapoints"] = maximum_datapoints
        if maximum_guests is not UNSET:
            field_dict["maximumGuests"] = maximum_guests
        if monthly_events is not UNSET:
            field_dict["monthlyEvents"] = monthly_events
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if recurring_period is not UNSET:
            field_dict["recurringPeriod"] = recurring_period
        if used_datapoints is not UNSET:
            field_dict["usedDatapoints"] = used_datapoints
        if used_monthly_events is not UNSET:
            field_dict["usedMonthlyEvents"] = used_monthly_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        allowed_personal_domains = src_dict.get("allowedPersonalDomains", UNSET)

        allowed_personal_urls = src_dict.get("allowedPersonalUrls", UNSET)

        billing_period_end = src_dict.get("billingPeriodEnd", UNSET)

        billing_period_start = src_dict.get("billingPeriodStart", UNSET)

        bonus_monthly_events = src_dict.get("bonusMonthlyEvents", UNSET)

        maximum_datapoints = src_dict.get("maximumDatapoints", UNSET)

        maximum_guests = src_dict.get("maximumGuests", UNSET)

        monthly_events = src_dict.get("monthlyEvents", UNSET)

        name = src_dict.get("name", UNSET)

        price = src_dict.get("price", UNSET)

        profile_id = src_dict.get("profileId", UNSET)

        recurring = src_dict.get("recurring", UNSET)

        recurring_period = src_dict.get("recurringPeriod", UNSET)

        used_datapoints = src_dict.get("usedDatapoints", UNSET)

        used_monthly_events = src_dict.get("usedMonthlyEvents", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.allowed_personal_domains = allowed_personal_domains
        _model.allowed_personal_urls = allowed_personal_urls
        _model.billing_period_end = billing_period_end
        _model.billing_period_start = billing_period_start
        _model.bonus_monthly_events = bonus_monthly_events
        _model.maximum_datapoints = maximum_datapoints
        _model.maximum_guests = maximum_guests
        _model.monthly_events = monthly_events
        _model.name = name
        _model.price = price
        _model.profile_id = profile_id
        _model.recurring = recurring
        _model.recurring_period = recurring_period
        _model.used_datapoints = used_datapoints
        _model.used_monthly_events = used_monthly_events

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
