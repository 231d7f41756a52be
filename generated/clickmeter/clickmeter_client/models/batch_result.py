from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_point import DataPoint
    from ..models.entity_uri import EntityUri
    from ..models.validation_failure import ValidationFailure


T = TypeVar("T", bound="BatchResult")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "entityData",
        "errors",
        "result",
        "status",
    }
)


@_attrs_define
class BatchResult:
    """The answer of a datapoint batch operation. Not documented by the vendor: the values of `status`.

    Attributes:
        entity_data (DataPoint | Unset): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking pixel
            (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are read-only; the `readOnly`
            ones (`creationDate`, `writePermited`, `groupName` and the conversion names) are assigned by the server (our
            inference). `id` stays writable: batch updates name each datapoint by it.
        errors (list[ValidationFailure] | Unset): Validation failures, one per rejected property of an item.
        result (EntityUri | Unset): A reference to an entity. Create, update and delete operations mostly answer one of
            these.
        status (str | Unset):
    """

    entity_data: DataPoint | Unset = UNSET
    errors: list[ValidationFailure] | Unset = UNSET
    result: EntityUri | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        entity_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_data, Unset):
            entity_data = self.entity_data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_data is not UNSET:
            field_dict["entityData"] = entity_data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        _entity_data = src_dict.get("entityData", UNSET)
        entity_data: DataPoint | Unset = UNSET if _entity_data is UNSET else DataPoint.from_dict(_entity_data)

        _errors = src_dict.get("errors", UNSET)
        errors: list[ValidationFailure] | Unset = (
            UNSET
            if _errors is UNSET
            else [ValidationFailure.from_dict(errors_item_data) for errors_item_data in _errors]
        )

        _result = src_dict.get("result", UNSET)
        result: EntityUri | Unset = UNSET if _result is UNSET else EntityUri.from_dict(_result)

        status = src_dict.get("status", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.entity_data = entity_data
        _model.errors = errors
        _model.result = result
        _model.status = status

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
from ..models.data_point import DataPoint
from ..models.entity_uri import EntityUri
from ..models.validation_failure import ValidationFailure
