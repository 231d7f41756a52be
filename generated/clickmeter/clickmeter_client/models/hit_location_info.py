from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HitLocationInfo")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        areacode = d.pop("areacode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        metrocode = d.pop("metrocode", UNSET)

        organization = d.pop("organization", UNSET)

        postalcode = d.pop("postalcode", UNSET)

        region = d.pop("region", UNSET)

        region_name = d.pop("regionName", UNSET)

        hit_location_info = cls(
            areacode=areacode,
            city=city,
            country=country,
            latitude=latitude,
            longitude=longitude,
            metrocode=metrocode,
            organization=organization,
            postalcode=postalcode,
            region=region,
            region_name=region_name,
        )

        hit_location_info.additional_properties = d
        return hit_location_info

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
