from typing import Any, cast

import httpx

from ... import _base_client, _json
from ...client import Client
from ...models.error import Error
from ...models.event_accepted import EventAccepted
from ...models.event_request import EventRequest
from ...types import Response

RETRY_SAFE = False
PACING = "events"


def _get_kwargs(
    *,
    body: EventRequest,
    user_agent: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["User-Agent"] = user_agent

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/event",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | EventAccepted | None:
    if response.status_code == 200:
        response_200 = EventAccepted.from_dict(_json.loads(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | EventAccepted]:
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
    body: EventRequest,
    user_agent: str,
) -> Response[Error | EventAccepted]:
    """Send a pageview or event

     Records one pageview or event from a server. Clickport derives the visitor and session from the
    request's IP address and `User-Agent` and uses the `User-Agent` for browser and OS detection and to
    filter bots.

    Limited to 60 requests per minute per IP address. Over the limit the event is silently dropped and
    the answer is still `200`: the client cannot tell a dropped event from a recorded one, so it has to
    pace itself. What the body of a dropped event's answer holds is not documented by the vendor.

    Args:
        user_agent (str):
        body (EventRequest): One pageview or event. Example: {'type': 'pageview', 'url':
            'https://yoursite.com/pricing', 'referrer': 'https://google.com/'}.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | EventAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        user_agent=user_agent,
    )
    response = _base_client.request_sync(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: EventRequest,
    user_agent: str,
) -> EventAccepted:
    """Send a pageview or event

     Records one pageview or event from a server. Clickport derives the visitor and session from the
    request's IP address and `User-Agent` and uses the `User-Agent` for browser and OS detection and to
    filter bots.

    Limited to 60 requests per minute per IP address. Over the limit the event is silently dropped and
    the answer is still `200`: the client cannot tell a dropped event from a recorded one, so it has to
    pace itself. What the body of a dropped event's answer holds is not documented by the vendor.

    Args:
        user_agent (str):
        body (EventRequest): One pageview or event. Example: {'type': 'pageview', 'url':
            'https://yoursite.com/pricing', 'referrer': 'https://google.com/'}.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EventAccepted
    """

    return cast(
        "EventAccepted",
        _base_client.unwrap(
            client,
            sync_detailed(
                client=client,
                body=body,
                user_agent=user_agent,
            ),
        ),
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: EventRequest,
    user_agent: str,
) -> Response[Error | EventAccepted]:
    """Send a pageview or event

     Records one pageview or event from a server. Clickport derives the visitor and session from the
    request's IP address and `User-Agent` and uses the `User-Agent` for browser and OS detection and to
    filter bots.

    Limited to 60 requests per minute per IP address. Over the limit the event is silently dropped and
    the answer is still `200`: the client cannot tell a dropped event from a recorded one, so it has to
    pace itself. What the body of a dropped event's answer holds is not documented by the vendor.

    Args:
        user_agent (str):
        body (EventRequest): One pageview or event. Example: {'type': 'pageview', 'url':
            'https://yoursite.com/pricing', 'referrer': 'https://google.com/'}.

    Raises:
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
            Error statuses do not raise: they are in the returned Response.

    Returns:
        Response[Error | EventAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        user_agent=user_agent,
    )
    response = await _base_client.request_async(client, kwargs, retry_safe=RETRY_SAFE, pacing=PACING)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: EventRequest,
    user_agent: str,
) -> EventAccepted:
    """Send a pageview or event

     Records one pageview or event from a server. Clickport derives the visitor and session from the
    request's IP address and `User-Agent` and uses the `User-Agent` for browser and OS detection and to
    filter bots.

    Limited to 60 requests per minute per IP address. Over the limit the event is silently dropped and
    the answer is still `200`: the client cannot tell a dropped event from a recorded one, so it has to
    pace itself. What the body of a dropped event's answer holds is not documented by the vendor.

    Args:
        user_agent (str):
        body (EventRequest): One pageview or event. Example: {'type': 'pageview', 'url':
            'https://yoursite.com/pricing', 'referrer': 'https://google.com/'}.

    Raises:
        APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
        APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

    Returns:
        EventAccepted
    """

    return cast(
        "EventAccepted",
        _base_client.unwrap(
            client,
            await asyncio_detailed(
                client=client,
                body=body,
                user_agent=user_agent,
            ),
        ),
    )
