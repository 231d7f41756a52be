from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.status_code_patterns_response_2xx import StatusCodePatternsResponse2XX
from ...models.status_code_patterns_response_4xx import StatusCodePatternsResponse4XX
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/response/status-codes/patterns",
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = StatusCodePatternsResponse2XX.from_dict(_json.loads(response.content))

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = StatusCodePatternsResponse4XX.from_dict(_json.loads(response.content))

        return response_4xx

    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]:
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
) -> Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]:
    """Status Code Patterns

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]
    """

    kwargs = _get_kwargs()
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> StatusCodePatternsResponse2XX:
    """Status Code Patterns

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        StatusCodePatternsResponse2XX
    """

    return cast(
        "StatusCodePatternsResponse2XX",
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
) -> Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]:
    """Status Code Patterns

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[StatusCodePatternsResponse2XX | StatusCodePatternsResponse4XX]
    """

    kwargs = _get_kwargs()
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> StatusCodePatternsResponse2XX:
    """Status Code Patterns

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        StatusCodePatternsResponse2XX
    """

    return cast(
        "StatusCodePatternsResponse2XX",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
            ),
        ),
    )
