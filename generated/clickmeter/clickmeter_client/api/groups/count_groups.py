from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.count import Count
from ...models.entity_status_filter import EntityStatusFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    status: EntityStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    write: bool | Unset = UNSET,
) -> dict[str, Any]:
    status = _arguments.as_enum("status", status, EntityStatusFilter)

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tags"] = tags

    params["textSearch"] = text_search

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params["write"] = write

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Count | Error | None:
    if response.status_code == 200:
        response_200 = Count.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Count | Error]:
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
    status: EntityStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    write: bool | Unset = UNSET,
) -> Response[Count | Error]:
    """Count groups

     Answers how many groups match the filter.

    Args:
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        write (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        status=status,
        tags=tags,
        text_search=text_search,
        created_after=created_after,
        created_before=created_before,
        write=write,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    status: EntityStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    write: bool | Unset = UNSET,
) -> Count:
    """Count groups

     Answers how many groups match the filter.

    Args:
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        write (bool | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Count
    """

    return cast(
        "Count",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                status=status,
                tags=tags,
                text_search=text_search,
                created_after=created_after,
                created_before=created_before,
                write=write,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    status: EntityStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    write: bool | Unset = UNSET,
) -> Response[Count | Error]:
    """Count groups

     Answers how many groups match the filter.

    Args:
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        write (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        status=status,
        tags=tags,
        text_search=text_search,
        created_after=created_after,
        created_before=created_before,
        write=write,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    status: EntityStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    write: bool | Unset = UNSET,
) -> Count:
    """Count groups

     Answers how many groups match the filter.

    Args:
        status (EntityStatusFilter | Unset): Status of a group or conversion as a query filter.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        write (bool | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Count
    """

    return cast(
        "Count",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                status=status,
                tags=tags,
                text_search=text_search,
                created_after=created_after,
                created_before=created_before,
                write=write,
            ),
        ),
    )
