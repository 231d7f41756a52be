from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.click_stream_filter import ClickStreamFilter
from ...models.click_stream_list import ClickStreamList
from ...models.error import Error
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    group: int | Unset = UNSET,
    datapoint: int | Unset = UNSET,
    conversion: int | Unset = UNSET,
    page_size: int | Unset = 50,
    filter_: ClickStreamFilter | Unset = UNSET,
) -> dict[str, Any]:
    filter_ = _arguments.as_enum("filter_", filter_, ClickStreamFilter)

    params: dict[str, Any] = {}

    params["group"] = group

    params["datapoint"] = datapoint

    params["conversion"] = conversion

    params["pageSize"] = page_size

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clickstream",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ClickStreamList | Error | None:
    if response.status_code == 200:
        response_200 = ClickStreamList.from_dict(_json.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_json.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(_json.loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(_json.loads(response.content))

        return response_500

    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[ClickStreamList | Error]:
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
    group: int | Unset = UNSET,
    datapoint: int | Unset = UNSET,
    conversion: int | Unset = UNSET,
    page_size: int | Unset = 50,
    filter_: ClickStreamFilter | Unset = UNSET,
) -> Response[ClickStreamList | Error]:
    """Retrieve the latest events of the account

     Answers the most recent events (at most the last 100), newest first, optionally for one group,
    datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
    paging beyond it.

    Args:
        group (int | Unset):
        datapoint (int | Unset):
        conversion (int | Unset):
        page_size (int | Unset):  Default: 50.
        filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
            the vendor, means no filter (as when omitted).

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[ClickStreamList | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        datapoint=datapoint,
        conversion=conversion,
        page_size=page_size,
        filter_=filter_,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    group: int | Unset = UNSET,
    datapoint: int | Unset = UNSET,
    conversion: int | Unset = UNSET,
    page_size: int | Unset = 50,
    filter_: ClickStreamFilter | Unset = UNSET,
) -> ClickStreamList:
    """Retrieve the latest events of the account

     Answers the most recent events (at most the last 100), newest first, optionally for one group,
    datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
    paging beyond it.

    Args:
        group (int | Unset):
        datapoint (int | Unset):
        conversion (int | Unset):
        page_size (int | Unset):  Default: 50.
        filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
            the vendor, means no filter (as when omitted).

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        ClickStreamList
    """

    return cast(
        "ClickStreamList",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                group=group,
                datapoint=datapoint,
                conversion=conversion,
                page_size=page_size,
                filter_=filter_,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    group: int | Unset = UNSET,
    datapoint: int | Unset = UNSET,
    conversion: int | Unset = UNSET,
    page_size: int | Unset = 50,
    filter_: ClickStreamFilter | Unset = UNSET,
) -> Response[ClickStreamList | Error]:
    """Retrieve the latest events of the account

     Answers the most recent events (at most the last 100), newest first, optionally for one group,
    datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
    paging beyond it.

    Args:
        group (int | Unset):
        datapoint (int | Unset):
        conversion (int | Unset):
        page_size (int | Unset):  Default: 50.
        filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
            the vendor, means no filter (as when omitted).

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[ClickStreamList | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        datapoint=datapoint,
        conversion=conversion,
        page_size=page_size,
        filter_=filter_,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    group: int | Unset = UNSET,
    datapoint: int | Unset = UNSET,
    conversion: int | Unset = UNSET,
    page_size: int | Unset = 50,
    filter_: ClickStreamFilter | Unset = UNSET,
) -> ClickStreamList:
    """Retrieve the latest events of the account

     Answers the most recent events (at most the last 100), newest first, optionally for one group,
    datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
    paging beyond it.

    Args:
        group (int | Unset):
        datapoint (int | Unset):
        conversion (int | Unset):
        page_size (int | Unset):  Default: 50.
        filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
            the vendor, means no filter (as when omitted).

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        ClickStreamList
    """

    return cast(
        "ClickStreamList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                group=group,
                datapoint=datapoint,
                conversion=conversion,
                page_size=page_size,
                filter_=filter_,
            ),
        ),
    )
