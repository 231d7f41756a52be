"""`client.domains` and `async_client.domains`: the domains operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.domains import (
    count_domains as _count_domains,
)
from ..api.domains import (
    create_domain as _create_domain,
)
from ..api.domains import (
    delete_domain as _delete_domain,
)
from ..api.domains import (
    get_domain as _get_domain,
)
from ..api.domains import (
    list_domains as _list_domains,
)
from ..api.domains import (
    update_domain as _update_domain,
)
from ..client import Client
from ..models.count import Count
from ..models.domain import Domain
from ..models.domain_type_filter import DomainTypeFilter
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..types import UNSET, Response, Unset


class DomainsResource:
    """The domains operations: `client.domains.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "DomainsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return DomainsResourceWithRawResponse(self._client)

    def list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> EntityUriList:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_domains.sync(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
        )

    def iterate_list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_domains.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
            max_pages=max_pages,
        )

    def create_domain(
        self,
        *,
        body: Domain,
    ) -> EntityUri:
        """Create a domain

         Creates a personal or dedicated domain and answers a reference to it: a new domain needs its `name`;
        `type` is Personal (when omitted) or Dedicated; a name another domain has is a conflict (409). Not
        documented by the vendor: these rules are our inference.

        Args:
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_domain.sync(
            client=self._client,
            body=body,
        )

    def count_domains(
        self,
        *,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Count:
        """Count domains

         Answers how many domains of the type match the filter.

        Args:
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_domains.sync(
            client=self._client,
            type_=type_,
            name=name,
        )

    def get_domain(
        self,
        id: int,
    ) -> Domain:
        """Retrieve a domain

         Answers one domain.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Domain
        """

        return _get_domain.sync(
            client=self._client,
            id=id,
        )

    def update_domain(
        self,
        id: int,
        *,
        body: Domain,
    ) -> EntityUri:
        """Update a domain

         Updates a domain and answers a reference to it. ClickMeter updates with POST, not PUT. Only Personal
        and Dedicated domains are the account's: System and Go domains answer 403, and the `type` can only
        be Personal or Dedicated; a name another domain has is a conflict (409). Not documented by the
        vendor: these rules are our inference.

        Args:
            id (int):
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_domain.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_domain(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a domain

         Deletes a domain and answers a reference to it. Only Personal and Dedicated domains are the
        account's; System and Go domains belong to ClickMeter and answer 403. Not documented by the vendor:
        this rule is our inference.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_domain.sync(
            client=self._client,
            id=id,
        )


class AsyncDomainsResource:
    """The domains operations, awaitable: `async_client.domains.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncDomainsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncDomainsResourceWithRawResponse(self._client)

    async def list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> EntityUriList:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_domains.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
        )

    def iterate_list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_domains.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
            max_pages=max_pages,
        )

    async def create_domain(
        self,
        *,
        body: Domain,
    ) -> EntityUri:
        """Create a domain

         Creates a personal or dedicated domain and answers a reference to it: a new domain needs its `name`;
        `type` is Personal (when omitted) or Dedicated; a name another domain has is a conflict (409). Not
        documented by the vendor: these rules are our inference.

        Args:
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_domain.asyncio(
            client=self._client,
            body=body,
        )

    async def count_domains(
        self,
        *,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Count:
        """Count domains

         Answers how many domains of the type match the filter.

        Args:
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_domains.asyncio(
            client=self._client,
            type_=type_,
            name=name,
        )

    async def get_domain(
        self,
        id: int,
    ) -> Domain:
        """Retrieve a domain

         Answers one domain.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Domain
        """

        return await _get_domain.asyncio(
            client=self._client,
            id=id,
        )

    async def update_domain(
        self,
        id: int,
        *,
        body: Domain,
    ) -> EntityUri:
        """Update a domain

         Updates a domain and answers a reference to it. ClickMeter updates with POST, not PUT. Only Personal
        and Dedicated domains are the account's: System and Go domains answer 403, and the `type` can only
        be Personal or Dedicated; a name another domain has is a conflict (409). Not documented by the
        vendor: these rules are our inference.

        Args:
            id (int):
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_domain.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_domain(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a domain

         Deletes a domain and answers a reference to it. Only Personal and Dedicated domains are the
        account's; System and Go domains belong to ClickMeter and answer 403. Not documented by the vendor:
        this rule is our inference.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_domain.asyncio(
            client=self._client,
            id=id,
        )


class DomainsResourceWithRawResponse:
    """The domains operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.domains.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_domains.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
        )

    def create_domain(
        self,
        *,
        body: Domain,
    ) -> Response[EntityUri | Error]:
        """Create a domain

         Creates a personal or dedicated domain and answers a reference to it: a new domain needs its `name`;
        `type` is Personal (when omitted) or Dedicated; a name another domain has is a conflict (409). Not
        documented by the vendor: these rules are our inference.

        Args:
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_domain.sync_detailed(
            client=self._client,
            body=body,
        )

    def count_domains(
        self,
        *,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count domains

         Answers how many domains of the type match the filter.

        Args:
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_domains.sync_detailed(
            client=self._client,
            type_=type_,
            name=name,
        )

    def get_domain(
        self,
        id: int,
    ) -> Response[Domain | Error]:
        """Retrieve a domain

         Answers one domain.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Domain | Error]
        """

        return _get_domain.sync_detailed(
            client=self._client,
            id=id,
        )

    def update_domain(
        self,
        id: int,
        *,
        body: Domain,
    ) -> Response[EntityUri | Error]:
        """Update a domain

         Updates a domain and answers a reference to it. ClickMeter updates with POST, not PUT. Only Personal
        and Dedicated domains are the account's: System and Go domains answer 403, and the `type` can only
        be Personal or Dedicated; a name another domain has is a conflict (409). Not documented by the
        vendor: these rules are our inference.

        Args:
            id (int):
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_domain.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_domain(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a domain

         Deletes a domain and answers a reference to it. Only Personal and Dedicated domains are the
        account's; System and Go domains belong to ClickMeter and answer 403. Not documented by the vendor:
        this rule is our inference.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_domain.sync_detailed(
            client=self._client,
            id=id,
        )


class AsyncDomainsResourceWithRawResponse:
    """The domains operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.domains.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_domains(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List domains

         Answers references (`{id, uri}`) to the domains of one type (default `system`). Paged with
        `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_domains.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
            type_=type_,
            name=name,
        )

    async def create_domain(
        self,
        *,
        body: Domain,
    ) -> Response[EntityUri | Error]:
        """Create a domain

         Creates a personal or dedicated domain and answers a reference to it: a new domain needs its `name`;
        `type` is Personal (when omitted) or Dedicated; a name another domain has is a conflict (409). Not
        documented by the vendor: these rules are our inference.

        Args:
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_domain.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def count_domains(
        self,
        *,
        type_: DomainTypeFilter | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count domains

         Answers how many domains of the type match the filter.

        Args:
            type_ (DomainTypeFilter | Unset):
            name (str | Unset):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_domains.asyncio_detailed(
            client=self._client,
            type_=type_,
            name=name,
        )

    async def get_domain(
        self,
        id: int,
    ) -> Response[Domain | Error]:
        """Retrieve a domain

         Answers one domain.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Domain | Error]
        """

        return await _get_domain.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def update_domain(
        self,
        id: int,
        *,
        body: Domain,
    ) -> Response[EntityUri | Error]:
        """Update a domain

         Updates a domain and answers a reference to it. ClickMeter updates with POST, not PUT. Only Personal
        and Dedicated domains are the account's: System and Go domains answer 403, and the `type` can only
        be Personal or Dedicated; a name another domain has is a conflict (409). Not documented by the
        vendor: these rules are our inference.

        Args:
            id (int):
            body (Domain): A domain tracking links can live on. Not documented by the vendor: which
                fields are read-only; the `readOnly` ones (`id`) are assigned by the server (our
                inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_domain.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_domain(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a domain

         Deletes a domain and answers a reference to it. Only Personal and Dedicated domains are the
        account's; System and Go domains belong to ClickMeter and answer 403. Not documented by the vendor:
        this rule is our inference.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_domain.asyncio_detailed(
            client=self._client,
            id=id,
        )
