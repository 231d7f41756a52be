from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.count import Count
from ...models.error import Error
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/retargeting/count",
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Count | Error | None:
    if response.status_code == 200:
        response_200 = Count.from_dict(_json.loads(response.content))

        return response_200

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
) -> Response[Count | Error]:
    """Count retargeting scripts

     Answers how many retargeting scripts the account has.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs()
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> Count:
    """Count retargeting scripts

     Answers how many retargeting scripts the account has.

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
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[Count | Error]:
    """Count retargeting scripts

     Answers how many retargeting scripts the account has.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs()
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> Count:
    """Count retargeting scripts

     Answers how many retargeting scripts the account has.

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
            ),
        ),
    )
