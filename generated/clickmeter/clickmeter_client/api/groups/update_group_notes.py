from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.entity_uri import EntityUri
from ...models.error import Error
from ...models.text_patch import TextPatch
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    id: int,
    *,
    body: TextPatch,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/groups/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 403:
        response_403 = Error.from_dict(_json.loads(response.content))

        return response_403

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
    id: int,
    *,
    client: Client,
    body: TextPatch,
) -> Response[EntityUri | Error]:
    """Set the notes of a group

     Replaces the `notes` text of a group without sending the whole object.

    Args:
        id (int):
        body (TextPatch): A new text for one field (notes, tag name). The property name is
            PascalCase on the wire.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Client,
    body: TextPatch,
) -> EntityUri:
    """Set the notes of a group

     Replaces the `notes` text of a group without sending the whole object.

    Args:
        id (int):
        body (TextPatch): A new text for one field (notes, tag name). The property name is
            PascalCase on the wire.

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
                id=id,
                client=client,
                body=body,
            ),
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    body: TextPatch,
) -> Response[EntityUri | Error]:
    """Set the notes of a group

     Replaces the `notes` text of a group without sending the whole object.

    Args:
        id (int):
        body (TextPatch): A new text for one field (notes, tag name). The property name is
            PascalCase on the wire.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: Client,
    body: TextPatch,
) -> EntityUri:
    """Set the notes of a group

     Replaces the `notes` text of a group without sending the whole object.

    Args:
        id (int):
        body (TextPatch): A new text for one field (notes, tag name). The property name is
            PascalCase on the wire.

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
                id=id,
                client=client,
                body=body,
            ),
        ),
    )
