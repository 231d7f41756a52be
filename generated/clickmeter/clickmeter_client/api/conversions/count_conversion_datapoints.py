from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.count import Count
from ...models.data_point_status_filter import DataPointStatusFilter
from ...models.data_point_type_filter import DataPointTypeFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    conversion_id: int,
    *,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, DataPointTypeFilter)
    status = _arguments.as_enum("status", status, DataPointStatusFilter)

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tags"] = tags

    params["textSearch"] = text_search

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversions/{conversion_id}/datapoints/count".format(
            conversion_id=quote(str(conversion_id), safe=""),
        ),
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
    conversion_id: int,
    *,
    client: Client,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[Count | Error]:
    """Count the datapoints connected to a conversion

     Answers how many datapoints connected to the conversion match the filter.

    Args:
        conversion_id (int):
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        conversion_id=conversion_id,
        type_=type_,
        status=status,
        tags=tags,
        text_search=text_search,
        created_after=created_after,
        created_before=created_before,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    conversion_id: int,
    *,
    client: Client,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Count:
    """Count the datapoints connected to a conversion

     Answers how many datapoints connected to the conversion match the filter.

    Args:
        conversion_id (int):
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

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
                conversion_id=conversion_id,
                client=client,
                type_=type_,
                status=status,
                tags=tags,
                text_search=text_search,
                created_after=created_after,
                created_before=created_before,
            ),
        ),
    )


async def asyncio_detailed(
    conversion_id: int,
    *,
    client: Client,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Response[Count | Error]:
    """Count the datapoints connected to a conversion

     Answers how many datapoints connected to the conversion match the filter.

    Args:
        conversion_id (int):
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Count | Error]
    """

    kwargs = _get_kwargs(
        conversion_id=conversion_id,
        type_=type_,
        status=status,
        tags=tags,
        text_search=text_search,
        created_after=created_after,
        created_before=created_before,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    conversion_id: int,
    *,
    client: Client,
    type_: DataPointTypeFilter | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tags: str | Unset = UNSET,
    text_search: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
) -> Count:
    """Count the datapoints connected to a conversion

     Answers how many datapoints connected to the conversion match the filter.

    Args:
        conversion_id (int):
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tags (str | Unset):
        text_search (str | Unset):
        created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.
        created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
            that are no real day (`20230230`) are rejected.

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
                conversion_id=conversion_id,
                client=client,
                type_=type_,
                status=status,
                tags=tags,
                text_search=text_search,
                created_after=created_after,
                created_before=created_before,
            ),
        ),
    )
