from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json, _paging
from ...client import Client
from ...models.error import Error
from ...models.list_widgets_filter import ListWidgetsFilter
from ...models.widget import Widget
from ...models.widget_page import WidgetPage
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = "reads"


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
) -> dict[str, Any]:
    tags = _arguments.as_list("tags", tags)

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags if isinstance(json_tags, Unset) else ",".join(str(item) for item in json_tags)
    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter_.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | WidgetPage | None:
    if response.status_code == 200:
        response_200 = WidgetPage.from_dict(_json.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(_json.loads(response.content))

        return response_401

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | WidgetPage]:
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
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
) -> Response[Error | WidgetPage]:
    """List widgets

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        tags (list[str] | Unset):
        filter_ (ListWidgetsFilter | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | WidgetPage]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        tags=tags,
        filter_=filter_,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
) -> WidgetPage:
    """List widgets

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        tags (list[str] | Unset):
        filter_ (ListWidgetsFilter | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        WidgetPage
    """

    return cast(
        "WidgetPage",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                offset=offset,
                limit=limit,
                tags=tags,
                filter_=filter_,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
) -> Response[Error | WidgetPage]:
    """List widgets

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        tags (list[str] | Unset):
        filter_ (ListWidgetsFilter | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | WidgetPage]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        tags=tags,
        filter_=filter_,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
) -> WidgetPage:
    """List widgets

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        tags (list[str] | Unset):
        filter_ (ListWidgetsFilter | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        WidgetPage
    """

    return cast(
        "WidgetPage",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                offset=offset,
                limit=limit,
                tags=tags,
                filter_=filter_,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="offset",
    position="offset",
    items=tuple(["items"]),
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
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Widget]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
            "tags": tags,
            "filter_": filter_,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    tags: list[str] | Unset = UNSET,
    filter_: ListWidgetsFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Widget]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
            "tags": tags,
            "filter_": filter_,
        },
        PAGING,
        max_pages=max_pages,
    )
