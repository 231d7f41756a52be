from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HitLocationInfo")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "areacode",
        "city",
        "country",
        "latitude",
        "longitude",
        "metrocode",
        "organization",
        "postalcode",
        "region",
        "regionName",
    }
)


@_attrs_define
class HitLocationInfo:
    """
    Attributes:
        areacode (str | Unset):
        city (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        metrocode (str | Unset):
        organization (str | Unset):
        postalcode (str | Unset):
        region (str | Unset):
        region_name (str | Unset):
    """

    areacode: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    metrocode: str | Unset = UNSET
    organization: str | Unset = UNSET
    postalcode: str | Unset = UNSET
    region: str | Unset = UNSET
    region_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        areacode = self.areacode

        city = self.city

        country = self.country

        latitude = self.latitude

        longitude = self.longitude

        metrocode = self.metrocode

        organization = self.organization

        postalcode = self.postalcode

        region = self.region

        region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if areacode is not UNSET:
            field_dict["areacode"] = areacode
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if metrocode is not UNSET:
            field_dict["metrocode"] = metrocode
        if organization is not UNSET:
            field_dict["organization"] = organization
        if postalcode is not UNSET:
            field_dict["postalcode"] = postalcode
        if region is not UNSET:
            field_dict["region"] = region
        if region_name is not UNSET:
            field_dict["regionName"] = region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        areacode = src_dict.get("areacode", UNSET)

        city = src_dict.get("city", UNSET)

        country = src_dict.get("country", UNSET)

        latitude = src_dict.get("latitude", UNSET)

        longitude = src_dict.get("longitude", UNSET)

        metrocode = src_dict.get("metrocode", UNSET)

        organization = src_dict.get("organization", UNSET)

        postalcode = src_dict.get("postalcode", UNSET)

        region = src_dict.get("region", UNSET)

        region_name = src_dict.get("regionName", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.areacode = areacode
        _model.city = city
        _model.country = country
        _model.latitude = latitude
        _model.longitude = longitude
        _model.metrocode = metrocode
        _model.organization = organization
        _model.postalcode = postalcode
        _model.region = region
        _model.region_name = region_name

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
