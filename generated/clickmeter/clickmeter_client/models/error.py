from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body every failing call answers with (from the API overview). Note the capital `M` of `Message`. Not
    documented by the vendor: the JSON types of `errorCode` and `httpErrorCode` (the overview shows them quoted), so
    both accept a number or a string.

        Attributes:
            error_code (int | str | Unset): An internal error code, for support.
            http_error_code (int | str | Unset): The HTTP status code of the answer.
            message (str | Unset): A human readable message.
    """

    error_code: int | str | Unset = UNSET
    http_error_code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        http_error_code: int | str | Unset
        if isinstance(self.http_error_code, Unset):
            http_error_code = UNSET
        else:
            http_error_code = self.http_error_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if http_error_code is not UNSET:
            field_dict["httpErrorCode"] = http_error_code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_error_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_http_error_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        http_error_code = _parse_http_error_code(d.pop("httpErrorCode", UNSET))

        message = d.pop("Message", UNSET)

        error = cls(
            error_code=error_code,
            http_error_code=http_error_code,
            message=message,
        )

        error.additional_properties = d
        return error

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
