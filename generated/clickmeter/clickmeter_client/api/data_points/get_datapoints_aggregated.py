from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.aggregated_result import AggregatedResult
from ...models.data_point_status_filter import DataPointStatusFilter
from ...models.data_point_type_filter import DataPointTypeFilter
from ...models.error import Error
from ...models.time_frame import TimeFrame
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    time_frame: TimeFrame,
    type_: DataPointTypeFilter | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
) -> dict[str, Any]:
    time_frame = _arguments.as_enum("time_frame", time_frame, TimeFrame)
    type_ = _arguments.as_enum("type_", type_, DataPointTypeFilter)
    status = _arguments.as_enum("status", status, DataPointStatusFilter)

    params: dict[str, Any] = {}

    json_time_frame = time_frame.value
    params["timeFrame"] = json_time_frame

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["fromDay"] = from_day

    params["toDay"] = to_day

    params["hourly"] = hourly

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tag"] = tag

    params["favourite"] = favourite

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datapoints/aggregated",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AggregatedResult | Error | None:
    if response.status_code == 200:
        response_200 = AggregatedResult.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[AggregatedResult | Error]:
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
    time_frame: TimeFrame,
    type_: DataPointTypeFilter | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
) -> Response[AggregatedResult | Error]:
    """Retrieve statistics of all datapoints for a time frame

     Answers totals over the datapoints that match the filter for the time frame.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tag (str | Unset):
        favourite (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResult | Error]
    """

    kwargs = _get_kwargs(
        time_frame=time_frame,
        type_=type_,
        from_day=from_day,
        to_day=to_day,
        hourly=hourly,
        status=status,
        tag=tag,
        favourite=favourite,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    time_frame: TimeFrame,
    type_: DataPointTypeFilter | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
) -> AggregatedResult:
    """Retrieve statistics of all datapoints for a time frame

     Answers totals over the datapoints that match the filter for the time frame.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tag (str | Unset):
        favourite (bool | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedResult
    """

    return cast(
        "AggregatedResult",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                time_frame=time_frame,
                type_=type_,
                from_day=from_day,
                to_day=to_day,
                hourly=hourly,
                status=status,
                tag=tag,
                favourite=favourite,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    time_frame: TimeFrame,
    type_: DataPointTypeFilter | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
) -> Response[AggregatedResult | Error]:
    """Retrieve statistics of all datapoints for a time frame

     Answers totals over the datapoints that match the filter for the time frame.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tag (str | Unset):
        favourite (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResult | Error]
    """

    kwargs = _get_kwargs(
        time_frame=time_frame,
        type_=type_,
        from_day=from_day,
        to_day=to_day,
        hourly=hourly,
        status=status,
        tag=tag,
        favourite=favourite,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    time_frame: TimeFrame,
    type_: DataPointTypeFilter | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
    status: DataPointStatusFilter | Unset = UNSET,
    tag: str | Unset = UNSET,
    favourite: bool | Unset = UNSET,
) -> AggregatedResult:
    """Retrieve statistics of all datapoints for a time frame

     Answers totals over the datapoints that match the filter for the time frame.

    Args:
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        type_ (DataPointTypeFilter | Unset): Datapoint type as a query filter; `tl` is a tracking
            link (`TrackingLink`), `tp` a tracking pixel (`TrackingPixel`).
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):
        status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
            datapoints whose model status is `Abuse`.
        tag (str | Unset):
        favourite (bool | Unset):

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedResult
    """

    return cast(
        "AggregatedResult",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                time_frame=time_frame,
                type_=type_,
                from_day=from_day,
                to_day=to_day,
                hourly=hourly,
                status=status,
                tag=tag,
                favourite=favourite,
            ),
        ),
    )
