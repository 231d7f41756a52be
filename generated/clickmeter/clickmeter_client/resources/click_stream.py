"""`client.click_stream` and `async_client.click_stream`: the click_stream operations as methods."""

from ..api.click_stream import (
    get_clickstream as _get_clickstream,
)
from ..client import Client
from ..models.click_stream_filter import ClickStreamFilter
from ..models.click_stream_list import ClickStreamList
from ..models.error import Error
from ..types import UNSET, Response, Unset


class ClickStreamResource:
    """The click_stream operations: `client.click_stream.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "ClickStreamResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return ClickStreamResourceWithRawResponse(self._client)

    def get_clickstream(
        self,
        *,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        page_size: int | Unset = 50,
        filter_: ClickStreamFilter | Unset = UNSET,
    ) -> ClickStreamList:
        """Retrieve the latest events of the account

         Answers the most recent events (at most the last 100), newest first, optionally for one group,
        datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
        paging beyond it.

        Args:
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
            page_size (int | Unset):  Default: 50.
            filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
                the vendor, means no filter (as when omitted).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            ClickStreamList
        """

        return _get_clickstream.sync(
            client=self._client,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            page_size=page_size,
            filter_=filter_,
        )


class AsyncClickStreamResource:
    """The click_stream operations, awaitable: `async_client.click_stream.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncClickStreamResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncClickStreamResourceWithRawResponse(self._client)

    async def get_clickstream(
        self,
        *,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        page_size: int | Unset = 50,
        filter_: ClickStreamFilter | Unset = UNSET,
    ) -> ClickStreamList:
        """Retrieve the latest events of the account

         Answers the most recent events (at most the last 100), newest first, optionally for one group,
        datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
        paging beyond it.

        Args:
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
            page_size (int | Unset):  Default: 50.
            filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
                the vendor, means no filter (as when omitted).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            ClickStreamList
        """

        return await _get_clickstream.asyncio(
            client=self._client,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            page_size=page_size,
            filter_=filter_,
        )


class ClickStreamResourceWithRawResponse:
    """The click_stream operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.click_stream.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_clickstream(
        self,
        *,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        page_size: int | Unset = 50,
        filter_: ClickStreamFilter | Unset = UNSET,
    ) -> Response[ClickStreamList | Error]:
        """Retrieve the latest events of the account

         Answers the most recent events (at most the last 100), newest first, optionally for one group,
        datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
        paging beyond it.

        Args:
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
            page_size (int | Unset):  Default: 50.
            filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
                the vendor, means no filter (as when omitted).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[ClickStreamList | Error]
        """

        return _get_clickstream.sync_detailed(
            client=self._client,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            page_size=page_size,
            filter_=filter_,
        )


class AsyncClickStreamResourceWithRawResponse:
    """The click_stream operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.click_stream.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_clickstream(
        self,
        *,
        group: int | Unset = UNSET,
        datapoint: int | Unset = UNSET,
        conversion: int | Unset = UNSET,
        page_size: int | Unset = 50,
        filter_: ClickStreamFilter | Unset = UNSET,
    ) -> Response[ClickStreamList | Error]:
        """Retrieve the latest events of the account

         Answers the most recent events (at most the last 100), newest first, optionally for one group,
        datapoint or conversion (the three filters exclude each other). Sized with `pageSize`; there is no
        paging beyond it.

        Args:
            group (int | Unset):
            datapoint (int | Unset):
            conversion (int | Unset):
            page_size (int | Unset):  Default: 50.
            filter_ (ClickStreamFilter | Unset): Kind of events to keep. The empty value, listed by
                the vendor, means no filter (as when omitted).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[ClickStreamList | Error]
        """

        return await _get_clickstream.asyncio_detailed(
            client=self._client,
            group=group,
            datapoint=datapoint,
            conversion=conversion,
            page_size=page_size,
            filter_=filter_,
        )
