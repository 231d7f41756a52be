from typing import Any, cast

import httpx

from ... import _arguments, _base_client
from ...client import Client
from ...models.an_int_enum import AnIntEnum
from ...types import UNSET, Response

RETRY_SAFE = False
PACING = None


def _get_kwargs(
    *,
    int_enum: AnIntEnum,
) -> dict[str, Any]:
    int_enum = _arguments.as_enum("int_enum", int_enum, AnIntEnum)

    params: dict[str, Any] = {}

    json_int_enum = int_enum.value
    params["int_enum"] = json_int_enum

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enum/int",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any]:
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
    int_enum: AnIntEnum,
) -> Response[Any]:
    """Int Enum

    Args:
        int_enum (AnIntEnum): An enumeration.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        int_enum=int_enum,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    int_enum: AnIntEnum,
) -> Any:
    """Int Enum

    Args:
        int_enum (AnIntEnum): An enumeration.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                int_enum=int_enum,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    int_enum: AnIntEnum,
) -> Response[Any]:
    """Int Enum

    Args:
        int_enum (AnIntEnum): An enumeration.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        int_enum=int_enum,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    int_enum: AnIntEnum,
) -> Any:
    """Int Enum

    Args:
        int_enum (AnIntEnum): An enumeration.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                int_enum=int_enum,
            ),
        ),
    )
