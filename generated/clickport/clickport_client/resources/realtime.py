"""`client.realtime` and `async_client.realtime`: the realtime operations as methods."""

from ..api.realtime import (
    get_realtime_visitors as _get_realtime_visitors,
)
from ..client import Client
from ..models.error import Error
from ..models.realtime_visitors import RealtimeVisitors
from ..types import Response


class RealtimeResource:
    """The realtime operations: `client.realtime.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "RealtimeResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return RealtimeResourceWithRawResponse(self._client)

    def get_realtime_visitors(
        self,
    ) -> RealtimeVisitors:
        """Get currently active visitors

         Returns the number of visitors active within the last 5 minutes and up to 20 of them with their
        session details, current page, traffic source, location and engagement.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            RealtimeVisitors
        """

        return _get_realtime_visitors.sync(
            client=self._client,
        )


class AsyncRealtimeResource:
    """The realtime operations, awaitable: `async_client.realtime.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncRealtimeResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncRealtimeResourceWithRawResponse(self._client)

    async def get_realtime_visitors(
        self,
    ) -> RealtimeVisitors:
        """Get currently active visitors

         Returns the number of visitors active within the last 5 minutes and up to 20 of them with their
        session details, current page, traffic source, location and engagement.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            RealtimeVisitors
        """

        return await _get_realtime_visitors.asyncio(
            client=self._client,
        )


class RealtimeResourceWithRawResponse:
    """The realtime operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.realtime.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_realtime_visitors(
        self,
    ) -> Response[Error | RealtimeVisitors]:
        """Get currently active visitors

         Returns the number of visitors active within the last 5 minutes and up to 20 of them with their
        session details, current page, traffic source, location and engagement.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | RealtimeVisitors]
        """

        return _get_realtime_visitors.sync_detailed(
            client=self._client,
        )


class AsyncRealtimeResourceWithRawResponse:
    """The realtime operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.realtime.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_realtime_visitors(
        self,
    ) -> Response[Error | RealtimeVisitors]:
        """Get currently active visitors

         Returns the number of visitors active within the last 5 minutes and up to 20 of them with their
        session details, current page, traffic source, location and engagement.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | RealtimeVisitors]
        """

        return await _get_realtime_visitors.asyncio_detailed(
            client=self._client,
        )
