from io import BytesIO
from typing import Any, cast

import httpx

from ... import _base_client
from ...client import Client
from ...types import File, Response

RETRY_SAFE = True
PACING = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tests/octet_stream",
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> File | str | None:
    # Answers in application/octet-stream (the formats the request may ask for) are returned as text.
    if 200 <= response.status_code <= 299 and (text := _base_client.text_answer(response)) is not None:
        return text
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[File | str]:
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
) -> Response[File | str]:
    """Octet Stream

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs()
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> File | str:
    """Octet Stream

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        File | str
    """

    return cast(
        "File | str",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[File | str]:
    """Octet Stream

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs()
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> File | str:
    """Octet Stream

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        File | str
    """

    return cast(
        "File | str",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
            ),
        ),
    )
