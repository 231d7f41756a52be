from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "boGoVal",
        "bonusClicks",
        "companyName",
        "companyRole",
        "email",
        "firstName",
        "lastName",
        "phone",
        "redirectOnly",
        "registrationDate",
        "timeframeMinDate",
        "timezone",
        "timezonename",
    }
)


@_attrs_define
class Account:
    """The profile of the account that owns the API key. Not documented by the vendor: which fields are read-only; the
    `readOnly` ones (`registrationDate`, `timeframeMinDate`, `bonusClicks`) are assigned by the server (our inference).
    The mock rejects a request that changes them.

        Attributes:
            bo_go_val (str | Unset): Not documented by the vendor.
            bonus_clicks (int | Unset):
            company_name (str | Unset):
            company_role (str | Unset):
            email (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            phone (str | Unset):
            redirect_only (bool | Unset):
            registration_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            timeframe_min_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
                `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
                `Account.timezonename`).
            timezone (int | Unset): Not documented by the vendor: the unit (presumably an offset from UTC).
            timezonename (str | Unset):
    """

    bo_go_val: str | Unset = UNSET
    bonus_clicks: int | Unset = UNSET
    company_name: str | Unset = UNSET
    company_role: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    redirect_only: bool | Unset = UNSET
    registration_date: str | Unset = UNSET
    timeframe_min_date: str | Unset = UNSET
    timezone: int | Unset = UNSET
    timezonename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bo_go_val = self.bo_go_val

        bonus_clicks = self.bonus_clicks

        company_name = self.company_name

        company_role = self.company_role

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        redirect_only = self.redirect_only

        registration_date = self.registration_date

        timeframe_min_date = self.timeframe_min_date

        timezone = self.timezone

        timezonename = self.timezonename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bo_go_val is not UNSET:
            field_dict["boGoVal"] = bo_go_val
        if bonus_clicks is not UNSET:
            field_dict["bonusClicks"] = bonus_clicks
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_role is not UNSET:
            field_dict["companyRole"] = company_role
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if redirect_only is not UNSET:
            field_dict["redirectOnly"] = redirect_only
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if timeframe_min_date is not UNSET:
            field_dict["timeframeMinDate"] = timeframe_min_date
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezonename is not UNSET:
            field_dict["timezonename"] = timezonename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        bo_go_val = src_dict.get("boGoVal", UNSET)

        bonus_clicks = src_dict.get("bonusClicks", UNSET)

        company_name = src_dict.get("companyName", UNSET)

        company_role = src_dict.get("companyRole", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("firstName", UNSET)

        last_name = src_dict.get("lastName", UNSET)

        phone = src_dict.get("phone", UNSET)

        redirect_only = src_dict.get("redirectOnly", UNSET)

        registration_date = src_dict.get("registrationDate", UNSET)

        timeframe_min_date = src_dict.get("timeframeMinDate", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        timezonename = src_dict.get("timezonename", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.bo_go_val = bo_go_val
        _model.bonus_clicks = bonus_clicks
        _model.company_name = company_name
        _model.company_role = company_role
        _model.email = email
        _model.first_name = first_name
        _model.last_name = last_name
        _model.phone = phone
        _model.redirect_only = redirect_only
        _model.registration_date = registration_date
        _model.timeframe_min_date = timeframe_min_date
        _model.timezone = timezone
        _model.timezonename = timezonename

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
