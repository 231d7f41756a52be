"""`client.events` and `async_client.events`: the events operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.events import (
    list_events as _list_events,
)
from ..client import Client
from ..models.list_events_response_200 import ListEventsResponse200
from ..types import UNSET, Response, Unset


class EventsResource:
    """The events operations: `client.events.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "EventsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return EventsResourceWithRawResponse(self._client)

    def list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
    ) -> ListEventsResponse200:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            ListEventsResponse200
        """

        return _list_events.sync(
            client=self._client,
            cursor=cursor,
        )

    def iterate_list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[str]:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_events.iterate(
            client=self._client,
            cursor=cursor,
            max_pages=max_pages,
        )


class AsyncEventsResource:
    """The events operations, awaitable: `async_client.events.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncEventsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncEventsResourceWithRawResponse(self._client)

    async def list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
    ) -> ListEventsResponse200:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            ListEventsResponse200
        """

        return await _list_events.asyncio(
            client=self._client,
            cursor=cursor,
        )

    def iterate_list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[str]:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_events.aiterate(
            client=self._client,
            cursor=cursor,
            max_pages=max_pages,
        )


class EventsResourceWithRawResponse:
    """The events operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.events.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
    ) -> Response[ListEventsResponse200]:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[ListEventsResponse200]
        """

        return _list_events.sync_detailed(
            client=self._client,
            cursor=cursor,
        )


class AsyncEventsResourceWithRawResponse:
    """The events operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.events.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_events(
        self,
        *,
        cursor: str | Unset = UNSET,
    ) -> Response[ListEventsResponse200]:
        """Events, newest first, with a cursor

        Args:
            cursor (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[ListEventsResponse200]
        """

        return await _list_events.asyncio_detailed(
            client=self._client,
            cursor=cursor,
        )
