from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.destination_mode import DestinationMode
from ..models.redirect_type import RedirectType
from ..models.referrer_clean import ReferrerClean
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_destination_item import BrowserDestinationItem
    from ..models.data_point_retargeting_info import DataPointRetargetingInfo
    from ..models.multiple_destination_item import MultipleDestinationItem
    from ..models.unique_destination_item import UniqueDestinationItem
    from ..models.url_by_language_item import UrlByLanguageItem
    from ..models.url_by_nation_item import UrlByNationItem
    from ..models.weighted_destination_item import WeightedDestinationItem


T = TypeVar("T", bound="TrackingLinkSpecifics")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "appendQuery",
        "browserDestinationItem",
        "destinationMode",
        "domainId",
        "encodeUrl",
        "expirationClicks",
        "expirationDate",
        "firstUrl",
        "goDomainId",
        "hideUrl",
        "hideUrlTitle",
        "isABTest",
        "password",
        "pauseAfterClicksExpiration",
        "pauseAfterDateExpiration",
        "randomDestinationItems",
        "redirectType",
        "referrerClean",
        "scripts",
        "sequentialDestinationItems",
        "spilloverDestinationItems",
        "uniqueDestinationItem",
        "url",
        "urlAfterClicksExpiration",
        "urlAfterDateExpiration",
        "urlsByLanguage",
        "urlsByNation",
        "weightedDestinationItems",
    }
)


