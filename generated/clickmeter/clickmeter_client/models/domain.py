from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.domain_type import DomainType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "custom404",
        "customHomepage",
        "id",
        "name",
        "type",
    }
)


@_attrs_define
class Domain:
    """A domain tracking links can live on. Not documented by the vendor: which fields are read-only; the `readOnly` ones
    (`id`) are assigned by the server (our inference).

        Attributes:
            custom404 (str | Unset):
            custom_homepage (str | Unset):
            id (int | Unset):
            name (str | Unset): The domain name.
            type_ (DomainType | Unset):
    """

    custom404: str | Unset = UNSET
    custom_homepage: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: DomainType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom404 = self.custom404

        custom_homepage = self.custom_homepage

        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom404 is not UNSET:
            field_dict["custom404"] = custom404
        if custom_homepage is not UNSET:
            field_dict["customHomepage"] = custom_homepage
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        custom404 = src_dict.get("custom404", UNSET)

        custom_homepage = src_dict.get("customHomepage", UNSET)

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: DomainType | Unset = UNSET if _type_ is UNSET else DomainType(_type_)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.custom404 = custom404
        _model.custom_homepage = custom_homepage
        _model.id = id
        _model.name = name
        _model.type_ = type_

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
