"""Contains all the data models used in inputs/outputs"""

from .aggregate_comparison import AggregateComparison
from .aggregate_result import AggregateResult
from .breakdown_comparison import BreakdownComparison
from .breakdown_result import BreakdownResult
from .breakdown_row import BreakdownRow
from .comparison_period import ComparisonPeriod
from .date_range import DateRange
from .dimension import Dimension
from .error import Error
from .event_accepted import EventAccepted
from .event_request import EventRequest
from .event_type import EventType
from .filter_ import Filter
from .filter_operator import FilterOperator
from .goal import Goal
from .goal_conversions import GoalConversions
from .metric import Metric
from .metric_values import MetricValues
from .page_row import PageRow
from .period import Period
from .query_request import QueryRequest
from .query_request_order_dir import QueryRequestOrderDir
from .realtime_visitor import RealtimeVisitor
from .realtime_visitors import RealtimeVisitors
from .time_series_result import TimeSeriesResult
from .time_series_row import TimeSeriesRow
from .top_pages import TopPages

__all__ = (
    "AggregateComparison",
    "AggregateResult",
    "BreakdownComparison",
    "BreakdownResult",
    "BreakdownRow",
    "ComparisonPeriod",
    "DateRange",
    "Dimension",
    "Error",
    "EventAccepted",
    "EventRequest",
    "EventType",
    "Filter",
    "FilterOperator",
    "Goal",
    "GoalConversions",
    "Metric",
    "MetricValues",
    "PageRow",
    "Period",
    "QueryRequest",
    "QueryRequestOrderDir",
    "RealtimeVisitor",
    "RealtimeVisitors",
    "TimeSeriesResult",
    "TimeSeriesRow",
    "TopPages",
)