@_attrs_define
class TrackingLinkSpecifics:
    """The parts of a datapoint that only tracking links have.

    Attributes:
        append_query (bool | Unset):
        browser_destination_item (BrowserDestinationItem | Unset): Destinations by kind of browser (destination mode
            BrowserDestination).
        destination_mode (DestinationMode | Unset): How a tracking link picks its destination; each mode reads the
            matching `*Items` field.
        domain_id (int | Unset):
        encode_url (bool | Unset):
        expiration_clicks (int | Unset):
        expiration_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        first_url (str | Unset):
        go_domain_id (int | Unset):
        hide_url (bool | Unset):
        hide_url_title (str | Unset):
        is_ab_test (bool | Unset):
        password (str | Unset):
        pause_after_clicks_expiration (bool | Unset):
        pause_after_date_expiration (bool | Unset):
        random_destination_items (list[MultipleDestinationItem] | Unset):
        redirect_type (RedirectType | Unset):
        referrer_clean (ReferrerClean | Unset):
        scripts (list[DataPointRetargetingInfo] | Unset):
        sequential_destination_items (list[MultipleDestinationItem] | Unset):
        spillover_destination_items (list[MultipleDestinationItem] | Unset):
        unique_destination_item (UniqueDestinationItem | Unset):
        url (str | Unset):
        url_after_clicks_expiration (str | Unset):
        url_after_date_expiration (str | Unset):
        urls_by_language (list[UrlByLanguageItem] | Unset):
        urls_by_nation (list[UrlByNationItem] | Unset):
        weighted_destination_items (list[WeightedDestinationItem] | Unset):
    """

    append_query: bool | Unset = UNSET
    browser_destination_item: BrowserDestinationItem | Unset = UNSET
    destination_mode: DestinationMode | Unset = UNSET
    domain_id: int | Unset = UNSET
    encode_url: bool | Unset = UNSET
    expiration_clicks: int | Unset = UNSET
    expiration_date: str | Unset = UNSET
    first_url: str | Unset = UNSET
    go_domain_id: int | Unset = UNSET
    hide_url: bool | Unset = UNSET
    hide_url_title: str | Unset = UNSET
    is_ab_test: bool | Unset = UNSET
    password: str | Unset = UNSET
    pause_after_clicks_expiration: bool | Unset = UNSET
    pause_after_date_expiration: bool | Unset = UNSET
    random_destination_items: list[MultipleDestinationItem] | Unset = UNSET
    redirect_type: RedirectType | Unset = UNSET
    referrer_clean: ReferrerClean | Unset = UNSET
    scripts: list[DataPointRetargetingInfo] | Unset = UNSET
    sequential_destination_items: list[MultipleDestinationItem] | Unset = UNSET
    spillover_destination_items: list[MultipleDestinationItem] | Unset = UNSET
    unique_destination_item: UniqueDestinationItem | Unset = UNSET
    url: str | Unset = UNSET
    url_after_clicks_expiration: str | Unset = UNSET
    url_after_date_expiration: str | Unset = UNSET
    urls_by_language: list[UrlByLanguageItem] | Unset = UNSET
    urls_by_nation: list[UrlByNationItem] | Unset = UNSET
    weighted_destination_items: list[WeightedDestinationItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        append_query = self.append_query

        browser_destination_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_destination_item, Unset):
            browser_destination_item = self.browser_destination_item.to_dict()

        destination_mode: str | Unset = UNSET
        if not isinstance(self.destination_mode, Unset):
            destination_mode = self.destination_mode.value

        domain_id = self.domain_id

        encode_url = self.encode_url

        expiration_clicks = self.expiration_clicks

        expiration_date = self.expiration_date

        first_url = self.first_url

        go_domain_id = self.go_domain_id

        hide_url = self.hide_url

        hide_url_title = self.hide_url_title

        is_ab_test = self.is_ab_test

        password = self.password

        pause_after_clicks_expiration = self.pause_after_clicks_expiration

        pause_after_date_expiration = self.pause_after_date_expiration

        random_destination_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.random_destination_items, Unset):
            random_destination_items = []
            for random_destination_items_item_data in self.random_destination_items:
                random_destination_items_item = random_destination_items_item_data.to_dict()
                random_destination_items.append(random_destination_items_item)

        redirect_type: str | Unset = UNSET
        if not isinstance(self.redirect_type, Unset):
            redirect_type = self.redirect_type.value

        referrer_clean: str | Unset = UNSET
        if not isinstance(self.referrer_clean, Unset):
            referrer_clean = self.referrer_clean.value

        scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = []
            for scripts_item_data in self.scripts:
                scripts_item = scripts_item_data.to_dict()
                scripts.append(scripts_item)

        sequential_destination_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequential_destination_items, Unset):
            sequential_destination_items = []
            for sequential_destination_items_item_data in self.sequential_destination_items:
                sequential_destination_items_item = sequential_destination_items_item_data.to_dict()
                sequential_destination_items.append(sequential_destination_items_item)

        spillover_destination_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spillover_destination_items, Unset):
            spillover_destination_items = []
            for spillover_destination_items_item_data in self.spillover_destination_items:
                spillover_destination_items_item = spillover_destination_items_item_data.to_dict()
                spillover_destination_items.append(spillover_destination_items_item)

        unique_destination_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unique_destination_item, Unset):
            unique_destination_item = self.unique_destination_item.to_dict()

        url = self.url

        url_after_clicks_expiration = self.url_after_clicks_expiration

        url_after_date_expiration = self.url_after_date_expiration

        urls_by_language: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls_by_language, Unset):
            urls_by_language = []
            for urls_by_language_item_data in self.urls_by_language:
                urls_by_language_item = urls_by_language_item_data.to_dict()
                urls_by_language.append(urls_by_language_item)

        urls_by_nation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls_by_nation, Unset):
            urls_by_nation = []
            for urls_by_nation_item_data in self.urls_by_nation:
                urls_by_nation_item = urls_by_nation_item_data.to_dict()
                urls_by_nation.append(urls_by_nation_item)

        weighted_destination_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weighted_destination_items, Unset):
            weighted_destination_items = []
            for weighted_destination_items_item_data in self.weighted_destination_items:
                weighted_destination_items_item = weighted_destination_items_item_data.to_dict()
                weighted_destination_items.append(weighted_destination_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if append_query is not UNSET:
            field_dict["appendQuery"] = append_query
        if browser_destination_item is not UNSET:
            field_dict["browserDestinationItem"] = browser_destination_item
        if destination_mode is not UNSET:
            field_dict["destinationMode"] = destination_mode
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if encode_url is not UNSET:
            field_dict["encodeUrl"] = encode_url
        if expiration_clicks is not UNSET:
            field_dict["expirationClicks"] = expiration_clicks
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if first_url is not UNSET:
            field_dict["firstUrl"] = first_url
        if go_domain_id is not UNSET:
            field_dict["goDomainId"] = go_domain_id
        if hide_url is not UNSET:
            field_dict["hideUrl"] = hide_url
        if hide_url_title is not UNSET:
            field_dict["hideUrlTitle"] = hide_url_title
        if is_ab_test is not UNSET:
            field_dict["isABTest"] = is_ab_test
        if password is not UNSET:
            field_dict["password"] = password
        if pause_after_clicks_expiration is not UNSET:
            field_dict["pauseAfterClicksExpiration"] = pause_after_clicks_expiration
        if pause_after_date_expiration is not UNSET:
            field_dict["pauseAfterDateExpiration"] = pause_after_date_expiration
        if random_destination_items is not UNSET:
            field_dict["randomDestinationItems"] = random_destination_items
        if redirect_type is not UNSET:
            field_dict["redirectType"] = redirect_type
        if referrer_clean is not UNSET:
            field_dict["referrerClean"] = referrer_clean
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if sequential_destination_items is not UNSET:
            field_dict["sequentialDestinationItems"] = sequential_destination_items
        if spillover_destination_items is not UNSET:
            field_dict["spilloverDestinationItems"] = spillover_destination_items
        if unique_destination_item is not UNSET:
            field_dict["uniqueDestinationItem"] = unique_destination_item
        if url is not UNSET:
            field_dict["url"] = url
        if url_after_clicks_expiration is not UNSET:
            field_dict["urlAfterClicksExpiration"] = url_after_clicks_expiration
        if url_after_date_expiration is not UNSET:
            field_dict["urlAfterDateExpiration"] = url_after_date_expiration
        if urls_by_language is not UNSET:
            field_dict["urlsByLanguage"] = urls_by_language
        if urls_by_nation is not UNSET:
            field_dict["urlsByNation"] = urls_by_nation
        if weighted_destination_items is not UNSET:
            field_dict["weightedDestinationItems"] = weighted_destination_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        append_query = src_dict.get("appendQuery", UNSET)

        _browser_destination_item = src_dict.get("browserDestinationItem", UNSET)
        browser_destination_item: BrowserDestinationItem | Unset = (
            UNSET if _browser_destination_item is UNSET else BrowserDestinationItem.from_dict(_browser_destination_item)
        )

        _destination_mode = src_dict.get("destinationMode", UNSET)
        destination_mode: DestinationMode | Unset = (
            UNSET if _destination_mode is UNSET else DestinationMode(_destination_mode)
        )

        domain_id = src_dict.get("domainId", UNSET)

        encode_url = src_dict.get("encodeUrl", UNSET)

        expiration_clicks = src_dict.get("expirationClicks", UNSET)

        expiration_date = src_dict.get("expirationDate", UNSET)

        first_url = src_dict.get("firstUrl", UNSET)

        go_domain_id = src_dict.get("goDomainId", UNSET)

        hide_url = src_dict.get("hideUrl", UNSET)

        hide_url_title = src_dict.get("hideUrlTitle", UNSET)

        is_ab_test = src_dict.get("isABTest", UNSET)

        password = src_dict.get("password", UNSET)

        pause_after_clicks_expiration = src_dict.get("pauseAfterClicksExpiration", UNSET)

        pause_after_date_expiration = src_dict.get("pauseAfterDateExpiration", UNSET)

        _random_destination_items = src_dict.get("randomDestinationItems", UNSET)
        random_destination_items: list[MultipleDestinationItem] | Unset = (
            UNSET
            if _random_destination_items is UNSET
            else [
                MultipleDestinationItem.from_dict(random_destination_items_item_data)
                for random_destination_items_item_data in _random_destination_items
            ]
        )

        _redirect_type = src_dict.get("redirectType", UNSET)
        redirect_type: RedirectType | Unset = UNSET if _redirect_type is UNSET else RedirectType(_redirect_type)

        _referrer_clean = src_dict.get("referrerClean", UNSET)
        referrer_clean: ReferrerClean | Unset = UNSET if _referrer_clean is UNSET else ReferrerClean(_referrer_clean)

        _scripts = src_dict.get("scripts", UNSET)
        scripts: list[DataPointRetargetingInfo] | Unset = (
            UNSET
            if _scripts is UNSET
            else [DataPointRetargetingInfo.from_dict(scripts_item_data) for scripts_item_data in _scripts]
        )

        _sequential_destination_items = src_dict.get("sequentialDestinationItems", UNSET)
        sequential_destination_items: list[MultipleDestinationItem] | Unset = (
            UNSET
            if _sequential_destination_items is UNSET
            else [
                MultipleDestinationItem.from_dict(sequential_destination_items_item_data)
                for sequential_destination_items_item_data in _sequential_destination_items
            ]
        )

        _spillover_destination_items = src_dict.get("spilloverDestinationItems", UNSET)
        spillover_destination_items: list[MultipleDestinationItem] | Unset = (
            UNSET
            if _spillover_destination_items is UNSET
            else [
                MultipleDestinationItem.from_dict(spillover_destination_items_item_data)
                for spillover_destination_items_item_data in _spillover_destination_items
            ]
        )

        _unique_destination_item = src_dict.get("uniqueDestinationItem", UNSET)
        unique_destination_item: UniqueDestinationItem | Unset = (
            UNSET if _unique_destination_item is UNSET else UniqueDestinationItem.from_dict(_unique_destination_item)
        )

        url = src_dict.get("url", UNSET)

        url_after_clicks_expiration = src_dict.get("urlAfterClicksExpiration", UNSET)

        url_after_date_expiration = src_dict.get("urlAfterDateExpiration", UNSET)

        _urls_by_language = src_dict.get("urlsByLanguage", UNSET)
        urls_by_language: list[UrlByLanguageItem] | Unset = (
            UNSET
            if _urls_by_language is UNSET
            else [
                UrlByLanguageItem.from_dict(urls_by_language_item_data)
                for urls_by_language_item_data in _urls_by_language
            ]
        )

        _urls_by_nation = src_dict.get("urlsByNation", UNSET)
        urls_by_nation: list[UrlByNationItem] | Unset = (
            UNSET
            if _urls_by_nation is UNSET
            else [UrlByNationItem.from_dict(urls_by_nation_item_data) for urls_by_nation_item_data in _urls_by_nation]
        )

        _weighted_destination_items = src_dict.get("weightedDestinationItems", UNSET)
        weighted_destination_items: list[WeightedDestinationItem] | Unset = (
            UNSET
            if _weighted_destination_items is UNSET
            else [
                WeightedDestinationItem.from_dict(weighted_destination_items_item_data)
                for weighted_destination_items_item_data in _weighted_destination_items
            ]
        )

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.append_query = append_query
        _model.browser_destination_item = browser_destination_item
        _model.destination_mode = destination_mode
        _model.domain_id = domain_id
        _model.encode_url = encode_url
        _model.expiration_clicks = expiration_clicks
        _model.expiration_date = expiration_date
        _model.first_url = first_url
        _model.go_domain_id = go_domain_id
        _model.hide_url = hide_url
        _model.hide_url_title = hide_url_title
        _model.is_ab_test = is_ab_test
        _model.password = password
        _model.pause_after_clicks_expiration = pause_after_clicks_expiration
        _model.pause_after_date_expiration = pause_after_date_expiration
        _model.random_destination_items = random_destination_items
        _model.redirect_type = redirect_type
        _model.referrer_clean = referrer_clean
        _model.scripts = scripts
        _model.sequential_destination_items = sequential_destination_items
        _model.spillover_destination_items = spillover_destination_items
        _model.unique_destination_item = unique_destination_item
        _model.url = url
        _model.url_after_clicks_expiration = url_after_clicks_expiration
        _model.url_after_date_expiration = url_after_date_expiration
        _model.urls_by_language = urls_by_language
        _model.urls_by_nation = urls_by_nation
        _model.weighted_destination_items = weighted_destination_items

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
from ..models.browser_destination_item import BrowserDestinationItem
from ..models.data_point_retargeting_info import DataPointRetargetingInfo
from ..models.multiple_destination_item import MultipleDestinationItem
from ..models.unique_destination_item import UniqueDestinationItem
from ..models.url_by_language_item import UrlByLanguageItem
from ..models.url_by_nation_item import UrlByNationItem
from ..models.weighted_destination_item import WeightedDestinationItem
