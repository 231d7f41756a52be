from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UptimeItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "endpoint",
        "interval",
        "type",
        "is_down",
        "event_count",
        "total_seconds_down",
        "uptime_percentage",
    }
)


@_attrs_define
class UptimeItem:
    """One uptime check with an overview of the period.

    Attributes:
        name (str):
        endpoint (str | Unset):
        interval (str | Unset): How often the check runs. Not documented by the vendor: the unit.
        type_ (str | Unset): The kind of check.
        is_down (str | Unset): Whether the check is down now. Not documented by the vendor: the encoding (believed
            `0`/`1`).
        event_count (str | Unset):
        total_seconds_down (str | Unset):
        uptime_percentage (str | Unset):
    """

    name: str
    endpoint: str | Unset = UNSET
    interval: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_down: str | Unset = UNSET
    event_count: str | Unset = UNSET
    total_seconds_down: str | Unset = UNSET
    uptime_percentage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    @property
    def event_count_number(self) -> int | None:
        """`event_count` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.event_count)

    @property
    def total_seconds_down_number(self) -> int | None:
        """`total_seconds_down` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.total_seconds_down)

    @property
    def uptime_percentage_number(self) -> float | None:
        """`uptime_percentage` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_float(self.uptime_percentage)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint = self.endpoint

        interval = self.interval

        type_ = self.type_

        is_down = self.is_down

        event_count = self.event_count

        total_seconds_down = self.total_seconds_down

        uptime_percentage = self.uptime_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if interval is not UNSET:
            field_dict["interval"] = interval
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_down is not UNSET:
            field_dict["is_down"] = is_down
        if event_count is not UNSET:
            field_dict["event_count"] = event_count
        if total_seconds_down is not UNSET:
            field_dict["total_seconds_down"] = total_seconds_down
        if uptime_percentage is not UNSET:
            field_dict["uptime_percentage"] = uptime_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        name = src_dict["name"]

        endpoint = src_dict.get("endpoint", UNSET)

        interval = src_dict.get("interval", UNSET)

        type_ = src_dict.get("type", UNSET)

        is_down = src_dict.get("is_down", UNSET)

        event_count = src_dict.get("event_count", UNSET)

        total_seconds_down = src_dict.get("total_seconds_down", UNSET)

        uptime_percentage = src_dict.get("uptime_percentage", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.name = name
        _model.endpoint = endpoint
        _model.interval = interval
        _model.type_ = type_
        _model.is_down = is_down
        _model.event_count = event_count
        _model.total_seconds_down = total_seconds_down
        _model.uptime_percentage = uptime_percentage

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
