from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.batch_request import BatchRequest
from ...models.batch_result import BatchResult
from ...models.error import Error
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    body: BatchRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/datapoints/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> BatchResult | Error | None:
    if response.status_code == 200:
        response_200 = BatchResult.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[BatchResult | Error]:
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
    body: BatchRequest,
) -> Response[BatchResult | Error]:
    """Create several datapoints

     Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
    `errors`.

    Args:
        body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
            property name is PascalCase on the wire.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[BatchResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: BatchRequest,
) -> BatchResult:
    """Create several datapoints

     Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
    `errors`.

    Args:
        body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
            property name is PascalCase on the wire.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        BatchResult
    """

    return cast(
        "BatchResult",
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
    body: BatchRequest,
) -> Response[BatchResult | Error]:
    """Create several datapoints

     Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
    `errors`.

    Args:
        body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
            property name is PascalCase on the wire.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[BatchResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: BatchRequest,
) -> BatchResult:
    """Create several datapoints

     Creates the listed datapoints. Answers a batch result; per-item validation failures are listed in
    `errors`.

    Args:
        body (BatchRequest): Datapoints to create (PUT) or update (POST, each with its `id`). The
            property name is PascalCase on the wire.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        BatchResult
    """

    return cast(
        "BatchResult",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
            ),
        ),
    )
