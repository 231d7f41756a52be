from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _base_client, _json, _paging
from ...client import Client
from ...models.list_events_response_200 import ListEventsResponse200
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ListEventsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListEventsResponse200.from_dict(_json.loads(response.content))

        return response_200

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[ListEventsResponse200]:
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
    cursor: str | Unset = UNSET,
) -> Response[ListEventsResponse200]:
    """Events, newest first, with a cursor

    Args:
        cursor (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[ListEventsResponse200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
) -> ListEventsResponse200:
    """Events, newest first, with a cursor

    Args:
        cursor (str | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        ListEventsResponse200
    """

    return cast(
        "ListEventsResponse200",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                cursor=cursor,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
) -> Response[ListEventsResponse200]:
    """Events, newest first, with a cursor

    Args:
        cursor (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[ListEventsResponse200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
) -> ListEventsResponse200:
    """Events, newest first, with a cursor

    Args:
        cursor (str | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        ListEventsResponse200
    """

    return cast(
        "ListEventsResponse200",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                cursor=cursor,
            ),
        ),
    )


PAGING = _paging.Paging(
    style="cursor",
    position="cursor",
    items=tuple(["events"]),
    size=None,
    default_size=None,
    next_cursor="next_",
    in_body=False,
)


def iterate(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[str]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "cursor": cursor,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[str]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "cursor": cursor,
        },
        PAGING,
        max_pages=max_pages,
    )
