from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PopularItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "value",
        "value_percent",
        "url",
        "stats_url",
        "trend",
        "incompleted",
        "conversion",
        "revenue",
        "cost",
    }
)


@_attrs_define
class PopularItem:
    """One item of a popular type. `incompleted`, `conversion`, `revenue` and `cost` appear with `goals` only.

    Attributes:
        title (str): The name, title or description of the item.
        value (str): The item's value, typically the number of occurrences.
        value_percent (str | Unset): The value as a percent of all items of the same type.
        url (str | Unset): The item's own URL, where it has one (pages, links, ...).
        stats_url (str | Unset): Where to see more about this item on clicky.com.
        trend (str | Unset): With `trends=1`: the change in percent, -999 to 999, without `%`. Not documented by the
            vendor:
            the field name.
        incompleted (str | Unset): Goals with a funnel; visitors who entered the funnel but did not complete the goal.
        conversion (str | Unset): Goals; the conversion rate in percent.
        revenue (str | Unset): Goals; the total revenue. Not documented by the vendor: the number format.
        cost (str | Unset): Goals; the total cost. Not documented by the vendor: the number format.
    """

    title: str
    value: str
    value_percent: str | Unset = UNSET
    url: str | Unset = UNSET
    stats_url: str | Unset = UNSET
    trend: str | Unset = UNSET
    incompleted: str | Unset = UNSET
    conversion: str | Unset = UNSET
    revenue: str | Unset = UNSET
    cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    @property
    def value_number(self) -> float | None:
        """`value` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.value)

    @property
    def value_percent_number(self) -> float | None:
        """`value_percent` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.value_percent)

    @property
    def incompleted_number(self) -> int | None:
        """`incompleted` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.incompleted)

    @property
    def conversion_number(self) -> float | None:
        """`conversion` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.conversion)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        value_percent = self.value_percent

        url = self.url

        stats_url = self.stats_url

        trend = self.trend

        incompleted = self.incompleted

        conversion = self.conversion

        revenue = self.revenue

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "value": value,
            }
        )
        if value_percent is not UNSET:
            field_dict["value_percent"] = value_percent
        if url is not UNSET:
            field_dict["url"] = url
        if stats_url is not UNSET:
            field_dict["stats_url"] = stats_url
        if trend is not UNSET:
            field_dict["trend"] = trend
        if incompleted is not UNSET:
            field_dict["incompleted"] = incompleted
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        title = src_dict["title"]

        value = src_dict["value"]

        value_percent = src_dict.get("value_percent", UNSET)

        url = src_dict.get("url", UNSET)

        stats_url = src_dict.get("stats_url", UNSET)

        trend = src_dict.get("trend", UNSET)

        incompleted = src_dict.get("incompleted", UNSET)

        conversion = src_dict.get("conversion", UNSET)

        revenue = src_dict.get("revenue", UNSET)

        cost = src_dict.get("cost", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.title = title
        _model.value = value
        _model.value_percent = value_percent
        _model.url = url
        _model.stats_url = stats_url
        _model.trend = trend
        _model.incompleted = incompleted
        _model.conversion = conversion
        _model.revenue = revenue
        _model.cost = cost

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
