from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.time_format import TimeFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_options import ConversionOptions
    from ..models.extended_grants import ExtendedGrants
    from ..models.hit_options import HitOptions
    from ..models.permission import Permission


T = TypeVar("T", bound="Guest")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "apiKey",
        "conversionOptions",
        "creationDate",
        "currentGrant",
        "dateFormat",
        "decimalSeparator",
        "email",
        "extendedGrants",
        "groupGrants",
        "hitOptions",
        "id",
        "key",
        "language",
        "loginCount",
        "name",
        "notes",
        "numberGroupSeparator",
        "password",
        "timeFormat",
        "timeZone",
        "timeframeMinDate",
        "timezonename",
        "tlGrants",
        "tpGrants",
        "userName",
    }
)


@_attrs_define
class Guest:
    """A guest user with access to some of the account's datapoints and groups. Not documented by the vendor: which fields
    are read-only; the `readOnly` ones (its id, dates, API key, login count and grant counts) are assigned by the server
    (our inference).

        Attributes:
            api_key (str | Unset): The guest's own API key.
            conversion_options (ConversionOptions | Unset): What a guest may see of conversions.
            creation_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            current_grant (Permission | Unset): A permission of a guest on one datapoint or group. Property names are
                PascalCase on the wire. Not documented by the vendor: the values of `Type` (presumably `r`/`w`, as the query
                filter) and `EntityType` (presumably `datapoint`/`group`).
            date_format (str | Unset):
            decimal_separator (str | Unset):
            email (str | Unset):
            extended_grants (ExtendedGrants | Unset): Account-wide rights of a guest.
            group_grants (int | Unset):
            hit_options (HitOptions | Unset): What a guest may see of events.
            id (int | Unset):
            key (str | Unset):
            language (str | Unset):
            login_count (int | Unset):
            name (str | Unset):
            notes (str | Unset):
            number_group_separator (str | Unset):
            password (str | Unset):
            time_format (TimeFormat | Unset):
            time_zone (int | Unset):
            timeframe_min_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            timezonename (str | Unset):
            tl_grants (int | Unset):
            tp_grants (int | Unset):
            user_name (str | Unset):
    """

    api_key: str | Unset = UNSET
    conversion_options: ConversionOptions | Unset = UNSET
    creation_date: str | Unset = UNSET
    current_grant: Permission | Unset = UNSET
    date_format: str | Unset = UNSET
    decimal_separator: str | Unset = UNSET
    email: str | Unset = UNSET
    extended_grants: ExtendedGrants | Unset = UNSET
    group_grants: int | Unset = UNSET
    hit_options: HitOptions | Unset = UNSET
    id: int | Unset = UNSET
    key: str | Unset = UNSET
    language: str | Unset = UNSET
    login_count: int | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    number_group_separator: str | Unset = UNSET
    password: str | Unset = UNSET
    time_format: TimeFormat | Unset = UNSET
    time_zone: int | Unset = UNSET
    timeframe_min_date: str | Unset = UNSET
    timezonename: str | Unset = UNSET
    tl_grants: int | Unset = UNSET
    tp_grants: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        conversion_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_options, Unset):
            conversion_options = self.conversion_options.to_dict()

        creation_date = self.creation_date

        current_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_grant, Unset):
            current_grant = self.current_grant.to_dict()

        date_format = self.date_format

        decimal_separator = self.decimal_separator

        email = self.email

        extended_grants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_grants, Unset):
            extended_grants = self.extended_grants.to_dict()

        group_grants = self.group_grants

        hit_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hit_options, Unset):
            hit_options = self.hit_options.to_dict()

        id = self.id

        key = self.key

        language = self.language

        login_count = self.login_count

        name = self.name

        notes = self.notes

        number_group_separator = self.number_group_separator

        password = self.password

        time_format: str | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format.value

        time_zone = self.time_zone

        timeframe_min_date = self.timeframe_min_date

        timezonename = self.timezonename

        tl_grants = self.tl_grants

        tp_grants = self.tp_grants

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if conversion_options is not UNSET:
            field_dict["conversionOptions"] = conversion_options
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if current_grant is not UNSET:
            field_dict["currentGrant"] = current_grant
        if date_format is not UNSET:
            field_dict["dateFormat"] = date_format
        if decimal_separator is not UNSET:
            field_dict["decimalSeparator"] = decimal_separator
        if email is not UNSET:
            field_dict["email"] = email
        if extended_grants is not UNSET:
            field_dict["extendedGrants"] = extended_grants
        if group_grants is not UNSET:
            field_dict["groupGrants"] = group_grants
        if hit_options is not UNSET:
            field_dict["hitOptions"] = hit_options
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if language is not UNSET:
            field_dict["language"] = language
        if login_count is not UNSET:
            field_dict["loginCount"] = login_count
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if number_group_separator is not UNSET:
            field_dict["numberGroupSeparator"] = number_group_separator
        if password is not UNSET:
            field_dict["password"] = password
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if timeframe_min_date is not UNSET:
            field_dict["timeframeMinDate"] = timeframe_min_date
        if timezonename is not UNSET:
            field_dict["timezonename"] = timezonename
        if tl_grants is not UNSET:
            field_dict["tlGrants"] = tl_grants
        if tp_grants is not UNSET:
            field_dict["tpGrants"] = tp_grants
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        api_key = src_dict.get("apiKey", UNSET)

        _conversion_options = src_dict.get("conversionOptions", UNSET)
        conversion_options: ConversionOptions | Unset = (
            UNSET if _conversion_options is UNSET else ConversionOptions.from_dict(_conversion_options)
        )

        creation_date = src_dict.get("creationDate", UNSET)

        _current_grant = src_dict.get("currentGrant", UNSET)
        current_grant: Permission | Unset = UNSET if _current_grant is UNSET else Permission.from_dict(_current_grant)

        date_format = src_dict.get("dateFormat", UNSET)

        decimal_separator = src_dict.get("decimalSeparator", UNSET)

        email = src_dict.get("email", UNSET)

        _extended_grants = src_dict.get("extendedGrants", UNSET)
        extended_grants: ExtendedGrants | Unset = (
            UNSET if _extended_grants is UNSET else ExtendedGrants.from_dict(_extended_grants)
        )

        group_grants = src_dict.get("groupGrants", UNSET)

        _hit_options = src_dict.get("hitOptions", UNSET)
        hit_options: HitOptions | Unset = UNSET if _hit_options is UNSET else HitOptions.from_dict(_hit_options)

        id = src_dict.get("id", UNSET)

        key = src_dict.get("key", UNSET)

        language = src_dict.get("language", UNSET)

        login_count = src_dict.get("loginCount", UNSET)

        name = src_dict.get("name", UNSET)

        notes = src_dict.get("notes", UNSET)

        number_group_separator = src_dict.get("numberGroupSeparator", UNSET)

        password = src_dict.get("password", UNSET)

        _time_format = src_dict.get("timeFormat", UNSET)
        time_format: TimeFormat | Unset = UNSET if _time_format is UNSET else TimeFormat(_time_format)

        time_zone = src_dict.get("timeZone", UNSET)

        timeframe_min_date = src_dict.get("timeframeMinDate", UNSET)

        timezonename = src_dict.get("timezonename", UNSET)

        tl_grants = src_dict.get("tlGrants", UNSET)

        tp_grants = src_dict.get("tpGrants", UNSET)

        user_name = src_dict.get("userName", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.api_key = api_key
        _model.conversion_options = conversion_options
        _model.creation_date = creation_date
        _model.current_grant = current_grant
        _model.date_format = date_format
        _model.decimal_separator = decimal_separator
        _model.email = email
        _model.extended_grants = extended_grants
        _model.group_grants = group_grants
        _model.hit_options = hit_options
        _model.id = id
        _model.key = key
        _model.language = language
        _model.login_count = login_count
        _model.name = name
        _model.notes = notes
        _model.number_group_separator = number_group_separator
        _model.password = password
        _model.time_format = time_format
        _model.time_zone = time_zone
        _model.timeframe_min_date = timeframe_min_date
        _model.timezonename = timezonename
        _model.tl_grants = tl_grants
        _model.tp_grants = tp_grants
        _model.user_name = user_name

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
from ..models.conversion_options import ConversionOptions
from ..models.extended_grants import ExtendedGrants
from ..models.hit_options import HitOptions
from ..models.permission import Permission
