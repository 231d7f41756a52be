from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PageRow")


@_attrs_define
class PageRow:
    """One page of the top-pages breakdown.

    Attributes:
        page (str): Page path.
        visitors (int | Unset): Unique visitors of the page.
        pageviews (int | Unset): Pageviews of the page.
        bounce_rate (float | Unset): Percentage of bouncing sessions among those that viewed the page (0-100).
        avg_duration (float | Unset): Average duration in seconds of sessions that viewed the page.
        avg_scroll (float | Unset): Average scroll depth on the page in percent (0-100).
    """

    page: str
    visitors: int | Unset = UNSET
    pageviews: int | Unset = UNSET
    bounce_rate: float | Unset = UNSET
    avg_duration: float | Unset = UNSET
    avg_scroll: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        visitors = self.visitors

        pageviews = self.pageviews

        bounce_rate = self.bounce_rate

        avg_duration = self.avg_duration

        avg_scroll = self.avg_scroll

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
            }
        )
        if visitors is not UNSET:
            field_dict["visitors"] = visitors
        if pageviews is not UNSET:
            field_dict["pageviews"] = pageviews
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if avg_duration is not UNSET:
            field_dict["avg_duration"] = avg_duration
        if avg_scroll is not UNSET:
            field_dict["avg_scroll"] = avg_scroll

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the common, cheap check
            # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        page = d.pop("page")

        visitors = d.pop("visitors", UNSET)

        pageviews = d.pop("pageviews", UNSET)

        bounce_rate = d.pop("bounce_rate", UNSET)

        avg_duration = d.pop("avg_duration", UNSET)

        avg_scroll = d.pop("avg_scroll", UNSET)

        page_row = cls(
            page=page,
            visitors=visitors,
            pageviews=pageviews,
            bounce_rate=bounce_rate,
            avg_duration=avg_duration,
            avg_scroll=avg_scroll,
        )

        page_row.additional_properties = d
        return page_row

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
