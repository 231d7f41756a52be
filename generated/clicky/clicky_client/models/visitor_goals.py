from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorGoals")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "goals_completed",
        "goals_incompleted",
        "completed",
        "incompleted",
        "revenue",
        "cost",
    }
)


@_attrs_define
class VisitorGoals:
    """Goals the visitor completed or whose funnel they went through (Pro accounts): `goals_completed` and
    `goals_incompleted`, each a list of goal names, with `revenue` and `cost`. The vendor documents the
    hierarchy but not its JSON rendering; see `x-decision` for why these key names, and why the
    `completed`/`incompleted` spelling of one weak source is still accepted.

        Attributes:
            goals_completed (list[str] | Unset):
            goals_incompleted (list[str] | Unset):
            completed (list[str] | Unset): The weak source's spelling of `goals_completed` (see `x-decision`).
            incompleted (list[str] | Unset): The weak source's spelling of `goals_incompleted` (see `x-decision`).
            revenue (str | Unset):
            cost (str | Unset):
    """

    goals_completed: list[str] | Unset = UNSET
    goals_incompleted: list[str] | Unset = UNSET
    completed: list[str] | Unset = UNSET
    incompleted: list[str] | Unset = UNSET
    revenue: str | Unset = UNSET
    cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        goals_completed: list[str] | Unset = UNSET
        if not isinstance(self.goals_completed, Unset):
            goals_completed = self.goals_completed

        goals_incompleted: list[str] | Unset = UNSET
        if not isinstance(self.goals_incompleted, Unset):
            goals_incompleted = self.goals_incompleted

        completed: list[str] | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = self.completed

        incompleted: list[str] | Unset = UNSET
        if not isinstance(self.incompleted, Unset):
            incompleted = self.incompleted

        revenue = self.revenue

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goals_completed is not UNSET:
            field_dict["goals_completed"] = goals_completed
        if goals_incompleted is not UNSET:
            field_dict["goals_incompleted"] = goals_incompleted
        if completed is not UNSET:
            field_dict["completed"] = completed
        if incompleted is not UNSET:
            field_dict["incompleted"] = incompleted
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        goals_completed: list[str] | Unset = src_dict.get("goals_completed", UNSET)

        goals_incompleted: list[str] | Unset = src_dict.get("goals_incompleted", UNSET)

        completed: list[str] | Unset = src_dict.get("completed", UNSET)

        incompleted: list[str] | Unset = src_dict.get("incompleted", UNSET)

        revenue = src_dict.get("revenue", UNSET)

        cost = src_dict.get("cost", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.goals_completed = goals_completed
        _model.goals_incompleted = goals_incompleted
        _model.completed = completed
        _model.incompleted = incompleted
        _model.revenue = revenue
        _model.cost = cost

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
