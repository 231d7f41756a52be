from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json, _paging
from ...client import Client
from ...models.aggregated_result import AggregatedResult
from ...models.aggregated_summary_result import AggregatedSummaryResult
from ...models.entity_status_filter import EntityStatusFilter
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...models.time_frame import TimeFrame
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
) -> dict[str, Any]:
    time_frame = _arguments.as_enum("time_frame", time_frame, TimeFrame)
    status = _arguments.as_enum("status", status, EntityStatusFilter)
    sort_direction = _arguments.as_enum("sort_direction", sort_direction, SortDirection)

    params: dict[str, Any] = {}

    json_time_frame = time_frame.value
    params["timeFrame"] = json_time_frame

    params["fromDay"] = from_day

    params["toDay"] = to_day

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tag"] = tag

    params["favourite"] = favourite

    params["sortBy"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["offset"] = offset

    params["limit"] = limit

    params["textSearch"] = text_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/aggregated/summary/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AggregatedSummaryResult | Error | None:
    if response.status_code == 200:
        response_200 = AggregatedSummaryResult.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[AggregatedSummaryResult | Error]:
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
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
) -> Response[AggregatedSummaryResult | Error]:
    """Retrieve statistics for a page of groups

     Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
    `offset`/`limit`; the answer repeats them with the total `count`.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tag (str | Unset):
        favourite (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        text_search (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedSummaryResult | Error]
    """

    kwargs = _get_kwargs(
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        status=status,
        tag=tag,
        favourite=favourite,
        sort_by=sort_by,
        sort_direction=sort_direction,
        offset=offset,
        limit=limit,
        text_search=text_search,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
) -> AggregatedSummaryResult:
    """Retrieve statistics for a page of groups

     Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
    `offset`/`limit`; the answer repeats them with the total `count`.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tag (str | Unset):
        favourite (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        text_search (str | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedSummaryResult
    """

    return cast(
        "AggregatedSummaryResult",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                status=status,
                tag=tag,
                favourite=favourite,
                sort_by=sort_by,
                sort_direction=sort_direction,
                offset=offset,
                limit=limit,
                text_search=text_search,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
) -> Response[AggregatedSummaryResult | Error]:
    """Retrieve statistics for a page of groups

     Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
    `offset`/`limit`; the answer repeats them with the total `count`.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tag (str | Unset):
        favourite (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        text_search (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedSummaryResult | Error]
    """

    kwargs = _get_kwargs(
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        status=status,
        tag=tag,
        favourite=favourite,
        sort_by=sort_by,
        sort_direction=sort_direction,
        offset=offset,
        limit=limit,
        text_search=text_search,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
) -> AggregatedSummaryResult:
    """Retrieve statistics for a page of groups

     Answers statistics per group for the time frame, with each group's data in `entityData`. Paged with
    `offset`/`limit`; the answer repeats them with the total `count`.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tag (str | Unset):
        favourite (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        text_search (str | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedSummaryResult
    """

    return cast(
        "AggregatedSummaryResult",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                status=status,
                tag=tag,
                favourite=favourite,
                sort_by=sort_by,
                sort_direction=sort_direction,
                offset=offset,
                limit=limit,
                text_search=text_search,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="offset",
    position="offset",
    items=tuple(["result"]),
    size="limit",
    default_size=20,
    next_cursor=None,
    in_body=False,
)


def iterate(
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[AggregatedResult]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "time_frame": time_frame,
            "from_day": from_day,
            "to_day": to_day,
            "status": status,
            "tag": tag,
            "favourite": favourite,
            "sort_by": sort_by,
            "sort_direction": sort_direction,
            "offset": offset,
            "limit": limit,
            "text_search": text_search,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    status: EntityStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    text_search: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[AggregatedResult]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "time_frame": time_frame,
            "from_day": from_day,
            "to_day": to_day,
            "status": status,
            "tag": tag,
            "favourite": favourite,
            "sort_by": sort_by,
            "sort_direction": sort_direction,
            "offset": offset,
            "limit": limit,
            "text_search": text_search,
        },
        PAGING,
        max_pages=max_pages,
    )
