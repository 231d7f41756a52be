from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.post_responses_unions_simple_before_complex_response_200 import (
    PostResponsesUnionsSimpleBeforeComplexResponse200,
)
from ...types import Response

RETRY_SAFE = False
PACING = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/unions/simple_before_complex",
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> PostResponsesUnionsSimpleBeforeComplexResponse200 | None:
    if response.status_code == 200:
        response_200 = PostResponsesUnionsSimpleBeforeComplexResponse200.from_dict(_json.loads(response.content))

        return response_200

    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[PostResponsesUnionsSimpleBeforeComplexResponse200]:
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
) -> Response[PostResponsesUnionsSimpleBeforeComplexResponse200]:
    """Regression test for #603

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[PostResponsesUnionsSimpleBeforeComplexResponse200]
    """

    kwargs = _get_kwargs()
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> PostResponsesUnionsSimpleBeforeComplexResponse200:
    """Regression test for #603

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        PostResponsesUnionsSimpleBeforeComplexResponse200
    """

    return cast(
        "PostResponsesUnionsSimpleBeforeComplexResponse200",
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
) -> Response[PostResponsesUnionsSimpleBeforeComplexResponse200]:
    """Regression test for #603

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[PostResponsesUnionsSimpleBeforeComplexResponse200]
    """

    kwargs = _get_kwargs()
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> PostResponsesUnionsSimpleBeforeComplexResponse200:
    """Regression test for #603

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        PostResponsesUnionsSimpleBeforeComplexResponse200
    """

    return cast(
        "PostResponsesUnionsSimpleBeforeComplexResponse200",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
            ),
        ),
    )
