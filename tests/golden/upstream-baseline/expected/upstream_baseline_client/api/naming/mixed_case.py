from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.mixed_case_response_200 import MixedCaseResponse200
from ...types import UNSET, Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    mixed_case: str,
    mixedCase: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mixed_case"] = mixed_case

    params["mixedCase"] = mixedCase

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/naming/mixed-case",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> MixedCaseResponse200 | None:
    if response.status_code == 200:
        response_200 = MixedCaseResponse200.from_dict(_json.loads(response.content))

        return response_200

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[MixedCaseResponse200]:
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
    mixed_case: str,
    mixedCase: str,
) -> Response[MixedCaseResponse200]:
    """
    Args:
        mixed_case (str):
        mixedCase (str):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[MixedCaseResponse200]
    """

    kwargs = _get_kwargs(
        mixed_case=mixed_case,
        mixedCase=mixedCase,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    mixed_case: str,
    mixedCase: str,
) -> MixedCaseResponse200:
    """
    Args:
        mixed_case (str):
        mixedCase (str):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        MixedCaseResponse200
    """

    return cast(
        "MixedCaseResponse200",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                mixed_case=mixed_case,
                mixedCase=mixedCase,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    mixed_case: str,
    mixedCase: str,
) -> Response[MixedCaseResponse200]:
    """
    Args:
        mixed_case (str):
        mixedCase (str):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[MixedCaseResponse200]
    """

    kwargs = _get_kwargs(
        mixed_case=mixed_case,
        mixedCase=mixedCase,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    mixed_case: str,
    mixedCase: str,
) -> MixedCaseResponse200:
    """
    Args:
        mixed_case (str):
        mixedCase (str):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        MixedCaseResponse200
    """

    return cast(
        "MixedCaseResponse200",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                mixed_case=mixed_case,
                mixedCase=mixedCase,
            ),
        ),
    )
