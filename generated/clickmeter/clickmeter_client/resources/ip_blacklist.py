"""`client.ip_blacklist` and `async_client.ip_blacklist`: the ip_blacklist operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.ip_blacklist import (
    create_ip_blacklist_entry as _create_ip_blacklist_entry,
)
from ..api.ip_blacklist import (
    delete_ip_blacklist_entry as _delete_ip_blacklist_entry,
)
from ..api.ip_blacklist import (
    list_ip_blacklist as _list_ip_blacklist,
)
from ..client import Client
from ..models.error import Error
from ..models.ip_blacklist_entry import IpBlacklistEntry
from ..models.ip_blacklist_entry_list import IpBlacklistEntryList
from ..types import Response, Unset


class IpBlacklistResource:
    """The ip_blacklist operations: `client.ip_blacklist.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "IpBlacklistResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return IpBlacklistResourceWithRawResponse(self._client)

    def list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> IpBlacklistEntryList:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntryList
        """

        return _list_ip_blacklist.sync(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> Iterator[IpBlacklistEntry]:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_ip_blacklist.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    def create_ip_blacklist_entry(
        self,
        *,
        body: IpBlacklistEntry,
    ) -> IpBlacklistEntry:
        """Create an IP blacklist entry

         Excludes an IP address from event tracking and answers the stored entry with its id. An address on
        the blacklist already is a conflict (409).

        Args:
            body (IpBlacklistEntry): An IP address excluded from event tracking. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntry
        """

        return _create_ip_blacklist_entry.sync(
            client=self._client,
            body=body,
        )

    def delete_ip_blacklist_entry(
        self,
        blacklist_id: str,
    ) -> IpBlacklistEntry:
        """Delete an IP blacklist entry

         Removes an IP address from the blacklist and answers the removed entry.

        Args:
            blacklist_id (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntry
        """

        return _delete_ip_blacklist_entry.sync(
            client=self._client,
            blacklist_id=blacklist_id,
        )


class AsyncIpBlacklistResource:
    """The ip_blacklist operations, awaitable: `async_client.ip_blacklist.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncIpBlacklistResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncIpBlacklistResourceWithRawResponse(self._client)

    async def list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> IpBlacklistEntryList:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntryList
        """

        return await _list_ip_blacklist.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> AsyncIterator[IpBlacklistEntry]:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_ip_blacklist.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    async def create_ip_blacklist_entry(
        self,
        *,
        body: IpBlacklistEntry,
    ) -> IpBlacklistEntry:
        """Create an IP blacklist entry

         Excludes an IP address from event tracking and answers the stored entry with its id. An address on
        the blacklist already is a conflict (409).

        Args:
            body (IpBlacklistEntry): An IP address excluded from event tracking. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntry
        """

        return await _create_ip_blacklist_entry.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_ip_blacklist_entry(
        self,
        blacklist_id: str,
    ) -> IpBlacklistEntry:
        """Delete an IP blacklist entry

         Removes an IP address from the blacklist and answers the removed entry.

        Args:
            blacklist_id (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            IpBlacklistEntry
        """

        return await _delete_ip_blacklist_entry.asyncio(
            client=self._client,
            blacklist_id=blacklist_id,
        )


class IpBlacklistResourceWithRawResponse:
    """The ip_blacklist operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.ip_blacklist.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[Error | IpBlacklistEntryList]:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntryList]
        """

        return _list_ip_blacklist.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def create_ip_blacklist_entry(
        self,
        *,
        body: IpBlacklistEntry,
    ) -> Response[Error | IpBlacklistEntry]:
        """Create an IP blacklist entry

         Excludes an IP address from event tracking and answers the stored entry with its id. An address on
        the blacklist already is a conflict (409).

        Args:
            body (IpBlacklistEntry): An IP address excluded from event tracking. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntry]
        """

        return _create_ip_blacklist_entry.sync_detailed(
            client=self._client,
            body=body,
        )

    def delete_ip_blacklist_entry(
        self,
        blacklist_id: str,
    ) -> Response[Error | IpBlacklistEntry]:
        """Delete an IP blacklist entry

         Removes an IP address from the blacklist and answers the removed entry.

        Args:
            blacklist_id (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntry]
        """

        return _delete_ip_blacklist_entry.sync_detailed(
            client=self._client,
            blacklist_id=blacklist_id,
        )


class AsyncIpBlacklistResourceWithRawResponse:
    """The ip_blacklist operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.ip_blacklist.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_ip_blacklist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[Error | IpBlacklistEntryList]:
        """List the IP addresses excluded from event tracking

         Answers the blacklisted IP addresses (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntryList]
        """

        return await _list_ip_blacklist.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    async def create_ip_blacklist_entry(
        self,
        *,
        body: IpBlacklistEntry,
    ) -> Response[Error | IpBlacklistEntry]:
        """Create an IP blacklist entry

         Excludes an IP address from event tracking and answers the stored entry with its id. An address on
        the blacklist already is a conflict (409).

        Args:
            body (IpBlacklistEntry): An IP address excluded from event tracking. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntry]
        """

        return await _create_ip_blacklist_entry.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def delete_ip_blacklist_entry(
        self,
        blacklist_id: str,
    ) -> Response[Error | IpBlacklistEntry]:
        """Delete an IP blacklist entry

         Removes an IP address from the blacklist and answers the removed entry.

        Args:
            blacklist_id (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | IpBlacklistEntry]
        """

        return await _delete_ip_blacklist_entry.asyncio_detailed(
            client=self._client,
            blacklist_id=blacklist_id,
        )
