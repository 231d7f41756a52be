from collections.abc import AsyncIterator, Iterator
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json, _paging
from ...client import Client
from ...models.error import Error
from ...models.hit import Hit
from ...models.hit_filter import HitFilter
from ...models.hit_list import HitList
from ...models.hits_timeframe import HitsTimeframe
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    id: int,
    *,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
) -> dict[str, Any]:
    timeframe = _arguments.as_enum("timeframe", timeframe, HitsTimeframe)
    filter_ = _arguments.as_enum("filter_", filter_, HitFilter)

    params: dict[str, Any] = {}

    json_timeframe = timeframe.value
    params["timeframe"] = json_timeframe

    params["limit"] = limit

    params["offset"] = offset

    params["fromDay"] = from_day

    params["toDay"] = to_day

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{id}/hits".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | HitList | None:
    if response.status_code == 200:
        response_200 = HitList.from_dict(_json.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(_json.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(_json.loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(_json.loads(response.content))

        return response_500

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | HitList]:
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
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
) -> Response[Error | HitList]:
    """List the events of a group

     Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
    `lastKey` as `offset`.

    Args:
        id (int):
        timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        limit (int | Unset):
        offset (str | Unset):
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        filter_ (HitFilter | Unset): Kind of events to keep.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | HitList]
    """

    kwargs = _get_kwargs(
        id=id,
        timeframe=timeframe,
        limit=limit,
        offset=offset,
        from_day=from_day,
        to_day=to_day,
        filter_=filter_,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
) -> HitList:
    """List the events of a group

     Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
    `lastKey` as `offset`.

    Args:
        id (int):
        timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        limit (int | Unset):
        offset (str | Unset):
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        filter_ (HitFilter | Unset): Kind of events to keep.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        HitList
    """

    return cast(
        "HitList",
        _base_client.unwrap(
            client,
            sync_detailed(
                id=id,
                client=client,
                timeframe=timeframe,
                limit=limit,
                offset=offset,
                from_day=from_day,
                to_day=to_day,
                filter_=filter_,
            ),
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
) -> Response[Error | HitList]:
    """List the events of a group

     Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
    `lastKey` as `offset`.

    Args:
        id (int):
        timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        limit (int | Unset):
        offset (str | Unset):
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        filter_ (HitFilter | Unset): Kind of events to keep.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | HitList]
    """

    kwargs = _get_kwargs(
        id=id,
        timeframe=timeframe,
        limit=limit,
        offset=offset,
        from_day=from_day,
        to_day=to_day,
        filter_=filter_,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
) -> HitList:
    """List the events of a group

     Answers a page of events for the datapoints of this group. Paged by cursor: pass the previous page's
    `lastKey` as `offset`.

    Args:
        id (int):
        timeframe (HitsTimeframe): Time frame of an event list (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        limit (int | Unset):
        offset (str | Unset):
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        filter_ (HitFilter | Unset): Kind of events to keep.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        HitList
    """

    return cast(
        "HitList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                id=id,
                client=client,
                timeframe=timeframe,
                limit=limit,
                offset=offset,
                from_day=from_day,
                to_day=to_day,
                filter_=filter_,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="cursor",
    position="offset",
    items=tuple(["hits"]),
    size=None,
    default_size=None,
    next_cursor="last_key",
    in_body=False,
)


def iterate(
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Hit]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "id": id,
            "timeframe": timeframe,
            "limit": limit,
            "offset": offset,
            "from_day": from_day,
            "to_day": to_day,
            "filter_": filter_,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    id: int,
    *,
    client: Client,
    timeframe: HitsTimeframe,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    filter_: HitFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Hit]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "id": id,
            "timeframe": timeframe,
            "limit": limit,
            "offset": offset,
            "from_day": from_day,
            "to_day": to_day,
            "filter_": filter_,
        },
        PAGING,
        max_pages=max_pages,
    )
