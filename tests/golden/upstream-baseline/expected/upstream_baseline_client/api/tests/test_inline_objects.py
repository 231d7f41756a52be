from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.test_inline_objects_body import TestInlineObjectsBody
from ...models.test_inline_objects_response_200 import TestInlineObjectsResponse200
from ...types import Response

RETRY_SAFE = False
PACING = None


def _get_kwargs(
    *,
    body: TestInlineObjectsBody,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tests/inline_objects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> TestInlineObjectsResponse200 | None:
    if response.status_code == 200:
        response_200 = TestInlineObjectsResponse200.from_dict(_json.loads(response.content))

        return response_200

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[TestInlineObjectsResponse200]:
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
    body: TestInlineObjectsBody,
) -> Response[TestInlineObjectsResponse200]:
    """Test Inline Objects

    Args:
        body (TestInlineObjectsBody):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[TestInlineObjectsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: TestInlineObjectsBody,
) -> TestInlineObjectsResponse200:
    """Test Inline Objects

    Args:
        body (TestInlineObjectsBody):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        TestInlineObjectsResponse200
    """

    return cast(
        "TestInlineObjectsResponse200",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                body=body,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: TestInlineObjectsBody,
) -> Response[TestInlineObjectsResponse200]:
    """Test Inline Objects

    Args:
        body (TestInlineObjectsBody):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[TestInlineObjectsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: TestInlineObjectsBody,
) -> TestInlineObjectsResponse200:
    """Test Inline Objects

    Args:
        body (TestInlineObjectsBody):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        TestInlineObjectsResponse200
    """

    return cast(
        "TestInlineObjectsResponse200",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
            ),
        ),
    )
