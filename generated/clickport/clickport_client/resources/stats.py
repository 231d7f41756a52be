"""`client.stats` and `async_client.stats`: the stats operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.stats import (
    query_stats as _query_stats,
)
from ..client import Client
from ..models.aggregate_result import AggregateResult
from ..models.breakdown_result import BreakdownResult
from ..models.breakdown_row import BreakdownRow
from ..models.error import Error
from ..models.metric_values import MetricValues
from ..models.query_request import QueryRequest
from ..models.time_series_result import TimeSeriesResult
from ..models.time_series_row import TimeSeriesRow
from ..types import Response


class StatsResource:
    """The stats operations: `client.stats.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "StatsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return StatsResourceWithRawResponse(self._client)

    def query_stats(
        self,
        *,
        body: QueryRequest,
    ) -> AggregateResult | BreakdownResult | TimeSeriesResult:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregateResult | BreakdownResult | TimeSeriesResult
        """

        return _query_stats.sync(
            client=self._client,
            body=body,
        )

    def iterate_query_stats(
        self,
        *,
        body: QueryRequest,
        max_pages: int | None = None,
    ) -> Iterator[BreakdownRow | MetricValues | TimeSeriesRow]:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _query_stats.iterate(
            client=self._client,
            body=body,
            max_pages=max_pages,
        )


class AsyncStatsResource:
    """The stats operations, awaitable: `async_client.stats.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncStatsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncStatsResourceWithRawResponse(self._client)

    async def query_stats(
        self,
        *,
        body: QueryRequest,
    ) -> AggregateResult | BreakdownResult | TimeSeriesResult:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            AggregateResult | BreakdownResult | TimeSeriesResult
        """

        return await _query_stats.asyncio(
            client=self._client,
            body=body,
        )

    def iterate_query_stats(
        self,
        *,
        body: QueryRequest,
        max_pages: int | None = None,
    ) -> AsyncIterator[BreakdownRow | MetricValues | TimeSeriesRow]:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _query_stats.aiterate(
            client=self._client,
            body=body,
            max_pages=max_pages,
        )


class StatsResourceWithRawResponse:
    """The stats operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.stats.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def query_stats(
        self,
        *,
        body: QueryRequest,
    ) -> Response[AggregateResult | BreakdownResult | TimeSeriesResult | Error]:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregateResult | BreakdownResult | TimeSeriesResult | Error]
        """

        return _query_stats.sync_detailed(
            client=self._client,
            body=body,
        )


class AsyncStatsResourceWithRawResponse:
    """The stats operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.stats.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def query_stats(
        self,
        *,
        body: QueryRequest,
    ) -> Response[AggregateResult | BreakdownResult | TimeSeriesResult | Error]:
        """Query analytics data

         Returns metrics for a period or a custom date range.

        - Without `dimensions` the answer is an aggregate: `results` is one object mapping each requested
          metric to its value (`AggregateResult`).
        - With `dimensions` the answer is a breakdown: `results` is a list of rows, each holding the
        requested
          dimensions and metrics (`BreakdownResult`).
        - A breakdown by a time dimension (`hour`, `date`, `week`, `month`) is a time series
          (`TimeSeriesResult`): one row per time bucket.

        `date_range` takes precedence over `period` when both are given (not documented by the vendor).

        Args:
            body (QueryRequest): A stats query. Every field is optional. Example: {'metrics':
                ['visitors', 'pageviews', 'bounce_rate'], 'period': '30d'}.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[AggregateResult | BreakdownResult | TimeSeriesResult | Error]
        """

        return await _query_stats.asyncio_detailed(
            client=self._client,
            body=body,
        )
