"""`client.domain_whitelist` and `async_client.domain_whitelist`: the domain_whitelist operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.domain_whitelist import (
    create_domain_whitelist_entry as _create_domain_whitelist_entry,
)
from ..api.domain_whitelist import (
    delete_domain_whitelist_entry as _delete_domain_whitelist_entry,
)
from ..api.domain_whitelist import (
    list_domain_whitelist as _list_domain_whitelist,
)
from ..client import Client
from ..models.domain_whitelist_entry import DomainWhitelistEntry
from ..models.domain_whitelist_entry_list import DomainWhitelistEntryList
from ..models.error import Error
from ..types import Response, Unset


class DomainWhitelistResource:
    """The domain_whitelist operations: `client.domain_whitelist.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "DomainWhitelistResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return DomainWhitelistResourceWithRawResponse(self._client)

    def list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> DomainWhitelistEntryList:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntryList
        """

        return _list_domain_whitelist.sync(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> Iterator[DomainWhitelistEntry]:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_domain_whitelist.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    def create_domain_whitelist_entry(
        self,
        *,
        body: DomainWhitelistEntry,
    ) -> DomainWhitelistEntry:
        """Create a domain whitelist entry

         Adds a domain to the whitelist and answers the stored entry with its id. A domain on the whitelist
        already is a conflict (409).

        Args:
            body (DomainWhitelistEntry): A domain allowed to redirect in DDU mode. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntry
        """

        return _create_domain_whitelist_entry.sync(
            client=self._client,
            body=body,
        )

    def delete_domain_whitelist_entry(
        self,
        whitelist_id: str,
    ) -> DomainWhitelistEntry:
        """Delete a domain whitelist entry

         Removes a domain from the whitelist and answers the removed entry.

        Args:
            whitelist_id (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntry
        """

        return _delete_domain_whitelist_entry.sync(
            client=self._client,
            whitelist_id=whitelist_id,
        )


class AsyncDomainWhitelistResource:
    """The domain_whitelist operations, awaitable: `async_client.domain_whitelist.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncDomainWhitelistResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncDomainWhitelistResourceWithRawResponse(self._client)

    async def list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> DomainWhitelistEntryList:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntryList
        """

        return await _list_domain_whitelist.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> AsyncIterator[DomainWhitelistEntry]:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_domain_whitelist.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    async def create_domain_whitelist_entry(
        self,
        *,
        body: DomainWhitelistEntry,
    ) -> DomainWhitelistEntry:
        """Create a domain whitelist entry

         Adds a domain to the whitelist and answers the stored entry with its id. A domain on the whitelist
        already is a conflict (409).

        Args:
            body (DomainWhitelistEntry): A domain allowed to redirect in DDU mode. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntry
        """

        return await _create_domain_whitelist_entry.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_domain_whitelist_entry(
        self,
        whitelist_id: str,
    ) -> DomainWhitelistEntry:
        """Delete a domain whitelist entry

         Removes a domain from the whitelist and answers the removed entry.

        Args:
            whitelist_id (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            DomainWhitelistEntry
        """

        return await _delete_domain_whitelist_entry.asyncio(
            client=self._client,
            whitelist_id=whitelist_id,
        )


class DomainWhitelistResourceWithRawResponse:
    """The domain_whitelist operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.domain_whitelist.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[DomainWhitelistEntryList | Error]:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntryList | Error]
        """

        return _list_domain_whitelist.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def create_domain_whitelist_entry(
        self,
        *,
        body: DomainWhitelistEntry,
    ) -> Response[DomainWhitelistEntry | Error]:
        """Create a domain whitelist entry

         Adds a domain to the whitelist and answers the stored entry with its id. A domain on the whitelist
        already is a conflict (409).

        Args:
            body (DomainWhitelistEntry): A domain allowed to redirect in DDU mode. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntry | Error]
        """

        return _create_domain_whitelist_entry.sync_detailed(
            client=self._client,
            body=body,
        )

    def delete_domain_whitelist_entry(
        self,
        whitelist_id: str,
    ) -> Response[DomainWhitelistEntry | Error]:
        """Delete a domain whitelist entry

         Removes a domain from the whitelist and answers the removed entry.

        Args:
            whitelist_id (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntry | Error]
        """

        return _delete_domain_whitelist_entry.sync_detailed(
            client=self._client,
            whitelist_id=whitelist_id,
        )


class AsyncDomainWhitelistResourceWithRawResponse:
    """The domain_whitelist operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.domain_whitelist.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_domain_whitelist(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[DomainWhitelistEntryList | Error]:
        """List the domains allowed to redirect in DDU mode

         Answers the whitelisted domains (full entries, not references). Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntryList | Error]
        """

        return await _list_domain_whitelist.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    async def create_domain_whitelist_entry(
        self,
        *,
        body: DomainWhitelistEntry,
    ) -> Response[DomainWhitelistEntry | Error]:
        """Create a domain whitelist entry

         Adds a domain to the whitelist and answers the stored entry with its id. A domain on the whitelist
        already is a conflict (409).

        Args:
            body (DomainWhitelistEntry): A domain allowed to redirect in DDU mode. Its id is a string,
                unlike most ClickMeter ids. Not documented by the vendor: which fields are read-only; the
                `readOnly` ones (`id`) are assigned by the server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntry | Error]
        """

        return await _create_domain_whitelist_entry.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def delete_domain_whitelist_entry(
        self,
        whitelist_id: str,
    ) -> Response[DomainWhitelistEntry | Error]:
        """Delete a domain whitelist entry

         Removes a domain from the whitelist and answers the removed entry.

        Args:
            whitelist_id (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[DomainWhitelistEntry | Error]
        """

        return await _delete_domain_whitelist_entry.asyncio_detailed(
            client=self._client,
            whitelist_id=whitelist_id,
        )
