from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.data_point_status import DataPointStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="HitDataPointInfo")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "creationDate",
        "datapointFavourite",
        "datapointId",
        "datapointName",
        "datapointTitle",
        "datapointType",
        "destinationUrl",
        "groupId",
        "groupName",
        "isABTest",
        "isPrivateShared",
        "isPublic",
        "notes",
        "status",
        "tags",
        "trackingCode",
    }
)


@_attrs_define
class HitDataPointInfo:
    """The datapoint an event happened on.

    Attributes:
        creation_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        datapoint_favourite (bool | Unset):
        datapoint_id (int | Unset):
        datapoint_name (str | Unset):
        datapoint_title (str | Unset):
        datapoint_type (str | Unset):
        destination_url (str | Unset):
        group_id (int | Unset):
        group_name (str | Unset):
        is_ab_test (bool | Unset):
        is_private_shared (bool | Unset):
        is_public (bool | Unset):
        notes (str | Unset):
        status (DataPointStatus | Unset): Status of a datapoint. `Abuse` is what the query filter calls `spam`.
        tags (list[Tag] | Unset):
        tracking_code (str | Unset):
    """

    creation_date: str | Unset = UNSET
    datapoint_favourite: bool | Unset = UNSET
    datapoint_id: int | Unset = UNSET
    datapoint_name: str | Unset = UNSET
    datapoint_title: str | Unset = UNSET
    datapoint_type: str | Unset = UNSET
    destination_url: str | Unset = UNSET
    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    is_ab_test: bool | Unset = UNSET
    is_private_shared: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    notes: str | Unset = UNSET
    status: DataPointStatus | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    tracking_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        creation_date = self.creation_date

        datapoint_favourite = self.datapoint_favourite

        datapoint_id = self.datapoint_id

        datapoint_name = self.datapoint_name

        datapoint_title = self.datapoint_title

        datapoint_type = self.datapoint_type

        destination_url = self.destination_url

        group_id = self.group_id

        group_name = self.group_name

        is_ab_test = self.is_ab_test

        is_private_shared = self.is_private_shared

        is_public = self.is_public

        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        tracking_code = self.tracking_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if datapoint_favourite is not UNSET:
            field_dict["datapointFavourite"] = datapoint_favourite
        if datapoint_id is not UNSET:
            field_dict["datapointId"] = datapoint_id
        if datapoint_name is not UNSET:
            field_dict["datapointName"] = datapoint_name
        if datapoint_title is not UNSET:
            field_dict["datapointTitle"] = datapoint_title
        if datapoint_type is not UNSET:
            field_dict["datapointType"] = datapoint_type
        if destination_url is not UNSET:
            field_dict["destinationUrl"] = destination_url
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if is_ab_test is not UNSET:
            field_dict["isABTest"] = is_ab_test
        if is_private_shared is not UNSET:
            field_dict["isPrivateShared"] = is_private_shared
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tracking_code is not UNSET:
            field_dict["trackingCode"] = tracking_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        creation_date = src_dict.get("creationDate", UNSET)

        datapoint_favourite = src_dict.get("datapointFavourite", UNSET)

        datapoint_id = src_dict.get("datapointId", UNSET)

        datapoint_name = src_dict.get("datapointName", UNSET)

        datapoint_title = src_dict.get("datapointTitle", UNSET)

        datapoint_type = src_dict.get("datapointType", UNSET)

        destination_url = src_dict.get("destinationUrl", UNSET)

        group_id = src_dict.get("groupId", UNSET)

        group_name = src_dict.get("groupName", UNSET)

        is_ab_test = src_dict.get("isABTest", UNSET)

        is_private_shared = src_dict.get("isPrivateShared", UNSET)

        is_public = src_dict.get("isPublic", UNSET)

        notes = src_dict.get("notes", UNSET)

        _status = src_dict.get("status", UNSET)
        status: DataPointStatus | Unset = UNSET if _status is UNSET else DataPointStatus(_status)

        _tags = src_dict.get("tags", UNSET)
        tags: list[Tag] | Unset = (
            UNSET if _tags is UNSET else [Tag.from_dict(tags_item_data) for tags_item_data in _tags]
        )

        tracking_code = src_dict.get("trackingCode", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.creation_date = creation_date
        _model.datapoint_favourite = datapoint_favourite
        _model.datapoint_id = datapoint_id
        _model.datapoint_name = datapoint_name
        _model.datapoint_title = datapoint_title
        _model.datapoint_type = datapoint_type
        _model.destination_url = destination_url
        _model.group_id = group_id
        _model.group_name = group_name
        _model.is_ab_test = is_ab_test
        _model.is_private_shared = is_private_shared
        _model.is_public = is_public
        _model.notes = notes
        _model.status = status
        _model.tags = tags
        _model.tracking_code = tracking_code

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
from ..models.tag import Tag
