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

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "accessTime",
        "browser",
        "clientLanguage",
        "conversion1",
        "conversion2",
        "conversion3",
        "conversion4",
        "conversion5",
        "conversions",
        "entity",
        "ip",
        "isProxy",
        "isSpider",
        "isUnique",
        "location",
        "org",
        "os",
        "queryParams",
        "realDestinationUrl",
        "referer",
        "source",
        "type",
    }
)


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
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        access_time = src_dict.get("accessTime", UNSET)

        _browser = src_dict.get("browser", UNSET)
        browser: HitBrowserInfo | Unset = UNSET if _browser is UNSET else HitBrowserInfo.from_dict(_browser)

        client_language = src_dict.get("clientLanguage", UNSET)

        _conversion1 = src_dict.get("conversion1", UNSET)
        conversion1: HitConversionInfo | Unset = (
            UNSET if _conversion1 is UNSET else HitConversionInfo.from_dict(_conversion1)
        )

        _conversion2 = src_dict.get("conversion2", UNSET)
        conversion2: HitConversionInfo | Unset = (
            UNSET if _conversion2 is UNSET else HitConversionInfo.from_dict(_conversion2)
        )

        _conversion3 = src_dict.get("conversion3", UNSET)
        conversion3: HitConversionInfo | Unset = (
            UNSET if _conversion3 is UNSET else HitConversionInfo.from_dict(_conversion3)
        )

        _conversion4 = src_dict.get("conversion4", UNSET)
        conversion4: HitConversionInfo | Unset = (
            UNSET if _conversion4 is UNSET else HitConversionInfo.from_dict(_conversion4)
        )

        _conversion5 = src_dict.get("conversion5", UNSET)
        conversion5: HitConversionInfo | Unset = (
            UNSET if _conversion5 is UNSET else HitConversionInfo.from_dict(_conversion5)
        )

        _conversions = src_dict.get("conversions", UNSET)
        conversions: list[HitConversionInfo] | Unset = (
            UNSET
            if _conversions is UNSET
            else [HitConversionInfo.from_dict(conversions_item_data) for conversions_item_data in _conversions]
        )

        _entity = src_dict.get("entity", UNSET)
        entity: HitDataPointInfo | Unset = UNSET if _entity is UNSET else HitDataPointInfo.from_dict(_entity)

        ip = src_dict.get("ip", UNSET)

        is_proxy = src_dict.get("isProxy", UNSET)

        is_spider = src_dict.get("isSpider", UNSET)

        is_unique = src_dict.get("isUnique", UNSET)

        _location = src_dict.get("location", UNSET)
        location: HitLocationInfo | Unset = UNSET if _location is UNSET else HitLocationInfo.from_dict(_location)

        org = src_dict.get("org", UNSET)

        _os = src_dict.get("os", UNSET)
        os: HitOsInfo | Unset = UNSET if _os is UNSET else HitOsInfo.from_dict(_os)

        query_params = src_dict.get("queryParams", UNSET)

        real_destination_url = src_dict.get("realDestinationUrl", UNSET)

        referer = src_dict.get("referer", UNSET)

        _source = src_dict.get("source", UNSET)
        source: HitSource | Unset = UNSET if _source is UNSET else HitSource.from_dict(_source)

        type_ = src_dict.get("type", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.access_time = access_time
        _model.browser = browser
        _model.client_language = client_language
        _model.conversion1 = conversion1
        _model.conversion2 = conversion2
        _model.conversion3 = conversion3
        _model.conversion4 = conversion4
        _model.conversion5 = conversion5
        _model.conversions = conversions
        _model.entity = entity
        _model.ip = ip
        _model.is_proxy = is_proxy
        _model.is_spider = is_spider
        _model.is_unique = is_unique
        _model.location = location
        _model.org = org
        _model.os = os
        _model.query_params = query_params
        _model.real_destination_url = real_destination_url
        _model.referer = referer
        _model.source = source
        _model.type_ = type_

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
from ..models.hit_browser_info import HitBrowserInfo
from ..models.hit_conversion_info import HitConversionInfo
from ..models.hit_data_point_info import HitDataPointInfo
from ..models.hit_location_info import HitLocationInfo
from ..models.hit_os_info import HitOsInfo
from ..models.hit_source import HitSource
