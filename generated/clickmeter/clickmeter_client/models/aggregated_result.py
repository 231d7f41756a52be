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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        activity_day = d.pop("activityDay", UNSET)

        commissions_cost = d.pop("commissionsCost", UNSET)

        conversions_cost = d.pop("conversionsCost", UNSET)

        conversions_value = d.pop("conversionsValue", UNSET)

        converted_clicks = d.pop("convertedClicks", UNSET)

        _entity_data = d.pop("entityData", UNSET)
        entity_data: AggregatedResultEntityData | Unset
        if isinstance(_entity_data, Unset):
            entity_data = UNSET
        else:
            entity_data = AggregatedResultEntityData.from_dict(_entity_data)

        entity_id = d.pop("entityId", UNSET)

        from_day = d.pop("fromDay", UNSET)

        _hourly_break_down = d.pop("hourlyBreakDown", UNSET)
        hourly_break_down: AggregatedResultHourlyBreakDown | Unset
        if isinstance(_hourly_break_down, Unset):
            hourly_break_down = UNSET
        else:
            hourly_break_down = AggregatedResultHourlyBreakDown.from_dict(_hourly_break_down)

        last_hit_date = d.pop("lastHitDate", UNSET)

        spider_hits_count = d.pop("spiderHitsCount", UNSET)

        to_day = d.pop("toDay", UNSET)

        total_clicks = d.pop("totalClicks", UNSET)

        total_views = d.pop("totalViews", UNSET)

        unique_clicks = d.pop("uniqueClicks", UNSET)

        unique_conversions = d.pop("uniqueConversions", UNSET)

        unique_views = d.pop("uniqueViews", UNSET)

        aggregated_result = cls(
            activity_day=activity_day,
            commissions_cost=commissions_cost,
            conversions_cost=conversions_cost,
            conversions_value=conversions_value,
            converted_clicks=converted_clicks,
            entity_data=entity_data,
            entity_id=entity_id,
            from_day=from_day,
            hourly_break_down=hourly_break_down,
            last_hit_date=last_hit_date,
            spider_hits_count=spider_hits_count,
            to_day=to_day,
            total_clicks=total_clicks,
            total_views=total_views,
            unique_clicks=unique_clicks,
            unique_conversions=unique_conversions,
            unique_views=unique_views,
        )

        aggregated_result.additional_properties = d
        return aggregated_result

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
