from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_report_item_entity_data import TopReportItemEntityData


T = TypeVar("T", bound="TopReportItem")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "entityData",
        "id",
        "lastHitDate",
        "spiderClicks",
        "spiderHits",
        "spiderViews",
        "totalClicks",
        "totalCommissionsCost",
        "totalConversions",
        "totalConversionsCost",
        "totalConversionsValue",
        "totalHits",
        "totalViews",
        "uniqueClicks",
        "uniqueHits",
        "uniqueViews",
    }
)


@_attrs_define
class TopReportItem:
    """One entry of a top report (a browser, a country, a referrer...).

    Attributes:
        entity_data (TopReportItemEntityData | Unset): Data of the entry. Not documented by the vendor: its shape
            (System.Object).
        id (str | Unset):
        last_hit_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        spider_clicks (int | Unset):
        spider_hits (int | Unset):
        spider_views (int | Unset):
        total_clicks (int | Unset):
        total_commissions_cost (float | Unset):
        total_conversions (int | Unset):
        total_conversions_cost (float | Unset):
        total_conversions_value (float | Unset):
        total_hits (int | Unset):
        total_views (int | Unset):
        unique_clicks (int | Unset):
        unique_hits (int | Unset):
        unique_views (int | Unset):
    """

    entity_data: TopReportItemEntityData | Unset = UNSET
    id: str | Unset = UNSET
    last_hit_date: str | Unset = UNSET
    spider_clicks: int | Unset = UNSET
    spider_hits: int | Unset = UNSET
    spider_views: int | Unset = UNSET
    total_clicks: int | Unset = UNSET
    total_commissions_cost: float | Unset = UNSET
    total_conversions: int | Unset = UNSET
    total_conversions_cost: float | Unset = UNSET
    total_conversions_value: float | Unset = UNSET
    total_hits: int | Unset = UNSET
    total_views: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    unique_hits: int | Unset = UNSET
    unique_views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        entity_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_data, Unset):
            entity_data = self.entity_data.to_dict()

        id = self.id

        last_hit_date = self.last_hit_date

        spider_clicks = self.spider_clicks

        spider_hits = self.spider_hits

        spider_views = self.spider_views

        total_clicks = self.total_clicks

        total_commissions_cost = self.total_commissions_cost

        total_conversions = self.total_conversions

        total_conversions_cost = self.total_conversions_cost

        total_conversions_value = self.total_conversions_value

        total_hits = self.total_hits

        total_views = self.total_views

        unique_clicks = self.unique_clicks

        unique_hits = self.unique_hits

        unique_views = self.unique_views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_data is not UNSET:
            field_dict["entityData"] = entity_data
        if id is not UNSET:
            field_dict["id"] = id
        if last_hit_date is not UNSET:
            field_dict["lastHitDate"] = last_hit_date
        if spider_clicks is not UNSET:
            field_dict["spiderClicks"] = spider_clicks
        if spider_hits is not UNSET:
            field_dict["spiderHits"] = spider_hits
        if spider_views is not UNSET:
            field_dict["spiderViews"] = spider_views
        if total_clicks is not UNSET:
            field_dict["totalClicks"] = total_clicks
        if total_commissions_cost is not UNSET:
            field_dict["totalCommissionsCost"] = total_commissions_cost
        if total_conversions is not UNSET:
            field_dict["totalConversions"] = total_conversions
        if total_conversions_cost is not UNSET:
            field_dict["totalConversionsCost"] = total_conversions_cost
        if total_conversions_value is not UNSET:
            field_dict["totalConversionsValue"] = total_conversions_value
        if total_hits is not UNSET:
            field_dict["totalHits"] = total_hits
        if total_views is not UNSET:
            field_dict["totalViews"] = total_views
        if unique_clicks is not UNSET:
            field_dict["uniqueClicks"] = unique_clicks
        if unique_hits is not UNSET:
            field_dict["uniqueHits"] = unique_hits
        if unique_views is not UNSET:
            field_dict["uniqueViews"] = unique_views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        _entity_data = src_dict.get("entityData", UNSET)
        entity_data: TopReportItemEntityData | Unset = (
            UNSET if _entity_data is UNSET else TopReportItemEntityData.from_dict(_entity_data)
        )

        id = src_dict.get("id", UNSET)

        last_hit_date = src_dict.get("lastHitDate", UNSET)

        spider_clicks = src_dict.get("spiderClicks", UNSET)

        spider_hits = src_dict.get("spiderHits", UNSET)

        spider_views = src_dict.get("spiderViews", UNSET)

        total_clicks = src_dict.get("totalClicks", UNSET)

        total_commissions_cost = src_dict.get("totalCommissionsCost", UNSET)

        total_conversions = src_dict.get("totalConversions", UNSET)

        total_conversions_cost = src_dict.get("totalConversionsCost", UNSET)

        total_conversions_value = src_dict.get("totalConversionsValue", UNSET)

        total_hits = src_dict.get("totalHits", UNSET)

        total_views = src_dict.get("totalViews", UNSET)

        unique_clicks = src_dict.get("uniqueClicks", UNSET)

        unique_hits = src_dict.get("uniqueHits", UNSET)

        unique_views = src_dict.get("uniqueViews", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.entity_data = entity_data
        _model.id = id
        _model.last_hit_date = last_hit_date
        _model.spider_clicks = spider_clicks
        _model.spider_hits = spider_hits
        _model.spider_views = spider_views
        _model.total_clicks = total_clicks
        _model.total_commissions_cost = total_commissions_cost
        _model.total_conversions = total_conversions
        _model.total_conversions_cost = total_conversions_cost
        _model.total_conversions_value = total_conversions_value
        _model.total_hits = total_hits
        _model.total_views = total_views
        _model.unique_clicks = unique_clicks
        _model.unique_hits = unique_hits
        _model.unique_views = unique_views

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
from ..models.top_report_item_entity_data import TopReportItemEntityData
