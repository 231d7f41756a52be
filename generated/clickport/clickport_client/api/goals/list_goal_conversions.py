import datetime
from typing import Any, cast

import httpx

from ... import _arguments, _base_client, _json
from ...client import Client
from ...models.error import Error
from ...models.goal_conversions import GoalConversions
from ...types import UNSET, Response, Unset

RETRY_SAFE = True
PACING = None


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = "UTC",
) -> dict[str, Any]:
    start_date = _arguments.as_date("start_date", start_date)
    end_date = _arguments.as_date("end_date", end_date)

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["timezone"] = timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/goals",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | GoalConversions | None:
    if response.status_code == 200:
        response_200 = GoalConversions.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | GoalConversions]:
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
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = "UTC",
) -> Response[Error | GoalConversions]:
    """List goal conversions

     Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):  Default: 'UTC'.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | GoalConversions]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = "UTC",
) -> GoalConversions:
    """List goal conversions

     Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):  Default: 'UTC'.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        GoalConversions
    """

    return cast(
        "GoalConversions",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = "UTC",
) -> Response[Error | GoalConversions]:
    """List goal conversions

     Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):  Default: 'UTC'.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | GoalConversions]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = "UTC",
) -> GoalConversions:
    """List goal conversions

     Returns each goal of the site with its conversions between `start_date` and `end_date` (exclusive).

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):  Default: 'UTC'.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        GoalConversions
    """

    return cast(
        "GoalConversions",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
            ),
        ),
    )
