from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.data_point_report_type import DataPointReportType
from ...models.error import Error
from ...models.report_hit_type import ReportHitType
from ...models.report_timeframe import ReportTimeframe
from ...models.top_report import TopReport
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    id: int,
    *,
    type_: DataPointReportType,
    timeframe: ReportTimeframe,
    hittype: ReportHitType | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
) -> dict[str, Any]:
    type_ = _arguments.as_enum("type_", type_, DataPointReportType)
    timeframe = _arguments.as_enum("timeframe", timeframe, ReportTimeframe)
    hittype = _arguments.as_enum("hittype", hittype, ReportHitType)

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    json_timeframe = timeframe.value
    params["timeframe"] = json_timeframe

    json_hittype: str | Unset = UNSET
    if not isinstance(hittype, Unset):
        json_hittype = hittype.value

    params["hittype"] = json_hittype

    params["fromDay"] = from_day

    params["toDay"] = to_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{id}/reports".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | TopReport | None:
    if response.status_code == 200:
        response_200 = TopReport.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | TopReport]:
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
    type_: DataPointReportType,
    timeframe: ReportTimeframe,
    hittype: ReportHitType | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
) -> Response[Error | TopReport]:
    """Retrieve a top report of a group

     Answers the top entries of one kind (`type`) for the group over the time frame.

    Args:
        id (int):
        type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
        timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
            omitted.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | TopReport]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        timeframe=timeframe,
        hittype=hittype,
        from_day=from_day,
        to_day=to_day,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Client,
    type_: DataPointReportType,
    timeframe: ReportTimeframe,
    hittype: ReportHitType | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
) -> TopReport:
    """Retrieve a top report of a group

     Answers the top entries of one kind (`type`) for the group over the time frame.

    Args:
        id (int):
        type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
        timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
            omitted.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        TopReport
    """

    return cast(
        "TopReport",
        _base_client.unwrap(
            client,
            sync_detailed(
                id=id,
                client=client,
                type_=type_,
                timeframe=timeframe,
                hittype=hittype,
                from_day=from_day,
                to_day=to_day,
            ),
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    type_: DataPointReportType,
    timeframe: ReportTimeframe,
    hittype: ReportHitType | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
) -> Response[Error | TopReport]:
    """Retrieve a top report of a group

     Answers the top entries of one kind (`type`) for the group over the time frame.

    Args:
        id (int):
        type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
        timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
            omitted.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | TopReport]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        timeframe=timeframe,
        hittype=hittype,
        from_day=from_day,
        to_day=to_day,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: Client,
    type_: DataPointReportType,
    timeframe: ReportTimeframe,
    hittype: ReportHitType | Unset = UNSET,
    from_day: str | Unset = UNSET,
    to_day: str | Unset = UNSET,
) -> TopReport:
    """Retrieve a top report of a group

     Answers the top entries of one kind (`type`) for the group over the time frame.

    Args:
        id (int):
        type_ (DataPointReportType): Kind of top report for datapoints, groups and the account.
        timeframe (ReportTimeframe): Time frame of a top report (narrower than `TimeFrame`).
            `custom` needs `fromDay` and `toDay`.
        hittype (ReportHitType | Unset): Kind of event a top report counts; no filter when
            omitted.
        from_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that
            are no real day (`20230230`) are rejected.
        to_day (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits that are
            no real day (`20230230`) are rejected.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        TopReport
    """

    return cast(
        "TopReport",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                id=id,
                client=client,
                type_=type_,
                timeframe=timeframe,
                hittype=hittype,
                from_day=from_day,
                to_day=to_day,
            ),
        ),
    )
