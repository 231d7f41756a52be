from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hit_browser_info import HitBrowserInfo
    from ..models.hit_conversion_info import HitConversionInfo
    from ..models.hit_data_point_info import HitDataPointInfo
    from ..models.hit_location_info import HitLocationInfo
    from ..models.hit_os_info import HitOsInfo
    from ..models.hit_source import HitSource


T = TypeVar("T", bound="Hit")


@_attrs_define
class Hit:
    """One event (a click or a view) on a datapoint.

    Attributes:
        access_time (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        browser (HitBrowserInfo | Unset):
        client_language (str | Unset):
        conversion1 (HitConversionInfo | Unset):
        conversion2 (HitConversionInfo | Unset):
        conversion3 (HitConversionInfo | Unset):
        conversion4 (HitConversionInfo | Unset):
        conversion5 (HitConversionInfo | Unset):
        conversions (list[HitConversionInfo] | Unset):
        entity (HitDataPointInfo | Unset): The datapoint an event happened on.
        ip (str | Unset):
        is_proxy (str | Unset): A yes/no flag that the vendor types as a string, so it stays a string here. Not
            documented by the vendor: the spelling of its values (presumably "true"/"false").
        is_spider (str | Unset): A yes/no flag that the vendor types as a string, so it stays a string here. Not
            documented by the vendor: the spelling of its values (presumably "true"/"false").
        is_unique (str | Unset): A yes/no flag that the vendor types as a string, so it stays a string here. Not
            documented by the vendor: the spelling of its values (presumably "true"/"false").
        location (HitLocationInfo | Unset):
        org (str | Unset):
        os (HitOsInfo | Unset):
        query_params (str | Unset):
        real_destination_url (str | Unset):
        referer (str | Unset): The referrer (the vendor's spelling).
        source (HitSource | Unset):
        type_ (str | Unset): Kind of event. Not documented by the vendor: its values.
    """

    access_time: str | Unset = UNSET
    browser: HitBrowserInfo | Unset = UNSET
    client_language: str | Unset = UNSET
    conversion1: HitConversionInfo | Unset = UNSET
    conversion2: HitConversionInfo | Unset = UNSET
    conversion3: HitConversionInfo | Unset = UNSET
    conversion4: HitConversionInfo | Unset = UNSET
    conversion5: HitConversionInfo | Unset = UNSET
    conversions: list[HitConversionInfo] | Unset = UNSET
    entity: HitDataPointInfo | Unset = UNSET
    ip: str | Unset = UNSET
    is_proxy: str | Unset = UNSET
    is_spider: str | Unset = UNSET
    is_unique: str | Unset = UNSET
    location: HitLocationInfo | Unset = UNSET
    org: str | Unset = UNSET
    os: HitOsInfo | Unset = UNSET
    query_params: str | Unset = UNSET
    real_destination_url: str | Unset = UNSET
    referer: str | Unset = UNSET
    source: HitSource | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_time = self.access_time

        browser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser, Unset):
            browser = self.browser.to_dict()

        client_language = self.client_language

        conversion1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion1, Unset):
            conversion1 = self.conversion1.to_dict()

        conversion2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion2, Unset):
            conversion2 = self.conversion2.to_dict()

        conversion3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion3, Unset):
            conversion3 = self.conversion3.to_dict()

        conversion4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion4, Unset):
            conversion4 = self.conversion4.to_dict()

        conversion5: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion5, Unset):
            conversion5 = self.conversion5.to_dict()

        conversions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversions, Unset):
            conversions = []
            for conversions_item_data in self.conversions:
                conversions_item = conversions_item_data.to_dict()
                conversions.append(conversions_item)

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        ip = self.ip

        is_proxy = self.is_proxy

        is_spider = self.is_spider

        is_unique = self.is_unique

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        org = self.org

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        query_params = self.query_params

        real_destination_url = self.real_destination_url

        referer = self.referer

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_time is not UNSET:
            field_dict["accessTime"] = access_time
        if browser is not UNSET:
            field_dict["browser"] = browser
        if client_language is not UNSET:
            field_dict["clientLanguage"] = client_language
        if conversion1 is not UNSET:
            field_dict["conversion1"] = conversion1
        if conversion2 is not UNSET:
            field_dict["conversion2"] = conversion2
        if conversion3 is not UNSET:
            field_dict["conversion3"] = conversion3
        if conversion4 is not UNSET:
            field_dict["conversion4"] = conversion4
        if conversion5 is not UNSET:
            field_dict["conversion5"] = conversion5
        if conversions is not UNSET:
            field_dict["conversions"] = conversions
        if entity is not UNSET:
            field_dict["entity"] = entity
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_proxy is not UNSET:
            field_dict["isProxy"] = is_proxy
        if is_spider is not UNSET:
            field_dict["isSpider"] = is_spider
        if is_unique is not UNSET:
            field_dict["isUnique"] = is_unique
        if location is not UNSET:
            field_dict["location"] = location
        if org is not UNSET:
            field_dict["org"] = org
        if os is not UNSET:
            field_dict["os"] = os
        if query_params is not UNSET:
            field_dict["queryParams"] = query_params
        if real_destination_url is not UNSET:
            field_dict["realDestinationUrl"] = real_destination_url
        if referer is not UNSET:
            field_dict["referer"] = referer
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        access_time = d.pop("accessTime", UNSET)

        _browser = d.pop("browser", UNSET)
        browser: HitBrowserInfo | Unset
        if isinstance(_browser, Unset):
            browser = UNSET
        else:
            browser = HitBrowserInfo.from_dict(_browser)

        client_language = d.pop("clientLanguage", UNSET)

        _conversion1 = d.pop("conversion1", UNSET)
        conversion1: HitConversionInfo | Unset
        if isinstance(_conversion1, Unset):
            conversion1 = UNSET
        else:
            conversion1 = HitConversionInfo.from_dict(_conversion1)

        _conversion2 = d.pop("conversion2", UNSET)
        conversion2: HitConversionInfo | Unset
        if isinstance(_conversion2, Unset):
            conversion2 = UNSET
        else:
            conversion2 = HitConversionInfo.from_dict(_conversion2)

        _conversion3 = d.pop("conversion3", UNSET)
        conversion3: HitConversionInfo | Unset
        if isinstance(_conversion3, Unset):
            conversion3 = UNSET
        else:
            conversion3 = HitConversionInfo.from_dict(_conversion3)

        _conversion4 = d.pop("conversion4", UNSET)
        conversion4: HitConversionInfo | Unset
        if isinstance(_conversion4, Unset):
            conversion4 = UNSET
        else:
            conversion4 = HitConversionInfo.from_dict(_conversion4)

        _conversion5 = d.pop("conversion5", UNSET)
        conversion5: HitConversionInfo | Unset
        if isinstance(_conversion5, Unset):
            conversion5 = UNSET
        else:
            conversion5 = HitConversionInfo.from_dict(_conversion5)

        _conversions = d.pop("conversions", UNSET)
        conversions: list[HitConversionInfo] | Unset = UNSET
        if _conversions is not UNSET:
            conversions = []
            for conversions_item_data in _conversions:
                conversions_item = HitConversionInfo.from_dict(conversions_item_data)

                conversions.append(conversions_item)

        _entity = d.pop("entity", UNSET)
        entity: HitDataPointInfo | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = HitDataPointInfo.from_dict(_entity)

        ip = d.pop("ip", UNSET)

        is_proxy = d.pop("isProxy", UNSET)

        is_spider = d.pop("isSpider", UNSET)

        is_unique = d.pop("isUnique", UNSET)

        _location = d.pop("location", UNSET)
        location: HitLocationInfo | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = HitLocationInfo.from_dict(_location)

        org = d.pop("org", UNSET)

        _os = d.pop("os", UNSET)
        os: HitOsInfo | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = HitOsInfo.from_dict(_os)

        query_params = d.pop("queryParams", UNSET)

        real_destination_url = d.pop("realDestinationUrl", UNSET)

        referer = d.pop("referer", UNSET)

        _source = d.pop("source", UNSET)
        source: HitSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = HitSource.from_dict(_source)

        type_ = d.pop("type", UNSET)

        hit = cls(
            access_time=access_time,
            browser=browser,
            client_language=client_language,
            conversion1=conversion1,
            conversion2=conversion2,
            conversion3=conversion3,
            conversion4=conversion4,
            conversion5=conversion5,
            conversions=conversions,
            entity=entity,
            ip=ip,
            is_proxy=is_proxy,
            is_spider=is_spider,
            is_unique=is_unique,
            location=location,
            org=org,
            os=os,
            query_params=query_params,
            real_destination_url=real_destination_url,
            referer=referer,
            source=source,
            type_=type_,
        )

        hit.additional_properties = d
        return hit

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
from ..models.hit_browser_info import HitBrowserInfo
from ..models.hit_conversion_info import HitConversionInfo
from ..models.hit_data_point_info import HitDataPointInfo
from ..models.hit_location_info import HitLocationInfo
from ..models.hit_os_info import HitOsInfo
from ..models.hit_source import HitSource
