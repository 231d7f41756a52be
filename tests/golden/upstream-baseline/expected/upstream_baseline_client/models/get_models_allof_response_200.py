from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_model import AModel
    from ..models.extended import Extended


T = TypeVar("T", bound="GetModelsAllofResponse200")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "aliased",
        "extended",
        "model",
    }
)


@_attrs_define
class GetModelsAllofResponse200:
    """
    Attributes:
        aliased (AModel | Unset): A Model for testing all the ways custom objects can be used
        extended (Extended | Unset):
        model (AModel | Unset): A Model for testing all the ways custom objects can be used
    """

    aliased: AModel | Unset = UNSET
    extended: Extended | Unset = UNSET
    model: AModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        aliased: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aliased, Unset):
            aliased = self.aliased.to_dict()

        extended: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended, Unset):
            extended = self.extended.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aliased is not UNSET:
            field_dict["aliased"] = aliased
        if extended is not UNSET:
            field_dict["extended"] = extended
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        _aliased = src_dict.get("aliased", UNSET)
        aliased: AModel | Unset = UNSET if _aliased is UNSET else AModel.from_dict(_aliased)

        _extended = src_dict.get("extended", UNSET)
        extended: Extended | Unset = UNSET if _extended is UNSET else Extended.from_dict(_extended)

        _model = src_dict.get("model", UNSET)
        model: AModel | Unset = UNSET if _model is UNSET else AModel.from_dict(_model)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.aliased = aliased
        _model.extended = extended
        _model.model = model

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


# Imported once at the bottom rather than inside every from_dict/to_dict call as upstream does: models that
# refer to each other still resolve (each class exists before the cycle comes back to it).
from ..models.a_model import AModel
from ..models.extended import Extended
