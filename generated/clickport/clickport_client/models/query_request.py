from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._repr import set_fields_repr as _set_fields_repr
from ..models.dimension import Dimension
from ..models.metric import Metric
from ..models.period import Period
from ..models.query_request_order_dir import QueryRequestOrderDir
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.filter_ import Filter


T = TypeVar("T", bound="QueryRequest")

# The wire names of the declared properties: any other key of an answer goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "metrics",
        "dimensions",
        "period",
        "date_range",
        "filters",
        "order_by",
        "order_dir",
        "limit",
        "offset",
        "timezone",
        "include_comparison",
    }
)


@_attrs_define
class QueryRequest:
    """A stats query. Every field is optional.

    Example:
        {'metrics': ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}

    Attributes:
        metrics (list[Metric] | Unset): Metrics to return.
        dimensions (list[Dimension] | Unset): Dimensions to group by. Omit for aggregate totals.
        period (Period | Unset): A predefined period, in the query's `timezone`: `realtime` (last 30 minutes), `today`,
            `yesterday`,
            `7d`, `14d`, `30d`, `90d`, `12m`.
            Not documented by the vendor: whether `Nd` includes today and where `12m` starts. The dashboard also
            offers "last 24 hours" and "all time"; whether the API accepts them is unknown.
        date_range (DateRange | Unset): A custom range of days; `end` is exclusive. Example: {'start': '2026-03-01',
            'end': '2026-03-31'}.
        filters (list[Filter] | Unset): Conditions the data must meet; all must hold.
        order_by (Metric | Unset): A metric:
            - `visitors`: unique visitors, counted as distinct sessions
            - `sessions`: sessions
            - `pageviews`: pageviews
            - `views_per_visit`: pageviews per session
            - `bounce_rate`: percentage (0-100) of bouncing sessions. A session bounces when it has at most one
              pageview, no outbound click, scrolled under 25 % and lasted under 15 seconds.
            - `avg_duration`: average session duration in seconds
            - `avg_scroll`: average scroll depth in percent (0-100)
            - `clickers`: sessions with at least one click
        order_dir (QueryRequestOrderDir | Unset): Sort direction. Default: QueryRequestOrderDir.DESC.
        limit (int | Unset): Maximum number of rows. Not documented by the vendor: an upper bound. Default: 100.
        offset (int | Unset): Number of rows to skip (pagination). Default: 0.
        timezone (str | Unset): IANA time zone for date calculations. Default: 'UTC'. Example: Europe/Berlin.
        include_comparison (bool | Unset): Also return the same query for the previous period of equal length (in
            `comparison`).
             Default: False.
    """

    metrics: list[Metric] | Unset = UNSET
    dimensions: list[Dimension] | Unset = UNSET
    period: Period | Unset = UNSET
    date_range: DateRange | Unset = UNSET
    filters: list[Filter] | Unset = UNSET
    order_by: Metric | Unset = UNSET
    order_dir: QueryRequestOrderDir | Unset = QueryRequestOrderDir.DESC
    limit: int | Unset = 100
    offset: int | Unset = 0
    timezone: str | Unset = "UTC"
    include_comparison: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.value
                metrics.append(metrics_item)

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.value
                dimensions.append(dimensions_item)

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        order_dir: str | Unset = UNSET
        if not isinstance(self.order_dir, Unset):
            order_dir = self.order_dir.value

        limit = self.limit

        offset = self.offset

        timezone = self.timezone

        include_comparison = self.include_comparison

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if period is not UNSET:
            field_dict["period"] = period
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if filters is not UNSET:
            field_dict["filters"] = filters
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if order_dir is not UNSET:
            field_dict["order_dir"] = order_dir
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if include_comparison is not UNSET:
            field_dict["include_comparison"] = include_comparison

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        _metrics = src_dict.get("metrics", UNSET)
        metrics: list[Metric] | Unset = (
            UNSET if _metrics is UNSET else [Metric(metrics_item_data) for metrics_item_data in _metrics]
        )

        _dimensions = src_dict.get("dimensions", UNSET)
        dimensions: list[Dimension] | Unset = (
            UNSET if _dimensions is UNSET else [Dimension(dimensions_item_data) for dimensions_item_data in _dimensions]
        )

        _period = src_dict.get("period", UNSET)
        period: Period | Unset = UNSET if _period is UNSET else Period(_period)

        _date_range = src_dict.get("date_range", UNSET)
        date_range: DateRange | Unset = UNSET if _date_range is UNSET else DateRange.from_dict(_date_range)

        _filters = src_dict.get("filters", UNSET)
        filters: list[Filter] | Unset = (
            UNSET if _filters is UNSET else [Filter.from_dict(filters_item_data) for filters_item_data in _filters]
        )

        _order_by = src_dict.get("order_by", UNSET)
        order_by: Metric | Unset = UNSET if _order_by is UNSET else Metric(_order_by)

        _order_dir = src_dict.get("order_dir", UNSET)
        order_dir: QueryRequestOrderDir | Unset = UNSET if _order_dir is UNSET else QueryRequestOrderDir(_order_dir)

        limit = src_dict.get("limit", UNSET)

        offset = src_dict.get("offset", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        include_comparison = src_dict.get("include_comparison", UNSET)

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.metrics = metrics
        _model.dimensions = dimensions
        _model.period = period
        _model.date_range = date_range
        _model.filters = filters
        _model.order_by = order_by
        _model.order_dir = order_dir
        _model.limit = limit
        _model.offset = offset
        _model.timezone = timezone
        _model.include_comparison = include_comparison

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
from ..models.date_range import DateRange
from ..models.filter_ import Filter
