from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregated_result_entity_data import AggregatedResultEntityData
    from ..models.aggregated_result_hourly_break_down import AggregatedResultHourlyBreakDown


T = TypeVar("T", bound="AggregatedResult")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "activityDay",
        "commissionsCost",
        "conversionsCost",
        "conversionsValue",
        "convertedClicks",
        "entityData",
        "entityId",
        "fromDay",
        "hourlyBreakDown",
        "lastHitDate",
        "spiderHitsCount",
        "toDay",
        "totalClicks",
        "totalViews",
        "uniqueClicks",
        "uniqueConversions",
        "uniqueViews",
    }
)


@_attrs_define
class AggregatedResult:
    """Event totals of an entity (or the account) over a period.

    Attributes:
        activity_day (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        commissions_cost (float | Unset):
        conversions_cost (float | Unset):
        conversions_value (float | Unset):
        converted_clicks (int | Unset):
        entity_data (AggregatedResultEntityData | Unset): The entity these totals are about (a datapoint, group or
            conversion) in summary answers. Not documented by the vendor: its shape (System.Object).
        entity_id (str | Unset):
        from_day (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        hourly_break_down (AggregatedResultHourlyBreakDown | Unset): Totals per hour, with `hourly=true`. Not documented
            by the vendor: the format of the keys.
        last_hit_date (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g.
            `20120203120530`. Not documented by the vendor: the time zone (presumably the account's, see
            `Account.timezonename`).
        spider_hits_count (int | Unset):
        to_day (str | Unset): A date and time as `YYYYMMDDHHmmss` (the vendor calls it "YmdHis"), e.g. `20120203120530`.
            Not documented by the vendor: the time zone (presumably the account's, see `Account.timezonename`).
        total_clicks (int | Unset):
        total_views (int | Unset):
        unique_clicks (int | Unset):
        unique_conversions (int | Unset):
        unique_views (int | Unset):
    """

    activity_day: str | Unset = UNSET
    commissions_cost: float | Unset = UNSET
    conversions_cost: float | Unset = UNSET
    conversions_value: float | Unset = UNSET
    converted_clicks: int | Unset = UNSET
    entity_data: AggregatedResultEntityData | Unset = UNSET
    entity_id: str | Unset = UNSET
    from_day: str | Unset = UNSET
    hourly_break_down: AggregatedResultHourlyBreakDown | Unset = UNSET
    last_hit_date: str | Unset = UNSET
    spider_hits_count: int | Unset = UNSET
    to_day: str | Unset = UNSET
    total_clicks: int | Unset = UNSET
    total_views: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    unique_conversions: int | Unset = UNSET
    unique_views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        activity_day = self.activity_day

        commissions_cost = self.commissions_cost

        conversions_cost = self.conversions_cost

        conversions_value = self.conversions_value

        converted_clicks = self.converted_clicks

        entity_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_data, Unset):
            entity_data = self.entity_data.to_dict()

        entity_id = self.entity_id

        from_day = self.from_day

        hourly_break_down: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_break_down, Unset):
            hourly_break_down = self.hourly_break_down.to_dict()

        last_hit_date = self.last_hit_date

        spider_hits_count = self.spider_hits_count

        to_day = self.to_day

        total_clicks = self.total_clicks

        total_views = self.total_views

        unique_clicks = self.unique_clicks

        unique_conversions = self.unique_conversions

        unique_views = self.unique_views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_day is not UNSET:
            field_dict["activityDay"] = activity_day
        if commissions_cost is not UNSET:
            field_dict["commissionsCost"] = commissions_cost
        if conversions_cost is not UNSET:
            field_dict["conversionsCost"] = conversions_cost
        if conversions_value is not UNSET:
            field_dict["conversionsValue"] = conversions_value
        if converted_clicks is not UNSET:
            field_dict["convertedClicks"] = converted_clicks
        if entity_data is not UNSET:
            field_dict["entityData"] = entity_data
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if from_day is not UNSET:
            field_dict["fromDay"] = from_day
        if hourly_break_down is not UNSET:
            field_dict["hourlyBreakDown"] = hourly_break_down
        if last_hit_date is not UNSET:
            field_dict["lastHitDate"] = last_hit_date
        if spider_hits_count is not UNSET:
            field_dict["spiderHitsCount"] = spider_hits_count
        if to_day is not UNSET:
            field_dict["toDay"] = to_day
        if total_clicks is not UNSET:
            field_dict["totalClicks"] = total_clicks
        if total_views is not UNSET:
            field_dict["totalViews"] = total_views
        if unique_clicks is not UNSET:
            field_dict["uniqueClicks"] = unique_clicks
        if unique_conversions is not UNSET:
            field_dict["uniqueConversions"] = unique_conversions
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
        activity_day = src_dict.get("activityDay", UNSET)

        commissions_cost = src_dict.get("commissionsCost", UNSET)

        conversions_cost = src_dict.get("conversionsCost", UNSET)

        conversions_value = src_dict.get("conversionsValue", UNSET)

        converted_clicks = src_dict.get("convertedClicks", UNSET)

        _entity_data = src_dict.get("entityData", UNSET)
        entity_data: AggregatedResultEntityData | Unset = (
            UNSET if _entity_data is UNSET else AggregatedResultEntityData.from_dict(_entity_data)
        )

        entity_id = src_dict.get("entityId", UNSET)

        from_day = src_dict.get("fromDay", UNSET)

        _hourly_break_down = src_dict.get("hourlyBreakDown", UNSET)
        hourly_break_down: AggregatedResultHourlyBreakDown | Unset = (
            UNSET if _hourly_break_down is UNSET else AggregatedResultHourlyBreakDown.from_dict(_hourly_break_down)
        )

        last_hit_date = src_dict.get("lastHitDate", UNSET)

        spider_hits_count = src_dict.get("spiderHitsCount", UNSET)

        to_day = src_dict.get("toDay", UNSET)

        total_clicks = src_dict.get("totalClicks", UNSET)

        total_views = src_dict.get("totalViews", UNSET)

        unique_clicks = src_dict.get("uniqueClicks", UNSET)

        unique_conversions = src_dict.get("uniqueConversions", UNSET)

        unique_views = src_dict.get("uniqueViews", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.activity_day = activity_day
        _model.commissions_cost = commissions_cost
        _model.conversions_cost = conversions_cost
        _model.conversions_value = conversions_value
        _model.converted_clicks = converted_clicks
        _model.entity_data = entity_data
        _model.entity_id = entity_id
        _model.from_day = from_day
        _model.hourly_break_down = hourly_break_down
        _model.last_hit_date = last_hit_date
        _model.spider_hits_count = spider_hits_count
        _model.to_day = to_day
        _model.total_clicks = total_clicks
        _model.total_views = total_views
        _model.unique_clicks = unique_clicks
        _model.unique_conversions = unique_conversions
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
from ..models.aggregated_result_entity_data import AggregatedResultEntityData
from ..models.aggregated_result_hourly_break_down import AggregatedResultHourlyBreakDown
