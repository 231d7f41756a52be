"""`client.retargeting` and `async_client.retargeting`: the retargeting operations as methods."""

from collections.abc import AsyncIterator, Iterator

from ..api.retargeting import (
    count_retargeting_script_datapoints as _count_retargeting_script_datapoints,
)
from ..api.retargeting import (
    count_retargeting_scripts as _count_retargeting_scripts,
)
from ..api.retargeting import (
    create_retargeting_script as _create_retargeting_script,
)
from ..api.retargeting import (
    delete_retargeting_script as _delete_retargeting_script,
)
from ..api.retargeting import (
    get_retargeting_script as _get_retargeting_script,
)
from ..api.retargeting import (
    list_retargeting_script_datapoints as _list_retargeting_script_datapoints,
)
from ..api.retargeting import (
    list_retargeting_scripts as _list_retargeting_scripts,
)
from ..api.retargeting import (
    update_retargeting_script as _update_retargeting_script,
)
from ..client import Client
from ..models.count import Count
from ..models.data_point_status_filter import DataPointStatusFilter
from ..models.entity_uri import EntityUri
from ..models.entity_uri_list import EntityUriList
from ..models.error import Error
from ..models.retargeting_script import RetargetingScript
from ..models.sort_direction import SortDirection
from ..types import UNSET, Response, Unset


