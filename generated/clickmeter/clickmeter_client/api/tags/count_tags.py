from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.count import Count
from ...models.error import Error
from ...models.tag_entity_type_filter import TagEntityTypeFilter
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    datapoints: str | Unset = UNSET,
    groups: str | Unset = UNSET,
    type_: TagEntityTypeFilter | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, TagEntityTypeFilter)

    params: dict[str, Any] = {}

    params["name"] = name

    params["datapoints"] = datapoints

    params["groups"] = groups

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Count | Error | None:
    if response.status_code == 200:
        response_200 = Count.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Count | Error]:
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
    name: str | Unset = UNSET,
    datapoints: str | Unset = UNSET,
    groups: str | Unset = UNSET,
    type_: TagEntityTypeFilter | Unset = UNSET,
) -> Response[Count | Error]:
    """Count tags

     Answers how many tags match the filter.

    Args:
        name (str | Unset):
        datapoints (str | Unset):
        groups (str | Unset):
        type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
            `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
            vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
            from the datapoint type codes.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        datapoints=datapoints,
        groups=groups,
        type_=type_,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    name: str | Unset = UNSET,
    datapoints: str | Unset = UNSET,
    groups: str | Unset = UNSET,
    type_: TagEntityTypeFilter | Unset = UNSET,
) -> Count:
    """Count tags

     Answers how many tags match the filter.

    Args:
        name (str | Unset):
        datapoints (str | Unset):
        groups (str | Unset):
        type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
            `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
            vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
            from the datapoint type codes.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Count
    """

    return cast(
        "Count",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                name=name,
                datapoints=datapoints,
                groups=groups,
                type_=type_,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    name: str | Unset = UNSET,
    datapoints: str | Unset = UNSET,
    groups: str | Unset = UNSET,
    type_: TagEntityTypeFilter | Unset = UNSET,
) -> Response[Count | Error]:
    """Count tags

     Answers how many tags match the filter.

    Args:
        name (str | Unset):
        datapoints (str | Unset):
        groups (str | Unset):
        type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
            `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
            vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
            from the datapoint type codes.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        datapoints=datapoints,
        groups=groups,
        type_=type_,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    name: str | Unset = UNSET,
    datapoints: str | Unset = UNSET,
    groups: str | Unset = UNSET,
    type_: TagEntityTypeFilter | Unset = UNSET,
) -> Count:
    """Count tags

     Answers how many tags match the filter.

    Args:
        name (str | Unset):
        datapoints (str | Unset):
        groups (str | Unset):
        type_ (TagEntityTypeFilter | Unset): Kind of entity the tag is on: `tl` tracking links,
            `tp` tracking pixels, `dp` datapoints of any type, `gr` groups. Not documented by the
            vendor beyond "Type of entity related to the tag": the meaning of each code is inferred
            from the datapoint type codes.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Count
    """

    return cast(
        "Count",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                name=name,
                datapoints=datapoints,
                groups=groups,
                type_=type_,
            ),
        ),
    )
