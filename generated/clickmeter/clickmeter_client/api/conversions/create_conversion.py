from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.conversion import Conversion
from ...models.entity_uri import EntityUri
from ...models.error import Error
from ...types import Response

RETRY_SAFE = False
PACING = None


def _get_kwargs(
    *,
    body: Conversion,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> EntityUri | Error | None:
    if response.status_code == 200:
        response_200 = EntityUri.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[EntityUri | Error]:
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
    body: Conversion,
) -> Response[EntityUri | Error]:
    """Create a conversion

     Creates a conversion and answers a reference to it.

    Args:
        body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
            documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
            `creationDate`, `deleted`) are assigned by the server (our inference).

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: Conversion,
) -> EntityUri:
    """Create a conversion

     Creates a conversion and answers a reference to it.

    Args:
        body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
            documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
            `creationDate`, `deleted`) are assigned by the server (our inference).

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EntityUri
    """

    return cast(
        "EntityUri",
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
    body: Conversion,
) -> Response[EntityUri | Error]:
    """Create a conversion

     Creates a conversion and answers a reference to it.

    Args:
        body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
            documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
            `creationDate`, `deleted`) are assigned by the server (our inference).

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: Conversion,
) -> EntityUri:
    """Create a conversion

     Creates a conversion and answers a reference to it.

    Args:
        body (Conversion): A conversion (a goal reached after an event on a datapoint). Not
            documented by the vendor: which fields are read-only; the `readOnly` ones (`id`,
            `creationDate`, `deleted`) are assigned by the server (our inference).

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EntityUri
    """

    return cast(
        "EntityUri",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
            ),
        ),
    )
