"""`client.events` and `async_client.events`: the events operations as methods."""

from ..api.events import (
    send_event as _send_event,
)
from ..client import Client
from ..models.error import Error
from ..models.event_accepted import EventAccepted
from ..models.event_request import EventRequest
from ..types import Response


class EventsResource:
    """The events operations: `client.events.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "EventsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return EventsResourceWithRawResponse(self._client)

    def send_event(
        self,
        *,
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

        return _send_event.sync(
            client=self._client,
            body=body,
            user_agent=user_agent,
        )


class AsyncEventsResource:
    """The events operations, awaitable: `async_client.events.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncEventsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncEventsResourceWithRawResponse(self._client)

    async def send_event(
        self,
        *,
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

        return await _send_event.asyncio(
            client=self._client,
            body=body,
            user_agent=user_agent,
        )


class EventsResourceWithRawResponse:
    """The events operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.events.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_event(
        self,
        *,
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

        return _send_event.sync_detailed(
            client=self._client,
            body=body,
            user_agent=user_agent,
        )


class AsyncEventsResourceWithRawResponse:
    """The events operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.events.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_event(
        self,
        *,
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

        return await _send_event.asyncio_detailed(
            client=self._client,
            body=body,
            user_agent=user_agent,
        )
