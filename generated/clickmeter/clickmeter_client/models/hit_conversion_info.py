from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HitConversionInfo")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "accessTime",
        "comcost",
        "cost",
        "date",
        "deleted",
        "id",
        "name",
        "parameter",
        "value",
    }
)


@_attrs_define
class HitConversionInfo:
    """
    Attributes:
        access_time (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        comcost (float | Unset):
        cost (float | Unset):
        date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g. `20120203120530`.
            Not documented by the vendor: the time zone (presumably the account's, see `Account.timezonename`).
        deleted (bool | Unset):
        id (int | Unset):
        name (str | Unset):
        parameter (str | Unset):
        value (float | Unset):
    """

    access_time: str | Unset = UNSET
    comcost: float | Unset = UNSET
    cost: float | Unset = UNSET
    date: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    parameter: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_time = self.access_time

        comcost = self.comcost

        cost = self.cost

        date = self.date

        deleted = self.deleted

        id = self.id

        name = self.name

        parameter = self.parameter

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_time is not UNSET:
            field_dict["accessTime"] = access_time
        if comcost is not UNSET:
            field_dict["comcost"] = comcost
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date is not UNSET:
            field_dict["date"] = date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        access_time = src_dict.get("accessTime", UNSET)

        comcost = src_dict.get("comcost", UNSET)

        cost = src_dict.get("cost", UNSET)

        date = src_dict.get("date", UNSET)

        deleted = src_dict.get("deleted", UNSET)

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        parameter = src_dict.get("parameter", UNSET)

        value = src_dict.get("value", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.access_time = access_time
        _model.comcost = comcost
        _model.cost = cost
        _model.date = date
        _model.deleted = deleted
        _model.id = id
        _model.name = name
        _model.parameter = parameter
        _model.value = value

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
