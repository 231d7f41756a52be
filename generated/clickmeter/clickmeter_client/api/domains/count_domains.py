from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.count import Count
from ...models.domain_type_filter import DomainTypeFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    type_: DomainTypeFilter | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, DomainTypeFilter)

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/domains/count",
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
    type_: DomainTypeFilter | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Count | Error]:
    """Count domains

     Answers how many domains of the type match the filter.

    Args:
        type_ (DomainTypeFilter | Unset):
        name (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        name=name,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    type_: DomainTypeFilter | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Count:
    """Count domains

     Answers how many domains of the type match the filter.

    Args:
        type_ (DomainTypeFilter | Unset):
        name (str | Unset):

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
                type_=type_,
                name=name,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    type_: DomainTypeFilter | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Count | Error]:
    """Count domains

     Answers how many domains of the type match the filter.

    Args:
        type_ (DomainTypeFilter | Unset):
        name (str | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        name=name,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    type_: DomainTypeFilter | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Count:
    """Count domains

     Answers how many domains of the type match the filter.

    Args:
        type_ (DomainTypeFilter | Unset):
        name (str | Unset):

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
                type_=type_,
                name=name,
            ),
        ),
    )
