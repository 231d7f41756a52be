from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json, _paging
from ...client import Client
from ...models.data_point_status_filter import DataPointStatusFilter
from ...models.data_point_type_filter import DataPointTypeFilter
from ...models.entity_uri import EntityUri
from ...models.entity_uri_list import EntityUriList
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, DataPointTypeFilter)
    status = _arguments.as_enum("status", status, DataPointStatusFilter)
    sort_direction = _arguments.as_enum("sort_direction", sort_direction, SortDirection)

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tags"] = tags

    params["textSearch"] = text_search

    params["onlyFavorites"] = only_favorites

    params["sortBy"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datapoints",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> EntityUriList | Error | None:
    if response.status_code == 200:
        response_200 = EntityUriList.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[EntityUriList | Error]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[EntityUriList | Error]:
    """List datapoints

     Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
    with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        only_favorites (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUriList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
        status=status,
        tags=tags,
        text_search=text_search,
        only_favorites=only_favorites,
        sort_by=sort_by,
        sort_direction=sort_direction,
        created_after=created_after,
        created_before=created_before,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> EntityUriList:
    """List datapoints

     Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
    with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        only_favorites (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EntityUriList
    """

    return cast(
        "EntityUriList",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                offset=offset,
                limit=limit,
                type_=type_,
                status=status,
                tags=tags,
                text_search=text_search,
                only_favorites=only_favorites,
                sort_by=sort_by,
                sort_direction=sort_direction,
                created_after=created_after,
                created_before=created_before,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[EntityUriList | Error]:
    """List datapoints

     Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
    with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        only_favorites (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUriList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
        status=status,
        tags=tags,
        text_search=text_search,
        only_favorites=only_favorites,
        sort_by=sort_by,
        sort_direction=sort_direction,
        created_after=created_after,
        created_before=created_before,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> EntityUriList:
    """List datapoints

     Answers references (`{id, uri}`) to the datapoints (tracking links and pixels) of the account. Paged
    with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        only_favorites (bool | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EntityUriList
    """

    return cast(
        "EntityUriList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                offset=offset,
                limit=limit,
                type_=type_,
                status=status,
                tags=tags,
                text_search=text_search,
                only_favorites=only_favorites,
                sort_by=sort_by,
                sort_direction=sort_direction,
                created_after=created_after,
                created_before=created_before,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="offset",
    position="offset",
    items=tuple(["entities"]),
    size="limit",
    default_size=20,
    next_cursor=None,
    in_body=False,
)


def iterate(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[EntityUri]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
            "type_": type_,
            "status": status,
            "tags": tags,
            "text_search": text_search,
            "only_favorites": only_favorites,
            "sort_by": sort_by,
            "sort_direction": sort_direction,
            "created_after": created_after,
            "created_before": created_before,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    only_favorites: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[EntityUri]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
            "type_": type_,
            "status": status,
            "tags": tags,
            "text_search": text_search,
            "only_favorites": only_favorites,
            "sort_by": sort_by,
            "sort_direction": sort_direction,
            "created_after": created_after,
            "created_before": created_before,
        },
        PAGING,
        max_pages=max_pages,
    )
