import datetime
from typing import Any, cast

import httpx

from ... import _arguments, _base_client
from ...client import Client
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    not_null_required: datetime.datetime,
    null_required: datetime.datetime | None,
    null_not_required: datetime.datetime | None | Unset = UNSET,
    not_null_not_required: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    not_null_required = _arguments.as_datetime("not_null_required", not_null_required)
    not_null_not_required = _arguments.as_datetime("not_null_not_required", not_null_not_required)

    params: dict[str, Any] = {}

    json_not_null_required = not_null_required.isoformat()
    params["not_null_required"] = json_not_null_required

    json_null_required: None | str
    if isinstance(null_required, datetime.datetime):
        json_null_required = null_required.isoformat()
    else:
        json_null_required = null_required
    params["null_required"] = json_null_required

    json_null_not_required: None | str | Unset
    if isinstance(null_not_required, Unset):
        json_null_not_required = UNSET
    elif isinstance(null_not_required, datetime.datetime):
        json_null_not_required = null_not_required.isoformat()
    else:
        json_null_not_required = null_not_required
    params["null_not_required"] = json_null_not_required

    json_not_null_not_required: str | Unset = UNSET
    if not isinstance(not_null_not_required, Unset):
        json_not_null_not_required = not_null_not_required.isoformat()
    params["not_null_not_required"] = json_not_null_not_required

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/location/query/optionality",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any]:
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
    not_null_required: datetime.datetime,
    null_required: datetime.datetime | None,
    null_not_required: datetime.datetime | None | Unset = UNSET,
    not_null_not_required: datetime.datetime | Unset = UNSET,
) -> Response[Any]:
    """
    Args:
        not_null_required (datetime.datetime):
        null_required (datetime.datetime | None):
        null_not_required (datetime.datetime | None | Unset):
        not_null_not_required (datetime.datetime | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        not_null_required=not_null_required,
        null_required=null_required,
        null_not_required=null_not_required,
        not_null_not_required=not_null_not_required,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    not_null_required: datetime.datetime,
    null_required: datetime.datetime | None,
    null_not_required: datetime.datetime | None | Unset = UNSET,
    not_null_not_required: datetime.datetime | Unset = UNSET,
) -> Any:
    """
    Args:
        not_null_required (datetime.datetime):
        null_required (datetime.datetime | None):
        null_not_required (datetime.datetime | None | Unset):
        not_null_not_required (datetime.datetime | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                not_null_required=not_null_required,
                null_required=null_required,
                null_not_required=null_not_required,
                not_null_not_required=not_null_not_required,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    not_null_required: datetime.datetime,
    null_required: datetime.datetime | None,
    null_not_required: datetime.datetime | None | Unset = UNSET,
    not_null_not_required: datetime.datetime | Unset = UNSET,
) -> Response[Any]:
    """
    Args:
        not_null_required (datetime.datetime):
        null_required (datetime.datetime | None):
        null_not_required (datetime.datetime | None | Unset):
        not_null_not_required (datetime.datetime | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        not_null_required=not_null_required,
        null_required=null_required,
        null_not_required=null_not_required,
        not_null_not_required=not_null_not_required,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    not_null_required: datetime.datetime,
    null_required: datetime.datetime | None,
    null_not_required: datetime.datetime | None | Unset = UNSET,
    not_null_not_required: datetime.datetime | Unset = UNSET,
) -> Any:
    """
    Args:
        not_null_required (datetime.datetime):
        null_required (datetime.datetime | None):
        null_not_required (datetime.datetime | None | Unset):
        not_null_not_required (datetime.datetime | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        Any
    """

    return cast(
        "Any",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                not_null_required=not_null_required,
                null_required=null_required,
                null_not_required=null_not_required,
                not_null_not_required=not_null_not_required,
            ),
        ),
    )
