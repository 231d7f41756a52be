from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "errorCode",
        "httpErrorCode",
        "Message",
    }
)


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
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        error_code: int | str | Unset = src_dict.get("errorCode", UNSET)

        http_error_code: int | str | Unset = src_dict.get("httpErrorCode", UNSET)

        message = src_dict.get("Message", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.error_code = error_code
        _model.http_error_code = http_error_code
        _model.message = message

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
