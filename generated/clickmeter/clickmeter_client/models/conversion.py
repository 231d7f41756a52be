from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.conversion_protocol import ConversionProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="Conversion")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "code",
        "creationDate",
        "deleted",
        "description",
        "id",
        "name",
        "notes",
        "protocol",
        "value",
    }
)


@_attrs_define
class Conversion:
    """A conversion (a goal reached after an event on a datapoint). Not documented by the vendor: which fields are read-
    only; the `readOnly` ones (`id`, `creationDate`, `deleted`) are assigned by the server (our inference).

        Attributes:
            code (str | Unset):
            creation_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            deleted (bool | Unset):
            description (str | Unset):
            id (int | Unset):
            name (str | Unset):
            notes (str | Unset): Free text set by `PUT /conversions/{conversionId}/notes`. Not documented by the vendor: its
                Conversion definition has no notes field although that fast-patch exists, so we add it.
            protocol (ConversionProtocol | Unset):
            value (float | Unset):
    """

    code: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    protocol: ConversionProtocol | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        creation_date = self.creation_date

        deleted = self.deleted

        description = self.description

        id = self.id

        name = self.name

        notes = self.notes

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        code = src_dict.get("code", UNSET)

        creation_date = src_dict.get("creationDate", UNSET)

        deleted = src_dict.get("deleted", UNSET)

        description = src_dict.get("description", UNSET)

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        notes = src_dict.get("notes", UNSET)

        _protocol = src_dict.get("protocol", UNSET)
        protocol: ConversionProtocol | Unset = UNSET if _protocol is UNSET else ConversionProtocol(_protocol)

        value = src_dict.get("value", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.code = code
        _model.creation_date = creation_date
        _model.deleted = deleted
        _model.description = description
        _model.id = id
        _model.name = name
        _model.notes = notes
        _model.protocol = protocol
        _model.value = value

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
