from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Goal")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        visitors = d.pop("visitors")

        submissions = d.pop("submissions", UNSET)

        events = d.pop("events", UNSET)

        total_revenue = d.pop("total_revenue", UNSET)

        goal = cls(
            id=id,
            name=name,
            type_=type_,
            visitors=visitors,
            submissions=submissions,
            events=events,
            total_revenue=total_revenue,
        )

        goal.additional_properties = d
        return goal

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
