from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.an_enum import AnEnum
from ..types import File

T = TypeVar("T", bound="AModelWithPropertiesReferenceThatAreNotObject")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "enum_properties_ref",
        "str_properties_ref",
        "date_properties_ref",
        "datetime_properties_ref",
        "int32_properties_ref",
        "int64_properties_ref",
        "float_properties_ref",
        "double_properties_ref",
        "file_properties_ref",
        "bytestream_properties_ref",
        "enum_properties",
        "str_properties",
        "date_properties",
        "datetime_properties",
        "int32_properties",
        "int64_properties",
        "float_properties",
        "double_properties",
        "file_properties",
        "bytestream_properties",
        "enum_property_ref",
        "str_property_ref",
        "date_property_ref",
        "datetime_property_ref",
        "int32_property_ref",
        "int64_property_ref",
        "float_property_ref",
        "double_property_ref",
        "file_property_ref",
        "bytestream_property_ref",
    }
)


@_attrs_define
class AModelWithPropertiesReferenceThatAreNotObject:
    """
    Attributes:
        enum_properties_ref (list[AnEnum]):
        str_properties_ref (list[str]):
        date_properties_ref (list[datetime.date]):
        datetime_properties_ref (list[datetime.datetime]):
        int32_properties_ref (list[int]):
        int64_properties_ref (list[int]):
        float_properties_ref (list[float]):
        double_properties_ref (list[float]):
        file_properties_ref (list[File]):
        bytestream_properties_ref (list[str]):
        enum_properties (list[AnEnum]):
        str_properties (list[str]):
        date_properties (list[datetime.date]):
        datetime_properties (list[datetime.datetime]):
        int32_properties (list[int]):
        int64_properties (list[int]):
        float_properties (list[float]):
        double_properties (list[float]):
        file_properties (list[File]):
        bytestream_properties (list[str]):
        enum_property_ref (AnEnum): For testing Enums in all the ways they can be used
        str_property_ref (str):
        date_property_ref (datetime.date):
        datetime_property_ref (datetime.datetime):
        int32_property_ref (int):
        int64_property_ref (int):
        float_property_ref (float):
        double_property_ref (float):
        file_property_ref (File):
        bytestream_property_ref (str):
    """

    enum_properties_ref: list[AnEnum]
    str_properties_ref: list[str]
    date_properties_ref: list[datetime.date]
    datetime_properties_ref: list[datetime.datetime]
    int32_properties_ref: list[int]
    int64_properties_ref: list[int]
    float_properties_ref: list[float]
    double_properties_ref: list[float]
    file_properties_ref: list[File]
    bytestream_properties_ref: list[str]
    enum_properties: list[AnEnum]
    str_properties: list[str]
    date_properties: list[datetime.date]
    datetime_properties: list[datetime.datetime]
    int32_properties: list[int]
    int64_properties: list[int]
    float_properties: list[float]
    double_properties: list[float]
    file_properties: list[File]
    bytestream_properties: list[str]
    enum_property_ref: AnEnum
    str_property_ref: str
    date_property_ref: datetime.date
    datetime_property_ref: datetime.datetime
    int32_property_ref: int
    int64_property_ref: int
    float_property_ref: float
    double_property_ref: float
    file_property_ref: File
    bytestream_property_ref: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enum_properties_ref = []
        for componentsschemas_an_other_array_of_enum_item_data in self.enum_properties_ref:
            componentsschemas_an_other_array_of_enum_item = componentsschemas_an_other_array_of_enum_item_data.value
            enum_properties_ref.append(componentsschemas_an_other_array_of_enum_item)

        str_properties_ref = self.str_properties_ref

        date_properties_ref = []
        for componentsschemas_an_other_array_of_date_item_data in self.date_properties_ref:
            componentsschemas_an_other_array_of_date_item = (
                componentsschemas_an_other_array_of_date_item_data.isoformat()
            )
            date_properties_ref.append(componentsschemas_an_other_array_of_date_item)

        datetime_properties_ref = []
        for componentsschemas_an_other_array_of_date_time_item_data in self.datetime_properties_ref:
            componentsschemas_an_other_array_of_date_time_item = (
                componentsschemas_an_other_array_of_date_time_item_data.isoformat()
            )
            datetime_properties_ref.append(componentsschemas_an_other_array_of_date_time_item)

        int32_properties_ref = self.int32_properties_ref

        int64_properties_ref = self.int64_properties_ref

        float_properties_ref = self.float_properties_ref

        double_properties_ref = self.double_properties_ref

        file_properties_ref = []
        for componentsschemas_an_other_array_of_file_item_data in self.file_properties_ref:
            componentsschemas_an_other_array_of_file_item = (
                componentsschemas_an_other_array_of_file_item_data.to_tuple()
            )

            file_properties_ref.append(componentsschemas_an_other_array_of_file_item)

        bytestream_properties_ref = self.bytestream_properties_ref

        enum_properties = []
        for componentsschemas_an_array_of_enum_item_data in self.enum_properties:
            componentsschemas_an_array_of_enum_item = componentsschemas_an_array_of_enum_item_data.value
            enum_properties.append(componentsschemas_an_array_of_enum_item)

        str_properties = self.str_properties

        date_properties = []
        for componentsschemas_an_array_of_date_item_data in self.date_properties:
            componentsschemas_an_array_of_date_item = componentsschemas_an_array_of_date_item_data.isoformat()
            date_properties.append(componentsschemas_an_array_of_date_item)

        datetime_properties = []
        for componentsschemas_an_array_of_date_time_item_data in self.datetime_properties:
            componentsschemas_an_array_of_date_time_item = componentsschemas_an_array_of_date_time_item_data.isoformat()
            datetime_properties.append(componentsschemas_an_array_of_date_time_item)

        int32_properties = self.int32_properties

        int64_properties = self.int64_properties

        float_properties = self.float_properties

        double_properties = self.double_properties

        file_properties = []
        for componentsschemas_an_array_of_file_item_data in self.file_properties:
            componentsschemas_an_array_of_file_item = componentsschemas_an_array_of_file_item_data.to_tuple()

            file_properties.append(componentsschemas_an_array_of_file_item)

        bytestream_properties = self.bytestream_properties

        enum_property_ref = self.enum_property_ref.value

        str_property_ref = self.str_property_ref

        date_property_ref = self.date_property_ref.isoformat()

        datetime_property_ref = self.datetime_property_ref.isoformat()

        int32_property_ref = self.int32_property_ref

        int64_property_ref = self.int64_property_ref

        float_property_ref = self.float_property_ref

        double_property_ref = self.double_property_ref

        file_property_ref = self.file_property_ref.to_tuple()

        bytestream_property_ref = self.bytestream_property_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enum_properties_ref": enum_properties_ref,
                "str_properties_ref": str_properties_ref,
                "date_properties_ref": date_properties_ref,
                "datetime_properties_ref": datetime_properties_ref,
                "int32_properties_ref": int32_properties_ref,
                "int64_properties_ref": int64_properties_ref,
                "float_properties_ref": float_properties_ref,
                "double_properties_ref": double_properties_ref,
                "file_properties_ref": file_properties_ref,
                "bytestream_properties_ref": bytestream_properties_ref,
                "enum_properties": enum_properties,
                "str_properties": str_properties,
                "date_properties": date_properties,
                "datetime_properties": datetime_properties,
                "int32_properties": int32_properties,
                "int64_properties": int64_properties,
                "float_properties": float_properties,
                "double_properties": double_properties,
                "file_properties": file_properties,
                "bytestream_properties": bytestream_properties,
                "enum_property_ref": enum_property_ref,
                "str_property_ref": str_property_ref,
                "date_property_ref": date_property_ref,
                "datetime_property_ref": datetime_property_ref,
                "int32_property_ref": int32_property_ref,
                "int64_property_ref": int64_property_ref,
                "float_property_ref": float_property_ref,
                "double_property_ref": double_property_ref,
                "file_property_ref": file_property_ref,
                "bytestream_property_ref": bytestream_property_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        enum_properties_ref = [
            AnEnum(componentsschemas_an_other_array_of_enum_item_data)
            for componentsschemas_an_other_array_of_enum_item_data in src_dict["enum_properties_ref"]
        ]

        str_properties_ref: list[str] = src_dict["str_properties_ref"]

        date_properties_ref = [
            datetime.date.fromisoformat(componentsschemas_an_other_array_of_date_item_data)
            for componentsschemas_an_other_array_of_date_item_data in src_dict["date_properties_ref"]
        ]

        datetime_properties_ref = [
            datetime.datetime.fromisoformat(componentsschemas_an_other_array_of_date_time_item_data)
            for componentsschemas_an_other_array_of_date_time_item_data in src_dict["datetime_properties_ref"]
        ]

        int32_properties_ref: list[int] = src_dict["int32_properties_ref"]

        int64_properties_ref: list[int] = src_dict["int64_properties_ref"]

        float_properties_ref: list[float] = src_dict["float_properties_ref"]

        double_properties_ref: list[float] = src_dict["double_properties_ref"]

        file_properties_ref = [
            File(payload=BytesIO(componentsschemas_an_other_array_of_file_item_data))
            for componentsschemas_an_other_array_of_file_item_data in src_dict["file_properties_ref"]
        ]

        bytestream_properties_ref: list[str] = src_dict["bytestream_properties_ref"]

        enum_properties = [
            AnEnum(componentsschemas_an_array_of_enum_item_data)
            for componentsschemas_an_array_of_enum_item_data in src_dict["enum_properties"]
        ]

        str_properties: list[str] = src_dict["str_properties"]

        date_properties = [
            datetime.date.fromisoformat(componentsschemas_an_array_of_date_item_data)
            for componentsschemas_an_array_of_date_item_data in src_dict["date_properties"]
        ]

        datetime_properties = [
            datetime.datetime.fromisoformat(componentsschemas_an_array_of_date_time_item_data)
            for componentsschemas_an_array_of_date_time_item_data in src_dict["datetime_properties"]
        ]

        int32_properties: list[int] = src_dict["int32_properties"]

        int64_properties: list[int] = src_dict["int64_properties"]

        float_properties: list[float] = src_dict["float_properties"]

        double_properties: list[float] = src_dict["double_properties"]

        file_properties = [
            File(payload=BytesIO(componentsschemas_an_array_of_file_item_data))
            for componentsschemas_an_array_of_file_item_data in src_dict["file_properties"]
        ]

        bytestream_properties: list[str] = src_dict["bytestream_properties"]

        enum_property_ref = AnEnum(src_dict["enum_property_ref"])

        str_property_ref = src_dict["str_property_ref"]

        date_property_ref = datetime.date.fromisoformat(src_dict["date_property_ref"])

        datetime_property_ref = datetime.datetime.fromisoformat(src_dict["datetime_property_ref"])

        int32_property_ref = src_dict["int32_property_ref"]

        int64_property_ref = src_dict["int64_property_ref"]

        float_property_ref = src_dict["float_property_ref"]

        double_property_ref = src_dict["double_property_ref"]

        file_property_ref = File(payload=BytesIO(src_dict["file_property_ref"]))

        bytestream_property_ref = src_dict["bytestream_property_ref"]

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.enum_properties_ref = enum_properties_ref
        _model.str_properties_ref = str_properties_ref
        _model.date_properties_ref = date_properties_ref
        _model.datetime_properties_ref = datetime_properties_ref
        _model.int32_properties_ref = int32_properties_ref
        _model.int64_properties_ref = int64_properties_ref
        _model.float_properties_ref = float_properties_ref
        _model.double_properties_ref = double_properties_ref
        _model.file_properties_ref = file_properties_ref
        _model.bytestream_properties_ref = bytestream_properties_ref
        _model.enum_properties = enum_properties
        _model.str_properties = str_properties
        _model.date_properties = date_properties
        _model.datetime_properties = datetime_properties
        _model.int32_properties = int32_properties
        _model.int64_properties = int64_properties
        _model.float_properties = float_properties
        _model.double_properties = double_properties
        _model.file_properties = file_properties
        _model.bytestream_properties = bytestream_properties
        _model.enum_property_ref = enum_property_ref
        _model.str_property_ref = str_property_ref
        _model.date_property_ref = date_property_ref
        _model.datetime_property_ref = datetime_property_ref
        _model.int32_property_ref = int32_property_ref
        _model.int64_property_ref = int64_property_ref
        _model.float_property_ref = float_property_ref
        _model.double_property_ref = double_property_ref
        _model.file_property_ref = file_property_ref
        _model.bytestream_property_ref = bytestream_property_ref

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
