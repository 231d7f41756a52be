from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _numbers
from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="ActionsListItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "time",
        "time_pretty",
        "ip_address",
        "uid",
        "session_id",
        "action_type",
        "action_title",
        "action_url",
        "referrer_url",
        "referrer_domain",
        "referrer_search",
        "custom",
        "stats_url",
    }
)


@_attrs_define
class ActionsListItem:
    """One action, newest first. Empty fields are left out unless `null_values=1`.

    Attributes:
        time (str): Seconds since the Unix epoch, as a decimal string.
        time_pretty (str | Unset):
        ip_address (str | Unset):
        uid (str | Unset):
        session_id (str | Unset):
        action_type (str | Unset): Known values: `pageview`, `outbound`, `download`, `click` (events), `search`
            (internal
            searches), `video_play`, `video_pause`, `video_seek`, `video_end`.
        action_title (str | Unset): The page title, or the text (or image alt/title/URL) of the clicked link.
        action_url (str | Unset):
        referrer_url (str | Unset): Page views only; where the action came from.
        referrer_domain (str | Unset):
        referrer_search (str | Unset):
        custom (CustomData | Unset): Custom data logged for the visitor or action, one key per variable. With
            `custom_keys_multi_values=1` each key holds every logged value as an array.
        stats_url (str | Unset):
    """

    time: str
    time_pretty: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    uid: str | Unset = UNSET
    session_id: str | Unset = UNSET
    action_type: str | Unset = UNSET
    action_title: str | Unset = UNSET
    action_url: str | Unset = UNSET
    referrer_url: str | Unset = UNSET
    referrer_domain: str | Unset = UNSET
    referrer_search: str | Unset = UNSET
    custom: CustomData | Unset = UNSET
    stats_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    @property
    def time_number(self) -> int | None:
        """`time` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.time)

    @property
    def session_id_number(self) -> int | None:
        """`session_id` as a number (the API sends a string); None when absent or not a number."""
        return _numbers.as_int(self.session_id)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        time_pretty = self.time_pretty

        ip_address = self.ip_address

        uid = self.uid

        session_id = self.session_id

        action_type = self.action_type

        action_title = self.action_title

        action_url = self.action_url

        referrer_url = self.referrer_url

        referrer_domain = self.referrer_domain

        referrer_search = self.referrer_search

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        stats_url = self.stats_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
            }
        )
        if time_pretty is not UNSET:
            field_dict["time_pretty"] = time_pretty
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if uid is not UNSET:
            field_dict["uid"] = uid
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if action_title is not UNSET:
            field_dict["action_title"] = action_title
        if action_url is not UNSET:
            field_dict["action_url"] = action_url
        if referrer_url is not UNSET:
            field_dict["referrer_url"] = referrer_url
        if referrer_domain is not UNSET:
            field_dict["referrer_domain"] = referrer_domain
        if referrer_search is not UNSET:
            field_dict["referrer_search"] = referrer_search
        if custom is not UNSET:
            field_dict["custom"] = custom
        if stats_url is not UNSET:
            field_dict["stats_url"] = stats_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        time = src_dict["time"]

        time_pretty = src_dict.get("time_pretty", UNSET)

        ip_address = src_dict.get("ip_address", UNSET)

        uid = src_dict.get("uid", UNSET)

        session_id = src_dict.get("session_id", UNSET)

        action_type = src_dict.get("action_type", UNSET)

        action_title = src_dict.get("action_title", UNSET)

        action_url = src_dict.get("action_url", UNSET)

        referrer_url = src_dict.get("referrer_url", UNSET)

        referrer_domain = src_dict.get("referrer_domain", UNSET)

        referrer_search = src_dict.get("referrer_search", UNSET)

        _custom = src_dict.get("custom", UNSET)
        custom: CustomData | Unset = UNSET if _custom is UNSET else CustomData.from_dict(_custom)

        stats_url = src_dict.get("stats_url", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.time = time
        _model.time_pretty = time_pretty
        _model.ip_address = ip_address
        _model.uid = uid
        _model.session_id = session_id
        _model.action_type = action_type
        _model.action_title = action_title
        _model.action_url = action_url
        _model.referrer_url = referrer_url
        _model.referrer_domain = referrer_domain
        _model.referrer_search = referrer_search
        _model.custom = custom
        _model.stats_url = stats_url

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
from ..models.custom_data import CustomData
