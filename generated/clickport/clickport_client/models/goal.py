from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Goal")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "visitors",
        "submissions",
        "events",
        "total_revenue",
    }
)


@_attrs_define
class Goal:
    """A goal with its conversions in the range. Form goals report `submissions`, other goals `events`;
    `total_revenue` appears when conversions carried revenue.

        Attributes:
            id (int): Goal id.
            name (str): Goal name.
            type_ (str): What the goal counts, e.g. `form` or `custom` (the vendor's examples); the full list is not
                documented.
            visitors (int): Visitors who converted.
            submissions (int | Unset): Form submissions (form goals).
            events (int | Unset): Matching events (non-form goals).
            total_revenue (float | Unset): Sum of the conversions' revenue.
    """

    id: int
    name: str
    type_: str
    visitors: int
    submissions: int | Unset = UNSET
    events: int | Unset = UNSET
    total_revenue: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        visitors = self.visitors

        submissions = self.submissions

        events = self.events

        total_revenue = self.total_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "visitors": visitors,
            }
        )
        if submissions is not UNSET:
            field_dict["submissions"] = submissions
        if events is not UNSET:
            field_dict["events"] = events
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = src_dict["type"]

        visitors = src_dict["visitors"]

        submissions = src_dict.get("submissions", UNSET)

        events = src_dict.get("events", UNSET)

        total_revenue = src_dict.get("total_revenue", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.id = id
        _model.name = name
        _model.type_ = type_
        _model.visitors = visitors
        _model.submissions = submissions
        _model.events = events
        _model.total_revenue = total_revenue

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
