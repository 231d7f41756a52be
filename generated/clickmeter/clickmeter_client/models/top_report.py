from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_report_item import TopReportItem


T = TypeVar("T", bound="TopReport")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "createdAt",
        "data",
        "key",
    }
)


@_attrs_define
class TopReport:
    """A top report.

    Attributes:
        created_at (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        data (list[TopReportItem] | Unset):
        key (str | Unset):
    """

    created_at: str | Unset = UNSET
    data: list[TopReportItem] | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        created_at = src_dict.get("createdAt", UNSET)

        _data = src_dict.get("data", UNSET)
        data: list[TopReportItem] | Unset = (
            UNSET if _data is UNSET else [TopReportItem.from_dict(data_item_data) for data_item_data in _data]
        )

        key = src_dict.get("key", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.created_at = created_at
        _model.data = data
        _model.key = key

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
from ..models.top_report_item import TopReportItem
