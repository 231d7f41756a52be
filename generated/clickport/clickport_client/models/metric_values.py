from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValues")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "visitors",
        "sessions",
        "pageviews",
        "views_per_visit",
        "bounce_rate",
        "avg_duration",
        "avg_scroll",
        "clickers",
    }
)


@_attrs_define
class MetricValues:
    """Requested metrics and their values; only the requested metrics are present.

    Attributes:
        visitors (int | Unset): Unique visitors (distinct sessions).
        sessions (int | Unset): Sessions.
        pageviews (int | Unset): Pageviews.
        views_per_visit (float | Unset): Pageviews per session.
        bounce_rate (float | Unset): Percentage of bouncing sessions (0-100).
        avg_duration (float | Unset): Average session duration in seconds.
        avg_scroll (float | Unset): Average scroll depth in percent (0-100).
        clickers (int | Unset): Sessions with at least one click.
    """

    visitors: int | Unset = UNSET
    sessions: int | Unset = UNSET
    pageviews: int | Unset = UNSET
    views_per_visit: float | Unset = UNSET
    bounce_rate: float | Unset = UNSET
    avg_duration: float | Unset = UNSET
    avg_scroll: float | Unset = UNSET
    clickers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        visitors = self.visitors

        sessions = self.sessions

        pageviews = self.pageviews

        views_per_visit = self.views_per_visit

        bounce_rate = self.bounce_rate

        avg_duration = self.avg_duration

        avg_scroll = self.avg_scroll

        clickers = self.clickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visitors is not UNSET:
            field_dict["visitors"] = visitors
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if pageviews is not UNSET:
            field_dict["pageviews"] = pageviews
        if views_per_visit is not UNSET:
            field_dict["views_per_visit"] = views_per_visit
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if avg_duration is not UNSET:
            field_dict["avg_duration"] = avg_duration
        if avg_scroll is not UNSET:
            field_dict["avg_scroll"] = avg_scroll
        if clickers is not UNSET:
            field_dict["clickers"] = clickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        visitors = src_dict.get("visitors", UNSET)

        sessions = src_dict.get("sessions", UNSET)

        pageviews = src_dict.get("pageviews", UNSET)

        views_per_visit = src_dict.get("views_per_visit", UNSET)

        bounce_rate = src_dict.get("bounce_rate", UNSET)

        avg_duration = src_dict.get("avg_duration", UNSET)

        avg_scroll = src_dict.get("avg_scroll", UNSET)

        clickers = src_dict.get("clickers", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.visitors = visitors
        _model.sessions = sessions
        _model.pageviews = pageviews
        _model.views_per_visit = views_per_visit
        _model.bounce_rate = bounce_rate
        _model.avg_duration = avg_duration
        _model.avg_scroll = avg_scroll
        _model.clickers = clickers

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
