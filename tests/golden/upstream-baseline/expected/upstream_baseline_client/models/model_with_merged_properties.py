from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.model_with_merged_properties_string_to_enum import ModelWithMergedPropertiesStringToEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelWithMergedProperties")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "simpleString",
        "stringToEnum",
        "stringToDate",
        "numberToInt",
        "anyToString",
    }
)


@_attrs_define
class ModelWithMergedProperties:
    """
    Attributes:
        simple_string (str | Unset): extended simpleString description Default: 'new default'.
        string_to_enum (ModelWithMergedPropertiesStringToEnum | Unset):  Default:
            ModelWithMergedPropertiesStringToEnum.A.
        string_to_date (datetime.date | Unset):
        number_to_int (int | Unset):
        any_to_string (str | Unset):  Default: 'x'.
    """

    simple_string: str | Unset = "new default"
    string_to_enum: ModelWithMergedPropertiesStringToEnum | Unset = ModelWithMergedPropertiesStringToEnum.A
    string_to_date: datetime.date | Unset = UNSET
    number_to_int: int | Unset = UNSET
    any_to_string: str | Unset = "x"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        simple_string = self.simple_string

        string_to_enum: str | Unset = UNSET
        if not isinstance(self.string_to_enum, Unset):
            string_to_enum = self.string_to_enum.value

        string_to_date: str | Unset = UNSET
        if not isinstance(self.string_to_date, Unset):
            string_to_date = self.string_to_date.isoformat()

        number_to_int = self.number_to_int

        any_to_string = self.any_to_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if simple_string is not UNSET:
            field_dict["simpleString"] = simple_string
        if string_to_enum is not UNSET:
            field_dict["stringToEnum"] = string_to_enum
        if string_to_date is not UNSET:
            field_dict["stringToDate"] = string_to_date
        if number_to_int is not UNSET:
            field_dict["numberToInt"] = number_to_int
        if any_to_string is not UNSET:
            field_dict["anyToString"] = any_to_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        simple_string = src_dict.get("simpleString", UNSET)

        _string_to_enum = src_dict.get("stringToEnum", UNSET)
        string_to_enum: ModelWithMergedPropertiesStringToEnum | Unset = (
            UNSET if _string_to_enum is UNSET else ModelWithMergedPropertiesStringToEnum(_string_to_enum)
        )

        _string_to_date = src_dict.get("stringToDate", UNSET)
        string_to_date: datetime.date | Unset = (
            UNSET if _string_to_date is UNSET else datetime.date.fromisoformat(_string_to_date)
        )

        number_to_int = src_dict.get("numberToInt", UNSET)

        any_to_string = src_dict.get("anyToString", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.simple_string = simple_string
        _model.string_to_enum = string_to_enum
        _model.string_to_date = string_to_date
        _model.number_to_int = number_to_int
        _model.any_to_string = any_to_string

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
