from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.aggregated_result_list import AggregatedResultList
from ...models.error import Error
from ...models.group_by import GroupBy
from ...models.time_frame import TimeFrame
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    conversion_id: int,
    *,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> dict[str, Any]:
    time_frame = _arguments.as_enum("time_frame", time_frame, TimeFrame)
    group_by = _arguments.as_enum("group_by", group_by, GroupBy)

    params: dict[str, Any] = {}

    json_time_frame = time_frame.value
    params["timeFrame"] = json_time_frame

    params["fromDay"] = from_day

    params["toDay"] = to_day

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["groupBy"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversions/{conversion_id}/aggregated/list".format(
            conversion_id=quote(str(conversion_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AggregatedResultList | Error | None:
    if response.status_code == 200:
        response_200 = AggregatedResultList.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[AggregatedResultList | Error]:
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
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Response[AggregatedResultList | Error]:
    """Retrieve statistics of a conversion per day, week or month

     Answers one result per day (default), week or month of the time frame for one conversion.

    Args:
        conversion_id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
            omitted.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResultList | Error]
    """

    kwargs = _get_kwargs(
        conversion_id=conversion_id,
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        group_by=group_by,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    conversion_id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> AggregatedResultList:
    """Retrieve statistics of a conversion per day, week or month

     Answers one result per day (default), week or month of the time frame for one conversion.

    Args:
        conversion_id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
            omitted.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedResultList
    """

    return cast(
        "AggregatedResultList",
        _base_client.unwrap(
            client,
            sync_detailed(
                conversion_id=conversion_id,
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                group_by=group_by,
            ),
        ),
    )


async def asyncio_detailed(
    conversion_id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Response[AggregatedResultList | Error]:
    """Retrieve statistics of a conversion per day, week or month

     Answers one result per day (default), week or month of the time frame for one conversion.

    Args:
        conversion_id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
            omitted.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[AggregatedResultList | Error]
    """

    kwargs = _get_kwargs(
        conversion_id=conversion_id,
        time_frame=time_frame,
        from_day=from_day,
        to_day=to_day,
        group_by=group_by,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    conversion_id: int,
    *,
    client: Client,
    time_frame: TimeFrame,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> AggregatedResultList:
    """Retrieve statistics of a conversion per day, week or month

     Answers one result per day (default), week or month of the time frame for one conversion.

    Args:
        conversion_id (int):
        time_frame (TimeFrame): Time frame of an aggregated request. `custom` needs `fromDay` and
            `toDay`; `hourly=true` only goes with `today` and `yesterday`.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.
        group_by (GroupBy | Unset): Temporal entity to group results by; results are per day when
            omitted.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        AggregatedResultList
    """

    return cast(
        "AggregatedResultList",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                conversion_id=conversion_id,
                client=client,
                time_frame=time_frame,
                from_day=from_day,
                to_day=to_day,
                group_by=group_by,
            ),
        ),
    )
