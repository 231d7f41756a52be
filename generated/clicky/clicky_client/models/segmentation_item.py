from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr

if TYPE_CHECKING:
    from ..models.item_field_map import ItemFieldMap


T = TypeVar("T", bound="SegmentationItem")


@_attrs_define
class SegmentationItem:
    """One item of a `segmentation` answer. Not documented by the vendor: the JSON shape. The vendor
    says it holds the requested segments (tallies, popular items, or the `summary` of visitors,
    actions, average actions, bounce rate, ...) for the visitors matching the filters, so the item
    is open: every scalar is a string.

    """

    additional_properties: dict[str, ItemFieldMap | list[ItemFieldMap | str] | str] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for componentsschemas_item_field_type_1_item_data in prop:
                    componentsschemas_item_field_type_1_item: dict[str, Any] | str
                    if isinstance(componentsschemas_item_field_type_1_item_data, ItemFieldMap):
                        componentsschemas_item_field_type_1_item = (
                            componentsschemas_item_field_type_1_item_data.to_dict()
                        )
                    else:
                        componentsschemas_item_field_type_1_item = componentsschemas_item_field_type_1_item_data
                    field_dict[prop_name].append(componentsschemas_item_field_type_1_item)

            elif isinstance(prop, ItemFieldMap):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():

            def _parse_additional_property(data: object) -> ItemFieldMap | list[ItemFieldMap | str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_item_field_type_1 = []
                    _componentsschemas_item_field_type_1 = data
                    for componentsschemas_item_field_type_1_item_data in _componentsschemas_item_field_type_1:

                        def _parse_componentsschemas_item_field_type_1_item(data: object) -> ItemFieldMap | str:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_item_field_type_1_item_type_1 = ItemFieldMap.from_dict(data)

                                return componentsschemas_item_field_type_1_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(ItemFieldMap | str, data)

                        componentsschemas_item_field_type_1_item = _parse_componentsschemas_item_field_type_1_item(
                            componentsschemas_item_field_type_1_item_data
                        )

                        componentsschemas_item_field_type_1.append(componentsschemas_item_field_type_1_item)

                    return componentsschemas_item_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_2 = ItemFieldMap.from_dict(data)

                    return componentsschemas_item_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ItemFieldMap | list[ItemFieldMap | str] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ItemFieldMap | list[ItemFieldMap | str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ItemFieldMap | list[ItemFieldMap | str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once at the bottom rather than inside every from_dict/to_dict call as upstream does: models that
# refer to each other still resolve (each class exists before the cycle comes back to it).
from ..models.item_field_map import ItemFieldMap
