from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_uri import EntityUri


T = TypeVar("T", bound="Permission")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "DatapointType",
        "Entity",
        "EntityName",
        "EntityType",
        "Type",
    }
)


@_attrs_define
class Permission:
    """A permission of a guest on one datapoint or group. Property names are PascalCase on the wire. Not documented by the
    vendor: the values of `Type` (presumably `r`/`w`, as the query filter) and `EntityType` (presumably
    `datapoint`/`group`).

        Attributes:
            datapoint_type (str | Unset):
            entity (EntityUri | Unset): A reference to an entity. Create, update and delete operations mostly answer one of
                these.
            entity_name (str | Unset):
            entity_type (str | Unset):
            type_ (str | Unset):
    """

    datapoint_type: str | Unset = UNSET
    entity: EntityUri | Unset = UNSET
    entity_name: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        datapoint_type = self.datapoint_type

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        entity_name = self.entity_name

        entity_type = self.entity_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datapoint_type is not UNSET:
            field_dict["DatapointType"] = datapoint_type
        if entity is not UNSET:
            field_dict["Entity"] = entity
        if entity_name is not UNSET:
            field_dict["EntityName"] = entity_name
        if entity_type is not UNSET:
            field_dict["EntityType"] = entity_type
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        datapoint_type = src_dict.get("DatapointType", UNSET)

        _entity = src_dict.get("Entity", UNSET)
        entity: EntityUri | Unset = UNSET if _entity is UNSET else EntityUri.from_dict(_entity)

        entity_name = src_dict.get("EntityName", UNSET)

        entity_type = src_dict.get("EntityType", UNSET)

        type_ = src_dict.get("Type", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.datapoint_type = datapoint_type
        _model.entity = entity
        _model.entity_name = entity_name
        _model.entity_type = entity_type
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


# Imported once at the bottom rather than inside every from_dict/to_dict call as upstream does: models that
# refer to each other still resolve (each class exists before the cycle comes back to it).
from ..models.entity_uri import EntityUri
