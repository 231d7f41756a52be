from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.error import Error
from ...models.permission_entity_type import PermissionEntityType
from ...models.permission_level_filter import PermissionLevelFilter
from ...models.permission_list import PermissionList
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    guest_id: int,
    *,
    entity_type: PermissionEntityType | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: PermissionLevelFilter | Unset = UNSET,
    entity_id: int | Unset = UNSET,
) -> dict[str, Any]:
    entity_type = _arguments.as_enum("entity_type", entity_type, PermissionEntityType)
    type_ = _arguments.as_enum("type_", type_, PermissionLevelFilter)

    params: dict[str, Any] = {}

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type.value

    params["entityType"] = json_entity_type

    params["offset"] = offset

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["entityId"] = entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/guests/{guest_id}/permissions".format(
            guest_id=quote(str(guest_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | PermissionList | None:
    if response.status_code == 200:
        response_200 = PermissionList.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | PermissionList]:
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
    *,
    client: Client,
    entity_type: PermissionEntityType | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: PermissionLevelFilter | Unset = UNSET,
    entity_id: int | Unset = UNSET,
) -> Response[Error | PermissionList]:
    """List the permissions of a guest

     Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

    Args:
        guest_id (int):
        entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
        entity_id (int | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | PermissionList]
    """

    kwargs = _get_kwargs(
        guest_id=guest_id,
        entity_type=entity_type,
        offset=offset,
        limit=limit,
        type_=type_,
        entity_id=entity_id,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    guest_id: int,
    *,
    client: Client,
    entity_type: PermissionEntityType | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: PermissionLevelFilter | Unset = UNSET,
    entity_id: int | Unset = UNSET,
) -> PermissionList:
    """List the permissions of a guest

     Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

    Args:
        guest_id (int):
        entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
        entity_id (int | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        PermissionList
    """

    return cast(
        "PermissionList",
        _base_client.unwrap(
            client,
            sync_detailed(
                guest_id=guest_id,
                client=client,
                entity_type=entity_type,
                offset=offset,
                limit=limit,
                type_=type_,
                entity_id=entity_id,
            ),
        ),
    )


async def asyncio_detailed(
    guest_id: int,
    *,
    client: Client,
    entity_type: PermissionEntityType | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: PermissionLevelFilter | Unset = UNSET,
    entity_id: int | Unset = UNSET,
) -> Response[Error | PermissionList]:
    """List the permissions of a guest

     Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

    Args:
        guest_id (int):
        entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
        entity_id (int | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | PermissionList]
    """

    kwargs = _get_kwargs(
        guest_id=guest_id,
        entity_type=entity_type,
        offset=offset,
        limit=limit,
        type_=type_,
        entity_id=entity_id,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    guest_id: int,
    *,
    client: Client,
    entity_type: PermissionEntityType | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    type_: PermissionLevelFilter | Unset = UNSET,
    entity_id: int | Unset = UNSET,
) -> PermissionList:
    """List the permissions of a guest

     Answers the permissions granted to a guest on datapoints and groups. Paged with `offset`/`limit`.

    Args:
        guest_id (int):
        entity_type (PermissionEntityType | Unset): Kind of shared entity a permission is about.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.
        type_ (PermissionLevelFilter | Unset): Permission level, `r` (read) or `w` (write).
        entity_id (int | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        PermissionList
    """

    return cast(
        "PermissionList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                guest_id=guest_id,
                client=client,
                entity_type=entity_type,
                offset=offset,
                limit=limit,
                type_=type_,
                entity_id=entity_id,
            ),
        ),
    )
