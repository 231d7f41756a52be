"""`client.convenience` and `async_client.convenience`: the convenience operations as methods."""

import datetime

from ..api.convenience import (
    list_top_pages as _list_top_pages,
)
from ..client import Client
from ..models.error import Error
from ..models.top_pages import TopPages
from ..types import Response


class ConvenienceResource:
    """The convenience operations: `client.convenience.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ConvenienceResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ConvenienceResourceWithRawResponse(self._client)

    def list_top_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> TopPages:
        """List top pages

         A pre-formatted breakdown by page between `start_date` and `end_date` (exclusive).

        Not documented by the vendor: the response shape. The vendor only lists this endpoint and its query
        parameters; this description assumes it answers like a `/api/query` breakdown by `page`, ordered by
        visitors, at most 100 rows.

        Args:
            start_date (datetime.date):
            end_date (datetime.date):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TopPages
        """

        return _list_top_pages.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )


class AsyncConvenienceResource:
    """The convenience operations, awaitable: `async_client.convenience.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncConvenienceResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncConvenienceResourceWithRawResponse(self._client)

    async def list_top_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> TopPages:
        """List top pages

         A pre-formatted breakdown by page between `start_date` and `end_date` (exclusive).

        Not documented by the vendor: the response shape. The vendor only lists this endpoint and its query
        parameters; this description assumes it answers like a `/api/query` breakdown by `page`, ordered by
        visitors, at most 100 rows.

        Args:
            start_date (datetime.date):
            end_date (datetime.date):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TopPages
        """

        return await _list_top_pages.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )


class ConvenienceResourceWithRawResponse:
    """The convenience operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.convenience.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_top_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> Response[Error | TopPages]:
        """List top pages

         A pre-formatted breakdown by page between `start_date` and `end_date` (exclusive).

        Not documented by the vendor: the response shape. The vendor only lists this endpoint and its query
        parameters; this description assumes it answers like a `/api/query` breakdown by `page`, ordered by
        visitors, at most 100 rows.

        Args:
            start_date (datetime.date):
            end_date (datetime.date):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | TopPages]
        """

        return _list_top_pages.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )


class AsyncConvenienceResourceWithRawResponse:
    """The convenience operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.convenience.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_top_pages(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> Response[Error | TopPages]:
        """List top pages

         A pre-formatted breakdown by page between `start_date` and `end_date` (exclusive).

        Not documented by the vendor: the response shape. The vendor only lists this endpoint and its query
        parameters; this description assumes it answers like a `/api/query` breakdown by `page`, ordered by
        visitors, at most 100 rows.

        Args:
            start_date (datetime.date):
            end_date (datetime.date):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | TopPages]
        """

        return await _list_top_pages.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
