from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.entity_uri import EntityUri
from ...models.error import Error
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    tag_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tags/{tag_id}".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

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
    tag_id: int,
    *,
    client: Client,
) -> Response[EntityUri | Error]:
    """Delete a tag

     Deletes a tag and its associations.

    Args:
        tag_id (int):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    tag_id: int,
    *,
    client: Client,
) -> EntityUri:
    """Delete a tag

     Deletes a tag and its associations.

    Args:
        tag_id (int):

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
                tag_id=tag_id,
                client=client,
            ),
        ),
    )


async def asyncio_detailed(
    tag_id: int,
    *,
    client: Client,
) -> Response[EntityUri | Error]:
    """Delete a tag

     Deletes a tag and its associations.

    Args:
        tag_id (int):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: int,
    *,
    client: Client,
) -> EntityUri:
    """Delete a tag

     Deletes a tag and its associations.

    Args:
        tag_id (int):

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
                tag_id=tag_id,
                client=client,
            ),
        ),
    )
