from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="Group")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "creationDate",
        "deleted",
        "id",
        "isPublic",
        "name",
        "notes",
        "preferred",
        "redirectOnly",
        "tags",
        "writePermited",
    }
)


@_attrs_define
class Group:
    """A group of datapoints. Not documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
    `creationDate`, `deleted`, `writePermited`) are assigned by the server (our inference).

        Attributes:
            creation_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            deleted (bool | Unset):
            id (int | Unset):
            is_public (bool | Unset):
            name (str | Unset):
            notes (str | Unset):
            preferred (bool | Unset): The favourite flag.
            redirect_only (bool | Unset):
            tags (list[Tag] | Unset):
            write_permited (bool | Unset): Whether the caller may change this group (the vendor's spelling).
    """

    creation_date: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    id: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    preferred: bool | Unset = UNSET
    redirect_only: bool | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    write_permited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        creation_date = self.creation_date

        deleted = self.deleted

        id = self.id

        is_public = self.is_public

        name = self.name

        notes = self.notes

        preferred = self.preferred

        redirect_only = self.redirect_only

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        write_permited = self.write_permited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if preferred is not UNSET:
            field_dict["preferred"] = preferred
        if redirect_only is not UNSET:
            field_dict["redirectOnly"] = redirect_only
        if tags is not UNSET:
            field_dict["tags"] = tags
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

        deleted = src_dict.get("deleted", UNSET)

        id = src_dict.get("id", UNSET)

        is_public = src_dict.get("isPublic", UNSET)

        name = src_dict.get("name", UNSET)

        notes = src_dict.get("notes", UNSET)

        preferred = src_dict.get("preferred", UNSET)

        redirect_only = src_dict.get("redirectOnly", UNSET)

        _tags = src_dict.get("tags", UNSET)
        tags: list[Tag] | Unset = (
            UNSET if _tags is UNSET else [Tag.from_dict(tags_item_data) for tags_item_data in _tags]
        )

        write_permited = src_dict.get("writePermited", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.creation_date = creation_date
        _model.deleted = deleted
        _model.id = id
        _model.is_public = is_public
        _model.name = name
        _model.notes = notes
        _model.preferred = preferred
        _model.redirect_only = redirect_only
        _model.tags = tags
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
