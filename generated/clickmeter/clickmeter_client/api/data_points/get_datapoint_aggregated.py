from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.aggregated_result import AggregatedResult
from ...models.error import Error
from ...models.time_frame import TimeFrame
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    id: int,
    *,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
) -> dict[str, Any]:
    time_frame = _arguments.as_enum("time_frame", time_frame, TimeFrame)

    params: dict[str, Any] = {}

    json_time_frame = time_frame.value
    params["timeFrame"] = json_time_frame

    params["fromDay"] = from_day

    params["toDay"] = to_day

    params["hourly"] = hourly

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datapoints/{id}/aggregated".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Error.from_dict(_json.loads(response.content))

        return response_404

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
    id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
) -> Response[AggregatedResult | Error]:
    """Retrieve statistics of a datapoint for a time frame

     Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
    `yesterday`) the result carries an hourly breakdown.

    Args:
        id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResult | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        hourly=hourly,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
) -> AggregatedResult:
    """Retrieve statistics of a datapoint for a time frame

     Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
    `yesterday`) the result carries an hourly breakdown.

    Args:
        id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):

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
                id=id,
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                hourly=hourly,
            ),
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
) -> Response[AggregatedResult | Error]:
    """Retrieve statistics of a datapoint for a time frame

     Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
    `yesterday`) the result carries an hourly breakdown.

    Args:
        id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResult | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        hourly=hourly,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    hourly: bool | Unset = UNSET,
) -> AggregatedResult:
    """Retrieve statistics of a datapoint for a time frame

     Answers totals for one datapoint over the time frame. With `hourly=true` (only for `today` or
    `yesterday`) the result carries an hourly breakdown.

    Args:
        id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        hourly (bool | Unset):

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
                id=id,
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                hourly=hourly,
            ),
        ),
    )
