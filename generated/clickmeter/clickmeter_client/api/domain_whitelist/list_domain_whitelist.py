from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import _base_client, _json, _paging
from ...client import Client
from ...models.domain_whitelist_entry import DomainWhitelistEntry
from ...models.domain_whitelist_entry_list import DomainWhitelistEntryList
from ...models.error import Error
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/domainwhitelist",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> DomainWhitelistEntryList | Error | None:
    if response.status_code == 200:
        response_200 = DomainWhitelistEntryList.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[DomainWhitelistEntryList | Error]:
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
) -> Response[DomainWhitelistEntryList | Error]:
    """List the domains allowed to redirect in DDU mode

     Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[DomainWhitelistEntryList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> DomainWhitelistEntryList:
    """List the domains allowed to redirect in DDU mode

     Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        DomainWhitelistEntryList
    """

    return cast(
        "DomainWhitelistEntryList",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                offset=offset,
                limit=limit,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[DomainWhitelistEntryList | Error]:
    """List the domains allowed to redirect in DDU mode

     Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[DomainWhitelistEntryList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> DomainWhitelistEntryList:
    """List the domains allowed to redirect in DDU mode

     Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        DomainWhitelistEntryList
    """

    return cast(
        "DomainWhitelistEntryList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                offset=offset,
                limit=limit,
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
    max_pages: int | None = None,
) -> Iterator[DomainWhitelistEntry]:
    """Every item of every page, fetched page by page with `sync()`.

    Stops on the last page, on a page that brings no item not seen before (a server ignoring the paging
    arguments), or after `max_pages` pages.
    """
    return _paging.iterate_sync(
        lambda **page_kwargs: sync(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
        },
        PAGING,
        max_pages=max_pages,
    )


def aiterate(
    *,
    client: Client,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    max_pages: int | None = None,
) -> AsyncIterator[DomainWhitelistEntry]:
    """Every item of every page, fetched page by page with `asyncio()` (stops as iterate() does)."""
    return _paging.iterate_async(
        lambda **page_kwargs: asyncio(client=client, **page_kwargs),
        {
            "offset": offset,
            "limit": limit,
        },
        PAGING,
        max_pages=max_pages,
    )
