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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        creation_date = d.pop("creationDate", UNSET)

        datapoint_favourite = d.pop("datapointFavourite", UNSET)

        datapoint_id = d.pop("datapointId", UNSET)

        datapoint_name = d.pop("datapointName", UNSET)

        datapoint_title = d.pop("datapointTitle", UNSET)

        datapoint_type = d.pop("datapointType", UNSET)

        destination_url = d.pop("destinationUrl", UNSET)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        is_ab_test = d.pop("isABTest", UNSET)

        is_private_shared = d.pop("isPrivateShared", UNSET)

        is_public = d.pop("isPublic", UNSET)

        notes = d.pop("notes", UNSET)

        _status = d.pop("status", UNSET)
        status: DataPointStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DataPointStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        tracking_code = d.pop("trackingCode", UNSET)

        hit_data_point_info = cls(
            creation_date=creation_date,
            datapoint_favourite=datapoint_favourite,
            datapoint_id=datapoint_id,
            datapoint_name=datapoint_name,
            datapoint_title=datapoint_title,
            datapoint_type=datapoint_type,
            destination_url=destination_url,
            group_id=group_id,
            group_name=group_name,
            is_ab_test=is_ab_test,
            is_private_shared=is_private_shared,
            is_public=is_public,
            notes=notes,
            status=status,
            tags=tags,
            tracking_code=tracking_code,
        )

        hit_data_point_info.additional_properties = d
        return hit_data_point_info

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
