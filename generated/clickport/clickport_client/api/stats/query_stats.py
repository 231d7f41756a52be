from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _base_client, _json, _paging
from ...client import Client
from ...models.aggregate_result import AggregateResult
from ...models.breakdown_result import BreakdownResult
from ...models.breakdown_row import BreakdownRow
from ...models.error import Error
from ...models.metric_values import MetricValues
from ...models.query_request import QueryRequest
from ...models.time_series_result import TimeSeriesResult
from ...models.time_series_row import TimeSeriesRow
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    body: QueryRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> AggregateResult | BreakdownResult | TimeSeriesResult | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AggregateResult | BreakdownResult | TimeSeriesResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_result_type_0 = AggregateResult.from_dict(data)

                return componentsschemas_query_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_result_type_1 = BreakdownResult.from_dict(data)

                return componentsschemas_query_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_query_result_type_2 = TimeSeriesResult.from_dict(data)

            return componentsschemas_query_result_type_2

        response_200 = _parse_response_200(_json.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(_json.loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(_json.loads(response.content))

        return response_500

    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[AggregateResult | BreakdownResult | TimeSeriesResult | Error]:
    parsed, parse_error = None, None
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        parse_error = error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        parse_error=parse_error,
    )


def sync_detailed(
    *,
    client: Client,
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

    kwargs = _get_kwargs(
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
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

    return cast(
        "AggregateResult | BreakdownResult | TimeSeriesResult",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                body=body,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
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

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
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

    return cast(
        "AggregateResult | BreakdownResult | TimeSeriesResult",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="offset",
    position="offset",
    items=tuple(["results"]),
    size="limit",
    default_size=100,
    next_cursor=None,
    in_body=True,
)


def iterate(
    *,
    client: Client,
    body: QueryRequest,
    max_pages: int | None = None,
) -> Iterator[BreakdownRow | MetricValues | TimeSeriesRow]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "body": body,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    body: QueryRequest,
    max_pages: int | None = None,
) -> AsyncIterator[BreakdownRow | MetricValues | TimeSeriesRow]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "body": body,
        },
        PAGING,
        max_pages=max_pages,
    )
