from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UptimeListItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "endpoint",
        "interval",
        "type",
        "down_at",
        "up_at",
        "seconds_down",
    }
)


@_attrs_define
class UptimeListItem:
    """One downtime event, newest first.

    Attributes:
        name (str):
        endpoint (str | Unset):
        interval (str | Unset):
        type_ (str | Unset):
        down_at (str | Unset): When the check was found offline. Not documented by the vendor: the format.
        up_at (str | Unset): When the check came back online; absent while still down. Not documented by the vendor: the
            format.
        seconds_down (str | Unset):
    """

    name: str
    endpoint: str | Unset = UNSET
    interval: str | Unset = UNSET
    type_: str | Unset = UNSET
    down_at: str | Unset = UNSET
    up_at: str | Unset = UNSET
    seconds_down: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    @property
    def seconds_down_number(self) -> int | None:
        """`seconds_down` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.seconds_down)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint = self.endpoint

        interval = self.interval

        type_ = self.type_

        down_at = self.down_at

        up_at = self.up_at

        seconds_down = self.seconds_down

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
        if down_at is not UNSET:
            field_dict["down_at"] = down_at
        if up_at is not UNSET:
            field_dict["up_at"] = up_at
        if seconds_down is not UNSET:
            field_dict["seconds_down"] = seconds_down

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

        down_at = src_dict.get("down_at", UNSET)

        up_at = src_dict.get("up_at", UNSET)

        seconds_down = src_dict.get("seconds_down", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.name = name
        _model.endpoint = endpoint
        _model.interval = interval
        _model.type_ = type_
        _model.down_at = down_at
        _model.up_at = up_at
        _model.seconds_down = seconds_down

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
