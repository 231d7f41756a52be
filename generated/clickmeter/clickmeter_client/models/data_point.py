from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.data_point_status import DataPointStatus
from ..models.data_point_type import DataPointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag
    from ..models.tracking_link_specifics import TrackingLinkSpecifics
    from ..models.tracking_pixel_specifics import TrackingPixelSpecifics


T = TypeVar("T", bound="DataPoint")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "creationDate",
        "encodeIp",
        "firstConversionId",
        "firstConversionName",
        "secondConversionId",
        "secondConversionName",
        "thirdConversionId",
        "thirdConversionName",
        "fourthConversionId",
        "fourthConversionName",
        "fifthConversionId",
        "fifthConversionName",
        "groupId",
        "groupName",
        "id",
        "isPublic",
        "isSecured",
        "lightTracking",
        "name",
        "notes",
        "preferred",
        "redirectOnly",
        "status",
        "tags",
        "title",
        "trackingCode",
        "type",
        "typeTL",
        "typeTP",
        "writePermited",
    }
)


@_attrs_define
class DataPoint:
    """A tracking link (`type` TrackingLink, details in `typeTL`) or tracking pixel (TrackingPixel, details in `typeTP`).
    Not documented by the vendor: which fields are read-only; the `readOnly` ones (`creationDate`, `writePermited`,
    `groupName` and the conversion names) are assigned by the server (our inference). `id` stays writable: batch updates
    name each datapoint by it.

        Attributes:
            creation_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            encode_ip (bool | Unset):
            first_conversion_id (int | Unset):
            first_conversion_name (str | Unset):
            second_conversion_id (int | Unset):
            second_conversion_name (str | Unset):
            third_conversion_id (int | Unset):
            third_conversion_name (str | Unset):
            fourth_conversion_id (int | Unset):
            fourth_conversion_name (str | Unset):
            fifth_conversion_id (int | Unset):
            fifth_conversion_name (str | Unset):
            group_id (int | Unset):
            group_name (str | Unset):
            id (int | Unset):
            is_public (bool | Unset):
            is_secured (bool | Unset):
            light_tracking (bool | Unset):
            name (str | Unset):
            notes (str | Unset):
            preferred (bool | Unset): The favourite flag.
            redirect_only (bool | Unset):
            status (DataPointStatus | Unset): Status of a datapoint. `Abuse` is what the query filter calls `spam`.
            tags (list[Tag] | Unset):
            title (str | Unset):
            tracking_code (str | Unset):
            type_ (DataPointType | Unset):
            type_tl (TrackingLinkSpecifics | Unset): The parts of a datapoint that only tracking links have.
            type_tp (TrackingPixelSpecifics | Unset): The parts of a datapoint that only tracking pixels have.
            write_permited (bool | Unset): Whether the caller may change this datapoint (the vendor's spelling).
    """

    creation_date: str | Unset = UNSET
    encode_ip: bool | Unset = UNSET
    first_conversion_id: int | Unset = UNSET
    first_conversion_name: str | Unset = UNSET
    second_conversion_id: int | Unset = UNSET
    second_conversion_name: str | Unset = UNSET
    third_conversion_id: int | Unset = UNSET
    third_conversion_name: str | Unset = UNSET
    fourth_conversion_id: int | Unset = UNSET
    fourth_conversion_name: str | Unset = UNSET
    fifth_conversion_id: int | Unset = UNSET
    fifth_conversion_name: str | Unset = UNSET
    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    id: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    is_secured: bool | Unset = UNSET
    light_tracking: bool | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    preferred: bool | Unset = UNSET
    redirect_only: bool | Unset = UNSET
    status: DataPointStatus | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    title: str | Unset = UNSET
    tracking_code: str | Unset = UNSET
    type_: DataPointType | Unset = UNSET
    type_tl: TrackingLinkSpecifics | Unset = UNSET
    type_tp: TrackingPixelSpecifics | Unset = UNSET
    write_permited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        creation_date = self.creation_date

        encode_ip = self.encode_ip

        first_conversion_id = self.first_conversion_id

        first_conversion_name = self.first_conversion_name

        second_conversion_id = self.second_conversion_id

        second_conversion_name = self.second_conversion_name

        third_conversion_id = self.third_conversion_id

        third_conversion_name = self.third_conversion_name

        fourth_conversion_id = self.fourth_conversion_id

        fourth_conversion_name = self.fourth_conversion_name

        fifth_conversion_id = self.fifth_conversion_id

        fifth_conversion_name = self.fifth_conversion_name

        group_id = self.group_id

        group_name = self.group_name

        id = self.id

        is_public = self.is_public

        is_secured = self.is_secured

        light_tracking = self.light_tracking

        name = self.name

        notes = self.notes

        preferred = self.preferred

        redirect_only = self.redirect_only

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        title = self.title

        tracking_code = self.tracking_code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        type_tl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_tl, Unset):
            type_tl = self.type_tl.to_dict()

        type_tp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_tp, Unset):
            type_tp = self.type_tp.to_dict()

        write_permited = self.write_permited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if encode_ip is not UNSET:
            field_dict["encodeIp"] = encode_ip
        if first_conversion_id is not UNSET:
            field_dict["firstConversionId"] = first_conversion_id
        if first_conversion_name is not UNSET:
            field_dict["firstConversionName"] = first_conversion_name
        if second_conversion_id is not UNSET:
            field_dict["secondConversionId"] = second_conversion_id
        if second_conversion_name is not UNSET:
            field_dict["secondConversionName"] = second_conversion_name
        if third_conversion_id is not UNSET:
            field_dict["thirdConversionId"] = third_conversion_id
        if third_conversion_name is not UNSET:
            field_dict["thirdConversionName"] = third_conversion_name
        if fourth_conversion_id is not UNSET:
            field_dict["fourthConversionId"] = fourth_conversion_id
        if fourth_conversion_name is not UNSET:
            field_dict["fourthConversionName"] = fourth_conversion_name
        if fifth_conversion_id is not UNSET:
            field_dict["fifthConversionId"] = fifth_conversion_id
        if fifth_conversion_name is not UNSET:
            field_dict["fifthConversionName"] = fifth_conversion_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if is_secured is not UNSET:
            field_dict["isSecured"] = is_secured
        if light_tracking is not UNSET:
            field_dict["lightTracking"] = light_tracking
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if preferred is not UNSET:
            field_dict["preferred"] = preferred
        if redirect_only is not UNSET:
            field_dict["redirectOnly"] = redirect_only
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title
        if tracking_code is not UNSET:
            field_dict["trackingCode"] = tracking_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_tl is not UNSET:
            field_dict["typeTL"] = type_tl
        if type_tp is not UNSET:
            field_dict["typeTP"] = type_tp
        if write_permited is not UNSET:
            field_dict["writePermited"] = write_permited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        creation_date = src_dict.get("creationDate", UNSET)

        encode_ip = src_dict.get("encodeIp", UNSET)

        first_conversion_id = src_dict.get("firstConversionId", UNSET)

        first_conversion_name = src_dict.get("firstConversionName", UNSET)

        second_conversion_id = src_dict.get("secondConversionId", UNSET)

        second_conversion_name = src_dict.get("secondConversionName", UNSET)

        third_conversion_id = src_dict.get("thirdConversionId", UNSET)

        third_conversion_name = src_dict.get("thirdConversionName", UNSET)

        fourth_conversion_id = src_dict.get("fourthConversionId", UNSET)

        fourth_conversion_name = src_dict.get("fourthConversionName", UNSET)

        fifth_conversion_id = src_dict.get("fifthConversionId", UNSET)

        fifth_conversion_name = src_dict.get("fifthConversionName", UNSET)

        group_id = src_dict.get("groupId", UNSET)

        group_name = src_dict.get("groupName", UNSET)

        id = src_dict.get("id", UNSET)

        is_public = src_dict.get("isPublic", UNSET)

        is_secured = src_dict.get("isSecured", UNSET)

        light_tracking = src_dict.get("lightTracking", UNSET)

        name = src_dict.get("name", UNSET)

        notes = src_dict.get("notes", UNSET)

        preferred = src_dict.get("preferred", UNSET)

        redirect_only = src_dict.get("redirectOnly", UNSET)

        _status = src_dict.get("status", UNSET)
        status: DataPointStatus | Unset = UNSET if _status is UNSET else DataPointStatus(_status)

        _tags = src_dict.get("tags", UNSET)
        tags: list[Tag] | Unset = (
            UNSET if _tags is UNSET else [Tag.from_dict(tags_item_data) for tags_item_data in _tags]
        )

        title = src_dict.get("title", UNSET)

        tracking_code = src_dict.get("trackingCode", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: DataPointType | Unset = UNSET if _type_ is UNSET else DataPointType(_type_)

        _type_tl = src_dict.get("typeTL", UNSET)
        type_tl: TrackingLinkSpecifics | Unset = (
            UNSET if _type_tl is UNSET else TrackingLinkSpecifics.from_dict(_type_tl)
        )

        _type_tp = src_dict.get("typeTP", UNSET)
        type_tp: TrackingPixelSpecifics | Unset = (
            UNSET if _type_tp is UNSET else TrackingPixelSpecifics.from_dict(_type_tp)
        )

        write_permited = src_dict.get("writePermited", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.creation_date = creation_date
        _model.encode_ip = encode_ip
        _model.first_conversion_id = first_conversion_id
        _model.first_conversion_name = first_conversion_name
        _model.second_conversion_id = second_conversion_id
        _model.second_conversion_name = second_conversion_name
        _model.third_conversion_id = third_conversion_id
        _model.third_conversion_name = third_conversion_name
        _model.fourth_conversion_id = fourth_conversion_id
        _model.fourth_conversion_name = fourth_conversion_name
        _model.fifth_conversion_id = fifth_conversion_id
        _model.fifth_conversion_name = fifth_conversion_name
        _model.group_id = group_id
        _model.group_name = group_name
        _model.id = id
        _model.is_public = is_public
        _model.is_secured = is_secured
        _model.light_tracking = light_tracking
        _model.name = name
        _model.notes = notes
        _model.preferred = preferred
        _model.redirect_only = redirect_only
        _model.status = status
        _model.tags = tags
        _model.title = title
        _model.tracking_code = tracking_code
        _model.type_ = type_
        _model.type_tl = type_tl
        _model.type_tp = type_tp
        _model.write_permited = write_permited

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
from ..models.tracking_link_specifics import TrackingLinkSpecifics
from ..models.tracking_pixel_specifics import TrackingPixelSpecifics