class RetargetingResource:
    """The retargeting operations: `client.retargeting.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "RetargetingResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return RetargetingResourceWithRawResponse(self._client)

    def list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> EntityUriList:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_retargeting_scripts.sync(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_retargeting_scripts.iterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    def create_retargeting_script(
        self,
        *,
        body: RetargetingScript,
    ) -> EntityUri:
        """Create a retargeting script

         Creates a retargeting script and answers a reference to it.

        Args:
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _create_retargeting_script.sync(
            client=self._client,
            body=body,
        )

    def count_retargeting_scripts(
        self,
    ) -> Count:
        """Count retargeting scripts

         Answers how many retargeting scripts the account has.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_retargeting_scripts.sync(
            client=self._client,
        )

    def get_retargeting_script(
        self,
        id: int,
    ) -> RetargetingScript:
        """Retrieve a retargeting script

         Answers one retargeting script.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            RetargetingScript
        """

        return _get_retargeting_script.sync(
            client=self._client,
            id=id,
        )

    def update_retargeting_script(
        self,
        id: int,
        *,
        body: RetargetingScript,
    ) -> EntityUri:
        """Update a retargeting script

         Updates a retargeting script and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _update_retargeting_script.sync(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_retargeting_script(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a retargeting script

         Deletes a retargeting script, removes it from every datapoint that used it, and answers a reference
        to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return _delete_retargeting_script.sync(
            client=self._client,
            id=id,
        )

    def list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return _list_retargeting_script_datapoints.sync(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Iterator[EntityUri]:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_retargeting_script_datapoints.iterate(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    def count_retargeting_script_datapoints(
        self,
        id: int,
        *,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints using a retargeting script

         Answers how many datapoints using this script match the filter.

        Args:
            id (int):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return _count_retargeting_script_datapoints.sync(
            client=self._client,
            id=id,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )


class AsyncRetargetingResource:
    """The retargeting operations, awaitable: `async_client.retargeting.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncRetargetingResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncRetargetingResourceWithRawResponse(self._client)

    async def list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> EntityUriList:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_retargeting_scripts.asyncio(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def iterate_list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_retargeting_scripts.aiterate(
            client=self._client,
            offset=offset,
            limit=limit,
            max_pages=max_pages,
        )

    async def create_retargeting_script(
        self,
        *,
        body: RetargetingScript,
    ) -> EntityUri:
        """Create a retargeting script

         Creates a retargeting script and answers a reference to it.

        Args:
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _create_retargeting_script.asyncio(
            client=self._client,
            body=body,
        )

    async def count_retargeting_scripts(
        self,
    ) -> Count:
        """Count retargeting scripts

         Answers how many retargeting scripts the account has.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_retargeting_scripts.asyncio(
            client=self._client,
        )

    async def get_retargeting_script(
        self,
        id: int,
    ) -> RetargetingScript:
        """Retrieve a retargeting script

         Answers one retargeting script.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            RetargetingScript
        """

        return await _get_retargeting_script.asyncio(
            client=self._client,
            id=id,
        )

    async def update_retargeting_script(
        self,
        id: int,
        *,
        body: RetargetingScript,
    ) -> EntityUri:
        """Update a retargeting script

         Updates a retargeting script and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _update_retargeting_script.asyncio(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_retargeting_script(
        self,
        id: int,
    ) -> EntityUri:
        """Delete a retargeting script

         Deletes a retargeting script, removes it from every datapoint that used it, and answers a reference
        to it.

        Args:
            id (int):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUri
        """

        return await _delete_retargeting_script.asyncio(
            client=self._client,
            id=id,
        )

    async def list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> EntityUriList:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            EntityUriList
        """

        return await _list_retargeting_script_datapoints.asyncio(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def iterate_list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        max_pages: int | None = None,
    ) -> AsyncIterator[EntityUri]:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            An async iterator over every item of every page, fetched page by page; stops on the last page, on a page that brings nothing new, or after `max_pages` pages
        """

        return _list_retargeting_script_datapoints.aiterate(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
            max_pages=max_pages,
        )

    async def count_retargeting_script_datapoints(
        self,
        id: int,
        *,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Count:
        """Count the datapoints using a retargeting script

         Answers how many datapoints using this script match the filter.

        Args:
            id (int):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Count
        """

        return await _count_retargeting_script_datapoints.asyncio(
            client=self._client,
            id=id,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )


class RetargetingResourceWithRawResponse:
    """The retargeting operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.retargeting.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[EntityUriList | Error]:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_retargeting_scripts.sync_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    def create_retargeting_script(
        self,
        *,
        body: RetargetingScript,
    ) -> Response[EntityUri | Error]:
        """Create a retargeting script

         Creates a retargeting script and answers a reference to it.

        Args:
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _create_retargeting_script.sync_detailed(
            client=self._client,
            body=body,
        )

    def count_retargeting_scripts(
        self,
    ) -> Response[Count | Error]:
        """Count retargeting scripts

         Answers how many retargeting scripts the account has.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_retargeting_scripts.sync_detailed(
            client=self._client,
        )

    def get_retargeting_script(
        self,
        id: int,
    ) -> Response[Error | RetargetingScript]:
        """Retrieve a retargeting script

         Answers one retargeting script.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | RetargetingScript]
        """

        return _get_retargeting_script.sync_detailed(
            client=self._client,
            id=id,
        )

    def update_retargeting_script(
        self,
        id: int,
        *,
        body: RetargetingScript,
    ) -> Response[EntityUri | Error]:
        """Update a retargeting script

         Updates a retargeting script and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _update_retargeting_script.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    def delete_retargeting_script(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a retargeting script

         Deletes a retargeting script, removes it from every datapoint that used it, and answers a reference
        to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return _delete_retargeting_script.sync_detailed(
            client=self._client,
            id=id,
        )

    def list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return _list_retargeting_script_datapoints.sync_detailed(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    def count_retargeting_script_datapoints(
        self,
        id: int,
        *,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints using a retargeting script

         Answers how many datapoints using this script match the filter.

        Args:
            id (int):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return _count_retargeting_script_datapoints.sync_detailed(
            client=self._client,
            id=id,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )


class AsyncRetargetingResourceWithRawResponse:
    """The retargeting operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.retargeting.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_retargeting_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> Response[EntityUriList | Error]:
        """List retargeting scripts

         Answers references (`{id, uri}`) to the retargeting scripts. Paged with `offset`/`limit`.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_retargeting_scripts.asyncio_detailed(
            client=self._client,
            offset=offset,
            limit=limit,
        )

    async def create_retargeting_script(
        self,
        *,
        body: RetargetingScript,
    ) -> Response[EntityUri | Error]:
        """Create a retargeting script

         Creates a retargeting script and answers a reference to it.

        Args:
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _create_retargeting_script.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def count_retargeting_scripts(
        self,
    ) -> Response[Count | Error]:
        """Count retargeting scripts

         Answers how many retargeting scripts the account has.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_retargeting_scripts.asyncio_detailed(
            client=self._client,
        )

    async def get_retargeting_script(
        self,
        id: int,
    ) -> Response[Error | RetargetingScript]:
        """Retrieve a retargeting script

         Answers one retargeting script.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Error | RetargetingScript]
        """

        return await _get_retargeting_script.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def update_retargeting_script(
        self,
        id: int,
        *,
        body: RetargetingScript,
    ) -> Response[EntityUri | Error]:
        """Update a retargeting script

         Updates a retargeting script and answers a reference to it. ClickMeter updates with POST, not PUT.

        Args:
            id (int):
            body (RetargetingScript): A retargeting script that tracking links can run. Not documented
                by the vendor: which fields are read-only; the `readOnly` ones (`id`) are assigned by the
                server (our inference).

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _update_retargeting_script.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )

    async def delete_retargeting_script(
        self,
        id: int,
    ) -> Response[EntityUri | Error]:
        """Delete a retargeting script

         Deletes a retargeting script, removes it from every datapoint that used it, and answers a reference
        to it.

        Args:
            id (int):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUri | Error]
        """

        return await _delete_retargeting_script.asyncio_detailed(
            client=self._client,
            id=id,
        )

    async def list_retargeting_script_datapoints(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[EntityUriList | Error]:
        """List the datapoints using a retargeting script

         Answers references (`{id, uri}`) to the datapoints that use this script. Paged with
        `offset`/`limit`.

        Args:
            id (int):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 20.
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            sort_by (str | Unset):
            sort_direction (SortDirection | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[EntityUriList | Error]
        """

        return await _list_retargeting_script_datapoints.asyncio_detailed(
            client=self._client,
            id=id,
            offset=offset,
            limit=limit,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            sort_by=sort_by,
            sort_direction=sort_direction,
            created_after=created_after,
            created_before=created_before,
        )

    async def count_retargeting_script_datapoints(
        self,
        id: int,
        *,
        status: DataPointStatusFilter | Unset = UNSET,
        tags: str | Unset = UNSET,
        text_search: str | Unset = UNSET,
        only_favorites: bool | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
    ) -> Response[Count | Error]:
        """Count the datapoints using a retargeting script

         Answers how many datapoints using this script match the filter.

        Args:
            id (int):
            status (DataPointStatusFilter | Unset): Datapoint status as a query filter. `spam` selects
                datapoints whose model status is `Abuse`.
            tags (str | Unset):
            text_search (str | Unset):
            only_favorites (bool | Unset):
            created_after (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.
            created_before (str | Unset): A calendar day as `YYYYMMDD`, e.g. `20120203`; eight digits
                that are no real day (`20230230`) are rejected.

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Count | Error]
        """

        return await _count_retargeting_script_datapoints.asyncio_detailed(
            client=self._client,
            id=id,
            status=status,
            tags=tags,
            text_search=text_search,
            only_favorites=only_favorites,
            created_after=created_after,
            created_before=created_before,
        )
