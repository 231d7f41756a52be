from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.data_point import DataPoint
from ...models.entity_uri import EntityUri
from ...models.error import Error
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    id: int,
    *,
    body: DataPoint,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datapoints/{id}".format(
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

    if response.status_code == 404:
        response_404 = Error.from_dict(_json.loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(_json.loads(response.content))

        return response_409

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
    body: DataPoint,
) -> Response[EntityUri | Error]:
    """Update a datapoint

     Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
    body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
    batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
    an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
    verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
    exist (else 409). Not documented by the vendor: these rules are our inference.

    Args:
        id (int):
        body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
            pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
            read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
            conversion names) are assigned by the server (our inference). `id` stays writable: batch
            updates name each datapoint by it.

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
    body: DataPoint,
) -> EntityUri:
    """Update a datapoint

     Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
    body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
    batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
    an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
    verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
    exist (else 409). Not documented by the vendor: these rules are our inference.

    Args:
        id (int):
        body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
            pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
            read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
            conversion names) are assigned by the server (our inference). `id` stays writable: batch
            updates name each datapoint by it.

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
    body: DataPoint,
) -> Response[EntityUri | Error]:
    """Update a datapoint

     Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
    body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
    batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
    an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
    verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
    exist (else 409). Not documented by the vendor: these rules are our inference.

    Args:
        id (int):
        body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
            pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
            read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
            conversion names) are assigned by the server (our inference). `id` stays writable: batch
            updates name each datapoint by it.

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
    body: DataPoint,
) -> EntityUri:
    """Update a datapoint

     Updates a datapoint and answers a reference to it. ClickMeter updates with POST, not PUT. Fields the
    body leaves out keep their value; the `type` cannot change (409). What a datapoint must be (the
    batch reports the same rules per item): a new one names its `type`; a TrackingLink has `typeTL.url`,
    an absolute http(s) URL; `status` can only be set to Active or Paused (Abuse is ClickMeter's
    verdict, Deleted comes from deleting); the group, conversions, tags, domain and scripts it names
    exist (else 409). Not documented by the vendor: these rules are our inference.

    Args:
        id (int):
        body (DataPoint): A tracking link (`type` TrackingLink, details in `typeTL`) or tracking
            pixel (TrackingPixel, details in `typeTP`). Not documented by the vendor: which fields are
            read-only; the `readOnly` ones (`creationDate`, `writePermited`, `groupName` and the
            conversion names) are assigned by the server (our inference). `id` stays writable: batch
            updates name each datapoint by it.

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
