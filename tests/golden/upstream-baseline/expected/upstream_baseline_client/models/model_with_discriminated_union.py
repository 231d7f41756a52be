from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_discriminated_union_type_1 import ADiscriminatedUnionType1
    from ..models.a_discriminated_union_type_2 import ADiscriminatedUnionType2


T = TypeVar("T", bound="ModelWithDiscriminatedUnion")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "discriminated_union",
    }
)


@_attrs_define
class ModelWithDiscriminatedUnion:
    """
    Attributes:
        discriminated_union (ADiscriminatedUnionType1 | ADiscriminatedUnionType2 | None | Unset):
    """

    discriminated_union: ADiscriminatedUnionType1 | ADiscriminatedUnionType2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        discriminated_union: dict[str, Any] | None | Unset
        if isinstance(self.discriminated_union, Unset):
            discriminated_union = UNSET
        elif isinstance(self.discriminated_union, ADiscriminatedUnionType1):
            discriminated_union = self.discriminated_union.to_dict()
        elif isinstance(self.discriminated_union, ADiscriminatedUnionType2):
            discriminated_union = self.discriminated_union.to_dict()
        else:
            discriminated_union = self.discriminated_union

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discriminated_union is not UNSET:
            field_dict["discriminated_union"] = discriminated_union

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)

        def _parse_discriminated_union(
            data: object,
        ) -> ADiscriminatedUnionType1 | ADiscriminatedUnionType2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_a_discriminated_union_type_0 = ADiscriminatedUnionType1.from_dict(data)

                return componentsschemas_a_discriminated_union_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_a_discriminated_union_type_1 = ADiscriminatedUnionType2.from_dict(data)

                return componentsschemas_a_discriminated_union_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ADiscriminatedUnionType1 | ADiscriminatedUnionType2 | None | Unset, data)

        discriminated_union = _parse_discriminated_union(src_dict.get("discriminated_union", UNSET))

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.discriminated_union = discriminated_union

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
from ..models.a_discriminated_union_type_1 import ADiscriminatedUnionType1
from ..models.a_discriminated_union_type_2 import ADiscriminatedUnionType2
