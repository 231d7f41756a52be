from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.entity_uri import EntityUri
from ...models.error import Error
from ...models.permission_entity_type import PermissionEntityType
from ...models.permission_patch_request import PermissionPatchRequest
from ...types import Response

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    guest_id: int,
    type_: PermissionEntityType,
    *,
    body: PermissionPatchRequest,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, PermissionEntityType)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account/guests/{guest_id}/{type_}/permissions/patch".format(
            guest_id=quote(str(guest_id), safe=""),
            type_=quote(str(type_), safe=""),
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
    guest_id: int,
    type_: PermissionEntityType,
    *,
    client: Client,
    body: PermissionPatchRequest,
) -> Response[EntityUri | Error]:
    """Change a guest's permission on a shared datapoint or group (PUT alias)

     The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

    Args:
        guest_id (int):
        type_ (PermissionEntityType): Kind of shared entity a permission is about.
        body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
            documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
            (presumably `read`/`write`, read when omitted); the enums are our inference.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        guest_id=guest_id,
        type_=type_,
        body=body,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    guest_id: int,
    type_: PermissionEntityType,
    *,
    client: Client,
    body: PermissionPatchRequest,
) -> EntityUri:
    """Change a guest's permission on a shared datapoint or group (PUT alias)

     The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

    Args:
        guest_id (int):
        type_ (PermissionEntityType): Kind of shared entity a permission is about.
        body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
            documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
            (presumably `read`/`write`, read when omitted); the enums are our inference.

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
                guest_id=guest_id,
                type_=type_,
                client=client,
                body=body,
            ),
        ),
    )


async def asyncio_detailed(
    guest_id: int,
    type_: PermissionEntityType,
    *,
    client: Client,
    body: PermissionPatchRequest,
) -> Response[EntityUri | Error]:
    """Change a guest's permission on a shared datapoint or group (PUT alias)

     The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

    Args:
        guest_id (int):
        type_ (PermissionEntityType): Kind of shared entity a permission is about.
        body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
            documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
            (presumably `read`/`write`, read when omitted); the enums are our inference.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[EntityUri | Error]
    """

    kwargs = _get_kwargs(
        guest_id=guest_id,
        type_=type_,
        body=body,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    guest_id: int,
    type_: PermissionEntityType,
    *,
    client: Client,
    body: PermissionPatchRequest,
) -> EntityUri:
    """Change a guest's permission on a shared datapoint or group (PUT alias)

     The same operation as `patchGuestPermission`, reached with PUT. Prefer the POST form.

    Args:
        guest_id (int):
        type_ (PermissionEntityType): Kind of shared entity a permission is about.
        body (PermissionPatchRequest): Grants or revokes a permission on the entity `Id`. Not
            documented by the vendor: the values of `Action` (presumably `add`/`remove`) and `Verb`
            (presumably `read`/`write`, read when omitted); the enums are our inference.

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
                guest_id=guest_id,
                type_=type_,
                client=client,
                body=body,
            ),
        ),
    )
