from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversionOptions")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "hideComCost",
        "hideCost",
        "hideCount",
        "hideParams",
        "hideValue",
        "percentCommission",
        "percentValue",
    }
)


@_attrs_define
class ConversionOptions:
    """What a guest may see of conversions.

    Attributes:
        hide_com_cost (bool | Unset):
        hide_cost (bool | Unset):
        hide_count (bool | Unset):
        hide_params (bool | Unset):
        hide_value (bool | Unset):
        percent_commission (int | Unset):
        percent_value (int | Unset):
    """

    hide_com_cost: bool | Unset = UNSET
    hide_cost: bool | Unset = UNSET
    hide_count: bool | Unset = UNSET
    hide_params: bool | Unset = UNSET
    hide_value: bool | Unset = UNSET
    percent_commission: int | Unset = UNSET
    percent_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        hide_com_cost = self.hide_com_cost

        hide_cost = self.hide_cost

        hide_count = self.hide_count

        hide_params = self.hide_params

        hide_value = self.hide_value

        percent_commission = self.percent_commission

        percent_value = self.percent_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hide_com_cost is not UNSET:
            field_dict["hideComCost"] = hide_com_cost
        if hide_cost is not UNSET:
            field_dict["hideCost"] = hide_cost
        if hide_count is not UNSET:
            field_dict["hideCount"] = hide_count
        if hide_params is not UNSET:
            field_dict["hideParams"] = hide_params
        if hide_value is not UNSET:
            field_dict["hideValue"] = hide_value
        if percent_commission is not UNSET:
            field_dict["percentCommission"] = percent_commission
        if percent_value is not UNSET:
            field_dict["percentValue"] = percent_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        hide_com_cost = src_dict.get("hideComCost", UNSET)

        hide_cost = src_dict.get("hideCost", UNSET)

        hide_count = src_dict.get("hideCount", UNSET)

        hide_params = src_dict.get("hideParams", UNSET)

        hide_value = src_dict.get("hideValue", UNSET)

        percent_commission = src_dict.get("percentCommission", UNSET)

        percent_value = src_dict.get("percentValue", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.hide_com_cost = hide_com_cost
        _model.hide_cost = hide_cost
        _model.hide_count = hide_count
        _model.hide_params = hide_params
        _model.hide_value = hide_value
        _model.percent_commission = percent_commission
        _model.percent_value = percent_value

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
